import type { RequestOptions } from '../connection.js';
import { checkClusterRef, checkDatabaseName, type DatabaseClusterRef } from '../databases.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { arrayOf, objectOf, optional, shape, type AttributesOf } from '../shape.js';
import { checkTag, checkText } from '../validate.js';
import { DatabaseAutoscale } from '../../models/database-autoscale.js';
import type { DatabaseBackup } from '../../models/database-backup.js';
import type { DatabaseCa } from '../../models/database-ca.js';
import {
  DATABASE_CLUSTER_CREATE,
  DATABASE_FIREWALL_RULE,
  DatabaseCluster,
  type DatabaseAutoscaleAttributes,
  type DatabaseClusterCreateAttributes,
  type DatabaseDoSettingsAttributes,
  type DatabaseEvictionPolicy,
  type DatabaseFirewallRuleAttributes,
  type DatabaseForkOptions,
  type DatabaseMaintenanceWindowAttributes,
  type DatabaseOnlineMigrationAttributes,
  type DatabaseResizeAttributes,
} from '../../models/database-cluster.js';
import type { DatabaseConfig } from '../../models/database-config.js';
import type { DatabaseDb } from '../../models/database-db.js';
import type { DatabaseDoSettings } from '../../models/database-do-settings.js';
import type { DatabaseEvent } from '../../models/database-event.js';
import type { DatabaseFirewallRule } from '../../models/database-firewall-rule.js';
import type { DatabaseLogsink, DatabaseLogsinkCreateAttributes, DatabaseLogsinkUpdateAttributes } from '../../models/database-logsink.js';
import { DatabaseMetricsCredentials } from '../../models/database-metrics-credentials.js';
import type { DatabaseOnlineMigration } from '../../models/database-online-migration.js';
import { DatabaseOptions } from '../../models/database-options.js';
import type { DatabasePool, DatabasePoolCreateAttributes, DatabasePoolUpdateAttributes } from '../../models/database-pool.js';
import type { DatabaseReplica, DatabaseReplicaCreateAttributes } from '../../models/database-replica.js';
import type { DatabaseUser, DatabaseUserCreateAttributes, DatabaseUserResetAuthAttributes, DatabaseUserUpdateAttributes } from '../../models/database-user.js';
import type { KafkaSchema, KafkaSchemaCompatibility, KafkaSchemaCreateAttributes } from '../../models/kafka-schema.js';
import type { KafkaTopic, KafkaTopicCreateAttributes, KafkaTopicUpdateAttributes } from '../../models/kafka-topic.js';
import type { OpensearchIndex } from '../../models/opensearch-index.js';
import { Collection } from './collection.js';

/** Options of `client.databases.list()`. */
export interface DatabaseListOptions extends ListOptions {
  /** Only clusters with this tag. */
  tagName?: string;
}

/** What `client.databases.updateMetricsCredentials()` takes. */
export const DATABASE_METRICS_CREDENTIALS = shape('metrics credentials', {
  /** The new user name. */
  basicAuthUsername: optional(checkText),
  /** The new password. */
  basicAuthPassword: optional(checkText),
});
/** Attributes of `client.databases.updateMetricsCredentials()`. */
export type DatabaseMetricsCredentialsAttributes = AttributesOf<typeof DATABASE_METRICS_CREDENTIALS>;

/**
 * `client.databases`: managed database clusters and everything in them. Every method taking a
 * cluster takes a `DatabaseCluster` or its UUID and works without loading the cluster first; each
 * is the id-based form of the `DatabaseCluster` method of the same name.
 * @example `const cluster = await client.databases.create({ name: 'backend', engine: 'pg', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1 });`
 */
export class DatabasesCollection extends Collection {
  /** What clusters can be created with: per engine, regions, versions and layouts (`GET /v2/databases/options`). */
  async options(options?: RequestOptions): Promise<DatabaseOptions> {
    return this.connection.hydrate(DatabaseOptions, await this.connection.request<object>('GET', 'databases/options', options));
  }

