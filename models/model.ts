import { ConfigurationError } from '../lib/errors.js';
import { fieldNames, ownerOfNewModel, secretFieldNames, toPlain } from '../lib/fields.js';
import type { Connection, RequestOptions } from '../lib/connection.js';
import { Coalescer, type WaitOptions } from '../lib/polling.js';

let bind: (model: Model, connection: Connection) => void;

/** The listing through which {@link Model.refreshMany} refreshes many models of one class. @internal */
export interface RefreshListing<T> {
  /** The models' class. */
  cls: new () => T;
  /** The listing's path, e.g. `droplets`. */
  path: string;
  /** The key its items are under, e.g. `droplets`. */
  key: string;
  /** Filters added to every page's query, e.g. `{ tag_name: 'web' }`. */
  query?: Record<string, string | undefined>;
  /** Whether the listing can stop after `last` (a newest-first listing past the oldest model). */
  stop?: (last: { id: number | string }, models: T[]) => boolean;
}

/** Up to this many models are refreshed by their own GETs: a listing would cost as many requests. */
const SINGLE_REFRESHES = 2;

/** What {@link Model.waitUntil} waits for, and how the models awaited are reloaded. @internal */
export interface ModelWait<M> {
  /** The kind of model (`droplet`, `action`): every wait of one kind on one connection shares one coalescer, and its requests. */
  kind: string;
  /** Whether the model, as last reloaded, is where the wait ends; it may throw to end the wait with an error. */
  settled: (model: M) => boolean;
  /** What is awaited, for messages: `droplet 3164444 to become active`. */
  what: string;
  /**
   * Reloads in place every model of the kind due at one moment, keeping each model's own failure
   * for its own wait ({@link Model.refreshEach} does). The first wait of a kind on a connection sets it.
   */
  refresh: (models: M[]) => Promise<void>;
}

/** Shared refreshes so far; each failure of one model's part is kept with the refresh's number. */
let refreshes = 0;
const refreshFailures = new WeakMap<Model, { error: unknown; refresh: number }>();

/** A mark of this moment, for {@link throwIfRefreshFailed}. @internal */
export function refreshMark(): number {
  return refreshes;
}

/**
 * Throws the error with which `model`'s own part of a shared refresh (its single GET) failed, if one
 * failed after `mark`: a wait learns of its own model's failure, and only of it.
 * @internal
 */
export function throwIfRefreshFailed(model: Model, mark: number): void {
  const failure = refreshFailures.get(model);
  if (failure && failure.refresh > mark) throw failure.error;
}

/**
 * Base of every model. Holds the connection that loaded it in a private field, so the
 * connection (and its token) never reaches JSON, `util.inspect`, test equality or logs.
 */
export abstract class Model {
  /** Set as the model is constructed, when a connection's `hydrate` builds it. */
  #connection = ownerOfNewModel() as Connection | undefined;

  static {
    bind = (model, connection) => {
      model.#connection = connection;
    };
  }

  /** The connection this model calls through; throws when the model was built by hand and never attached. */
  protected get connection(): Connection {
    if (!this.#connection) {
      throw new ConfigurationError(
        `this ${this.constructor.name} has no client: load it through a client, or call client.attach(model) first`,
      );
    }
    return this.#connection;
  }

  /** The API's own snake_case JSON shape of this model (secrets included, as the API sent them). */
  toJSON(): Record<string, unknown> {
    return toPlain(this);
  }

  /** How `util.inspect` and `console.log` show the model: its fields, with secrets as `[REDACTED]`. @internal */
  [Symbol.for('nodejs.util.inspect.custom')](_depth: number, options: object, inspect: (value: unknown, options: object) => string): unknown {
    const secrets = secretFieldNames(this);
    if (secrets.length === 0) return this;
    const shown: Record<string, unknown> = { ...(this as object) };
    for (const key of secrets) if (shown[key] !== undefined && shown[key] !== null) shown[key] = '[REDACTED]';
    return `${this.constructor.name} ${inspect(shown, options)}`;
  }

  /**
   * Replaces this model's declared fields with those of a freshly loaded copy: a field the copy
   * lacks is removed; properties that are not API fields (a record's `domainName`) are kept.
   */
  protected replaceWith(fresh: this): this {
    for (const key of fieldNames(this)) if (!(key in fresh)) delete (this as Record<string, unknown>)[key];
    Object.assign(this, fresh);
    return this;
  }

