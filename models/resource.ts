import type { Connection, Query, RequestOptions } from '../lib/connection.js';
import { path } from '../lib/path.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import type { WaitOptions } from '../lib/polling.js';
import { ResourceFailedError } from '../lib/resource-failed-error.js';
import { checkId } from '../lib/validate.js';
import { Action, startedFrom, type ActionType } from './action.js';
import { NotFoundError } from '../lib/errors.js';
import { isReference, Model } from './model.js';

/** What {@link Resource.waitForState} waits for. @internal */
export interface StateWait<R, K extends keyof R> {
  /** The field holding the state, e.g. `status`. */
  field: K;
  /** The state awaited, e.g. `active`. */
  wanted: R[K];
  /** States from which it will not reach `wanted`: the wait rejects with `ResourceFailedError`. */
  failed?: ReadonlyArray<R[K]>;
}

/**
 * Base of every model the API can load, change and delete at a path of its own
 * (`droplets/{id}`, `account/keys/{id}`, ...): `reload()`, `destroy()` and, for subclasses, `save()`.
 */
export abstract class Resource extends Model {
  /**
   * The listing that holds every resource of the class (`GET {path}`, items under `key`), through
   * which {@link Resource.reloadAll} reloads many at once; `undefined` reloads each by its own GET.
   * @internal
   */
  protected static readonly listing: { path: string; key: string } | undefined = undefined;

  /** The resource's path below the base URL, e.g. `droplets/3164444`. @internal */
  protected abstract get resourcePath(): string;
  /** The key the API wraps the resource in, e.g. `droplet`. @internal */
  protected abstract get resourceKey(): string;

  /** Reloads this resource in place (`GET` its path) and resolves to it. */
  async reload(options?: RequestOptions): Promise<this> {
    return this.reloadFrom(this.resourcePath, this.resourceKey, options);
  }

  /** Deletes this resource (`DELETE` its path). */
  async destroy(options?: RequestOptions): Promise<void> {
    await this.connection.request('DELETE', this.resourcePath, options);
  }

  /**
   * Reloads many resources of one class in place: one or two by their own GETs, more through the
   * class's listing when it has one (paging only as far as needed, see {@link Model.refreshMany}),
   * then single GETs for any the listing did not reach.
   * @internal
   */
  static async reloadAll(connection: Connection, resources: Resource[]): Promise<void> {
    const listing = this.listing;
    if (!listing) {
      await Model.refreshEach(resources, (resource) => resource.reload());
      return;
    }
    type Listed = Resource & { id: string | number };
    await Model.refreshMany(connection, resources as Listed[], { cls: this as unknown as new () => Listed, path: listing.path, key: listing.key });
  }

  /** Sends `json` to this resource's path and updates it in place from the answer. @internal */
  protected async save(method: 'PUT' | 'PATCH', json: unknown, options?: RequestOptions): Promise<this> {
    return this.#saveTo(method, this.resourcePath, json, options);
  }

  /**
   * Sends `json` to `{path}/{sub}` (`PATCH .../plan`, `POST .../resize`) and updates this resource in
   * place from the answer, which holds it under its own key. @internal
   */
  protected async saveAt(method: 'POST' | 'PUT' | 'PATCH', sub: string, json: unknown, options?: RequestOptions): Promise<this> {
    return this.#saveTo(method, `${this.resourcePath}/${sub}`, json, options);
  }

  /** `GET {path}/{sub}`, every item of an unpaged listing under `key` (none when it is missing). @internal */
  protected listAt<T extends Model>(cls: new () => T, sub: string, key: string, options: RequestOptions & { query?: Query } = {}): Promise<T[]> {
    return this.connection.many(cls, 'GET', `${this.resourcePath}/${sub}`, key, { query: options.query, signal: options.signal });
  }

  /**
   * `GET {path}/{sub}`, or `method` with `json` (`POST .../records`), and resolves to the model the
   * answer holds under `key`, hydrated as `cls`. @internal
   */
  protected loadAt<T extends Model>(cls: new () => T, sub: string, key: string, options: RequestOptions & { method?: 'GET' | 'POST' | 'PUT' | 'PATCH'; json?: unknown } = {}): Promise<T> {
    return this.connection.one(cls, options.method ?? 'GET', `${this.resourcePath}/${sub}`, key, { json: options.json, signal: options.signal });
  }

