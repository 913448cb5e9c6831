import { inspect } from 'node:util';
import {
  DatabaseBackup,
  DatabaseCluster,
  DatabaseDb,
  DatabasePool,
  DatabaseReplica,
  DatabaseUser,
  DigitalOcean,
  KafkaSchema,
  KafkaTopic,
  NotFoundError,
  UnprocessableEntityError,
  ValidationError,
  WaitTimeoutError,
  type Droplet,
  type PostgresConfig,
} from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, startHarness, useHarness } from './support.js';

/** How far the simulator's clock runs ahead of real time: moved on instead of sleeping until scheduled changes are due. */
let ahead = 0;
let droplet: Droplet;
const h = useHarness({ now: () => Date.now() + ahead });
beforeAll(async () => {
  droplet = await h.client.droplets.create({ name: 'db-app', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
  await droplet.waitUntilActive(FAST);
});

describe('managed databases end to end', () => {
  it('PostgreSQL: create, wait online, user, database, pool, replica, firewall, resize, fork from a backup, delete everything', async () => {
    const { client } = h;
    const options = await client.databases.options();
    const pg = options.engine('pg')!;
    expect(pg.versions).toContain('17');
    expect(pg.sizesFor(1)).toContain('db-s-1vcpu-1gb');

    const cluster = await client.databases.create({ name: 'backend', engine: 'pg', version: '17', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1, tags: ['prod'] });
    expect(cluster).toBeInstanceOf(DatabaseCluster);
    expect(cluster.status).toBe('creating');
    expect(cluster.urn).toBe(`do:dbaas:${cluster.id}`);
    expect(inspect(cluster, { depth: 5 })).not.toContain(cluster.connectionDetails!.password);
    expect(JSON.stringify(cluster)).toContain(cluster.connectionDetails!.password);
    await cluster.waitUntilOnline(FAST);
    expect(cluster.status).toBe('online');
    expect((await client.databases.list({ tagName: 'prod' })).map((c) => c.id)).toEqual([cluster.id]);

    const user = await cluster.createUser({ name: 'app', settings: { pgAllowReplication: true } });
    expect(user).toBeInstanceOf(DatabaseUser);
    expect(user.password).toMatch(/^[a-z0-9]{16}$/);
    expect(inspect(user)).not.toContain(user.password!);
    const old = user.password;
    await user.resetAuth();
    expect(user.password).not.toBe(old);
    await user.update({ settings: { pgAllowReplication: false } });
    expect(user.settings?.pgAllowReplication).toBe(false);
    expect((await cluster.users()).map((u) => [u.name, u.role])).toEqual([['doadmin', 'primary'], ['app', 'normal']]);
    expect((await client.databases.getUser(cluster.id, 'app')).name).toBe('app');
    await expect(cluster.createUser({ name: 'app' })).rejects.toBeInstanceOf(UnprocessableEntityError);

    const db = await cluster.createDb('orders');
    expect(db).toBeInstanceOf(DatabaseDb);
    expect((await cluster.dbs()).map((d) => d.name)).toEqual(['defaultdb', 'orders']);
    expect((await client.databases.getDb(cluster, 'orders')).name).toBe('orders');

    const pool = await cluster.createPool({ name: 'web', mode: 'transaction', size: 10, db: 'orders', user: 'app' });
    expect(pool).toBeInstanceOf(DatabasePool);
    expect(pool.connectionDetails?.database).toBe('web');
    await pool.update({ mode: 'session', size: 20, db: 'orders', user: 'app' });
    expect((await cluster.pool('web')).mode).toBe('session');
    await expect(cluster.createPool({ name: 'bad', mode: 'session', size: 5, db: 'nope' })).rejects.toBeInstanceOf(UnprocessableEntityError);

    const replica = await cluster.createReplica({ name: 'read-1', size: 'db-s-1vcpu-2gb' });
    expect(replica).toBeInstanceOf(DatabaseReplica);
    expect(replica.status).toBe('creating');
    await replica.waitUntilOnline(FAST);
    expect(replica.status).toBe('online');
    expect((await cluster.replicas()).map((r) => r.name)).toEqual(['read-1']);

    const rules = await cluster.setFirewall([{ type: 'droplet', value: droplet.id }]);
    expect(rules.map((r) => [r.type, r.value])).toEqual([['droplet', String(droplet.id)]]);
    expect((await client.databases.firewall(cluster.id)).map((r) => r.uuid)).toEqual([rules[0].uuid]);
    await expect(cluster.setFirewall([{ type: 'droplet', value: 999 }])).rejects.toBeInstanceOf(UnprocessableEntityError);

    await cluster.resize({ size: 'db-s-2vcpu-4gb', numNodes: 2 });
    expect(cluster.status).toBe('resizing');
    expect(['resizing', 'online']).toContain((await client.databases.get(cluster.id)).status);
    h.sim.injectFault({ method: 'GET', path: `/v2/databases/${cluster.id}`, status: 503 });
    const retrying = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 2 });
    const resized = await retrying.databases.get(cluster.id).then((c) => c.waitUntilOnline(FAST));
    expect([resized.size, resized.numNodes, resized.status]).toEqual(['db-s-2vcpu-4gb', 2, 'online']);
    await cluster.reload();

    const backups = await cluster.backups();
    expect(backups[0]).toBeInstanceOf(DatabaseBackup);
    const copy = await cluster.fork('backend-copy', { backup: backups[0] });
    expect(copy.status).toBe('forking');
    await copy.waitUntilOnline(FAST);
    expect([copy.engine, copy.size, copy.numNodes]).toEqual(['pg', 'db-s-2vcpu-4gb', 2]);
    expect((await copy.dbs()).map((d) => d.name)).toContain('orders');
    await expect(cluster.fork('backend-never', { backup: new Date('2001-01-01T00:00:00Z') })).rejects.toBeInstanceOf(UnprocessableEntityError);

    await cluster.deletePool('web');
    await client.databases.deleteDb(cluster.id, 'orders');
    await replica.destroy();
    await cluster.deleteUser('app');
    await expect(cluster.user('app')).rejects.toBeInstanceOf(NotFoundError);
    await copy.destroy();
    await client.databases.delete(cluster);
    await expect(cluster.reload()).rejects.toBeInstanceOf(NotFoundError);
    expect(await client.databases.list()).toEqual([]);
  });

  it('a wait on a creating cluster retries through a 503 and rejects on a bad interval', async () => {
    const cluster = await h.client.databases.create({ name: 'flaky', engine: 'mysql', region: 'ams3', size: 'db-s-1vcpu-1gb', numNodes: 1 });
    h.sim.injectFault({ method: 'GET', path: `/v2/databases/${cluster.id}`, status: 503 });
    const retrying = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 2 });
    await expect(retrying.databases.cluster(cluster.id).reload().then((c) => c.waitUntilOnline(FAST))).resolves.toMatchObject({ status: 'online' });
    await expect(cluster.waitUntilOnline({ interval: -1 })).rejects.toBeInstanceOf(ValidationError);
    await cluster.reload();
    await expect(cluster.waitUntilOnline({ interval: 5, timeout: 0 })).resolves.toBe(cluster);
    await cluster.destroy();
  });

  it('a cluster still creating refuses a resize, and a wait on it times out', async () => {
    const slow = await startHarness({ actionDurationMs: 60_000 });
    try {
      const cluster = await slow.client.databases.create({ name: 'slow', engine: 'pg', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1 });
      await expect(cluster.resize({ size: 'db-s-1vcpu-2gb', numNodes: 1 })).rejects.toBeInstanceOf(UnprocessableEntityError);
      await expect(cluster.createReplica({ name: 'early' })).rejects.toBeInstanceOf(UnprocessableEntityError);
      await expect(cluster.waitUntilOnline({ interval: 10, timeout: 60 })).rejects.toBeInstanceOf(WaitTimeoutError);
      expect(slow.conformance.violations).toEqual([]);
    } finally {
      await slow.sim.stop();
    }
  });

  it('cluster settings: maintenance, updates, config, CA, autoscale, DigitalOcean settings, events, migrate, upgrade, promote, online migration', async () => {
    const { client } = h;
    const cluster = await client.databases.create({ name: 'settings', engine: 'pg', version: '16', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1 });
    await cluster.waitUntilOnline(FAST);
    await cluster.updateMaintenanceWindow({ day: 'friday', hour: '03:00' });
    expect((await cluster.reload()).maintenanceWindow).toMatchObject({ day: 'friday', hour: '03:00' });
    await client.databases.updateMaintenanceWindow(cluster.id, { day: 'sunday', hour: '04:00' });
    await client.databases.installUpdate(cluster.id);
    await cluster.installUpdate();

    const config = await cluster.config<PostgresConfig>();
    expect(config.backup_hour).toBe(3);
    await cluster.updateConfig<PostgresConfig>({ jit: false, backup_hour: 5 });
    await client.databases.updateConfig<PostgresConfig>(cluster.id, { timezone: 'Europe/Paris' });
    expect(await client.databases.config<PostgresConfig>(cluster.id)).toMatchObject({ jit: false, backup_hour: 5, timezone: 'Europe/Paris' });

    expect((await cluster.ca()).pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect((await client.databases.ca(cluster.id)).certificate).toMatch(/^[A-Za-z0-9+/=]+$/);

    await cluster.setAutoscale({ storage: { enabled: true, thresholdPercent: 80, incrementGib: 10 } });
    expect((await client.databases.autoscale(cluster.id)).storage).toMatchObject({ enabled: true, thresholdPercent: 80 });
    await client.databases.setAutoscale(cluster.id, { storage: { enabled: false } });
    expect((await cluster.autoscale()).storage?.enabled).toBe(false);

    await cluster.updateDoSettings({ serviceCnames: ['db.example.com'] });
    expect((await cluster.getDoSettings()).serviceCnames).toEqual(['db.example.com']);
    await client.databases.updateDoSettings(cluster.id, { serviceCnames: [] });
    expect((await client.databases.doSettings(cluster.id)).serviceCnames).toEqual([]);

    expect((await cluster.events()).map((e) => e.eventType)).toEqual(['cluster_create']);
    expect((await client.databases.events(cluster.id)).length).toBe(1);
    expect((await client.databases.backups(cluster.id)).length).toBe(1);

    await client.databases.upgrade(cluster.id, '17');
    await expect(cluster.upgrade('15')).rejects.toBeInstanceOf(UnprocessableEntityError);
    ahead += 1_000;
    expect((await cluster.reload()).version).toBe('17');

    await cluster.migrate('lon1');
    expect(cluster.status).toBe('migrating');
    await cluster.waitUntilOnline(FAST);
    expect(cluster.region).toBe('lon1');
    await client.databases.migrate(cluster.id, 'ams3');
    await cluster.reload().then((c) => c.waitUntilOnline(FAST));
    await client.databases.resize(cluster.id, { size: 'db-s-1vcpu-2gb', numNodes: 1 });
    await cluster.reload().then((c) => c.waitUntilOnline(FAST));
    expect([cluster.region, cluster.size]).toEqual(['ams3', 'db-s-1vcpu-2gb']);

    const replica = await client.databases.createReplica(cluster.id, { name: 'promote-me' });
    expect(['creating', 'online']).toContain((await client.databases.getReplica(cluster.id, 'promote-me')).status);
    await replica.waitUntilOnline(FAST);
    await replica.promote();
    expect(await client.databases.replicas(cluster.id)).toEqual([]);
    const other = await client.databases.createReplica(cluster.id, { name: 'read-2' });
    await other.waitUntilOnline(FAST);
    await client.databases.promoteReplica(cluster.id, 'read-2');
    await client.databases.createReplica(cluster, { name: 'read-3' });
    await client.databases.deleteReplica(cluster, 'read-3');

    const migration = await cluster.startOnlineMigration({ source: { host: 'old.example.com', port: 5432, dbname: 'app', username: 'admin', password: 'secret' }, disableSsl: false });
    expect(migration.status).toBe('running');
    expect((await client.databases.onlineMigration(cluster.id)).id).toBe(migration.id);
    await client.databases.stopOnlineMigration(cluster.id, migration.id!);
    expect((await cluster.onlineMigration()).status).toBe('canceled');
    await client.databases.startOnlineMigration(cluster.id, { source: { host: 'old.example.com' } });

    const creds = await client.databases.metricsCredentials();
    expect(inspect(creds)).not.toContain(creds.basicAuthPassword);
    await client.databases.updateMetricsCredentials({ basicAuthUsername: 'scraper', basicAuthPassword: 'n3w-pass' });
    expect((await client.databases.metricsCredentials()).basicAuthUsername).toBe('scraper');

    for (const c of await client.databases.list()) await c.destroy();
  });

  it('users, databases and pools by cluster id', async () => {
    const { client } = h;
    const cluster = await client.databases.create({ name: 'by-id', engine: 'mysql', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1 });
    await cluster.waitUntilOnline(FAST);
    const user = await client.databases.createUser(cluster.id, { name: 'legacy', mysqlSettings: { authPlugin: 'mysql_native_password' } });
    expect(user.mysqlSettings?.authPlugin).toBe('mysql_native_password');
    await client.databases.updateUser(cluster.id, 'legacy', { settings: { pgAllowReplication: false } });
    const reset = await client.databases.resetUserAuth(cluster.id, 'legacy', { mysqlSettings: { authPlugin: 'caching_sha2_password' } });
    expect(reset.mysqlSettings?.authPlugin).toBe('caching_sha2_password');
    expect((await client.databases.users(cluster.id)).length).toBe(2);
    await client.databases.deleteUser(cluster.id, 'legacy');
    await client.databases.createDb(cluster.id, 'shop');
    expect((await client.databases.dbs(cluster.id)).map((d) => d.name)).toEqual(['defaultdb', 'shop']);
    const db = await cluster.db('shop');
    await db.destroy();
    await cluster.deleteDb('defaultdb');
    await expect(client.databases.createPool(cluster.id, { name: 'p', mode: 'session', size: 1, db: 'x' })).rejects.toBeInstanceOf(UnprocessableEntityError);

    expect(await client.databases.sqlMode(cluster.id)).toContain('ANSI');
    await cluster.setSqlMode(['ANSI', 'STRICT_ALL_TABLES']);
    await client.databases.setSqlMode(cluster.id, ['TRADITIONAL']);
    expect(await cluster.sqlMode()).toEqual(['TRADITIONAL']);
    await expect(cluster.evictionPolicy()).rejects.toBeInstanceOf(UnprocessableEntityError);
    await cluster.destroy();

    const pg = await client.databases.create({ name: 'pools', engine: 'pg', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1 });
    await pg.waitUntilOnline(FAST);
    await client.databases.createPool(pg.id, { name: 'p1', mode: 'statement', size: 2, db: 'defaultdb' });
    await client.databases.updatePool(pg.id, 'p1', { mode: 'transaction', size: 4, db: 'defaultdb' });
    expect((await client.databases.getPool(pg.id, 'p1')).size).toBe(4);
    expect((await client.databases.pools(pg.id)).map((p) => p.name)).toEqual(['p1']);
    const p1 = await pg.pool('p1');
    await p1.reload();
    await client.databases.deletePool(pg.id, 'p1');
    expect(await pg.pools()).toEqual([]);
    await client.databases.setFirewall(pg.id, [{ type: 'ip_addr', value: '192.0.2.0/24', description: 'office' }]);
    expect((await pg.firewall())[0]).toMatchObject({ type: 'ip_addr', value: '192.0.2.0/24', description: 'office' });
    await client.databases.fork(pg.id, 'pools-copy').then((c) => c.waitUntilOnline(FAST)).then((c) => c.destroy());
    await pg.destroy();
  });

  it('Valkey eviction policy, Kafka topics and schema registry, OpenSearch indexes, log sinks', async () => {
    const { client } = h;
    const valkey = await client.databases.create({ name: 'cache', engine: 'valkey', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1 });
    expect(await valkey.evictionPolicy()).toBe('noeviction');
    await valkey.setEvictionPolicy('allkeys_lru');
    await client.databases.setEvictionPolicy(valkey.id, 'volatile_ttl');
    expect(await client.databases.evictionPolicy(valkey.id)).toBe('volatile_ttl');
    await expect(valkey.sqlMode()).rejects.toBeInstanceOf(UnprocessableEntityError);

    const sink = await valkey.createLogsink({ sinkName: 'syslog', sinkType: 'rsyslog', config: { server: '192.0.2.10', port: 514, tls: false, format: 'rfc5424' } });
    expect((await valkey.logsinks()).map((s) => s.sinkId)).toEqual([sink.sinkId]);
    await sink.update({ config: { server: '192.0.2.11', port: 514, tls: true, format: 'rfc5424' } });
    expect((await client.databases.getLogsink(valkey.id, sink.sinkId)).config).toMatchObject({ server: '192.0.2.11', tls: true });
    await client.databases.updateLogsink(valkey.id, sink.sinkId, { config: { server: '192.0.2.12', port: 514, tls: true, format: 'rfc3164' } });
    expect((await valkey.logsink(sink.sinkId)).config).toMatchObject({ format: 'rfc3164' });
    const second = await client.databases.createLogsink(valkey.id, { sinkName: 'syslog-2', sinkType: 'rsyslog', config: { server: '192.0.2.13', port: 514, tls: false, format: 'custom' } });
    expect((await client.databases.logsinks(valkey.id)).length).toBe(2);
    await client.databases.deleteLogsink(valkey.id, second.sinkId);
    await valkey.deleteLogsink(sink.sinkId);
    await expect(sink.destroy()).rejects.toBeInstanceOf(NotFoundError);
    await valkey.destroy();

    const kafka = await client.databases.create({ name: 'events', engine: 'kafka', region: 'nyc3', size: 'db-s-2vcpu-4gb', numNodes: 3 });
    const topic = await kafka.createTopic({ name: 'orders', partitionCount: 3, replicationFactor: 2, config: { retention_ms: 86400000 } });
    expect(topic).toBeInstanceOf(KafkaTopic);
    expect(topic.partitions?.length).toBe(3);
    await topic.update({ partitionCount: 6 });
    expect(topic.partitions?.length).toBe(6);
    await client.databases.updateTopic(kafka.id, 'orders', { config: { cleanup_policy: 'compact' } });
    expect((await kafka.topic('orders')).config).toMatchObject({ cleanup_policy: 'compact', retention_ms: 86400000 });
    await client.databases.createTopic(kafka.id, { name: 'clicks' });
    expect((await client.databases.topics(kafka.id)).map((t) => [t.name, t.partitionCount])).toEqual([['orders', 6], ['clicks', 3]]);
    expect((await client.databases.getTopic(kafka.id, 'clicks')).name).toBe('clicks');
    await client.databases.deleteTopic(kafka.id, 'clicks');
    await topic.destroy();
    expect(await kafka.topics()).toEqual([]);

    const schema = await kafka.createSchema({ subjectName: 'customer', schemaType: 'AVRO', schema: '{"type":"record","name":"Customer","fields":[]}' });
    expect(schema).toBeInstanceOf(KafkaSchema);
    await client.databases.createSchema(kafka.id, { subjectName: 'customer', schemaType: 'AVRO', schema: '{"type":"record","name":"Customer","fields":[{"name":"id","type":"int"}]}' });
    expect((await kafka.schema('customer')).version).toBe('2');
    expect((await client.databases.getSchemaVersion(kafka.id, 'customer', 1)).schemaId).toBe(schema.schemaId);
    expect((await kafka.schemaVersion('customer', '2')).version).toBe('2');
    expect((await client.databases.getSchema(kafka.id, 'customer')).subjectName).toBe('customer');
    expect((await client.databases.schemas(kafka.id)).map((s) => s.subjectName)).toEqual(['customer']);
    expect(await kafka.schemaConfig()).toBe('BACKWARD');
    expect(await kafka.setSchemaConfig('FULL')).toBe('FULL');
    expect(await client.databases.schemaConfig(kafka.id)).toBe('FULL');
    await client.databases.setSchemaConfig(kafka.id, 'NONE');
    expect(await kafka.setSubjectConfig('customer', 'FORWARD')).toBe('FORWARD');
    expect(await client.databases.subjectConfig(kafka.id, 'customer')).toBe('FORWARD');
    await client.databases.setSubjectConfig(kafka.id, 'customer', 'NONE');
    expect(await kafka.subjectConfig('customer')).toBe('NONE');
    await expect(kafka.createSchema({ subjectName: 'bad', schemaType: 'JSON', schema: '{not json' })).rejects.toBeInstanceOf(UnprocessableEntityError);
    await schema.destroy();
    await client.databases.createSchema(kafka.id, { subjectName: 'other', schemaType: 'JSON', schema: '{}' });
    await client.databases.deleteSchema(kafka.id, 'other');
    expect(await kafka.schemas()).toEqual([]);
    await kafka.destroy();

    const search = await client.databases.create({ name: 'search', engine: 'opensearch', region: 'nyc3', size: 'db-s-1vcpu-2gb', numNodes: 1 });
    const indexes = await search.indexes();
    expect(indexes.map((i) => i.indexName)).toEqual(['.opensearch-observability', 'logs-2025.01.01']);
    await indexes[1].destroy();
    await client.databases.deleteIndex(search.id, '.opensearch-observability');
    expect(await client.databases.indexes(search.id)).toEqual([]);
    await expect(search.deleteIndex('gone')).rejects.toBeInstanceOf(NotFoundError);
    await search.destroy();
  });

  itAnswersModules(() => h, 'databases');
  itConforms(() => h);
});
