import type { RequestOptions } from '../lib/connection.js';
import { checkCount, checkDatabaseName } from '../lib/databases.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { oneOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { DatabaseConnection } from './database-connection.js';
import { DatabasePart } from './database-part.js';

/** How a PgBouncer pool hands out server connections. */
export type DatabasePoolMode = 'session' | 'transaction' | 'statement';

const POOL = {
  /** `session`, `transaction` or `statement`. */
  mode: required(oneOf<DatabasePoolMode>(['session', 'transaction', 'statement'])),
  /** How many server connections the pool holds. */
  size: required((field: string, value: unknown) => checkCount(field, value)),
  /** The database it connects to. */
  db: required(checkDatabaseName),
  /** The user it connects as; left out, the pool uses the credentials of each client (inbound user). */
  user: optional(checkDatabaseName),
};

/** What `cluster.createPool()` takes. */
export const DATABASE_POOL_CREATE = shape('a connection pool', {
  /** The pool's name. */
  name: required(checkDatabaseName),
  ...POOL,
});

/** What `pool.update()` takes. */
export const DATABASE_POOL_UPDATE = shape('a connection pool update', POOL);

/** Attributes of `cluster.createPool()`. */
export type DatabasePoolCreateAttributes = AttributesOf<typeof DATABASE_POOL_CREATE.attributes>;
/** Attributes of `pool.update()`. */
export type DatabasePoolUpdateAttributes = AttributesOf<typeof DATABASE_POOL_UPDATE.attributes>;

/**
 * A PgBouncer connection pool of a PostgreSQL cluster. Its connection details hold secrets.
 * The API's field `connection` is `connectionDetails` here (`connection` is the model's client).
 */
export class DatabasePool extends DatabasePart {
  /** The pool's name. */
  @Field() name!: string;
  /** How it hands out server connections. */
  @Field() mode!: DatabasePoolMode;
  /** How many server connections it holds. */
  @Field() size!: number;
  /** The database it connects to. */
  @Field() db!: string;
  /** The user it connects as. */
  @Field() user?: string;
  /** How to connect to the pool over the public network (the API's `connection`). */
  @Field({ name: 'connection', type: () => DatabaseConnection }) connectionDetails?: DatabaseConnection;
  /** How to connect over the VPC. */
  @Field({ type: () => DatabaseConnection }) privateConnection?: DatabaseConnection;
  /** How to connect to the standby node's pool. */
  @Field({ type: () => DatabaseConnection }) standbyConnection?: DatabaseConnection;
  /** How to connect to the standby node's pool over the VPC. */
  @Field({ type: () => DatabaseConnection }) standbyPrivateConnection?: DatabaseConnection;

  protected get resourcePath(): string {
    return path`databases/${this.clusterId}/pools/${this.name}`;
  }

  protected get resourceKey(): string {
    return 'pool';
  }

  /**
   * Changes the pool (`PUT /v2/databases/{id}/pools/{name}`, which answers nothing) and sets the
   * changed attributes in place.
   * @example `await pool.update({ mode: 'session', size: 20, db: 'defaultdb' });`
   */
  async update(attrs: DatabasePoolUpdateAttributes, options?: RequestOptions): Promise<this> {
    await this.connection.request('PUT', this.resourcePath, { json: DATABASE_POOL_UPDATE.wire('attrs', attrs), signal: options?.signal });
    const { mode, size, db, user } = attrs;
    return Object.assign(this, { mode, size, db }, user === undefined ? {} : { user });
  }
}
