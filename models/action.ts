import { ActionFailedError, DigitalOceanError } from '../lib/errors.js';
import { path } from '../lib/path.js';
import { Field } from '../lib/fields.js';
import type { WaitOptions } from '../lib/polling.js';
import type { Connection } from '../lib/connection.js';
import type { RequestOptions } from '../lib/connection.js';
import type { Droplet } from './droplet.js';
import type { Image } from './image.js';
import { Model, resourceLoader } from './model.js';
import { Region } from './region.js';

/** The state of an action. */
export type ActionStatus = 'in-progress' | 'completed' | 'errored';

/**
 * The droplet action types of the API's description (`POST /v2/droplets/{id}/actions`), with
 * `enable_private_networking`, which it documents by example.
 */
export type DropletActionType =
  | 'enable_backups'
  | 'disable_backups'
  | 'reboot'
  | 'power_cycle'
  | 'shutdown'
  | 'power_off'
  | 'power_on'
  | 'restore'
  | 'password_reset'
  | 'resize'
  | 'rebuild'
  | 'rename'
  | 'change_kernel'
  | 'enable_ipv6'
  | 'snapshot'
  | 'enable_private_networking';

/** The image action types (`POST /v2/images/{id}/actions`). */
export type ImageActionType = 'convert' | 'transfer';

/** The volume action types (`POST /v2/volumes/{id}/actions`). */
export type VolumeActionType = 'attach' | 'detach' | 'resize';

/** The reserved IPv4 and IPv6 action types (`POST /v2/reserved_ips/{ip}/actions`, ...). */
export type ReservedIpActionType = 'assign' | 'unassign';

/** Every action type a request can start: the union of the droplet, image, volume and reserved IP action types. */
export type ActionType = DropletActionType | ImageActionType | VolumeActionType | ReservedIpActionType;

/** Options of `action.wait()`: those of every wait, and whether to reload the model the action was started from. */
export interface ActionWaitOptions extends WaitOptions<Action> {
  /**
   * Reload the model the action was started from (`droplet.powerOff()`'s droplet) once the action
   * completes, so that it is current; default true. `false` saves that request.
   */
  reload?: boolean;
}

/** How the model an action was started from is made current again. */
interface Origin {
  model: Model;
  reload: (options: { signal?: AbortSignal }) => Promise<unknown>;
}

let remember: (action: Action, origin: Origin | undefined) => void;

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
  /**
   * What the action does: one of the {@link ActionType}s a request starts (`power_off`, `snapshot`,
   * `transfer`, ...), or another type the API reports without its description listing it
   * (`create`, `destroy`, `attach_volume`, `assign_ip`, `backup`, ...): hence the open `string`.
   */
  @Field() type!: ActionType | (string & {});
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

  /** The model the action was started from, and whether it has been reloaded since the action completed. */
  #origin: Origin | undefined;
  #originCurrent = false;

  static {
    remember = (action, origin) => {
      action.#origin = origin;
      action.#originCurrent = false;
    };
  }

  /** Whether the action has ended, completed or errored. */
  get done(): boolean {
    return this.status === 'completed' || this.status === 'errored';
  }

  /**
   * Reloads the action in place (`GET /v2/actions/{id}`) and resolves to it.
   * @throws NotFoundError when the action does not exist.
   */
  async refresh(options?: RequestOptions): Promise<this> {
    return this.reloadFrom(path`actions/${this.id}`, 'action', options);
  }

  /** Alias of {@link Action.refresh}. */
  async reload(options?: RequestOptions): Promise<this> {
    return this.refresh(options);
  }

  /**
   * Polls until the action completes (`GET /v2/actions/{id}`, or the account's action list when many
   * are awaited) and resolves to it, refreshed in place.
   *
   * When the action was started from a model (`droplet.powerOff()`, `volume.resize(200)`,
   * `ip.assign(droplet)`, ...), that model is reloaded in place once the action has completed, so
   * `droplet.status` or `volume.sizeGigabytes` are current when `wait()` resolves: one GET per
   * model, shared with every other reload and wait of its kind due at the same moment. Pass
   * `{ reload: false }` to skip it. Actions started by id (`client.droplets.powerOff(id)`) have no
   * model to reload, an errored action reloads nothing, and a model deleted meanwhile is left as it was.
   * @throws ActionFailedError when it errors (`error.action` is the action).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   * @throws ApiError, ConnectionError, ... when a refresh of the action, or the reload of the model, fails.
   */
  async wait(options: ActionWaitOptions = {}): Promise<this> {
    const { reload = true, ...waitOptions } = options;
    const connection = this.connection;
    const refresh = (actions: Action[]) => Action.refreshAll(connection, actions);
    await this.waitUntil({ kind: 'action', settled, what: `action ${this.id} (${this.type})`, refresh }, waitOptions);
    const origin = this.#origin;
    if (reload && origin && !this.#originCurrent) {
      await origin.reload({ signal: waitOptions.signal });
      this.#originCurrent = true;
    }
    return this;
  }

  /** Alias of {@link Action.wait}. */
  async waitUntilComplete(options?: ActionWaitOptions): Promise<this> {
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
    // The list is newest first: once it reaches an action older than the oldest awaited, stop.
    await Model.refreshMany(connection, actions, {
      cls: Action,
      path: 'actions',
      key: 'actions',
      stop: (last, awaited) => Number(last.id) < Math.min(...awaited.map((a) => a.id)),
    });
  }
}

function settled(action: Action): boolean {
  if (action.status === 'errored') throw new ActionFailedError(action);
  return action.status === 'completed';
}

/**
 * Remembers the model `action` was started from, reloaded through `origin.reload` once the action
 * completes through `wait()`; `undefined` forgets it.
 * @internal
 */
export function startedFrom<A extends Action>(action: A, origin: Origin | undefined): A {
  remember(action, origin);
  return action;
}
