import type { RequestOptions } from '../lib/connection.js';
import { checkDatabaseName } from '../lib/databases.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { arrayOf, checkBoolean, objectOf, oneOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkText } from '../lib/validate.js';
import { DatabaseMysqlSettings, type MysqlAuthPlugin } from './database-mysql-settings.js';
import { DatabasePart } from './database-part.js';
import { DatabaseUserSettings } from './database-user-settings.js';

/** MySQL settings of a user: its authentication plugin. */
export const MYSQL_SETTINGS = shape('MySQL settings', {
  /** `mysql_native_password` or `caching_sha2_password`. */
  authPlugin: required(oneOf<MysqlAuthPlugin>(['mysql_native_password', 'caching_sha2_password'])),
});

/** Engine-specific settings of a user. */
export const USER_SETTINGS = shape('user settings', {
  /** PostgreSQL: grants replication privileges. */
  pgAllowReplication: optional(checkBoolean),
  /** OpenSearch: index ACLs. */
  opensearchAcl: optional(
    arrayOf(
      objectOf(
        shape('an OpenSearch ACL', {
          /** An index name or pattern. */
          index: required(checkText),
          /** What the user may do on it. */
          permission: required(oneOf(['deny', 'admin', 'read', 'readwrite', 'write'] as const)),
        }),
      ),
    ),
  ),
  /** Kafka: topic ACLs. */
  acl: optional(
    arrayOf(
      objectOf(
        shape('a Kafka ACL', {
          /** The ACL's id, when changing an existing one. */
          id: optional(checkText),
          /** A topic name or pattern. */
          topic: required(checkText),
          /** What the user may do on it. */
          permission: required(oneOf(['admin', 'consume', 'produce', 'produceconsume'] as const)),
        }),
      ),
    ),
  ),
  /** MongoDB: the databases and role. */
  mongoUserSettings: optional(
    objectOf(
      shape('MongoDB user settings', {
        /** The databases the role applies to. */
        databases: optional(arrayOf(checkDatabaseName)),
        /** The role. */
        role: optional(oneOf(['readOnly', 'readWrite', 'dbAdmin'] as const)),
      }),
    ),
  ),
});

/** What `cluster.createUser()` takes. */
export const DATABASE_USER_CREATE = shape('a database user', {
  /** The user name. */
  name: required(checkDatabaseName),
  /** MySQL: the authentication plugin. */
  mysqlSettings: optional(objectOf(MYSQL_SETTINGS)),
  /** Engine-specific settings. */
  settings: optional(objectOf(USER_SETTINGS)),
  /** MongoDB and Kafka: a read-only user. */
  readonly: optional(checkBoolean),
});

/** What `user.update()` takes: new settings. */
export const DATABASE_USER_UPDATE = shape('a database user update', {
  /** Engine-specific settings. */
  settings: required(objectOf(USER_SETTINGS)),
});

/** What `user.resetAuth()` takes. */
export const DATABASE_USER_RESET_AUTH = shape('a password reset', {
  /** MySQL: the authentication plugin to switch to. */
  mysqlSettings: optional(objectOf(MYSQL_SETTINGS)),
});

/** Attributes of `cluster.createUser()`. */
export type DatabaseUserCreateAttributes = AttributesOf<typeof DATABASE_USER_CREATE>;
/** Attributes of `user.update()`. */
export type DatabaseUserUpdateAttributes = AttributesOf<typeof DATABASE_USER_UPDATE>;
/** Attributes of `user.resetAuth()`. */
export type DatabaseUserResetAuthAttributes = AttributesOf<typeof DATABASE_USER_RESET_AUTH>;

/**
 * A user of a database cluster. Its password (and Kafka access key) are secrets: `[REDACTED]` in
 * `util.inspect`, in `toJSON()` because the API sent them.
 * @example `const user = await cluster.createUser({ name: 'app' }); connect({ user: user.name, password: user.password });`
 */
export class DatabaseUser extends DatabasePart {
  /** The user name. */
  @Field() name!: string;
  /** `primary` for the cluster's admin user, `normal` for the others. */
  @Field() role?: 'primary' | 'normal';
  /** The password. */
  @Field({ secret: true }) password?: string;
  /** Kafka: the user's access certificate. */
  @Field() accessCert?: string;
  /** Kafka: the user's private access key. */
  @Field({ secret: true }) accessKey?: string;
  /** MySQL: the authentication plugin. */
  @Field({ type: () => DatabaseMysqlSettings }) mysqlSettings?: DatabaseMysqlSettings;
  /** Engine-specific settings. */
  @Field({ type: () => DatabaseUserSettings }) settings?: DatabaseUserSettings;

  protected get resourcePath(): string {
    return path`databases/${this.clusterId}/users/${this.name}`;
  }

  protected get resourceKey(): string {
    return 'user';
  }

  /** Changes the user's settings (`PUT /v2/databases/{id}/users/{name}`) and updates it in place. */
  async update(attrs: DatabaseUserUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', DATABASE_USER_UPDATE.wire('attrs', attrs), options);
  }

  /** Gives the user a new password (`POST /v2/databases/{id}/users/{name}/reset_auth`) and updates it in place. */
  async resetAuth(attrs: DatabaseUserResetAuthAttributes = {}, options?: RequestOptions): Promise<this> {
    const json = DATABASE_USER_RESET_AUTH.wire('attrs', attrs);
    return this.saveAt('POST', 'reset_auth', json, options);
  }
}
