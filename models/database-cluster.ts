import type { RequestOptions } from '../lib/connection.js';
import { checkClusterName, checkCount, checkDatabaseName, checkString, checkTimestamp, DATABASE_ENGINES } from '../lib/databases.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, checkBoolean, checkJson, objectOf, oneOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkInt, checkSlug, checkTag, checkText, checkUuid } from '../lib/validate.js';
import type { Model } from './model.js';
import { DatabaseAutoscale } from './database-autoscale.js';
import { DatabaseBackup } from './database-backup.js';
import { DatabaseCa } from './database-ca.js';
import type { DatabaseConfig } from './database-config.js';
import { DatabaseConnection } from './database-connection.js';
import { DatabaseDb } from './database-db.js';
import { DatabaseDoSettings } from './database-do-settings.js';
import { DatabaseEvent } from './database-event.js';
import { DatabaseFirewallRule, type DatabaseFirewallRuleType } from './database-firewall-rule.js';
import { DatabaseLogsink, DATABASE_LOGSINK_CREATE, type DatabaseLogsinkCreateAttributes, type DatabaseLogsinkUpdateAttributes } from './database-logsink.js';
import { DatabaseMaintenanceWindow } from './database-maintenance-window.js';
import { DatabaseOnlineMigration } from './database-online-migration.js';
import { DatabasePool, DATABASE_POOL_CREATE, type DatabasePoolCreateAttributes, type DatabasePoolUpdateAttributes } from './database-pool.js';
import { DatabaseReplica, DATABASE_REPLICA_CREATE, type DatabaseReplicaCreateAttributes } from './database-replica.js';
import { DatabaseServiceEndpoint } from './database-service-endpoint.js';
import { DatabaseUser, DATABASE_USER_CREATE, type DatabaseUserCreateAttributes, type DatabaseUserResetAuthAttributes, type DatabaseUserUpdateAttributes } from './database-user.js';
import { KafkaSchema, KAFKA_SCHEMA_COMPATIBILITIES, KAFKA_SCHEMA_CREATE, type KafkaSchemaCompatibility, type KafkaSchemaCreateAttributes } from './kafka-schema.js';
import { KafkaTopic, KAFKA_TOPIC_CREATE, type KafkaTopicCreateAttributes, type KafkaTopicUpdateAttributes } from './kafka-topic.js';
import { OpensearchIndex } from './opensearch-index.js';
import { Resource } from './resource.js';
import { MysqlMetrics } from '../lib/metrics.js';

/** A database engine, by the API's name. */
export type DatabaseEngine = (typeof DATABASE_ENGINES)[number];
/** Where a database cluster (or replica) stands. */
export type DatabaseClusterStatus = 'creating' | 'online' | 'resizing' | 'migrating' | 'forking';
/** How a Caching or Valkey cluster evicts keys when memory runs out. */
export type DatabaseEvictionPolicy = 'noeviction' | 'allkeys_lru' | 'allkeys_random' | 'volatile_lru' | 'volatile_random' | 'volatile_ttl';
/** Every eviction policy. */
export const DATABASE_EVICTION_POLICIES: readonly DatabaseEvictionPolicy[] = ['noeviction', 'allkeys_lru', 'allkeys_random', 'volatile_lru', 'volatile_random', 'volatile_ttl'];
/** The days a maintenance window can fall on. */
export const DATABASE_MAINTENANCE_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const count = (field: string, value: unknown) => checkCount(field, value);

/** A trusted source of a cluster, as `setFirewall()` and `create()` take it. */
export const DATABASE_FIREWALL_RULE = shape('a trusted source', {
  /** What `value` names: `droplet`, `k8s`, `ip_addr`, `tag` or `app`. */
  type: required(oneOf<DatabaseFirewallRuleType>(['droplet', 'k8s', 'ip_addr', 'tag', 'app'])),
  /** A droplet id (a number or a string), a Kubernetes cluster id, an IP address or CIDR, a tag name or an app id; sent as a string. */
  value: required((field: string, value: unknown): string | number => (typeof value === 'number' ? String(checkCount(field, value)) : checkText(field, value))),
  /** An existing rule's id, to keep it as it is. */
  uuid: optional(checkUuid),
  /** A note. */
  description: optional(checkText),
});
/** A trusted source to set with `cluster.setFirewall()`. */
export type DatabaseFirewallRuleAttributes = AttributesOf<typeof DATABASE_FIREWALL_RULE>;

const STORAGE_AUTOSCALE = shape('storage autoscaling', {
  /** Whether storage grows on its own. */
  enabled: required(checkBoolean),
  /** The usage, in percent (15 to 95), at which it grows. */
  thresholdPercent: optional((field: string, value: unknown) => checkInt(field, value, 15, 95)),
  /** How many GiB (10 to 500) each growth adds. */
  incrementGib: optional((field: string, value: unknown) => checkInt(field, value, 10, 500)),
});

/** What `cluster.setAutoscale()` takes. */
export const DATABASE_AUTOSCALE = shape('autoscaling settings', {
  /** Storage autoscaling. */
  storage: required(objectOf(STORAGE_AUTOSCALE)),
});
/** Attributes of `cluster.setAutoscale()`. */
export type DatabaseAutoscaleAttributes = AttributesOf<typeof DATABASE_AUTOSCALE>;