  /** Every cluster, optionally only those with a tag (`GET /v2/databases`). */
  list(options: DatabaseListOptions = {}): Paginator<DatabaseCluster> {
    const { tagName, ...rest } = options;
    return this.page(DatabaseCluster, 'databases', 'databases', { tag_name: tagName === undefined ? undefined : checkTag('tagName', tagName) }, rest);
  }

  /** One cluster (`GET /v2/databases/{id}`). @throws NotFoundError */
  async get(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseCluster> {
    return this.load(DatabaseCluster, path`databases/${checkClusterRef('cluster', cluster)}`, 'database', options);
  }

  /**
   * Creates a cluster (`POST /v2/databases`); it is `creating`, then `online` (`waitUntilOnline()`).
   * With `backupRestore`, the new cluster is restored from another cluster's backup.
   * @throws ValidationError for bad attributes, UnprocessableEntityError for a region, size or version the engine is not offered in.
   */
  async create(attrs: DatabaseClusterCreateAttributes, options?: RequestOptions): Promise<DatabaseCluster> {
    return this.write('POST', DatabaseCluster, 'databases', 'database', DATABASE_CLUSTER_CREATE.wire('attrs', attrs), options);
  }

  /** Deletes a cluster and its replicas (`DELETE /v2/databases/{id}`). */
  async delete(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`databases/${checkClusterRef('cluster', cluster)}`, options);
  }

  /** The credentials of every cluster's metrics endpoint (`GET /v2/databases/metrics/credentials`). */
  async metricsCredentials(options?: RequestOptions): Promise<DatabaseMetricsCredentials> {
    const body = await this.connection.request<{ credentials: { credentials: object } }>('GET', 'databases/metrics/credentials', options);
    return this.connection.hydrate(DatabaseMetricsCredentials, body.credentials.credentials);
  }

  /** Changes the metrics endpoints' credentials (`PUT /v2/databases/metrics/credentials`). */
  async updateMetricsCredentials(attrs: DatabaseMetricsCredentialsAttributes, options?: RequestOptions): Promise<void> {
    await this.call('PUT', 'databases/metrics/credentials', { ...options, json: { credentials: DATABASE_METRICS_CREDENTIALS.wire('attrs', attrs) } });
  }

  /**
   * A cluster known only by its id, to act on without loading it (its other fields are unset).
   * @example `await client.databases.cluster(id).createDb('orders');`
   */
  cluster(cluster: DatabaseClusterRef): DatabaseCluster {
    return this.ref(DatabaseCluster, { id: checkClusterRef('cluster', cluster) });
  }

