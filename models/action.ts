import { ActionFailedError, DigitalOceanError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { Coalescer, type WaitOptions } from '../lib/polling.js';
import type { Connection } from '../lib/connection.js';
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
    return coalescerOf(this.connection).wait(this, settled, `action ${this.id} (${this.type})`, options) as Promise<this>;
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

  /**
   * Refreshes many actions at once: a few by their own GETs, many through the account's action
   * list (newest first, 200 a page), paging only as far back as the oldest of them, then single GETs
   * for any not found there.
   * @internal
   */
  static async refreshAll(connection: Connection, actions: Action[]): Promise<void> {
    if (actions.length <= SINGLE_GETS) {
      await Promise.all(actions.map((action) => action.refresh()));
      return;
    }
    // The list is newest first: once it reaches an action older than the oldest awaited, stop.
    await Model.refreshMany(connection, Action, actions, 'actions', 'actions', {}, (last, awaited) => last.id < Math.min(...awaited.map((a) => a.id)));
  }
}

/** Up to this many actions are refreshed by their own GETs; more, through the action list. */
const SINGLE_GETS = 2;

/** The one coalescer of a connection: every action awaited through it shares its refreshes. */
function coalescerOf(connection: Connection): Coalescer<Action> {
  return Coalescer.of<Action>(connection, 'action', (actions) => Action.refreshAll(connection, actions));
}

function settled(action: Action): boolean {
  if (action.status === 'errored') throw new ActionFailedError(action);
  return action.status === 'completed';
}