/** What `client.databases.create()` takes. */
export const DATABASE_CLUSTER_CREATE = shape('a database cluster', {
  /** The cluster's name: 3 to 63 lowercase letters, digits and "-". */
  name: required(checkClusterName),
  /** The engine: `pg`, `mysql`, `valkey`, `redis`, `mongodb`, `kafka`, `opensearch`, `advanced_pg` or `advanced_mysql`. */
  engine: required(oneOf<DatabaseEngine>(DATABASE_ENGINES)),
  /** The engine's major version, e.g. `'17'`; the newest when left out. */
  version: optional(checkText),
  /** How many nodes (see `client.databases.options()` for each engine's layouts). */
  numNodes: required(count),
  /** The size slug, e.g. `db-s-1vcpu-1gb`. */
  size: required(checkSlug),
  /** The region slug, e.g. `nyc3`. */
  region: required(checkSlug),
  /** The VPC to place it in; the region's default VPC when left out. */
  privateNetworkUuid: optional(checkUuid),
  /** Tags. */
  tags: optional(arrayOf(checkTag)),
  /** The project to put it in; the default project when left out. */
  projectId: optional(checkUuid),
  /** Trusted sources from the start. */
  rules: optional(arrayOf(objectOf(DATABASE_FIREWALL_RULE))),
  /** Storage in MiB, for engines that allow more than their size's. */
  storageSizeMib: optional(count),
  /** Autoscaling settings. */
  autoscale: optional(objectOf(DATABASE_AUTOSCALE)),
  /** Restore a backup of another cluster into this new one (what `cluster.fork()` sends). */
  backupRestore: optional(
    objectOf(
      shape('a backup to restore', {
        /** The name of the cluster the backup is of. */
        databaseName: required(checkClusterName),
        /** When the backup was taken (a Date or an ISO 8601 string); the latest when left out. */
        backupCreatedAt: optional((field: string, value: unknown): Date | string => checkTimestamp(field, value)),
      }),
    ),
  ),
});
/** Attributes of `client.databases.create()`. */
export type DatabaseClusterCreateAttributes = AttributesOf<typeof DATABASE_CLUSTER_CREATE>;

/** What `cluster.resize()` takes. */
export const DATABASE_RESIZE = shape('a resize', {
  /** The new size slug. */
  size: required(checkSlug),
  /** The new node count. */
  numNodes: required(count),
  /** The new storage in MiB, for engines that allow it. */
  storageSizeMib: optional(count),
});
/** Attributes of `cluster.resize()`. */
export type DatabaseResizeAttributes = AttributesOf<typeof DATABASE_RESIZE>;

/** What `cluster.updateMaintenanceWindow()` takes. */
export const DATABASE_MAINTENANCE_WINDOW = shape('a maintenance window', {
  /** The day of the week, e.g. `tuesday`. */
  day: required(oneOf(DATABASE_MAINTENANCE_DAYS)),
  /** The hour, UTC, as `HH:MM`, e.g. `14:00`. */
  hour: required((field: string, value: unknown) => {
    if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value)) throw new ValidationError(field, `must be an hour as "HH:MM", got ${JSON.stringify(value)}`);
    return value;
  }),
});
/** Attributes of `cluster.updateMaintenanceWindow()`. */
export type DatabaseMaintenanceWindowAttributes = AttributesOf<typeof DATABASE_MAINTENANCE_WINDOW>;

/** What `cluster.startOnlineMigration()` takes. */
export const DATABASE_ONLINE_MIGRATION = shape('an online migration', {
  /** The server to copy from. */
  source: required(
    objectOf(
      shape('a source database', {
        /** Its host name. */
        host: required(checkText),
        /** Its port. */
        port: optional((field: string, value: unknown) => checkInt(field, value, 1, 65535)),
        /** The database to copy. */
        dbname: optional(checkDatabaseName),
        /** The user to connect as. */
        username: optional(checkText),
        /** Its password. */
        password: optional(checkText),
      }),
    ),
  ),
  /** Connect to the source without TLS. */
  disableSsl: optional(checkBoolean),
  /** Databases not to copy. */
  ignoreDbs: optional(arrayOf(checkDatabaseName)),
});
/** Attributes of `cluster.startOnlineMigration()`. */
export type DatabaseOnlineMigrationAttributes = AttributesOf<typeof DATABASE_ONLINE_MIGRATION>;

/** What `cluster.updateDoSettings()` takes. */
export const DATABASE_DO_SETTINGS = shape('DigitalOcean settings', {
  /** Extra host names (CNAMEs) the cluster answers to. */
  serviceCnames: required(arrayOf(checkText)),
});
/** Attributes of `cluster.updateDoSettings()`. */
export type DatabaseDoSettingsAttributes = AttributesOf<typeof DATABASE_DO_SETTINGS>;

