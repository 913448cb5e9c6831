import type { Connection, Query, RequestOptions } from '../connection.js';
import { paginate, type ItemsAt, type ListOptions, type Paginator } from '../paginator.js';
import { asReference, type Model } from '../../models/model.js';

/** Base of every `client.<resource>` collection: holds the client's connection. */
export abstract class Collection {
  /** @internal */
  protected readonly connection: Connection;

  /** @internal Collections are built by the client. */
  constructor(connection: Connection) {
    this.connection = connection;
  }

  /** A lazy listing of `GET path`, items under `key` (an array, or with `{ keyed }` an object keyed by id). @internal */
  protected page<T extends Model>(cls: new () => T, path: string, key: ItemsAt, query: Query = {}, options?: ListOptions): Paginator<T> {
    return paginate(this.connection, cls, path, key, query, options);
  }

  /** `GET path` (with `query` when given), the resource under `key`. @internal */
  protected load<T extends Model>(cls: new () => T, path: string, key: string, options: RequestOptions & { query?: Query } = {}): Promise<T> {
    return this.connection.one(cls, 'GET', path, key, { query: options.query, signal: options.signal });
  }

  /** `GET path`, every item of an unpaged listing under `key` (none when it is missing). @internal */
  protected array<T extends Model>(cls: new () => T, path: string, key: string, options: RequestOptions & { query?: Query } = {}): Promise<T[]> {
    return this.connection.many(cls, 'GET', path, key, { query: options.query, signal: options.signal });
  }

  /** `POST`, `PUT` or `PATCH path` with `json`, the created or changed resource under `key`. @internal */
  protected write<T extends Model>(method: 'POST' | 'PUT' | 'PATCH', cls: new () => T, path: string, key: string, json: unknown, options?: RequestOptions): Promise<T> {
    return this.connection.one(cls, method, path, key, { json, signal: options?.signal });
  }

  /** A request without a resource in its answer (`DELETE`, or a 204 `POST`). @internal */
  protected async call(method: string, path: string, options: RequestOptions & { json?: unknown; query?: Query } = {}): Promise<void> {
    await this.connection.request(method, path, { json: options.json, query: options.query, signal: options.signal });
  }

  /**
   * A model known only by its identifying fields, to act on without loading it: actions started
   * from it have no model to reload when they complete.
   * @internal
   */
  protected ref<T extends Model>(cls: new () => T, fields: object): T {
    return asReference(this.connection.hydrate(cls, fields));
  }
}
