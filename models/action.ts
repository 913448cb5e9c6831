import { ActionFailedError, DigitalOceanError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { poll, type WaitOptions } from '../lib/polling.js';
import type { RequestOptions } from '../lib/connection.js';
import type { Droplet } from './droplet.js';
import type { Image } from './image.js';
import { Model, resourceLoader } from './model.js';
import { Region } from './region.js';

/** The state of an action. */
export type ActionStatus = 'in-progress' | 'completed' | 'errored';

/**
 * An asynchronous operation on a resource: a droplet power-off, an image transfer, ...
 * Every verb that starts one resolves to its Action; `wait()` resolves when it completes.
 *
 * @example
 * ```ts
 * const action = await droplet.powerOff();
 * await action.wait({ interval: 2_000, onProgress: (a) => console.log(a.status) });
 * ```
 */
export class Action extends Model {
  /** The action's id. */
  @Field() id!: number;
  /** `in-progress`, `completed` or `errored`. */
  @Field() status!: ActionStatus;
  /** What the action does, e.g. `power_off`, `snapshot`, `transfer`. */
  @Field() type!: string;
  /** When it started. */
  @Field({ type: () => Date }) startedAt!: Date;
  /** When it completed, or `null` while in progress. */
  @Field({ type: () => Date }) completedAt!: Date | null;
  /** The id of the resource acted on. */
  @Field() resourceId!: number | null;
  /** The kind of resource acted on, e.g. `droplet`, `image`. */
  @Field() resourceType!: string;
  /** The region it ran in. */
  @Field({ type: () => Region }) region?: Region | null;
  /** The region's slug. */
  @Field() regionSlug!: string | null;

  /** Whether the action has ended, completed or errored. */
  get done(): boolean {
    return this.status === 'completed' || this.status === 'errored';
  }

  /**
   * Reloads the action in place (`GET /v2/actions/{id}`) and resolves to it.
   * @throws NotFoundError when the action does not exist.
   */
  async refresh(options?: RequestOptions): Promise<this> {
    return this.reloadFrom(`actions/${this.id}`, 'action', options);
  }

  /** Alias of {@link Action.refresh}. */
  async reload(options?: RequestOptions): Promise<this> {
    return this.refresh(options);
  }

  /**
   * Polls until the action completes and resolves to it (refreshed in place).
   * @throws ActionFailedError when it errors (`error.action` is the action).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async wait(options?: WaitOptions<Action>): Promise<this> {
    return poll<this>(this, (signal) => this.refresh({ signal }), settled, `action ${this.id} (${this.type})`, options as WaitOptions<this>);
  }

  /** Alias of {@link Action.wait}. */
  async waitUntilComplete(options?: WaitOptions<Action>): Promise<this> {
    return this.wait(options);
  }

  /**
   * Loads the resource the action acted on: a `Droplet` for `droplet` actions, an `Image` for `image` ones.
   * @throws DigitalOceanError for resource types this client cannot load.
   */
  async resource(options?: RequestOptions): Promise<Droplet | Image> {
    const load = resourceLoader(this.resourceType);
    if (!load || this.resourceId === null) {
      return Promise.reject(new DigitalOceanError(`action ${this.id} acted on a ${this.resourceType} this client cannot load`));
    }
    return load(this.connection, this.resourceId, options) as Promise<Droplet | Image>;
  }
}

function settled(action: Action): boolean {
  if (action.status === 'errored') throw new ActionFailedError(action);
  return action.status === 'completed';
}