/** Options of `cluster.fork()`: what the new cluster differs in; everything else is the source's. */
export interface DatabaseForkOptions extends RequestOptions {
  /** The backup to restore (a backup from `cluster.backups()`, or when it was taken); the latest when left out. */
  backup?: DatabaseBackup | Date | string;
  /** The new cluster's region. */
  region?: string;
  /** Its size slug. */
  size?: string;
  /** Its node count. */
  numNodes?: number;
  /** Its tags. */
  tags?: string[];
}

type Part = Model & { clusterId: string };

/**
 * A managed database cluster (PostgreSQL, MySQL, Valkey, Caching, MongoDB, Kafka, OpenSearch).
 * Connection details are secrets: passwords and URIs are `[REDACTED]` in `util.inspect`, and in
 * `toJSON()` only because the API returned them. The API's field `connection` is
 * `connectionDetails` here, because `connection` is the model's client.
 *
 * @example
 * ```ts
 * const cluster = await client.databases.create({ name: 'backend', engine: 'pg', version: '17', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1 });
 * await cluster.waitUntilOnline();
 * const user = await cluster.createUser({ name: 'app' });
 * ```
 */
export class DatabaseCluster extends Resource {
  /** Many clusters are reloaded through the listing. @internal */
  protected static override readonly listing = { path: 'databases', key: 'databases' };

  /** The cluster's id (a UUID). */
  @Field() id!: string;
  /** Its name. */
  @Field() name!: string;
  /** Its engine. */
  @Field() engine!: DatabaseEngine;
  /** The engine's major version, e.g. `17`. */
  @Field() version?: string;
  /** The full version, e.g. `17.2`. */
  @Field() semanticVersion?: string;
  /** How many nodes. */
  @Field() numNodes!: number;
  /** Its size slug. */
  @Field() size!: string;
  /** Its region slug. */
  @Field() region!: string;
  /** `creating`, `online`, `resizing`, `migrating` or `forking`. */
  @Field() status!: DatabaseClusterStatus;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** Its VPC. */
  @Field() privateNetworkUuid?: string;
  /** Tags. */
  @Field() tags?: string[] | null;
  /** The names of its databases. */
  @Field() dbNames?: string[] | null;
  /** OpenSearch: how to reach the dashboards (holds secrets). */
  @Field({ type: () => DatabaseConnection }) uiConnection?: DatabaseConnection;
  /** Kafka: how to reach the schema registry (holds secrets). */
  @Field({ type: () => DatabaseConnection }) schemaRegistryConnection?: DatabaseConnection;
  /** How to connect over the public network (the API's `connection`; holds secrets). */
  @Field({ name: 'connection', type: () => DatabaseConnection }) connectionDetails?: DatabaseConnection;
  /** How to connect over the VPC (holds secrets). */
  @Field({ type: () => DatabaseConnection }) privateConnection?: DatabaseConnection;
  /** How to connect to the standby nodes (holds secrets). */
  @Field({ type: () => DatabaseConnection }) standbyConnection?: DatabaseConnection;
  /** How to connect to the standby nodes over the VPC (holds secrets). */
  @Field({ type: () => DatabaseConnection }) standbyPrivateConnection?: DatabaseConnection;
  /**
   * Its users as the cluster's body lists them (the API's `users`; named apart from the `users()`
   * method, which loads them as models to act on).
   */
  @Field({ name: 'users', type: () => DatabaseUser }) userList?: DatabaseUser[] | null;
  /** Its maintenance window. */
  @Field({ type: () => DatabaseMaintenanceWindow }) maintenanceWindow?: DatabaseMaintenanceWindow | null;
  /** The project it is in. */
  @Field() projectId?: string;
  /** Its trusted sources. */
  @Field({ type: () => DatabaseFirewallRule }) rules?: DatabaseFirewallRule[];
  /** When its version stops being served, as the API writes it. */
  @Field() versionEndOfLife?: string;
  /** When its version can no longer be created. */
  @Field() versionEndOfAvailability?: string;
  /** Its storage in MiB. */
  @Field() storageSizeMib?: number;
  /** Where its metrics are scraped. */
  @Field({ type: () => DatabaseServiceEndpoint }) metricsEndpoints?: DatabaseServiceEndpoint[];
  /** DigitalOcean-side settings. */
  @Field({ type: () => DatabaseDoSettings }) doSettings?: DatabaseDoSettings;