  /** See `DatabaseCluster.resize()` (`PUT /v2/databases/{id}/resize`). */
  async resize(cluster: DatabaseClusterRef, attrs: DatabaseResizeAttributes, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).resize(attrs, options);
  }
  /** See `DatabaseCluster.migrate()` (`PUT /v2/databases/{id}/migrate`). */
  async migrate(cluster: DatabaseClusterRef, region: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).migrate(region, options);
  }
  /** See `DatabaseCluster.upgrade()` (`PUT /v2/databases/{id}/upgrade`). */
  async upgrade(cluster: DatabaseClusterRef, version: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).upgrade(version, options);
  }
  /** See `DatabaseCluster.fork()` (`POST /v2/databases` with `backup_restore`); needs the source cluster loaded, so this loads it first. */
  async fork(cluster: DatabaseClusterRef, name: string, options?: DatabaseForkOptions): Promise<DatabaseCluster> {
    return (await this.get(cluster, options)).fork(name, options);
  }
  /** See `DatabaseCluster.backups()` (`GET /v2/databases/{id}/backups`). */
  async backups(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseBackup[]> {
    return this.cluster(cluster).backups(options);
  }
  /** See `DatabaseCluster.events()` (`GET /v2/databases/{id}/events`). */
  async events(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseEvent[]> {
    return this.cluster(cluster).events(options);
  }
  /** See `DatabaseCluster.updateMaintenanceWindow()` (`PUT /v2/databases/{id}/maintenance`). */
  async updateMaintenanceWindow(cluster: DatabaseClusterRef, attrs: DatabaseMaintenanceWindowAttributes, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).updateMaintenanceWindow(attrs, options);
  }
  /** See `DatabaseCluster.installUpdate()` (`PUT /v2/databases/{id}/install_update`). */
  async installUpdate(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).installUpdate(options);
  }

  /** See `DatabaseCluster.users()` (`GET /v2/databases/{id}/users`). */
  async users(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseUser[]> {
    return this.cluster(cluster).users(options);
  }
  /** See `DatabaseCluster.user()` (`GET /v2/databases/{id}/users/{name}`). */
  async getUser(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<DatabaseUser> {
    return this.cluster(cluster).user(name, options);
  }
  /** See `DatabaseCluster.createUser()` (`POST /v2/databases/{id}/users`). */
  async createUser(cluster: DatabaseClusterRef, attrs: DatabaseUserCreateAttributes, options?: RequestOptions): Promise<DatabaseUser> {
    return this.cluster(cluster).createUser(attrs, options);
  }
  /** See `DatabaseCluster.updateUser()` (`PUT /v2/databases/{id}/users/{name}`). */
  async updateUser(cluster: DatabaseClusterRef, name: string, attrs: DatabaseUserUpdateAttributes, options?: RequestOptions): Promise<DatabaseUser> {
    return this.cluster(cluster).updateUser(name, attrs, options);
  }
  /** See `DatabaseCluster.resetUserAuth()` (`POST /v2/databases/{id}/users/{name}/reset_auth`). */
  async resetUserAuth(cluster: DatabaseClusterRef, name: string, attrs?: DatabaseUserResetAuthAttributes, options?: RequestOptions): Promise<DatabaseUser> {
    return this.cluster(cluster).resetUserAuth(name, attrs, options);
  }
  /** See `DatabaseCluster.deleteUser()` (`DELETE /v2/databases/{id}/users/{name}`). */
  async deleteUser(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).deleteUser(name, options);
  }

  /** See `DatabaseCluster.dbs()` (`GET /v2/databases/{id}/dbs`). */
  async dbs(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseDb[]> {
    return this.cluster(cluster).dbs(options);
  }
  /** See `DatabaseCluster.db()` (`GET /v2/databases/{id}/dbs/{name}`). */
  async getDb(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<DatabaseDb> {
    return this.cluster(cluster).db(name, options);
  }
  /** See `DatabaseCluster.createDb()` (`POST /v2/databases/{id}/dbs`). */
  async createDb(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<DatabaseDb> {
    return this.cluster(cluster).createDb(name, options);
  }
  /** See `DatabaseCluster.deleteDb()` (`DELETE /v2/databases/{id}/dbs/{name}`). */
  async deleteDb(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).deleteDb(name, options);
  }

  /** See `DatabaseCluster.pools()` (`GET /v2/databases/{id}/pools`). */
  async pools(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabasePool[]> {
    return this.cluster(cluster).pools(options);
  }
  /** See `DatabaseCluster.pool()` (`GET /v2/databases/{id}/pools/{name}`). */
  async getPool(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<DatabasePool> {
    return this.cluster(cluster).pool(name, options);
  }
  /** See `DatabaseCluster.createPool()` (`POST /v2/databases/{id}/pools`). */
  async createPool(cluster: DatabaseClusterRef, attrs: DatabasePoolCreateAttributes, options?: RequestOptions): Promise<DatabasePool> {
    return this.cluster(cluster).createPool(attrs, options);
  }
  /** See `DatabaseCluster.updatePool()` (`PUT /v2/databases/{id}/pools/{name}`). */
  async updatePool(cluster: DatabaseClusterRef, name: string, attrs: DatabasePoolUpdateAttributes, options?: RequestOptions): Promise<DatabasePool> {
    return this.cluster(cluster).updatePool(name, attrs, options);
  }
  /** See `DatabaseCluster.deletePool()` (`DELETE /v2/databases/{id}/pools/{name}`). */
  async deletePool(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).deletePool(name, options);
  }

  /** See `DatabaseCluster.replicas()` (`GET /v2/databases/{id}/replicas`). */
  async replicas(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseReplica[]> {
    return this.cluster(cluster).replicas(options);
  }
  /** See `DatabaseCluster.replica()` (`GET /v2/databases/{id}/replicas/{name}`). */
  async getReplica(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<DatabaseReplica> {
    return this.cluster(cluster).replica(name, options);
  }
  /** See `DatabaseCluster.createReplica()` (`POST /v2/databases/{id}/replicas`). */
  async createReplica(cluster: DatabaseClusterRef, attrs: DatabaseReplicaCreateAttributes, options?: RequestOptions): Promise<DatabaseReplica> {
    return this.cluster(cluster).createReplica(attrs, options);
  }
  /** See `DatabaseCluster.deleteReplica()` (`DELETE /v2/databases/{id}/replicas/{name}`). */
  async deleteReplica(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).deleteReplica(name, options);
  }
  /** See `DatabaseCluster.promoteReplica()` (`PUT /v2/databases/{id}/replicas/{name}/promote`). */
  async promoteReplica(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).promoteReplica(name, options);
  }

  /** See `DatabaseCluster.firewall()` (`GET /v2/databases/{id}/firewall`). */
  async firewall(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseFirewallRule[]> {
    return this.cluster(cluster).firewall(options);
  }
  /** Replaces a cluster's trusted sources (`PUT /v2/databases/{id}/firewall`; one request, unlike `cluster.setFirewall()`). */
  async setFirewall(cluster: DatabaseClusterRef, rules: DatabaseFirewallRuleAttributes[], options?: RequestOptions): Promise<void> {
    const json = { rules: arrayOf(objectOf(DATABASE_FIREWALL_RULE))('rules', rules) };
    await this.call('PUT', path`databases/${checkClusterRef('cluster', cluster)}/firewall`, { ...options, json });
  }

  /** See `DatabaseCluster.config()` (`GET /v2/databases/{id}/config`). */
  async config<C extends DatabaseConfig = DatabaseConfig>(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<C> {
    return this.cluster(cluster).config<C>(options);
  }
  /** See `DatabaseCluster.updateConfig()` (`PATCH /v2/databases/{id}/config`). */
  async updateConfig<C extends DatabaseConfig = DatabaseConfig>(cluster: DatabaseClusterRef, changes: C, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).updateConfig<C>(changes, options);
  }
  /** See `DatabaseCluster.ca()` (`GET /v2/databases/{id}/ca`). */
  async ca(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseCa> {
    return this.cluster(cluster).ca(options);
  }
  /** See `DatabaseCluster.getDoSettings()` (`GET /v2/databases/{id}/do_settings`). */
  async doSettings(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseDoSettings> {
    return this.cluster(cluster).getDoSettings(options);
  }
  /** See `DatabaseCluster.updateDoSettings()` (`PUT /v2/databases/{id}/do_settings`). */
  async updateDoSettings(cluster: DatabaseClusterRef, attrs: DatabaseDoSettingsAttributes, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).updateDoSettings(attrs, options);
  }
  /** See `DatabaseCluster.autoscale()` (`GET /v2/databases/{id}/autoscale`). */
  async autoscale(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseAutoscale> {
    return this.cluster(cluster).autoscale(options);
  }
  /** See `DatabaseCluster.setAutoscale()` (`PUT /v2/databases/{id}/autoscale`). */
  async setAutoscale(cluster: DatabaseClusterRef, attrs: DatabaseAutoscaleAttributes, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).setAutoscale(attrs, options);
  }
  /** See `DatabaseCluster.evictionPolicy()` (`GET /v2/databases/{id}/eviction_policy`). */
  async evictionPolicy(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseEvictionPolicy> {
    return this.cluster(cluster).evictionPolicy(options);
  }
  /** See `DatabaseCluster.setEvictionPolicy()` (`PUT /v2/databases/{id}/eviction_policy`). */
  async setEvictionPolicy(cluster: DatabaseClusterRef, policy: DatabaseEvictionPolicy, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).setEvictionPolicy(policy, options);
  }
  /** See `DatabaseCluster.sqlMode()` (`GET /v2/databases/{id}/sql_mode`). */
  async sqlMode(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<string[]> {
    return this.cluster(cluster).sqlMode(options);
  }
  /** See `DatabaseCluster.setSqlMode()` (`PUT /v2/databases/{id}/sql_mode`). */
  async setSqlMode(cluster: DatabaseClusterRef, modes: string[], options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).setSqlMode(modes, options);
  }

  /** See `DatabaseCluster.onlineMigration()` (`GET /v2/databases/{id}/online-migration`). */
  async onlineMigration(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseOnlineMigration> {
    return this.cluster(cluster).onlineMigration(options);
  }
  /** See `DatabaseCluster.startOnlineMigration()` (`PUT /v2/databases/{id}/online-migration`). */
  async startOnlineMigration(cluster: DatabaseClusterRef, attrs: DatabaseOnlineMigrationAttributes, options?: RequestOptions): Promise<DatabaseOnlineMigration> {
    return this.cluster(cluster).startOnlineMigration(attrs, options);
  }
  /** See `DatabaseCluster.stopOnlineMigration()` (`DELETE /v2/databases/{id}/online-migration/{migration_id}`). */
  async stopOnlineMigration(cluster: DatabaseClusterRef, migrationId: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).stopOnlineMigration(migrationId, options);
  }

  /** See `DatabaseCluster.topics()` (`GET /v2/databases/{id}/topics`). */
  async topics(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<KafkaTopic[]> {
    return this.cluster(cluster).topics(options);
  }
  /** See `DatabaseCluster.topic()` (`GET /v2/databases/{id}/topics/{name}`). */
  async getTopic(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<KafkaTopic> {
    return this.cluster(cluster).topic(name, options);
  }
  /** See `DatabaseCluster.createTopic()` (`POST /v2/databases/{id}/topics`). */
  async createTopic(cluster: DatabaseClusterRef, attrs: KafkaTopicCreateAttributes, options?: RequestOptions): Promise<KafkaTopic> {
    return this.cluster(cluster).createTopic(attrs, options);
  }
  /** See `DatabaseCluster.updateTopic()` (`PUT /v2/databases/{id}/topics/{name}`). */
  async updateTopic(cluster: DatabaseClusterRef, name: string, attrs: KafkaTopicUpdateAttributes, options?: RequestOptions): Promise<KafkaTopic> {
    return this.cluster(cluster).updateTopic(name, attrs, options);
  }
  /** See `DatabaseCluster.deleteTopic()` (`DELETE /v2/databases/{id}/topics/{name}`). */
  async deleteTopic(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).deleteTopic(name, options);
  }

  /** See `DatabaseCluster.schemas()` (`GET /v2/databases/{id}/schema-registry`). */
  async schemas(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<KafkaSchema[]> {
    return this.cluster(cluster).schemas(options);
  }
  /** See `DatabaseCluster.schema()` (`GET /v2/databases/{id}/schema-registry/{subject}`). */
  async getSchema(cluster: DatabaseClusterRef, subject: string, options?: RequestOptions): Promise<KafkaSchema> {
    return this.cluster(cluster).schema(subject, options);
  }
  /** See `DatabaseCluster.schemaVersion()` (`GET /v2/databases/{id}/schema-registry/{subject}/versions/{version}`). */
  async getSchemaVersion(cluster: DatabaseClusterRef, subject: string, version: string | number, options?: RequestOptions): Promise<KafkaSchema> {
    return this.cluster(cluster).schemaVersion(subject, version, options);
  }
  /** See `DatabaseCluster.createSchema()` (`POST /v2/databases/{id}/schema-registry`). */
  async createSchema(cluster: DatabaseClusterRef, attrs: KafkaSchemaCreateAttributes, options?: RequestOptions): Promise<KafkaSchema> {
    return this.cluster(cluster).createSchema(attrs, options);
  }
  /** See `DatabaseCluster.deleteSchema()` (`DELETE /v2/databases/{id}/schema-registry/{subject}`). */
  async deleteSchema(cluster: DatabaseClusterRef, subject: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).deleteSchema(subject, options);
  }
  /** See `DatabaseCluster.schemaConfig()` (`GET /v2/databases/{id}/schema-registry/config`). */
  async schemaConfig(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<KafkaSchemaCompatibility> {
    return this.cluster(cluster).schemaConfig(options);
  }
  /** See `DatabaseCluster.setSchemaConfig()` (`PUT /v2/databases/{id}/schema-registry/config`). */
  async setSchemaConfig(cluster: DatabaseClusterRef, level: KafkaSchemaCompatibility, options?: RequestOptions): Promise<KafkaSchemaCompatibility> {
    return this.cluster(cluster).setSchemaConfig(level, options);
  }
  /** See `DatabaseCluster.subjectConfig()` (`GET /v2/databases/{id}/schema-registry/config/{subject}`). */
  async subjectConfig(cluster: DatabaseClusterRef, subject: string, options?: RequestOptions): Promise<KafkaSchemaCompatibility> {
    return this.cluster(cluster).subjectConfig(subject, options);
  }
  /** See `DatabaseCluster.setSubjectConfig()` (`PUT /v2/databases/{id}/schema-registry/config/{subject}`). */
  async setSubjectConfig(cluster: DatabaseClusterRef, subject: string, level: KafkaSchemaCompatibility, options?: RequestOptions): Promise<KafkaSchemaCompatibility> {
    return this.cluster(cluster).setSubjectConfig(subject, level, options);
  }

  /** See `DatabaseCluster.logsinks()` (`GET /v2/databases/{id}/logsink`). */
  async logsinks(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<DatabaseLogsink[]> {
    return this.cluster(cluster).logsinks(options);
  }
  /** See `DatabaseCluster.logsink()` (`GET /v2/databases/{id}/logsink/{sink_id}`). */
  async getLogsink(cluster: DatabaseClusterRef, sinkId: string, options?: RequestOptions): Promise<DatabaseLogsink> {
    return this.cluster(cluster).logsink(sinkId, options);
  }
  /** See `DatabaseCluster.createLogsink()` (`POST /v2/databases/{id}/logsink`). */
  async createLogsink(cluster: DatabaseClusterRef, attrs: DatabaseLogsinkCreateAttributes, options?: RequestOptions): Promise<DatabaseLogsink> {
    return this.cluster(cluster).createLogsink(attrs, options);
  }
  /** See `DatabaseCluster.updateLogsink()` (`PUT /v2/databases/{id}/logsink/{sink_id}`). */
  async updateLogsink(cluster: DatabaseClusterRef, sinkId: string, attrs: DatabaseLogsinkUpdateAttributes, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).updateLogsink(sinkId, attrs, options);
  }
  /** See `DatabaseCluster.deleteLogsink()` (`DELETE /v2/databases/{id}/logsink/{sink_id}`). */
  async deleteLogsink(cluster: DatabaseClusterRef, sinkId: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).deleteLogsink(sinkId, options);
  }

  /** See `DatabaseCluster.indexes()` (`GET /v2/databases/{id}/indexes`). */
  async indexes(cluster: DatabaseClusterRef, options?: RequestOptions): Promise<OpensearchIndex[]> {
    return this.cluster(cluster).indexes(options);
  }
  /** See `DatabaseCluster.deleteIndex()` (`DELETE /v2/databases/{id}/indexes/{name}`). */
  async deleteIndex(cluster: DatabaseClusterRef, name: string, options?: RequestOptions): Promise<void> {
    await this.cluster(cluster).deleteIndex(checkDatabaseName('name', name), options);
  }
}