  /**
   * A request to `{path}/{sub}` that answers nothing worth keeping (`POST .../droplets`, `DELETE .../cache`),
   * with `headers` added when given (`X-Dangerous: true`). @internal
   */
  protected async callAt(method: string, sub: string, options: RequestOptions & { json?: unknown; headers?: Record<string, string> } = {}): Promise<void> {
    await this.connection.request(method, `${this.resourcePath}/${sub}`, { json: options.json, signal: options.signal, headers: options.headers });
  }

  /**
   * Starts an action on this resource (`POST {path}/actions`) and resolves to it, hydrated as `cls`.
   * The action remembers this resource, so that `action.wait()` reloads it once it completes.
   * @internal
   */
  protected async act<A extends Action = Action>(json: { type: ActionType } & Record<string, unknown>, options?: RequestOptions, cls?: new () => A): Promise<A> {
    const action = await this.loadAt(cls ?? (Action as unknown as new () => A), 'actions', 'action', { method: 'POST', json, signal: options?.signal });
    return startedFrom(action, this.currentAfterAction());
  }

  /**
   * How an action started from this resource makes it current again: one reload in the next round
   * of the kind's shared coalescer, so that many actions completing together on one resource, or
   * on many of one kind, share their requests. A resource deleted meanwhile (404) is left as it
   * was. Nothing for a reference built only to act by id.
   * @internal
   */
  protected currentAfterAction(): { model: Resource; reload: (options: { signal?: AbortSignal }) => Promise<unknown> } | undefined {
    if (isReference(this)) return undefined;
    const reload = async (options: { signal?: AbortSignal }) => {
      let checks = 0;
      // The first check is the one the coalescer makes before any refresh; the next follows the reload.
      const settled = () => checks++ > 0;
      await this.#waitUntil(settled, `${this.#label} to reload`, { signal: options.signal, interval: 0 }).catch((error: unknown) => {
        if (!(error instanceof NotFoundError)) throw error;
      });
    };
    return { model: this, reload };
  }

  /**
   * Polls until `field` holds `wanted` (string states compared regardless of case: the API writes some
   * in both) and resolves to this resource, reloaded in place; every wait on
   * resources of its kind shares the kind's coalescer (and its requests).
   * @throws ResourceFailedError when it holds one of the `failed` states.
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   * @internal
   */
  protected waitForState<K extends keyof this>(state: StateWait<this, K>, options?: WaitOptions<this>): Promise<this> {
    const { field, wanted, failed = [] } = state;
    const settled = (subject: this): boolean => {
      const current = subject[field];
      if (failed.some((state) => sameState(state, current))) {
        throw new ResourceFailedError({ resource: subject, state: String(current), wanted: String(wanted), what: this.#label, field: String(field) });
      }
      return sameState(current, wanted);
    };
    return this.#waitUntil(settled, `${this.#label} to become ${String(wanted)}`, options);
  }

  /** The actions taken on this resource (`GET {path}/actions`). @internal */
  protected listActions(options?: ListOptions): Paginator<Action> {
    return paginate(this.connection, Action, `${this.resourcePath}/actions`, 'actions', {}, options);
  }

  /** One action taken on this resource (`GET {path}/actions/{actionId}`). @internal */
  protected async findAction(actionId: number, options?: RequestOptions): Promise<Action> {
    return this.loadAt(Action, path`actions/${checkId('actionId', actionId)}`, 'action', options);
  }

  async #saveTo(method: string, where: string, json: unknown, options?: RequestOptions): Promise<this> {
    const fresh = await this.connection.one(this.constructor as new () => this, method, where, this.resourceKey, { json, signal: options?.signal });
    return this.replaceWith(fresh);
  }

  /** A wait in the one coalescer of this resource's kind on its connection, shared by every wait and reload of the kind. */
  #waitUntil(settled: (resource: this) => boolean, what: string, options?: WaitOptions<this>): Promise<this> {
    const connection = this.connection;
    const cls = this.constructor as typeof Resource;
    return this.waitUntil({ kind: this.resourceKey, settled, what, refresh: (resources) => cls.reloadAll(connection, resources) }, options);
  }

  /** How messages name this resource: `droplet 3164444`, `load balancer 4de7ac8b-...`. */
  get #label(): string {
    return `${this.resourceKey.replace(/_/g, ' ')} ${this.resourcePath.slice(this.resourcePath.lastIndexOf('/') + 1)}`;
  }
}

/** Whether two states are the same; string states regardless of case (`active`, `ACTIVE`). */
function sameState(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.toUpperCase() === b.toUpperCase() : a === b;
}