  protected get resourcePath(): string {
    return path`databases/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'database';
  }

  /**
   * The cluster's monitoring metrics, as typed series: MySQL clusters only (the queries of a
   * cluster of another engine reject with a `ValidationError`).
   */
  get metrics(): MysqlMetrics {
    return new MysqlMetrics(this.connection, { db_id: checkUuid('cluster.id', this.id) }, this.engine);
  }

  /** The cluster's uniform resource name, `do:dbaas:{id}` (what projects take). */
  get urn(): string {
    return `do:dbaas:${this.id}`;
  }

  // ---- lifecycle

  /**
   * Waits until the cluster is `online` (after creation, a fork, a resize or a migration),
   * reloading it every `interval` through the client's shared poller; resolves to it.
   * @throws WaitTimeoutError after `timeout`, AbortError when `signal` aborts.
   */
  async waitUntilOnline(options?: WaitOptions<this>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'online' }, options);
  }

  /**
   * Resizes the cluster (`PUT /v2/databases/{id}/resize`): it goes `resizing`, then `online`.
   * Resolves to this cluster, marked `resizing`, to wait on with `waitUntilOnline()`.
   * @example `await cluster.resize({ size: 'db-s-2vcpu-4gb', numNodes: 2 }).then((c) => c.waitUntilOnline());`
   */
  async resize(attrs: DatabaseResizeAttributes, options?: RequestOptions): Promise<this> {
    const json = DATABASE_RESIZE.wire('attrs', attrs);
    await this.callAt('PUT', 'resize', { ...options, json });
    return Object.assign(this, { status: 'resizing' as const });
  }

  /**
   * Moves the cluster to another region (`PUT /v2/databases/{id}/migrate`): it goes `migrating`,
   * then `online`. Resolves to this cluster, marked `migrating`.
   */
  async migrate(region: string, options?: RequestOptions): Promise<this> {
    await this.callAt('PUT', 'migrate', { ...options, json: { region: checkSlug('region', region) } });
    return Object.assign(this, { status: 'migrating' as const });
  }

  /** Upgrades the engine to a newer major version (`PUT /v2/databases/{id}/upgrade`); `reload()` shows it once done. */
  async upgrade(version: string, options?: RequestOptions): Promise<void> {
    await this.callAt('PUT', 'upgrade', { ...options, json: { version: checkText('version', version) } });
  }

  /**
   * Creates a new cluster from a backup of this one (`POST /v2/databases` with `backup_restore`):
   * same engine, version, size, node count and region unless `options` say otherwise. Resolves to
   * the new cluster (`forking`, then `online`).
   * @example `const copy = await cluster.fork('backend-copy', { backup: (await cluster.backups())[0] }); await copy.waitUntilOnline();`
   */
  async fork(name: string, options: DatabaseForkOptions = {}): Promise<DatabaseCluster> {
    const { backup, region, size, numNodes, tags, signal } = options;
    const json = DATABASE_CLUSTER_CREATE.wire('attrs', {
      name,
      engine: this.engine,
      version: this.version,
      region: region ?? this.region,
      size: size ?? this.size,
      numNodes: numNodes ?? this.numNodes,
      tags,
      backupRestore: { databaseName: this.name, backupCreatedAt: backup instanceof DatabaseBackup ? backup.createdAt : backup },
    });
    return this.connection.one(DatabaseCluster, 'POST', 'databases', 'database', { json, signal });
  }

  /** The cluster's backups (`GET /v2/databases/{id}/backups`), oldest first. */
  async backups(options?: RequestOptions): Promise<DatabaseBackup[]> {
    return this.listAt(DatabaseBackup, 'backups', 'backups', options);
  }

  /** The cluster's event log (`GET /v2/databases/{id}/events`). */
  async events(options?: RequestOptions): Promise<DatabaseEvent[]> {
    return this.listAt(DatabaseEvent, 'events', 'events', options);
  }

  /** Changes when maintenance runs (`PUT /v2/databases/{id}/maintenance`) and sets it in place. */
  async updateMaintenanceWindow(attrs: DatabaseMaintenanceWindowAttributes, options?: RequestOptions): Promise<this> {
    const json = DATABASE_MAINTENANCE_WINDOW.wire('attrs', attrs);
    await this.callAt('PUT', 'maintenance', { ...options, json });
    this.maintenanceWindow = this.connection.hydrate(DatabaseMaintenanceWindow, { ...(this.maintenanceWindow?.toJSON() ?? {}), ...json });
    return this;
  }

  /** Starts the pending updates now rather than in the maintenance window (`PUT /v2/databases/{id}/install_update`). */
  async installUpdate(options?: RequestOptions): Promise<void> {
    await this.callAt('PUT', 'install_update', options);
  }

  // ---- users, databases, pools

  /** The cluster's users (`GET /v2/databases/{id}/users`). */
  async users(options?: RequestOptions): Promise<DatabaseUser[]> {
    return this.#parts(DatabaseUser, 'users', 'users', options);
  }

  /** One user (`GET /v2/databases/{id}/users/{name}`). @throws NotFoundError */
  async user(name: string, options?: RequestOptions): Promise<DatabaseUser> {
    return this.#one(DatabaseUser, 'GET', path`users/${checkDatabaseName('name', name)}`, 'user', undefined, options);
  }

  /**
   * Adds a user (`POST /v2/databases/{id}/users`); the answer holds its password (a secret field).
   * @example `const user = await cluster.createUser({ name: 'app' });`
   */
  async createUser(attrs: DatabaseUserCreateAttributes, options?: RequestOptions): Promise<DatabaseUser> {
    return this.#one(DatabaseUser, 'POST', 'users', 'user', DATABASE_USER_CREATE.wire('attrs', attrs), options);
  }

  /** Changes a user's settings (`PUT /v2/databases/{id}/users/{name}`). */
  async updateUser(name: string, attrs: DatabaseUserUpdateAttributes, options?: RequestOptions): Promise<DatabaseUser> {
    return this.#part(DatabaseUser, { name: checkDatabaseName('name', name) }).update(attrs, options);
  }

  /** Gives a user a new password (`POST /v2/databases/{id}/users/{name}/reset_auth`). */
  async resetUserAuth(name: string, attrs: DatabaseUserResetAuthAttributes = {}, options?: RequestOptions): Promise<DatabaseUser> {
    return this.#part(DatabaseUser, { name: checkDatabaseName('name', name) }).resetAuth(attrs, options);
  }

  /** Removes a user (`DELETE /v2/databases/{id}/users/{name}`). */
  async deleteUser(name: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`users/${checkDatabaseName('name', name)}`, options);
  }

  /** The cluster's databases (`GET /v2/databases/{id}/dbs`). */
  async dbs(options?: RequestOptions): Promise<DatabaseDb[]> {
    return this.#parts(DatabaseDb, 'dbs', 'dbs', options);
  }

  /** One database (`GET /v2/databases/{id}/dbs/{name}`). @throws NotFoundError */
  async db(name: string, options?: RequestOptions): Promise<DatabaseDb> {
    return this.#one(DatabaseDb, 'GET', path`dbs/${checkDatabaseName('name', name)}`, 'db', undefined, options);
  }

  /** Adds a database (`POST /v2/databases/{id}/dbs`). @example `await cluster.createDb('orders');` */
  async createDb(name: string, options?: RequestOptions): Promise<DatabaseDb> {
    return this.#one(DatabaseDb, 'POST', 'dbs', 'db', { name: checkDatabaseName('name', name) }, options);
  }

  /** Deletes a database (`DELETE /v2/databases/{id}/dbs/{name}`). */
  async deleteDb(name: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`dbs/${checkDatabaseName('name', name)}`, options);
  }

  /** PostgreSQL: the cluster's connection pools (`GET /v2/databases/{id}/pools`). */
  async pools(options?: RequestOptions): Promise<DatabasePool[]> {
    return this.#parts(DatabasePool, 'pools', 'pools', options);
  }

  /** PostgreSQL: one connection pool (`GET /v2/databases/{id}/pools/{name}`). @throws NotFoundError */
  async pool(name: string, options?: RequestOptions): Promise<DatabasePool> {
    return this.#one(DatabasePool, 'GET', path`pools/${checkDatabaseName('name', name)}`, 'pool', undefined, options);
  }

  /**
   * PostgreSQL: adds a PgBouncer connection pool (`POST /v2/databases/{id}/pools`).
   * @example `await cluster.createPool({ name: 'web', mode: 'transaction', size: 10, db: 'orders', user: 'app' });`
   */
  async createPool(attrs: DatabasePoolCreateAttributes, options?: RequestOptions): Promise<DatabasePool> {
    return this.#one(DatabasePool, 'POST', 'pools', 'pool', DATABASE_POOL_CREATE.wire('attrs', attrs), options);
  }

  /** PostgreSQL: changes a connection pool (`PUT /v2/databases/{id}/pools/{name}`). */
  async updatePool(name: string, attrs: DatabasePoolUpdateAttributes, options?: RequestOptions): Promise<DatabasePool> {
    return this.#part(DatabasePool, { name: checkDatabaseName('name', name) }).update(attrs, options);
  }

  /** PostgreSQL: deletes a connection pool (`DELETE /v2/databases/{id}/pools/{name}`). */
  async deletePool(name: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`pools/${checkDatabaseName('name', name)}`, options);
  }

  // ---- replicas

  /** The cluster's read-only replicas (`GET /v2/databases/{id}/replicas`). */
  async replicas(options?: RequestOptions): Promise<DatabaseReplica[]> {
    return this.#parts(DatabaseReplica, 'replicas', 'replicas', options);
  }

  /** One replica (`GET /v2/databases/{id}/replicas/{name}`). @throws NotFoundError */
  async replica(name: string, options?: RequestOptions): Promise<DatabaseReplica> {
    return this.#one(DatabaseReplica, 'GET', path`replicas/${checkDatabaseName('name', name)}`, 'replica', undefined, options);
  }

  /**
   * Adds a read-only replica (`POST /v2/databases/{id}/replicas`); it is `creating`, then `online`.
   * @example `const replica = await cluster.createReplica({ name: 'read-1', region: 'nyc3' }); await replica.waitUntilOnline();`
   */
  async createReplica(attrs: DatabaseReplicaCreateAttributes, options?: RequestOptions): Promise<DatabaseReplica> {
    return this.#one(DatabaseReplica, 'POST', 'replicas', 'replica', DATABASE_REPLICA_CREATE.wire('attrs', attrs), options);
  }

  /** Deletes a replica (`DELETE /v2/databases/{id}/replicas/{name}`). */
  async deleteReplica(name: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`replicas/${checkDatabaseName('name', name)}`, options);
  }

  /** Turns a replica into a cluster of its own (`PUT /v2/databases/{id}/replicas/{name}/promote`). */
  async promoteReplica(name: string, options?: RequestOptions): Promise<void> {
    await this.callAt('PUT', path`replicas/${checkDatabaseName('name', name)}/promote`, options);
  }

  // ---- firewall, settings

  /** The cluster's trusted sources (`GET /v2/databases/{id}/firewall`). */
  async firewall(options?: RequestOptions): Promise<DatabaseFirewallRule[]> {
    return this.listAt(DatabaseFirewallRule, 'firewall', 'rules', options);
  }

  /**
   * Replaces the cluster's trusted sources (`PUT /v2/databases/{id}/firewall`); an empty list
   * opens it to every source. Resolves to the rules as the API now has them (one more request).
   * @example `await cluster.setFirewall([{ type: 'droplet', value: droplet.id }]);`
   */
  async setFirewall(rules: DatabaseFirewallRuleAttributes[], options?: RequestOptions): Promise<DatabaseFirewallRule[]> {
    const json = { rules: arrayOf(objectOf(DATABASE_FIREWALL_RULE))('rules', rules) };
    await this.callAt('PUT', 'firewall', { ...options, json });
    this.rules = await this.firewall(options);
    return this.rules;
  }

  /** The advanced configuration, with the API's own keys (`GET /v2/databases/{id}/config`). */
  async config<C extends DatabaseConfig = DatabaseConfig>(options?: RequestOptions): Promise<C> {
    const body = await this.connection.request<{ config: C }>('GET', `${this.resourcePath}/config`, options);
    return body.config;
  }

  /**
   * Changes some of the advanced configuration (`PATCH /v2/databases/{id}/config`).
   * @example `await cluster.updateConfig<PostgresConfig>({ jit: false, backup_hour: 3 });`
   */
  async updateConfig<C extends DatabaseConfig = DatabaseConfig>(changes: C, options?: RequestOptions): Promise<void> {
    await this.callAt('PATCH', 'config', { ...options, json: { config: checkJson('config', changes) } });
  }

  /** The CA certificate its TLS certificates are signed by (`GET /v2/databases/{id}/ca`). */
  async ca(options?: RequestOptions): Promise<DatabaseCa> {
    return this.loadAt(DatabaseCa, 'ca', 'ca', options);
  }

  /** DigitalOcean-side settings (`GET /v2/databases/{id}/do_settings`). */
  async getDoSettings(options?: RequestOptions): Promise<DatabaseDoSettings> {
    return this.loadAt(DatabaseDoSettings, 'do_settings', 'do_settings', options);
  }

  /** Changes the DigitalOcean-side settings (`PUT /v2/databases/{id}/do_settings`) and sets them in place. */
  async updateDoSettings(attrs: DatabaseDoSettingsAttributes, options?: RequestOptions): Promise<this> {
    const json = DATABASE_DO_SETTINGS.wire('attrs', attrs);
    await this.callAt('PUT', 'do_settings', { ...options, json: { do_settings: json } });
    this.doSettings = this.connection.hydrate(DatabaseDoSettings, json);
    return this;
  }

  /** Autoscaling settings (`GET /v2/databases/{id}/autoscale`). */
  async autoscale(options?: RequestOptions): Promise<DatabaseAutoscale> {
    return this.loadAt(DatabaseAutoscale, 'autoscale', 'autoscale', options);
  }

  /** Changes autoscaling (`PUT /v2/databases/{id}/autoscale`). @example `await cluster.setAutoscale({ storage: { enabled: true, thresholdPercent: 80, incrementGib: 10 } });` */
  async setAutoscale(attrs: DatabaseAutoscaleAttributes, options?: RequestOptions): Promise<void> {
    await this.callAt('PUT', 'autoscale', { ...options, json: DATABASE_AUTOSCALE.wire('attrs', attrs) });
  }

  /** Caching and Valkey: the eviction policy (`GET /v2/databases/{id}/eviction_policy`). */
  async evictionPolicy(options?: RequestOptions): Promise<DatabaseEvictionPolicy> {
    const body = await this.connection.request<{ eviction_policy: DatabaseEvictionPolicy }>('GET', `${this.resourcePath}/eviction_policy`, options);
    return body.eviction_policy;
  }

  /** Caching and Valkey: sets the eviction policy (`PUT /v2/databases/{id}/eviction_policy`). */
  async setEvictionPolicy(policy: DatabaseEvictionPolicy, options?: RequestOptions): Promise<void> {
    await this.callAt('PUT', 'eviction_policy', { ...options, json: { eviction_policy: oneOf(DATABASE_EVICTION_POLICIES)('policy', policy) } });
  }

  /** MySQL: the global SQL modes (`GET /v2/databases/{id}/sql_mode`), e.g. `['ANSI', 'STRICT_ALL_TABLES']`. */
  async sqlMode(options?: RequestOptions): Promise<string[]> {
    const body = await this.connection.request<{ sql_mode: string }>('GET', `${this.resourcePath}/sql_mode`, options);
    return body.sql_mode ? body.sql_mode.split(',') : [];
  }

  /** MySQL: sets the global SQL modes (`PUT /v2/databases/{id}/sql_mode`). @example `await cluster.setSqlMode(['ANSI', 'STRICT_ALL_TABLES']);` */
  async setSqlMode(modes: string[], options?: RequestOptions): Promise<void> {
    const checked = arrayOf((field, value) => {
      const mode = checkString(field, value);
      if (!/^[A-Z_]+$/.test(mode)) throw new ValidationError(field, `must be an SQL mode such as "ANSI", got ${JSON.stringify(mode)}`);
      return mode;
    })('modes', modes);
    await this.callAt('PUT', 'sql_mode', { ...options, json: { sql_mode: checked.join(',') } });
  }

  // ---- online migration

  /** The current online migration into this cluster (`GET /v2/databases/{id}/online-migration`). */
  async onlineMigration(options?: RequestOptions): Promise<DatabaseOnlineMigration> {
    return this.connection.hydrate(DatabaseOnlineMigration, await this.connection.request<object>('GET', `${this.resourcePath}/online-migration`, options));
  }

  /** Starts copying data from another server (`PUT /v2/databases/{id}/online-migration`). */
  async startOnlineMigration(attrs: DatabaseOnlineMigrationAttributes, options?: RequestOptions): Promise<DatabaseOnlineMigration> {
    const json = DATABASE_ONLINE_MIGRATION.wire('attrs', attrs);
    return this.connection.hydrate(DatabaseOnlineMigration, await this.connection.request<object>('PUT', `${this.resourcePath}/online-migration`, { json, signal: options?.signal }));
  }

  /** Stops an online migration (`DELETE /v2/databases/{id}/online-migration/{migration_id}`). */
  async stopOnlineMigration(migrationId: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`online-migration/${checkText('migrationId', migrationId)}`, options);
  }

  // ---- Kafka

  /** Kafka: the cluster's topics (`GET /v2/databases/{id}/topics`). */
  async topics(options?: RequestOptions): Promise<KafkaTopic[]> {
    return this.#parts(KafkaTopic, 'topics', 'topics', options);
  }

  /** Kafka: one topic, with partitions and config (`GET /v2/databases/{id}/topics/{name}`). */
  async topic(name: string, options?: RequestOptions): Promise<KafkaTopic> {
    return this.#one(KafkaTopic, 'GET', path`topics/${checkDatabaseName('name', name)}`, 'topic', undefined, options);
  }

  /** Kafka: adds a topic (`POST /v2/databases/{id}/topics`). @example `await cluster.createTopic({ name: 'events', partitionCount: 3, replicationFactor: 2 });` */
  async createTopic(attrs: KafkaTopicCreateAttributes, options?: RequestOptions): Promise<KafkaTopic> {
    return this.#one(KafkaTopic, 'POST', 'topics', 'topic', KAFKA_TOPIC_CREATE.wire('attrs', attrs), options);
  }

  /** Kafka: changes a topic (`PUT /v2/databases/{id}/topics/{name}`). */
  async updateTopic(name: string, attrs: KafkaTopicUpdateAttributes, options?: RequestOptions): Promise<KafkaTopic> {
    return this.#part(KafkaTopic, { name: checkDatabaseName('name', name) }).update(attrs, options);
  }

  /** Kafka: deletes a topic (`DELETE /v2/databases/{id}/topics/{name}`). */
  async deleteTopic(name: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`topics/${checkDatabaseName('name', name)}`, options);
  }

  /** Kafka: the schema registry's subjects (`GET /v2/databases/{id}/schema-registry`). */
  async schemas(options?: RequestOptions): Promise<KafkaSchema[]> {
    return this.#parts(KafkaSchema, 'schema-registry', 'subjects', options);
  }

  /** Kafka: a subject's latest version (`GET /v2/databases/{id}/schema-registry/{subject}`). */
  async schema(subject: string, options?: RequestOptions): Promise<KafkaSchema> {
    return this.#bare(KafkaSchema, 'GET', path`schema-registry/${checkText('subject', subject)}`, undefined, options);
  }

  /** Kafka: one version of a subject (`GET /v2/databases/{id}/schema-registry/{subject}/versions/{version}`). */
  async schemaVersion(subject: string, version: string | number, options?: RequestOptions): Promise<KafkaSchema> {
    const v = typeof version === 'number' ? String(checkCount('version', version)) : checkText('version', version);
    return this.#bare(KafkaSchema, 'GET', path`schema-registry/${checkText('subject', subject)}/versions/${v}`, undefined, options);
  }

  /** Kafka: registers a subject (`POST /v2/databases/{id}/schema-registry`). */
  async createSchema(attrs: KafkaSchemaCreateAttributes, options?: RequestOptions): Promise<KafkaSchema> {
    return this.#bare(KafkaSchema, 'POST', 'schema-registry', KAFKA_SCHEMA_CREATE.wire('attrs', attrs), options);
  }

  /** Kafka: deletes a subject (`DELETE /v2/databases/{id}/schema-registry/{subject}`). */
  async deleteSchema(subject: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`schema-registry/${checkText('subject', subject)}`, options);
  }

  /** Kafka: the registry's default compatibility level (`GET /v2/databases/{id}/schema-registry/config`). */
  async schemaConfig(options?: RequestOptions): Promise<KafkaSchemaCompatibility> {
    const body = await this.connection.request<{ compatibility_level: KafkaSchemaCompatibility }>('GET', `${this.resourcePath}/schema-registry/config`, options);
    return body.compatibility_level;
  }

  /** Kafka: sets the registry's default compatibility level (`PUT /v2/databases/{id}/schema-registry/config`); resolves to it. */
  async setSchemaConfig(level: KafkaSchemaCompatibility, options?: RequestOptions): Promise<KafkaSchemaCompatibility> {
    const json = { compatibility_level: oneOf(KAFKA_SCHEMA_COMPATIBILITIES)('level', level) };
    const body = await this.connection.request<{ compatibility_level: KafkaSchemaCompatibility }>('PUT', `${this.resourcePath}/schema-registry/config`, { json, signal: options?.signal });
    return body.compatibility_level;
  }

  /** Kafka: a subject's compatibility level (`GET /v2/databases/{id}/schema-registry/config/{subject}`). */
  async subjectConfig(subject: string, options?: RequestOptions): Promise<KafkaSchemaCompatibility> {
    const body = await this.connection.request<{ compatibility_level: KafkaSchemaCompatibility }>('GET', `${this.resourcePath}/${path`schema-registry/config/${checkText('subject', subject)}`}`, options);
    return body.compatibility_level;
  }

  /** Kafka: sets a subject's compatibility level (`PUT /v2/databases/{id}/schema-registry/config/{subject}`); resolves to it. */
  async setSubjectConfig(subject: string, level: KafkaSchemaCompatibility, options?: RequestOptions): Promise<KafkaSchemaCompatibility> {
    const json = { compatibility_level: oneOf(KAFKA_SCHEMA_COMPATIBILITIES)('level', level) };
    const sub = path`schema-registry/config/${checkText('subject', subject)}`;
    const body = await this.connection.request<{ compatibility_level: KafkaSchemaCompatibility }>('PUT', `${this.resourcePath}/${sub}`, { json, signal: options?.signal });
    return body.compatibility_level;
  }

  // ---- log sinks

  /** The cluster's log sinks (`GET /v2/databases/{id}/logsink`). */
  async logsinks(options?: RequestOptions): Promise<DatabaseLogsink[]> {
    return this.#parts(DatabaseLogsink, 'logsink', 'sinks', options);
  }

  /** One log sink (`GET /v2/databases/{id}/logsink/{sink_id}`). */
  async logsink(sinkId: string, options?: RequestOptions): Promise<DatabaseLogsink> {
    return this.#bare(DatabaseLogsink, 'GET', path`logsink/${checkText('sinkId', sinkId)}`, undefined, options);
  }

  /** Adds a log sink (`POST /v2/databases/{id}/logsink`). @example `await cluster.createLogsink({ sinkName: 'syslog', sinkType: 'rsyslog', config: { server: '192.0.2.10', port: 514, tls: false, format: 'rfc5424' } });` */
  async createLogsink(attrs: DatabaseLogsinkCreateAttributes, options?: RequestOptions): Promise<DatabaseLogsink> {
    return this.#one(DatabaseLogsink, 'POST', 'logsink', 'sink', DATABASE_LOGSINK_CREATE.wire('attrs', attrs), options);
  }

  /** Replaces a log sink's settings (`PUT /v2/databases/{id}/logsink/{sink_id}`). */
  async updateLogsink(sinkId: string, attrs: DatabaseLogsinkUpdateAttributes, options?: RequestOptions): Promise<void> {
    await this.#part(DatabaseLogsink, { sink_id: checkText('sinkId', sinkId) }).update(attrs, options);
  }

  /** Deletes a log sink (`DELETE /v2/databases/{id}/logsink/{sink_id}`). */
  async deleteLogsink(sinkId: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`logsink/${checkText('sinkId', sinkId)}`, options);
  }

  // ---- OpenSearch

  /** OpenSearch: the cluster's indexes (`GET /v2/databases/{id}/indexes`). */
  async indexes(options?: RequestOptions): Promise<OpensearchIndex[]> {
    return this.#parts(OpensearchIndex, 'indexes', 'indexes', options);
  }

  /** OpenSearch: deletes an index (`DELETE /v2/databases/{id}/indexes/{name}`). */
  async deleteIndex(name: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`indexes/${checkDatabaseName('name', name)}`, options);
  }

  // ---- plumbing

  #part<T extends Part>(cls: new () => T, fields: object): T {
    return Object.assign(this.connection.hydrate(cls, fields), { clusterId: this.id });
  }

  async #parts<T extends Part>(cls: new () => T, sub: string, key: string, options?: RequestOptions): Promise<T[]> {
    return (await this.listAt(cls, sub, key, options)).map((part) => Object.assign(part, { clusterId: this.id }));
  }

  async #one<T extends Part>(cls: new () => T, method: 'GET' | 'POST', sub: string, key: string, json: unknown, options?: RequestOptions): Promise<T> {
    const model = await this.loadAt(cls, sub, key, { method, json, signal: options?.signal });
    return Object.assign(model, { clusterId: this.id });
  }

  async #bare<T extends Part>(cls: new () => T, method: string, sub: string, json: unknown, options?: RequestOptions): Promise<T> {
    const body = await this.connection.request<object>(method, `${this.resourcePath}/${sub}`, { json, signal: options?.signal });
    return Object.assign(this.connection.hydrate(cls, body), { clusterId: this.id });
  }
}
