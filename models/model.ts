import { ConfigurationError } from '../lib/errors.js';
import { toPlain } from '../lib/fields.js';
import type { Connection, RequestOptions } from '../lib/connection.js';

let bind: (model: Model, connection: Connection) => void;

/**
 * Base of every model. Holds the connection that loaded it in a private field, so the
 * connection (and its token) never reaches JSON, `util.inspect`, test equality or logs.
 */
export abstract class Model {
  #connection: Connection | undefined;

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

  /** The API's own snake_case JSON shape of this model. */
  toJSON(): Record<string, unknown> {
    return toPlain(this);
  }

  /** Replaces this model's fields with those of a freshly loaded copy. */
  protected replaceWith(fresh: this): this {
    for (const key of Object.keys(this)) if (!(key in fresh)) delete (this as Record<string, unknown>)[key];
    Object.assign(this, fresh);
    return this;
  }

  /** Reloads this model in place from `path`, whose body holds it under `key`. */
  protected async reloadFrom(path: string, key: string, options?: RequestOptions): Promise<this> {
    return this.replaceWith(await this.connection.one(this.constructor as new () => this, 'GET', path, key, options));
  }
}

/**
 * Gives `connection` to `value` and every model nested in it (arrays included).
 * @internal
 */
export function bindConnection(value: unknown, connection: Connection): void {
  if (Array.isArray(value)) {
    for (const item of value) bindConnection(item, connection);
  } else if (value instanceof Model) {
    bind(value, connection);
    for (const child of Object.values(value)) if (child !== null && typeof child === 'object') bindConnection(child, connection);
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
