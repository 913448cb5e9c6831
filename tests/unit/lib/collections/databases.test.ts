import { inspect } from 'node:util';
import {
  DatabaseAutoscale,
  DatabaseBackup,
  DatabaseCa,
  DatabaseCluster,
  DatabaseDb,
  DatabaseDoSettings,
  DatabaseEvent,
  DatabaseFirewallRule,
  DatabaseLogsink,
  DatabaseMetricsCredentials,
  DatabaseOnlineMigration,
  DatabaseOptions,
  DatabasePool,
  DatabaseReplica,
  DatabaseUser,
  KafkaSchema,
  KafkaTopic,
  OpensearchIndex,
  WaitTimeoutError,
  type DigitalOcean,
  type Model,
} from '../../../../lib/index.js';
import { fixture, json, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one, whole } from '../../../operations.js';

const ID = '9cc10173-e9ea-4176-9dbc-a4cee4c4ff30';
const C = `/v2/databases/${ID}`;
const F = (name: string) => `databases/${name}`;
const cluster = (c: DigitalOcean) => loaded(c, DatabaseCluster, F('get'), 'database');
const part = <T extends { clusterId: string }>(c: DigitalOcean, cls: new () => T, name: string, key: string): T => Object.assign(loaded(c, cls as never, F(name), key) as unknown as T, { clusterId: ID });
const is = (expected: unknown) => (value: unknown) => expect(value).toEqual(expected);
/** Expects models of `cls` equal to the fixture's array under `key`, each knowing its cluster. */
const parts = (cls: abstract new () => Model, name: string, key: string) => (value: unknown) => {
  many(cls, name, key)(value);
  expect((value as Array<{ clusterId: string }>).map((part) => part.clusterId)).toEqual(fixture<Record<string, unknown[]>>(name)[key].map(() => ID));
};
const bare = (cls: abstract new () => object, name: string) => whole(cls, F(name));
const USER = { name: 'app-01', settings: { pgAllowReplication: true } };
const POOL = { name: 'web', mode: 'transaction' as const, size: 10, db: 'orders', user: 'app-01' };
const POOL_WIRE = { name: 'web', mode: 'transaction', size: 10, db: 'orders', user: 'app-01' };
const SINK = { server: '192.0.2.10', port: 514, tls: false, format: 'rfc5424' };
const SCHEMA = { subjectName: 'customer', schemaType: 'AVRO' as const, schema: '{"type":"record","name":"Customer","fields":[]}' };
const SCHEMA_WIRE = { subject_name: 'customer', schema_type: 'AVRO', schema: SCHEMA.schema };
const CREATE = { name: 'backend', engine: 'pg' as const, version: '17', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1, tags: ['production'] };
const CREATE_WIRE = { name: 'backend', engine: 'pg', version: '17', region: 'nyc3', size: 'db-s-1vcpu-1gb', num_nodes: 1, tags: ['production'] };