  /**
   * Refreshes each model with `refresh` at once. A model whose refresh fails does not fail the
   * others: its error is kept for {@link throwIfRefreshFailed}.
   */
  protected static async refreshEach<T extends Model>(models: T[], refresh: (model: T) => Promise<unknown>): Promise<void> {
    const number = ++refreshes;
    const results = await Promise.allSettled(models.map((model) => refresh(model)));
    results.forEach((result, i) => {
      if (result.status === 'rejected') refreshFailures.set(models[i], { error: result.reason, refresh: number });
    });
  }

  /**
   * Refreshes many models of `cls` in place with as few requests as it can: up to two by their own
   * `reload()`; more through a listing of `path` (items under `key`, 200 a page, `query` added),
   * paging at most half as many pages as there are models and stopping early when
   * `stop(lastListed)` says the rest is older, then each model the listing did not reach by its own
   * `reload()` (see {@link Model.refreshEach}). A failed listing fails them all.
   */
  protected static async refreshMany<T extends Model & { id: number | string; reload(): Promise<unknown> }>(
    connection: Connection,
    models: T[],
    listing: RefreshListing<T>,
  ): Promise<void> {
    if (models.length <= SINGLE_REFRESHES) {
      await Model.refreshEach(models, (model) => model.reload());
      return;
    }
    const { cls, path, key, query = {}, stop = () => false } = listing;
    const wanted = new Map<T['id'], T>(models.map((model) => [model.id, model]));
    for (let page = 1; page <= Math.ceil(models.length / 2) && wanted.size; page++) {
      const body = await connection.request<Record<string, unknown> & { links?: { pages?: { next?: string } } }>('GET', path, {
        query: { ...query, page, per_page: 200 },
      });
      const listed = (body?.[key] as Array<{ id: T['id'] }> | undefined) ?? [];
      for (const json of listed) {
        const model = wanted.get(json.id);
        if (!model) continue;
        model.replaceWith(connection.hydrate(cls, json) as typeof model);
        wanted.delete(json.id);
      }
      if (!body?.links?.pages?.next || listed.length === 0 || stop(listed[listed.length - 1], models)) break;
    }
    await Model.refreshEach([...wanted.values()], (model) => model.reload());
  }

  /**
   * Polls until `settled(this)` and resolves to this model, reloaded in place: every wait of the
   * kind on this connection shares one coalescer, so models awaited together share their
   * requests, and a wait fails with its own model's reload failure only.
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts; what `settled` throws.
   */
  protected waitUntil(wait: ModelWait<this>, options?: WaitOptions<this>): Promise<this> {
    const { kind, settled, what, refresh } = wait;
    const mark = refreshMark();
    const check = (model: this): boolean => {
      throwIfRefreshFailed(model, mark);
      return settled(model);
    };
    return Coalescer.of<this>(this.connection, kind, refresh).wait(this, check, what, options);
  }

  /** Reloads this model in place from `path`, whose body holds it under `key`. */
  protected async reloadFrom(path: string, key: string, options?: RequestOptions): Promise<this> {
    return this.replaceWith(await this.connection.one(this.constructor as new () => this, 'GET', path, key, options));
  }
}

/**
 * Gives `connection` to a model built by hand and to every model nested in it (arrays included).
 * @internal
 */
export function attachConnection(value: unknown, connection: Connection): void {
  if (Array.isArray(value)) {
    for (const item of value) attachConnection(item, connection);
  } else if (value instanceof Model) {
    bind(value, connection);
    for (const child of Object.values(value)) if (child !== null && typeof child === 'object') attachConnection(child, connection);
  }
}

type ResourceLoader = (connection: Connection, id: number, options?: RequestOptions) => Promise<Model>;
const resourceLoaders = new Map<string, ResourceLoader>();

/**
 * Registers how to load a resource an action can act on (`droplet`, `image`, ...), so that
 * `action.resource()` works without the action module importing every model.
 * @internal
 */
export function registerResource(type: string, load: ResourceLoader): void {
  resourceLoaders.set(type, load);
}

/** @internal */
export function resourceLoader(type: string): ResourceLoader | undefined {
  return resourceLoaders.get(type);
}

const references = new WeakSet<Model>();

/**
 * Marks `model` as a reference: a model known only by its identifying fields, built to act on
 * without loading it (`client.droplets.powerOff(id)`). Nobody holds it, so actions started from it
 * reload nothing when they complete.
 * @internal
 */
export function asReference<T extends Model>(model: T): T {
  references.add(model);
  return model;
}

/** Whether `model` was marked by {@link asReference}. @internal */
export function isReference(model: Model): boolean {
  return references.has(model);
}