describe('DatabasesCollection and DatabaseCluster', () => {
  itSends([
    // clusters
    { name: 'client.databases.options()', call: (c) => c.databases.options(), method: 'GET', path: '/v2/databases/options', status: 200, reply: F('options'), result: (v) => {
      expect(v).toBeInstanceOf(DatabaseOptions);
      expect(json(v)).toEqual(fixture(F('options')));
      expect((v as DatabaseOptions).engine('advanced_pg')?.sizesFor(3)).toEqual(['db-s-4vcpu-8gb']);
    } },
    { name: 'client.databases.list()', call: (c) => c.databases.list(), method: 'GET', path: '/v2/databases', query: PAGE, status: 200, reply: F('list'), result: many(DatabaseCluster, F('list'), 'databases') },
    { name: 'client.databases.list({ tagName })', call: (c) => c.databases.list({ tagName: 'production' }), method: 'GET', path: '/v2/databases', query: { ...PAGE, tag_name: 'production' }, status: 200, reply: F('list'), result: many(DatabaseCluster, F('list'), 'databases') },
    { name: 'client.databases.get(id)', call: (c) => c.databases.get(ID), method: 'GET', path: C, status: 200, reply: F('get'), result: one(DatabaseCluster, F('get'), 'database') },
    { name: 'client.databases.create(attrs)', call: (c) => c.databases.create(CREATE), method: 'POST', path: '/v2/databases', body: CREATE_WIRE, status: 201, reply: F('create'), result: one(DatabaseCluster, F('create'), 'database') },
    { name: 'client.databases.create(attrs with rules, autoscale, backupRestore)', call: (c) => c.databases.create({ ...CREATE, rules: [{ type: 'droplet', value: 3164444 }], autoscale: { storage: { enabled: true, thresholdPercent: 80 } }, backupRestore: { databaseName: 'backend-old', backupCreatedAt: new Date('2025-03-12T03:30:00Z') } }), method: 'POST', path: '/v2/databases', body: { ...CREATE_WIRE, rules: [{ type: 'droplet', value: '3164444' }], autoscale: { storage: { enabled: true, threshold_percent: 80 } }, backup_restore: { database_name: 'backend-old', backup_created_at: '2025-03-12T03:30:00Z' } }, status: 201, reply: F('create'), result: one(DatabaseCluster, F('create'), 'database') },
    { name: 'client.databases.delete(id)', call: (c) => c.databases.delete(ID), method: 'DELETE', path: C, status: 204, result: nothing },
    { name: 'cluster.reload()', call: (c) => cluster(c).reload(), method: 'GET', path: C, status: 200, reply: F('get'), result: one(DatabaseCluster, F('get'), 'database') },
    { name: 'cluster.destroy()', call: (c) => cluster(c).destroy(), method: 'DELETE', path: C, status: 204, result: nothing },
    { name: 'client.databases.resize(id, attrs)', call: (c) => c.databases.resize(ID, { size: 'db-s-2vcpu-4gb', numNodes: 2 }), method: 'PUT', path: `${C}/resize`, body: { size: 'db-s-2vcpu-4gb', num_nodes: 2 }, status: 202, result: nothing },
    { name: 'cluster.resize(attrs)', call: (c) => cluster(c).resize({ size: 'db-s-2vcpu-4gb', numNodes: 2, storageSizeMib: 61440 }), method: 'PUT', path: `${C}/resize`, body: { size: 'db-s-2vcpu-4gb', num_nodes: 2, storage_size_mib: 61440 }, status: 202, result: (v) => expect((v as DatabaseCluster).status).toBe('resizing') },
    { name: 'client.databases.migrate(id, region)', call: (c) => c.databases.migrate(ID, 'lon1'), method: 'PUT', path: `${C}/migrate`, body: { region: 'lon1' }, status: 202, result: nothing },
    { name: 'cluster.migrate(region)', call: (c) => cluster(c).migrate('lon1'), method: 'PUT', path: `${C}/migrate`, body: { region: 'lon1' }, status: 202, result: (v) => expect((v as DatabaseCluster).status).toBe('migrating') },
    { name: 'client.databases.upgrade(id, version)', call: (c) => c.databases.upgrade(ID, '17'), method: 'PUT', path: `${C}/upgrade`, body: { version: '17' }, status: 204, result: nothing },
    { name: 'cluster.fork(name, { backup })', call: (c) => cluster(c).fork('backend-copy', { backup: Object.assign(new DatabaseBackup(), { createdAt: new Date('2025-03-13T03:30:00Z') }) }), method: 'POST', path: '/v2/databases', body: { name: 'backend-copy', engine: 'pg', version: '17', region: 'nyc3', size: 'db-s-1vcpu-1gb', num_nodes: 1, backup_restore: { database_name: 'backend', backup_created_at: '2025-03-13T03:30:00Z' } }, status: 201, reply: F('fork'), result: one(DatabaseCluster, F('fork'), 'database') },
    { name: 'cluster.fork(name) restores the latest backup', call: (c) => cluster(c).fork('backend-copy'), method: 'POST', path: '/v2/databases', body: { name: 'backend-copy', engine: 'pg', version: '17', region: 'nyc3', size: 'db-s-1vcpu-1gb', num_nodes: 1, backup_restore: { database_name: 'backend' } }, status: 201, reply: F('fork'), result: one(DatabaseCluster, F('fork'), 'database') },
    { name: 'cluster.fork(name, { backup: Date, size })', call: (c) => cluster(c).fork('backend-copy', { backup: new Date('2025-03-12T03:30:00Z'), size: 'db-s-1vcpu-2gb' }), method: 'POST', path: '/v2/databases', body: { name: 'backend-copy', engine: 'pg', version: '17', region: 'nyc3', size: 'db-s-1vcpu-2gb', num_nodes: 1, backup_restore: { database_name: 'backend', backup_created_at: '2025-03-12T03:30:00Z' } }, status: 201, reply: F('fork'), result: one(DatabaseCluster, F('fork'), 'database') },
    { name: 'client.databases.backups(id)', call: (c) => c.databases.backups(ID), method: 'GET', path: `${C}/backups`, status: 200, reply: F('backups'), result: many(DatabaseBackup, F('backups'), 'backups') },
    { name: 'client.databases.events(id)', call: (c) => c.databases.events(ID), method: 'GET', path: `${C}/events`, status: 200, reply: F('events'), result: many(DatabaseEvent, F('events'), 'events') },
    { name: 'client.databases.updateMaintenanceWindow(id, attrs)', call: (c) => c.databases.updateMaintenanceWindow(ID, { day: 'friday', hour: '03:00' }), method: 'PUT', path: `${C}/maintenance`, body: { day: 'friday', hour: '03:00' }, status: 204, result: nothing },
    { name: 'cluster.updateMaintenanceWindow(attrs)', call: (c) => cluster(c).updateMaintenanceWindow({ day: 'friday', hour: '03:00' }), method: 'PUT', path: `${C}/maintenance`, body: { day: 'friday', hour: '03:00' }, status: 204, result: (v) => expect(json((v as DatabaseCluster).maintenanceWindow)).toEqual({ day: 'friday', hour: '03:00', pending: false, description: [] }) },
    { name: 'client.databases.installUpdate(id)', call: (c) => c.databases.installUpdate(ID), method: 'PUT', path: `${C}/install_update`, status: 204, result: nothing },
    // users
    { name: 'client.databases.users(id)', call: (c) => c.databases.users(ID), method: 'GET', path: `${C}/users`, status: 200, reply: F('users'), result: parts(DatabaseUser, F('users'), 'users') },
    { name: 'client.databases.getUser(id, name)', call: (c) => c.databases.getUser(ID, 'app-01'), method: 'GET', path: `${C}/users/app-01`, status: 200, reply: F('user'), result: one(DatabaseUser, F('user'), 'user') },
    { name: 'cluster.createUser(attrs)', call: (c) => cluster(c).createUser(USER), method: 'POST', path: `${C}/users`, body: { name: 'app-01', settings: { pg_allow_replication: true } }, status: 201, reply: F('user'), result: one(DatabaseUser, F('user'), 'user') },
    { name: 'client.databases.createUser(id, attrs)', call: (c) => c.databases.createUser(ID, { name: 'legacy', mysqlSettings: { authPlugin: 'caching_sha2_password' }, readonly: false }), method: 'POST', path: `${C}/users`, body: { name: 'legacy', mysql_settings: { auth_plugin: 'caching_sha2_password' }, readonly: false }, status: 201, reply: F('user-mysql'), result: one(DatabaseUser, F('user-mysql'), 'user') },
    { name: 'client.databases.updateUser(id, name, attrs)', call: (c) => c.databases.updateUser(ID, 'app-01', { settings: { acl: [{ topic: 'orders.*', permission: 'consume' }] } }), method: 'PUT', path: `${C}/users/app-01`, body: { settings: { acl: [{ topic: 'orders.*', permission: 'consume' }] } }, status: 201, reply: F('user'), result: one(DatabaseUser, F('user'), 'user') },
    { name: 'user.update(attrs)', call: (c) => part(c, DatabaseUser, 'user', 'user').update({ settings: { pgAllowReplication: true } }), method: 'PUT', path: `${C}/users/app-01`, body: { settings: { pg_allow_replication: true } }, status: 201, reply: F('user'), result: one(DatabaseUser, F('user'), 'user') },
    { name: 'client.databases.resetUserAuth(id, name, attrs)', call: (c) => c.databases.resetUserAuth(ID, 'legacy', { mysqlSettings: { authPlugin: 'caching_sha2_password' } }), method: 'POST', path: `${C}/users/legacy/reset_auth`, body: { mysql_settings: { auth_plugin: 'caching_sha2_password' } }, status: 200, reply: F('user-mysql'), result: one(DatabaseUser, F('user-mysql'), 'user') },
    { name: 'user.resetAuth()', call: (c) => part(c, DatabaseUser, 'user', 'user').resetAuth(), method: 'POST', path: `${C}/users/app-01/reset_auth`, body: {}, status: 200, reply: F('user'), result: one(DatabaseUser, F('user'), 'user') },
    { name: 'client.databases.deleteUser(id, name)', call: (c) => c.databases.deleteUser(ID, 'app-01'), method: 'DELETE', path: `${C}/users/app-01`, status: 204, result: nothing },
    { name: 'user.destroy()', call: (c) => part(c, DatabaseUser, 'user', 'user').destroy(), method: 'DELETE', path: `${C}/users/app-01`, status: 204, result: nothing },
    { name: 'user.reload()', call: (c) => part(c, DatabaseUser, 'user', 'user').reload(), method: 'GET', path: `${C}/users/app-01`, status: 200, reply: F('user'), result: one(DatabaseUser, F('user'), 'user') },
    // databases
    { name: 'client.databases.dbs(id)', call: (c) => c.databases.dbs(ID), method: 'GET', path: `${C}/dbs`, status: 200, reply: F('dbs'), result: parts(DatabaseDb, F('dbs'), 'dbs') },
    { name: 'client.databases.getDb(id, name)', call: (c) => c.databases.getDb(ID, 'orders'), method: 'GET', path: `${C}/dbs/orders`, status: 200, reply: F('db'), result: one(DatabaseDb, F('db'), 'db') },
    { name: 'cluster.createDb(name)', call: (c) => cluster(c).createDb('orders'), method: 'POST', path: `${C}/dbs`, body: { name: 'orders' }, status: 201, reply: F('db'), result: one(DatabaseDb, F('db'), 'db') },
    { name: 'client.databases.deleteDb(id, name)', call: (c) => c.databases.deleteDb(ID, 'orders'), method: 'DELETE', path: `${C}/dbs/orders`, status: 204, result: nothing },
    { name: 'db.destroy()', call: (c) => part(c, DatabaseDb, 'db', 'db').destroy(), method: 'DELETE', path: `${C}/dbs/orders`, status: 204, result: nothing },
    // pools
    { name: 'client.databases.pools(id)', call: (c) => c.databases.pools(ID), method: 'GET', path: `${C}/pools`, status: 200, reply: F('pools'), result: parts(DatabasePool, F('pools'), 'pools') },
    { name: 'client.databases.getPool(id, name)', call: (c) => c.databases.getPool(ID, 'web'), method: 'GET', path: `${C}/pools/web`, status: 200, reply: F('pool'), result: one(DatabasePool, F('pool'), 'pool') },
    { name: 'cluster.createPool(attrs)', call: (c) => cluster(c).createPool(POOL), method: 'POST', path: `${C}/pools`, body: POOL_WIRE, status: 201, reply: F('pool'), result: one(DatabasePool, F('pool'), 'pool') },
    { name: 'client.databases.updatePool(id, name, attrs)', call: (c) => c.databases.updatePool(ID, 'web', { mode: 'session', size: 20, db: 'orders' }), method: 'PUT', path: `${C}/pools/web`, body: { mode: 'session', size: 20, db: 'orders' }, status: 204, result: (v) => expect(json(v)).toEqual({ name: 'web', mode: 'session', size: 20, db: 'orders' }) },
    { name: 'pool.update(attrs)', call: (c) => part(c, DatabasePool, 'pool', 'pool').update({ mode: 'session', size: 20, db: 'orders', user: 'doadmin' }), method: 'PUT', path: `${C}/pools/web`, body: { mode: 'session', size: 20, db: 'orders', user: 'doadmin' }, status: 204, result: (v) => expect(v).toMatchObject({ mode: 'session', size: 20, user: 'doadmin' }) },
    { name: 'client.databases.deletePool(id, name)', call: (c) => c.databases.deletePool(ID, 'web'), method: 'DELETE', path: `${C}/pools/web`, status: 204, result: nothing },
    // replicas
    { name: 'client.databases.replicas(id)', call: (c) => c.databases.replicas(ID), method: 'GET', path: `${C}/replicas`, status: 200, reply: F('replicas'), result: parts(DatabaseReplica, F('replicas'), 'replicas') },
    { name: 'client.databases.getReplica(id, name)', call: (c) => c.databases.getReplica(ID, 'read-nyc3-01'), method: 'GET', path: `${C}/replicas/read-nyc3-01`, status: 200, reply: F('replica'), result: one(DatabaseReplica, F('replica'), 'replica') },
    { name: 'cluster.createReplica(attrs)', call: (c) => cluster(c).createReplica({ name: 'read-nyc3-01', size: 'db-s-1vcpu-2gb', tags: ['read'] }), method: 'POST', path: `${C}/replicas`, body: { name: 'read-nyc3-01', size: 'db-s-1vcpu-2gb', tags: ['read'] }, status: 201, reply: F('replica'), result: one(DatabaseReplica, F('replica'), 'replica') },
    { name: 'client.databases.deleteReplica(id, name)', call: (c) => c.databases.deleteReplica(ID, 'read-nyc3-01'), method: 'DELETE', path: `${C}/replicas/read-nyc3-01`, status: 204, result: nothing },
    { name: 'replica.destroy()', call: (c) => part(c, DatabaseReplica, 'replica', 'replica').destroy(), method: 'DELETE', path: `${C}/replicas/read-nyc3-01`, status: 204, result: nothing },
    { name: 'client.databases.promoteReplica(id, name)', call: (c) => c.databases.promoteReplica(ID, 'read-nyc3-01'), method: 'PUT', path: `${C}/replicas/read-nyc3-01/promote`, status: 204, result: nothing },
    { name: 'replica.promote()', call: (c) => part(c, DatabaseReplica, 'replica', 'replica').promote(), method: 'PUT', path: `${C}/replicas/read-nyc3-01/promote`, status: 204, result: nothing },
    // firewall and settings
    { name: 'client.databases.firewall(id)', call: (c) => c.databases.firewall(ID), method: 'GET', path: `${C}/firewall`, status: 200, reply: F('firewall'), result: many(DatabaseFirewallRule, F('firewall'), 'rules') },
    { name: 'client.databases.setFirewall(id, rules)', call: (c) => c.databases.setFirewall(ID, [{ type: 'droplet', value: 3164444 }, { type: 'ip_addr', value: '192.0.2.0/24', description: 'office' }]), method: 'PUT', path: `${C}/firewall`, body: { rules: [{ type: 'droplet', value: '3164444' }, { type: 'ip_addr', value: '192.0.2.0/24', description: 'office' }] }, status: 204, result: nothing },
    { name: 'client.databases.config(id)', call: (c) => c.databases.config(ID), method: 'GET', path: `${C}/config`, status: 200, reply: F('config'), result: is(fixture(F('config')).config) },
    { name: 'client.databases.updateConfig(id, changes)', call: (c) => c.databases.updateConfig(ID, { jit: false, 'pg_stat_statements.track': 'all' }), method: 'PATCH', path: `${C}/config`, body: { config: { jit: false, 'pg_stat_statements.track': 'all' } }, status: 200, result: nothing },
    { name: 'client.databases.ca(id)', call: (c) => c.databases.ca(ID), method: 'GET', path: `${C}/ca`, status: 200, reply: F('ca'), result: (v) => {
      one(DatabaseCa, F('ca'), 'ca')(v);
      expect((v as DatabaseCa).pem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    } },
    { name: 'client.databases.doSettings(id)', call: (c) => c.databases.doSettings(ID), method: 'GET', path: `${C}/do_settings`, status: 200, reply: F('do-settings'), result: one(DatabaseDoSettings, F('do-settings'), 'do_settings') },
    { name: 'client.databases.updateDoSettings(id, attrs)', call: (c) => c.databases.updateDoSettings(ID, { serviceCnames: ['db.example.com'] }), method: 'PUT', path: `${C}/do_settings`, body: { do_settings: { service_cnames: ['db.example.com'] } }, status: 204, result: nothing },
    { name: 'client.databases.autoscale(id)', call: (c) => c.databases.autoscale(ID), method: 'GET', path: `${C}/autoscale`, status: 200, reply: F('autoscale'), result: one(DatabaseAutoscale, F('autoscale'), 'autoscale') },
    { name: 'client.databases.setAutoscale(id, attrs)', call: (c) => c.databases.setAutoscale(ID, { storage: { enabled: true, thresholdPercent: 80, incrementGib: 10 } }), method: 'PUT', path: `${C}/autoscale`, body: { storage: { enabled: true, threshold_percent: 80, increment_gib: 10 } }, status: 204, result: nothing },
    { name: 'client.databases.evictionPolicy(id)', call: (c) => c.databases.evictionPolicy(ID), method: 'GET', path: `${C}/eviction_policy`, status: 200, reply: F('eviction-policy'), result: is('allkeys_lru') },
    { name: 'client.databases.setEvictionPolicy(id, policy)', call: (c) => c.databases.setEvictionPolicy(ID, 'volatile_ttl'), method: 'PUT', path: `${C}/eviction_policy`, body: { eviction_policy: 'volatile_ttl' }, status: 204, result: nothing },
    { name: 'client.databases.sqlMode(id)', call: (c) => c.databases.sqlMode(ID), method: 'GET', path: `${C}/sql_mode`, status: 200, reply: F('sql-mode'), result: is(['ANSI', 'ERROR_FOR_DIVISION_BY_ZERO', 'STRICT_ALL_TABLES']) },
    { name: 'client.databases.setSqlMode(id, modes)', call: (c) => c.databases.setSqlMode(ID, ['ANSI', 'STRICT_ALL_TABLES']), method: 'PUT', path: `${C}/sql_mode`, body: { sql_mode: 'ANSI,STRICT_ALL_TABLES' }, status: 204, result: nothing },
    // online migration
    { name: 'client.databases.onlineMigration(id)', call: (c) => c.databases.onlineMigration(ID), method: 'GET', path: `${C}/online-migration`, status: 200, reply: F('online-migration'), result: bare(DatabaseOnlineMigration, 'online-migration') },
    { name: 'client.databases.startOnlineMigration(id, attrs)', call: (c) => c.databases.startOnlineMigration(ID, { source: { host: 'old.example.com', port: 5432, dbname: 'app', username: 'admin', password: 'pw' }, disableSsl: false, ignoreDbs: ['tmp'] }), method: 'PUT', path: `${C}/online-migration`, body: { source: { host: 'old.example.com', port: 5432, dbname: 'app', username: 'admin', password: 'pw' }, disable_ssl: false, ignore_dbs: ['tmp'] }, status: 200, reply: F('online-migration'), result: bare(DatabaseOnlineMigration, 'online-migration') },
    { name: 'client.databases.stopOnlineMigration(id, migrationId)', call: (c) => c.databases.stopOnlineMigration(ID, '77b28fc8-19ff-11eb-8c9c-c68e24557488'), method: 'DELETE', path: `${C}/online-migration/77b28fc8-19ff-11eb-8c9c-c68e24557488`, status: 204, result: nothing },
    // Kafka topics
    { name: 'client.databases.topics(id)', call: (c) => c.databases.topics(ID), method: 'GET', path: `${C}/topics`, status: 200, reply: F('topics'), result: parts(KafkaTopic, F('topics'), 'topics') },
    { name: 'client.databases.getTopic(id, name)', call: (c) => c.databases.getTopic(ID, 'orders'), method: 'GET', path: `${C}/topics/orders`, status: 200, reply: F('topic'), result: one(KafkaTopic, F('topic'), 'topic') },
    { name: 'cluster.createTopic(attrs)', call: (c) => cluster(c).createTopic({ name: 'orders', partitionCount: 3, replicationFactor: 2, config: { retention_ms: 604800000 } }), method: 'POST', path: `${C}/topics`, body: { name: 'orders', partition_count: 3, replication_factor: 2, config: { retention_ms: 604800000 } }, status: 201, reply: F('topic'), result: one(KafkaTopic, F('topic'), 'topic') },
    { name: 'client.databases.updateTopic(id, name, attrs)', call: (c) => c.databases.updateTopic(ID, 'orders', { partitionCount: 6 }), method: 'PUT', path: `${C}/topics/orders`, body: { partition_count: 6 }, status: 200, reply: F('topic'), result: one(KafkaTopic, F('topic'), 'topic') },
    { name: 'client.databases.deleteTopic(id, name)', call: (c) => c.databases.deleteTopic(ID, 'orders'), method: 'DELETE', path: `${C}/topics/orders`, status: 204, result: nothing },
    { name: 'topic.destroy()', call: (c) => part(c, KafkaTopic, 'topic', 'topic').destroy(), method: 'DELETE', path: `${C}/topics/orders`, status: 204, result: nothing },
    // schema registry
    { name: 'client.databases.schemas(id)', call: (c) => c.databases.schemas(ID), method: 'GET', path: `${C}/schema-registry`, status: 200, reply: F('schemas'), result: parts(KafkaSchema, F('schemas'), 'subjects') },
    { name: 'client.databases.getSchema(id, subject)', call: (c) => c.databases.getSchema(ID, 'customer'), method: 'GET', path: `${C}/schema-registry/customer`, status: 200, reply: F('schema-version'), result: bare(KafkaSchema, 'schema-version') },
    { name: 'client.databases.getSchemaVersion(id, subject, version)', call: (c) => c.databases.getSchemaVersion(ID, 'customer', 1), method: 'GET', path: `${C}/schema-registry/customer/versions/1`, status: 200, reply: F('schema-version'), result: bare(KafkaSchema, 'schema-version') },
    { name: 'client.databases.createSchema(id, attrs)', call: (c) => c.databases.createSchema(ID, SCHEMA), method: 'POST', path: `${C}/schema-registry`, body: SCHEMA_WIRE, status: 201, reply: F('schema'), result: bare(KafkaSchema, 'schema') },
    { name: 'client.databases.deleteSchema(id, subject)', call: (c) => c.databases.deleteSchema(ID, 'customer'), method: 'DELETE', path: `${C}/schema-registry/customer`, status: 204, result: nothing },
    { name: 'client.databases.schemaConfig(id)', call: (c) => c.databases.schemaConfig(ID), method: 'GET', path: `${C}/schema-registry/config`, status: 200, reply: F('schema-config'), result: is('BACKWARD') },
    { name: 'client.databases.setSchemaConfig(id, level)', call: (c) => c.databases.setSchemaConfig(ID, 'BACKWARD'), method: 'PUT', path: `${C}/schema-registry/config`, body: { compatibility_level: 'BACKWARD' }, status: 200, reply: F('schema-config'), result: is('BACKWARD') },
    { name: 'client.databases.subjectConfig(id, subject)', call: (c) => c.databases.subjectConfig(ID, 'customer'), method: 'GET', path: `${C}/schema-registry/config/customer`, status: 200, reply: F('subject-config'), result: is('FULL') },
    { name: 'client.databases.setSubjectConfig(id, subject, level)', call: (c) => c.databases.setSubjectConfig(ID, 'customer', 'FULL'), method: 'PUT', path: `${C}/schema-registry/config/customer`, body: { compatibility_level: 'FULL' }, status: 200, reply: F('subject-config'), result: is('FULL') },
    // log sinks
    { name: 'client.databases.logsinks(id)', call: (c) => c.databases.logsinks(ID), method: 'GET', path: `${C}/logsink`, status: 200, reply: F('logsinks'), result: parts(DatabaseLogsink, F('logsinks'), 'sinks') },
    { name: 'client.databases.getLogsink(id, sinkId)', call: (c) => c.databases.getLogsink(ID, 'dfcc9f57d86bf58e321c2c6c31c7a971be244ac7'), method: 'GET', path: `${C}/logsink/dfcc9f57d86bf58e321c2c6c31c7a971be244ac7`, status: 200, reply: F('logsink'), result: bare(DatabaseLogsink, 'logsink') },
    { name: 'cluster.createLogsink(attrs)', call: (c) => cluster(c).createLogsink({ sinkName: 'prod-logsink', sinkType: 'rsyslog', config: SINK }), method: 'POST', path: `${C}/logsink`, body: { sink_name: 'prod-logsink', sink_type: 'rsyslog', config: SINK }, status: 201, reply: F('logsink-create'), result: one(DatabaseLogsink, F('logsink-create'), 'sink') },
    { name: 'client.databases.updateLogsink(id, sinkId, attrs)', call: (c) => c.databases.updateLogsink(ID, 'dfcc9f57d86bf58e321c2c6c31c7a971be244ac7', { config: SINK }), method: 'PUT', path: `${C}/logsink/dfcc9f57d86bf58e321c2c6c31c7a971be244ac7`, body: { config: SINK }, status: 200, result: nothing },
    { name: 'client.databases.deleteLogsink(id, sinkId)', call: (c) => c.databases.deleteLogsink(ID, 'dfcc9f57d86bf58e321c2c6c31c7a971be244ac7'), method: 'DELETE', path: `${C}/logsink/dfcc9f57d86bf58e321c2c6c31c7a971be244ac7`, status: 200, result: nothing },
    // metrics credentials
    { name: 'client.databases.metricsCredentials()', call: (c) => c.databases.metricsCredentials(), method: 'GET', path: '/v2/databases/metrics/credentials', status: 200, reply: F('metrics-credentials'), result: (v) => {
      expect(v).toBeInstanceOf(DatabaseMetricsCredentials);
      expect(json(v)).toEqual(fixture<{ credentials: { credentials: object } }>(F('metrics-credentials')).credentials.credentials);
    } },
    { name: 'client.databases.updateMetricsCredentials(attrs)', call: (c) => c.databases.updateMetricsCredentials({ basicAuthUsername: 'metrics', basicAuthPassword: 'new-pass' }), method: 'PUT', path: '/v2/databases/metrics/credentials', body: { credentials: { basic_auth_username: 'metrics', basic_auth_password: 'new-pass' } }, status: 204, result: nothing },
    // OpenSearch
    { name: 'client.databases.indexes(id)', call: (c) => c.databases.indexes(ID), method: 'GET', path: `${C}/indexes`, status: 200, reply: F('indexes'), result: parts(OpensearchIndex, F('indexes'), 'indexes') },
    { name: 'client.databases.deleteIndex(id, name)', call: (c) => c.databases.deleteIndex(ID, 'events'), method: 'DELETE', path: `${C}/indexes/events`, status: 204, result: nothing },
  ]);

  itRefuses([
    ['get with a name instead of a UUID', (c) => c.databases.get('backend'), 'cluster'],
    ['create with an unknown engine', (c) => c.databases.create({ ...CREATE, engine: 'oracle' as never }), 'attrs.engine'],
    ['create with an uppercase name', (c) => c.databases.create({ ...CREATE, name: 'Backend' }), 'attrs.name'],
    ['create without numNodes', (c) => c.databases.create({ ...CREATE, numNodes: undefined as never }), 'attrs.numNodes'],
    ['create with snake_case attributes', (c) => c.databases.create({ ...CREATE, num_nodes: 1 } as never), 'attrs'],
    ['create with a bad backup time', (c) => c.databases.create({ ...CREATE, backupRestore: { databaseName: 'backend', backupCreatedAt: 'yesterday' } }), 'attrs.backupRestore.backupCreatedAt'],
    ['resize to zero nodes', (c) => c.databases.resize(ID, { size: 'db-s-1vcpu-1gb', numNodes: 0 }), 'attrs.numNodes'],
    ['a user named with a slash', (c) => c.databases.createUser(ID, { name: 'a/b' }), 'attrs.name'],
    ['a user with an unknown auth plugin', (c) => c.databases.createUser(ID, { name: 'x', mysqlSettings: { authPlugin: 'plain' as never } }), 'attrs.mysqlSettings.authPlugin'],
    ['a pool with an unknown mode', (c) => c.databases.createPool(ID, { ...POOL, mode: 'fast' as never }), 'attrs.mode'],
    ['a pool of zero connections', (c) => c.databases.createPool(ID, { ...POOL, size: 0 }), 'attrs.size'],
    ['a firewall rule of an unknown type', (c) => c.databases.setFirewall(ID, [{ type: 'vpc' as never, value: 'x' }]), 'rules[0].type'],
    ['a maintenance window at 25:00', (c) => c.databases.updateMaintenanceWindow(ID, { day: 'friday', hour: '25:00' }), 'attrs.hour'],
    ['a maintenance window on a holiday', (c) => c.databases.updateMaintenanceWindow(ID, { day: 'holiday' as never, hour: '01:00' }), 'attrs.day'],
    ['an unknown eviction policy', (c) => c.databases.setEvictionPolicy(ID, 'lru' as never), 'policy'],
    ['a lowercase SQL mode', (c) => c.databases.setSqlMode(ID, ['ansi']), 'modes[0]'],
    ['autoscaling at 99%', (c) => c.databases.setAutoscale(ID, { storage: { enabled: true, thresholdPercent: 99 } }), 'attrs.storage.thresholdPercent'],
    ['a config that is not an object', (c) => c.databases.updateConfig(ID, 'jit=off' as never), 'config'],
    ['a topic of zero partitions', (c) => c.databases.createTopic(ID, { name: 'orders', partitionCount: 0 }), 'attrs.partitionCount'],
    ['an unknown schema type', (c) => c.databases.createSchema(ID, { ...SCHEMA, schemaType: 'XML' as never }), 'attrs.schemaType'],
    ['an unknown compatibility level', (c) => c.databases.setSchemaConfig(ID, 'SOME' as never), 'level'],
    ['a log sink of an unknown type', (c) => c.databases.createLogsink(ID, { sinkName: 's', sinkType: 'splunk' as never, config: {} }), 'attrs.sinkType'],
    ['an index named ".."', (c) => c.databases.deleteIndex(ID, '..'), 'path'],
    ['a fork with a bad name', (c) => loaded(c, DatabaseCluster, F('get'), 'database').fork('Copy!'), 'attrs.name'],
  ]);

  describe('DatabaseUser#resetAuth', () => {
    it('resolves to the same user, updated in place, still knowing its cluster', async () => {
      const answer = fixture<{ user: Record<string, unknown> }>(F('user'));
      answer.user.password = 'n3wpassw0rd';
      stubApi('POST', `${C}/users/app-01/reset_auth`).reply(200, answer);
      const user = part(testClient(), DatabaseUser, 'user', 'user');
      await expect(user.resetAuth()).resolves.toBe(user);
      expect([user.password, user.clusterId]).toEqual(['n3wpassw0rd', ID]);
    });
  });

  describe('#waitUntilOnline', () => {
    it('reloads until the cluster is online and resolves to it', async () => {
      const client = testClient();
      const creating = loaded(client, DatabaseCluster, F('create'), 'database');
      stubApi('GET', C).reply(200, fixture(F('create')));
      stubApi('GET', C).reply(200, fixture(F('get')));
      await expect(creating.waitUntilOnline({ interval: 5 })).resolves.toBe(creating);
      expect(creating.status).toBe('online');
      expect(creating.rules).toHaveLength(1);
    });

    it('rejects with WaitTimeoutError when the cluster stays creating', async () => {
      const client = testClient();
      const creating = loaded(client, DatabaseCluster, F('create'), 'database');
      stubApi('GET', C).times(20).reply(200, fixture(F('create')));
      await expect(creating.waitUntilOnline({ interval: 5, timeout: 30 })).rejects.toBeInstanceOf(WaitTimeoutError);
      const nock = (await import('nock')).default;
      nock.cleanAll();
    });

    it('waits for a replica to come online', async () => {
      const client = testClient();
      const replica = part(client, DatabaseReplica, 'replica', 'replica');
      stubApi('GET', `${C}/replicas/read-nyc3-01`).reply(200, fixture(F('replica-online')));
      await expect(replica.waitUntilOnline({ interval: 5 })).resolves.toMatchObject({ status: 'online', clusterId: ID });
    });
  });

  describe('secrets', () => {
    it('keeps passwords and URIs out of util.inspect but in toJSON()', () => {
      const client = testClient();
      const c = cluster(client);
      const user = part(client, DatabaseUser, 'user', 'user');
      const shown = inspect(c, { depth: 6 }) + inspect(user) + inspect(part(client, DatabasePool, 'pool', 'pool'), { depth: 4 });
      expect(shown).not.toContain('wv78n3zpz42xezdk');
      expect(shown).not.toContain('jge5lfxtzhx42iff');
      expect(shown).toContain('[REDACTED]');
      expect(JSON.stringify(c)).toContain('wv78n3zpz42xezdk');
      expect(c.connectionDetails?.host).toBe('backend-do-user-1908192-0.db.ondigitalocean.com');
      expect(c.userList?.map((u) => u.name)).toEqual(['doadmin']);
      expect(c.urn).toBe(`do:dbaas:${ID}`);
    });
  });
});
