import { randomBytes, randomUUID } from 'node:crypto';
import { isIPv4 } from 'node:net';
import { accepted, body, created, defineModule, found, isObject, isTagName, noContent, ok, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { notFound, unprocessable, type World } from '../world.js';
import { droplets } from './droplets.js';

type Json = Record<string, unknown>;

/** How to reach a cluster, a replica or a pool, as the API writes it. */
export interface ConnectionJson {
  uri: string;
  database?: string;
  host: string;
  port: number;
  user: string;
  password: string;
  ssl: boolean;
}

/** A database cluster as the API answers it. */
export interface ClusterJson {
  [key: string]: unknown;
  id: string;
  name: string;
  engine: string;
  version: string;
  semantic_version: string;
  num_nodes: number;
  size: string;
  region: string;
  status: 'creating' | 'online' | 'resizing' | 'migrating' | 'forking';
  created_at: string;
  private_network_uuid: string;
  tags: string[] | null;
  db_names: string[] | null;
  connection: ConnectionJson;
  private_connection: ConnectionJson;
  users: UserJson[] | null;
  maintenance_window: { day: string; hour: string; pending: boolean; description: string[] };
  project_id: string;
  rules: RuleJson[];
  storage_size_mib: number;
  metrics_endpoints: Array<{ host: string; port: number }>;
}

/** A database user as the API answers it. */
export interface UserJson {
  [key: string]: unknown;
  name: string;
  role: 'primary' | 'normal';
  password: string;
}

/** A trusted source as the API answers it. */
export interface RuleJson {
  uuid: string;
  cluster_uuid: string;
  type: string;
  value: string;
  created_at: string;
  description?: string;
}

/** A read-only replica as the API answers it. */
export interface ReplicaJson {
  [key: string]: unknown;
  id: string;
  name: string;
  region: string;
  size: string;
  status: ClusterJson['status'];
  tags: string[];
  created_at: string;
  private_network_uuid: string;
  connection: ConnectionJson;
  private_connection: ConnectionJson;
  storage_size_mib: number;
}

/** Everything the simulator keeps of one cluster besides its body. */
export interface ClusterState {
  json: ClusterJson;
  users: Map<string, UserJson>;
  dbs: Set<string>;
  pools: Map<string, Json>;
  replicas: Map<string, ReplicaJson>;
  backups: Array<{ created_at: string; size_gigabytes: number; incremental: boolean }>;
  config: Json;
  evictionPolicy: string;
  sqlMode: string;
  autoscale: Json;
  doSettings: { service_cnames: string[] };
  topics: Map<string, Json>;
  indexes: Map<string, Json>;
  sinks: Map<string, Json>;
  subjects: Map<string, Array<{ schema_id: number; subject_name: string; schema_type: string; schema: string }>>;
  compatibility: string;
  subjectCompatibility: Map<string, string>;
  migration: Json | undefined;
  events: Json[];
}

const ENGINES = ['pg', 'mysql', 'redis', 'valkey', 'mongodb', 'kafka', 'opensearch', 'advanced_pg', 'advanced_mysql'];
const REGIONS = ['nyc1', 'nyc3', 'ams3', 'sfo2', 'sfo3', 'sgp1', 'lon1', 'fra1', 'tor1', 'blr1', 'syd1'];
const VERSIONS: Record<string, string[]> = {
  pg: ['14', '15', '16', '17'],
  mysql: ['8'],
  redis: ['7'],
  valkey: ['8'],
  mongodb: ['6.0', '7.0'],
  kafka: ['3.7', '3.8'],
  opensearch: ['2'],
  advanced_pg: ['17'],
  advanced_mysql: ['8'],
};
const SIZES = ['db-s-1vcpu-1gb', 'db-s-1vcpu-2gb', 'db-s-2vcpu-4gb', 'db-s-4vcpu-8gb', 'db-s-6vcpu-16gb'];
const STORAGE_MIB: Record<string, number> = { 'db-s-1vcpu-1gb': 10240, 'db-s-1vcpu-2gb': 30720, 'db-s-2vcpu-4gb': 61440, 'db-s-4vcpu-8gb': 117760, 'db-s-6vcpu-16gb': 276480 };
const PORTS: Record<string, number> = { redis: 25061, valkey: 25061, mongodb: 27017, kafka: 25062 };
const SCHEMES: Record<string, string> = { pg: 'postgresql', advanced_pg: 'postgresql', mysql: 'mysql', advanced_mysql: 'mysql', redis: 'rediss', valkey: 'rediss', mongodb: 'mongodb+srv', kafka: 'kafka', opensearch: 'https' };
const DEFAULT_DB: Record<string, string> = { pg: 'defaultdb', advanced_pg: 'defaultdb', mysql: 'defaultdb', advanced_mysql: 'defaultdb', mongodb: 'admin' };
const DEFAULT_CONFIG: Record<string, Json> = {
  pg: { autovacuum_naptime: 60, backup_hour: 3, backup_minute: 30, jit: true, max_connections: 25, shared_buffers_percentage: 25, timezone: 'UTC' },
  mysql: { backup_hour: 3, backup_minute: 30, sql_require_primary_key: true, wait_timeout: 28800, max_allowed_packet: 67108864 },
  redis: { redis_maxmemory_policy: 'noeviction', redis_timeout: 300, redis_persistence: 'rdb' },
  valkey: { valkey_maxmemory_policy: 'noeviction', valkey_timeout: 300, valkey_persistence: 'rdb' },
  mongodb: { default_read_concern: 'majority', default_write_concern: 'majority', transaction_lifetime_limit_seconds: 60 },
  kafka: { group_initial_rebalance_delay_ms: 3000, log_retention_hours: 168, auto_create_topics_enable: false },
  opensearch: { http_max_content_length_bytes: 100000000, thread_pool_search_size: 8, override_main_response_version: false },
};
const SQL_MODE = 'ANSI,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION,NO_ZERO_DATE,NO_ZERO_IN_DATE,STRICT_ALL_TABLES';
const CA = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIEQTCCAqmgAwIBAgIUEFZYsimulatedDatabaseCA0123456789abcdefghij\n-----END CERTIFICATE-----\n').toString('base64');
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const COMPATIBILITY = ['NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE'];
const EVICTION = ['noeviction', 'allkeys_lru', 'allkeys_random', 'volatile_lru', 'volatile_random', 'volatile_ttl'];
const NAME = /^[^\s/]{1,63}$/;

function password(): string {
  return randomBytes(12).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x').slice(0, 16);
}

function family(engine: string): string {
  return engine.replace('advanced_', '');
}

/** The database clusters of the account, with everything inside them. */
export class DatabaseStore extends Store<ClusterJson, string> {
  readonly states = new Map<string, ClusterState>();
  metricsCredentials = { basic_auth_username: 'metrics-user', basic_auth_password: password() };
  #nextSchema = 1;

  constructor(world: World) {
    super(world);
  }

  /** What `/v2/databases/options` answers. */
  options(): Json {
    const layouts = [1, 2, 3].map((n) => ({ num_nodes: n, sizes: n === 1 ? SIZES : SIZES.slice(1) }));
    const options: Json = {};
    const availability: Json = {};
    for (const engine of ENGINES) {
      options[engine] = { regions: REGIONS, versions: VERSIONS[engine], layouts: engine === 'kafka' ? [{ num_nodes: 3, sizes: SIZES.slice(2) }] : layouts };
      availability[engine] = VERSIONS[engine].map((version) => ({ version, end_of_life: '2029-11-09T00:00:00Z', end_of_availability: '2029-05-09T00:00:00Z' }));
    }
    return { options, version_availability: availability };
  }

  /** The state of a cluster; a 404 when there is none. */
  state(id: string): ClusterState {
    return found(this.states.get(id));
  }

  /** A cluster's body, with its users and databases as they are now. */
  view(id: string): ClusterJson {
    const state = this.state(id);
    const { json } = state;
    json.users = [...state.users.values()];
    json.db_names = [...state.dbs];
    return json;
  }

  /** Every cluster, optionally only those tagged `tag`. */
  clusters(tag: string | null): ClusterJson[] {
    return [...this.states.keys()].map((id) => this.view(id)).filter((c) => !tag || (c.tags ?? []).includes(tag));
  }

  /** Creates a cluster (or restores a backup into a new one): `creating` (or `forking`), then `online`. */
  create(attrs: Json): ClusterJson {
    const name = attrs.name;
    if (typeof name !== 'string' || !/^[a-z][a-z0-9-]{2,62}$/.test(name)) throw unprocessable('name must be 3 to 63 lowercase letters, digits and dashes');
    if ([...this.states.values()].some((s) => s.json.name === name)) throw unprocessable('a cluster with this name already exists');
    const engine = attrs.engine as string;
    if (!ENGINES.includes(engine)) throw unprocessable(`invalid engine: ${String(engine)}`);
    const version = attrs.version === undefined ? VERSIONS[engine].at(-1)! : String(attrs.version);
    if (!VERSIONS[engine].includes(version)) throw unprocessable(`invalid version ${version} for engine ${engine}`);
    this.#placement(engine, attrs.region, attrs.size, attrs.num_nodes);
    const tags = attrs.tags === undefined ? [] : attrs.tags;
    if (!Array.isArray(tags) || !tags.every(isTagName)) throw unprocessable('tags must be tag names');
    let restoreFrom: ClusterState | undefined;
    if (attrs.backup_restore !== undefined) {
      const restore = attrs.backup_restore as Json;
      restoreFrom = [...this.states.values()].find((s) => s.json.name === restore.database_name);
      if (!restoreFrom) throw unprocessable(`no cluster named ${String(restore.database_name)} to restore from`);
      if (restoreFrom.json.engine !== engine) throw unprocessable('a backup can only be restored into a cluster of the same engine');
      const at = restore.backup_created_at;
      if (at !== undefined && !restoreFrom.backups.some((b) => b.created_at === at)) throw unprocessable(`no backup taken at ${String(at)}`);
      if (at === undefined && restoreFrom.backups.length === 0) throw unprocessable('the cluster has no backup yet');
    }
    const id = randomUUID();
    const host = `${name}-do-user-1-0.db.ondigitalocean.com`;
    const admin: UserJson = { name: 'doadmin', role: 'primary', password: password() };
    const json: ClusterJson = {
      id,
      name,
      engine,
      version,
      semantic_version: `${version}.2`,
      num_nodes: attrs.num_nodes as number,
      size: attrs.size as string,
      region: attrs.region as string,
      status: restoreFrom ? 'forking' : 'creating',
      created_at: this.now(),
      private_network_uuid: typeof attrs.private_network_uuid === 'string' ? attrs.private_network_uuid : this.world.vpcOf(attrs.region as string),
      tags,
      db_names: null,
      connection: this.#connection(engine, host, admin),
      private_connection: this.#connection(engine, `private-${host}`, admin),
      users: null,
      maintenance_window: { day: 'tuesday', hour: '02:00:00', pending: false, description: [] },
      project_id: typeof attrs.project_id === 'string' ? attrs.project_id : '0d9fd0d4-3a5d-4f0c-8a8f-2b6d3b8c7a11',
      rules: [],
      storage_size_mib: typeof attrs.storage_size_mib === 'number' ? attrs.storage_size_mib : STORAGE_MIB[attrs.size as string],
      metrics_endpoints: [{ host, port: 9273 }],
    };
    const state: ClusterState = {
      json,
      users: new Map([[admin.name, admin]]),
      dbs: new Set(DEFAULT_DB[engine] ? [DEFAULT_DB[engine]] : []),
      pools: new Map(),
      replicas: new Map(),
      backups: [],
      config: structuredClone(DEFAULT_CONFIG[family(engine)] ?? {}),
      evictionPolicy: 'noeviction',
      sqlMode: SQL_MODE,
      autoscale: { storage: { enabled: false } },
      doSettings: { service_cnames: [] },
      topics: new Map(),
      indexes: new Map(),
      sinks: new Map(),
      subjects: new Map(),
      compatibility: 'BACKWARD',
      subjectCompatibility: new Map(),
      migration: undefined,
      events: [],
    };
    if (restoreFrom) for (const db of restoreFrom.dbs) state.dbs.add(db);
    if (engine === 'opensearch') {
      for (const index of ['.opensearch-observability', 'logs-2025.01.01']) {
        state.indexes.set(index, { index_name: index, number_of_shards: 1, number_of_replicas: 1, size: 208, created_time: this.now(), status: 'open', health: 'green' });
      }
    }
    this.states.set(id, state);
    this.put(id, json);
    if (Array.isArray(attrs.rules)) this.setRules(id, { rules: attrs.rules });
    this.#event(state, 'cluster_create');
    this.world.schedule(() => this.#online(state));
    return this.view(id);
  }

  /** Deletes a cluster with its replicas. */
  remove(id: string): void {
    const state = this.state(id);
    this.#event(state, 'cluster_delete');
    this.states.delete(id);
    this.items.delete(id);
  }

  /** Resizes an online cluster: `resizing`, then `online` at its new size. */
  resize(id: string, attrs: Json): void {
    const state = this.#online_(id);
    this.#placement(state.json.engine, state.json.region, attrs.size, attrs.num_nodes);
    state.json.status = 'resizing';
    this.world.schedule(() => {
      Object.assign(state.json, { size: attrs.size, num_nodes: attrs.num_nodes, storage_size_mib: typeof attrs.storage_size_mib === 'number' ? attrs.storage_size_mib : Math.max(state.json.storage_size_mib, STORAGE_MIB[attrs.size as string]) });
      this.#event(state, 'cluster_update');
      state.json.status = 'online';
    });
  }

  /** Moves an online cluster to another region: `migrating`, then `online` there. */
  migrate(id: string, attrs: Json): void {
    const state = this.#online_(id);
    if (!REGIONS.includes(attrs.region as string)) throw unprocessable(`invalid region: ${String(attrs.region)}`);
    state.json.status = 'migrating';
    this.world.schedule(() => {
      state.json.region = attrs.region as string;
      state.json.private_network_uuid = this.world.vpcOf(attrs.region as string);
      state.json.status = 'online';
    });
  }

  /** Upgrades an online cluster to a newer major version, applied after the action duration. */
  upgrade(id: string, attrs: Json): void {
    const state = this.#online_(id);
    const versions = VERSIONS[state.json.engine];
    const target = String(attrs.version);
    if (!versions.includes(target) || versions.indexOf(target) <= versions.indexOf(state.json.version)) throw unprocessable(`cannot upgrade from version ${state.json.version} to ${target}`);
    this.world.schedule(() => Object.assign(state.json, { version: target, semantic_version: `${target}.2` }));
  }

  /** Replaces the trusted sources; droplets must exist. */
  setRules(id: string, attrs: Json): void {
    const state = this.state(id);
    if (!Array.isArray(attrs.rules)) throw unprocessable('rules must be an array');
    const rules = (attrs.rules as Json[]).map((rule): RuleJson => {
      const type = rule.type as string;
      const value = rule.value as string;
      if (!['droplet', 'k8s', 'ip_addr', 'tag', 'app'].includes(type) || typeof value !== 'string') throw unprocessable('each rule needs a type (droplet, k8s, ip_addr, tag or app) and a value');
      if (type === 'droplet' && !this.world.state(droplets).has(Number(value))) throw unprocessable(`droplet ${value} not found`);
      if (type === 'ip_addr' && !isIPv4(value.split('/')[0])) throw unprocessable(`invalid IP address: ${value}`);
      const kept = state.json.rules.find((r) => r.uuid === rule.uuid || (r.type === type && r.value === value));
      return { uuid: kept?.uuid ?? randomUUID(), cluster_uuid: id, type, value, created_at: kept?.created_at ?? this.now(), ...(typeof rule.description === 'string' ? { description: rule.description } : {}) };
    });
    state.json.rules = rules;
  }

  /** Adds a user. */
  addUser(id: string, attrs: Json): UserJson {
    const state = this.state(id);
    const name = this.#name(attrs.name, 'user');
    if (state.users.has(name)) throw unprocessable(`user ${name} already exists`);
    const user: UserJson = { name, role: 'normal', password: password() };
    if (attrs.mysql_settings !== undefined) user.mysql_settings = attrs.mysql_settings;
    if (attrs.settings !== undefined) user.settings = attrs.settings;
    if (family(state.json.engine) === 'kafka') Object.assign(user, { access_cert: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', access_key: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----' });
    state.users.set(name, user);
    return user;
  }

  /** A user; a 404 when there is none. */
  user(id: string, name: string): UserJson {
    return found(this.state(id).users.get(name));
  }

  /** Removes a user; the primary user cannot be removed. */
  deleteUser(id: string, name: string): void {
    const user = this.user(id, name);
    if (user.role === 'primary') throw unprocessable('the primary user cannot be deleted');
    this.state(id).users.delete(name);
  }

  /** Adds a database. */
  addDb(id: string, attrs: Json): Json {
    const state = this.state(id);
    if (!['pg', 'mysql', 'mongodb'].includes(family(state.json.engine))) throw unprocessable(`${state.json.engine} clusters have no databases`);
    const name = this.#name(attrs.name, 'database');
    if (state.dbs.has(name)) throw unprocessable(`database ${name} already exists`);
    state.dbs.add(name);
    return { name };
  }

  /** A database; a 404 when there is none. */
  db(id: string, name: string): Json {
    if (!this.state(id).dbs.has(name)) throw notFound();
    return { name };
  }

  /** Adds a PgBouncer pool to a PostgreSQL cluster. */
  addPool(id: string, attrs: Json): Json {
    const state = this.#engine(id, ['pg'], 'connection pools');
    const name = this.#name(attrs.name, 'pool');
    if (state.pools.has(name)) throw unprocessable(`pool ${name} already exists`);
    const pool = this.#pool(state, name, attrs);
    state.pools.set(name, pool);
    return pool;
  }

  /** Changes a pool. */
  updatePool(id: string, name: string, attrs: Json): void {
    const state = this.state(id);
    if (!state.pools.has(name)) throw notFound();
    state.pools.set(name, this.#pool(state, name, attrs));
  }

  /** A pool; a 404 when there is none. */
  pool(id: string, name: string): Json {
    return found(this.state(id).pools.get(name));
  }

  /** Adds a read-only replica to a PostgreSQL or MySQL cluster: `creating`, then `online`. */
  addReplica(id: string, attrs: Json): ReplicaJson {
    const state = this.#engine(id, ['pg', 'mysql'], 'read-only replicas');
    if (state.json.status !== 'online') throw unprocessable('the cluster is not online yet');
    const name = this.#name(attrs.name, 'replica');
    if (state.replicas.has(name)) throw unprocessable(`replica ${name} already exists`);
    const region = attrs.region === undefined ? state.json.region : (attrs.region as string);
    const size = attrs.size === undefined ? state.json.size : (attrs.size as string);
    if (!REGIONS.includes(region)) throw unprocessable(`invalid region: ${region}`);
    if (!SIZES.includes(size)) throw unprocessable(`invalid size: ${size}`);
    const host = `${name}-${state.json.name}-do-user-1-0.db.ondigitalocean.com`;
    const admin = state.users.get('doadmin')!;
    const replica: ReplicaJson = {
      id: randomUUID(),
      name,
      region,
      size,
      status: 'creating',
      tags: Array.isArray(attrs.tags) ? (attrs.tags as string[]) : [],
      created_at: this.now(),
      private_network_uuid: typeof attrs.private_network_uuid === 'string' ? attrs.private_network_uuid : this.world.vpcOf(region),
      connection: this.#connection(state.json.engine, host, admin),
      private_connection: this.#connection(state.json.engine, `private-${host}`, admin),
      storage_size_mib: typeof attrs.storage_size_mib === 'number' ? attrs.storage_size_mib : STORAGE_MIB[size],
    };
    state.replicas.set(name, replica);
    this.world.schedule(() => {
      replica.status = 'online';
    });
    return replica;
  }

  /** A replica; a 404 when there is none. */
  replica(id: string, name: string): ReplicaJson {
    return found(this.state(id).replicas.get(name));
  }

  /** Promotes a replica to a cluster of its own. */
  promote(id: string, name: string): void {
    const state = this.state(id);
    const replica = this.replica(id, name);
    if (replica.status !== 'online') throw unprocessable('the replica is not online yet');
    state.replicas.delete(name);
    const promoted = this.create({ name: `${name}-promoted`.slice(0, 63).toLowerCase().replace(/[^a-z0-9-]/g, '-'), engine: state.json.engine, version: state.json.version, region: replica.region, size: replica.size, num_nodes: 1 });
    this.#event(this.state(promoted.id), 'cluster_master_promotion');
  }

  /** Sets or reads an engine-only setting, refusing other engines. */
  engineState(id: string, engines: string[], what: string): ClusterState {
    return this.#engine(id, engines, what);
  }

  /** Changes the advanced configuration: known keys of the engine's only. */
  patchConfig(id: string, attrs: Json): void {
    const state = this.state(id);
    const config = attrs.config;
    if (!isObject(config)) throw unprocessable('config must be an object');
    for (const [key, value] of Object.entries(config)) {
      if (value !== null && typeof value === 'object') throw unprocessable(`invalid value for ${key}`);
    }
    Object.assign(state.config, config);
  }

  /** Changes the maintenance window. */
  maintenance(id: string, attrs: Json): void {
    const state = this.state(id);
    if (!DAYS.includes(attrs.day as string) || typeof attrs.hour !== 'string' || !/^\d{2}:\d{2}(:\d{2})?$/.test(attrs.hour)) throw unprocessable('a maintenance window needs a day of the week and an hour (HH:MM)');
    Object.assign(state.json.maintenance_window, { day: attrs.day, hour: attrs.hour });
  }

  /** Adds a Kafka topic. */
  addTopic(id: string, attrs: Json): Json {
    const state = this.#engine(id, ['kafka'], 'topics');
    const name = this.#name(attrs.name, 'topic');
    if (state.topics.has(name)) throw unprocessable(`topic ${name} already exists`);
    const topic = { name, state: 'active', replication_factor: (attrs.replication_factor as number) ?? 2, partition_count: (attrs.partition_count as number) ?? 3, config: { cleanup_policy: 'delete', retention_ms: 604800000, ...((attrs.config as Json) ?? {}) } };
    if (topic.replication_factor > state.json.num_nodes) throw unprocessable('replication_factor cannot exceed the number of nodes');
    state.topics.set(name, topic);
    return this.verboseTopic(topic);
  }

  /** Changes a Kafka topic: partitions only grow. */
  updateTopic(id: string, name: string, attrs: Json): Json {
    const topic = this.topic(id, name);
    if (typeof attrs.partition_count === 'number') {
      if (attrs.partition_count < (topic.partition_count as number)) throw unprocessable('partition_count can only grow');
      topic.partition_count = attrs.partition_count;
    }
    if (typeof attrs.replication_factor === 'number') topic.replication_factor = attrs.replication_factor;
    if (attrs.config) topic.config = { ...(topic.config as Json), ...(attrs.config as Json) };
    return this.verboseTopic(topic);
  }

  /** A topic; a 404 when there is none. */
  topic(id: string, name: string): Json {
    return found(this.#engine(id, ['kafka'], 'topics').topics.get(name));
  }

  /** A topic with its partitions and config, as `GET .../topics/{name}` answers. */
  verboseTopic(topic: Json): Json {
    const partitions = Array.from({ length: topic.partition_count as number }, (_, i) => ({ id: i, size: 4096, in_sync_replicas: topic.replication_factor, earliest_offset: 0, consumer_groups: [] }));
    return { name: topic.name, state: topic.state, replication_factor: topic.replication_factor, partitions, config: topic.config };
  }

  /** A topic as listings show it. */
  listedTopic(topic: Json): Json {
    return { name: topic.name, state: topic.state, replication_factor: topic.replication_factor, partition_count: topic.partition_count };
  }

  /** Adds a log sink. */
  addSink(id: string, attrs: Json): Json {
    const state = this.state(id);
    if (typeof attrs.sink_name !== 'string' || !attrs.sink_name) throw unprocessable('sink_name is required');
    if (!['rsyslog', 'elasticsearch', 'opensearch', 'datadog'].includes(attrs.sink_type as string)) throw unprocessable('invalid sink_type');
    this.#sinkConfig(attrs.sink_type as string, attrs.config);
    const sink = { sink_id: randomBytes(20).toString('hex'), sink_name: attrs.sink_name, sink_type: attrs.sink_type, config: attrs.config };
    state.sinks.set(sink.sink_id, sink);
    return sink;
  }

  /** A log sink; a 404 when there is none. */
  sink(id: string, sinkId: string): Json {
    return found(this.state(id).sinks.get(sinkId));
  }

  /** Replaces a log sink's config. */
  updateSink(id: string, sinkId: string, attrs: Json): void {
    const sink = this.sink(id, sinkId);
    this.#sinkConfig(sink.sink_type as string, attrs.config);
    sink.config = attrs.config;
  }

  /** Registers a schema subject (a new version when it exists). */
  addSubject(id: string, attrs: Json): Json {
    const state = this.#engine(id, ['kafka'], 'the schema registry');
    if (typeof attrs.subject_name !== 'string' || !attrs.subject_name) throw unprocessable('subject_name is required');
    if (!['AVRO', 'JSON', 'PROTOBUF'].includes(attrs.schema_type as string)) throw unprocessable('invalid schema_type');
    if (typeof attrs.schema !== 'string' || !attrs.schema) throw unprocessable('schema is required');
    if (attrs.schema_type !== 'PROTOBUF') {
      try {
        JSON.parse(attrs.schema);
      } catch {
        throw unprocessable('schema is not valid JSON');
      }
    }
    const versions = state.subjects.get(attrs.subject_name) ?? [];
    const entry = { schema_id: this.#nextSchema++, subject_name: attrs.subject_name, schema_type: attrs.schema_type as string, schema: attrs.schema };
    versions.push(entry);
    state.subjects.set(attrs.subject_name, versions);
    return entry;
  }

  /** One version (`latest` or a number) of a subject; a 404 when there is none. */
  subject(id: string, name: string, version = 'latest'): Json {
    const versions = found(this.#engine(id, ['kafka'], 'the schema registry').subjects.get(name));
    const index = version === 'latest' ? versions.length - 1 : Number(version) - 1;
    const entry = found(versions[index]);
    return { ...entry, version: String(index + 1) };
  }

  /** Starts an online migration. */
  startMigration(id: string, attrs: Json): Json {
    const state = this.#engine(id, ['pg', 'mysql', 'redis', 'valkey', 'mongodb'], 'online migrations');
    const source = attrs.source as Json | undefined;
    if (!source || typeof source.host !== 'string') throw unprocessable('source.host is required');
    if (state.migration && state.migration.status !== 'done' && state.migration.status !== 'canceled') throw unprocessable('an online migration is already running');
    const migration: Json = { id: randomUUID(), status: 'running', created_at: this.now() };
    state.migration = migration;
    this.world.schedule(() => {
      if (migration.status === 'running') migration.status = 'syncing';
    });
    return migration;
  }

  /** Stops an online migration. */
  stopMigration(id: string, migrationId: string): void {
    const state = this.state(id);
    if (!state.migration || state.migration.id !== migrationId) throw notFound();
    state.migration.status = 'canceled';
  }

  #sinkConfig(type: string, config: unknown): void {
    if (config === null || typeof config !== 'object') throw unprocessable('config is required');
    const c = config as Json;
    const need: Record<string, string[]> = { rsyslog: ['server', 'port', 'tls', 'format'], elasticsearch: ['url', 'index_prefix'], opensearch: ['url', 'index_prefix'], datadog: ['site', 'datadog_api_key'] };
    const missing = need[type].filter((key) => c[key] === undefined);
    if (missing.length) throw unprocessable(`config of a ${type} sink needs ${missing.join(', ')}`);
  }

  #pool(state: ClusterState, name: string, attrs: Json): Json {
    if (!['session', 'transaction', 'statement'].includes(attrs.mode as string)) throw unprocessable('mode must be session, transaction or statement');
    if (typeof attrs.size !== 'number' || attrs.size < 1) throw unprocessable('size must be a positive number');
    if (!state.dbs.has(attrs.db as string)) throw unprocessable(`database ${String(attrs.db)} not found`);
    if (attrs.user !== undefined && !state.users.has(attrs.user as string)) throw unprocessable(`user ${String(attrs.user)} not found`);
    const user = state.users.get((attrs.user as string | undefined) ?? 'doadmin')!;
    const host = `${state.json.name}-do-user-1-0.db.ondigitalocean.com`;
    const connection = { ...this.#connection(state.json.engine, host, user), database: name, port: 25061 };
    connection.uri = `postgresql://${user.name}:${user.password}@${host}:25061/${name}?sslmode=require`;
    return { name, mode: attrs.mode, size: attrs.size, db: attrs.db, ...(attrs.user === undefined ? {} : { user: attrs.user }), connection, private_connection: { ...connection, host: `private-${host}`, uri: connection.uri.replace(host, `private-${host}`) } };
  }

  #placement(engine: string, region: unknown, size: unknown, numNodes: unknown): void {
    if (!REGIONS.includes(region as string)) throw unprocessable(`invalid region: ${String(region)}`);
    const layouts = (this.options().options as Record<string, { layouts: Array<{ num_nodes: number; sizes: string[] }> }>)[engine].layouts;
    const layout = layouts.find((l) => l.num_nodes === numNodes);
    if (!layout) throw unprocessable(`invalid num_nodes ${String(numNodes)} for engine ${engine}`);
    if (!layout.sizes.includes(size as string)) throw unprocessable(`invalid size ${String(size)} for ${String(numNodes)} nodes`);
  }

  #connection(engine: string, host: string, user: UserJson): ConnectionJson {
    const port = PORTS[family(engine)] ?? 25060;
    const database = DEFAULT_DB[engine];
    const scheme = SCHEMES[engine];
    const uri = `${scheme}://${user.name}:${user.password}@${host}:${port}${database ? `/${database}` : ''}${scheme === 'postgresql' || scheme === 'mysql' ? '?sslmode=REQUIRED' : ''}`;
    return { uri, ...(database ? { database } : {}), host, port, user: user.name, password: user.password, ssl: true };
  }

  #online(state: ClusterState): void {
    state.json.status = 'online';
    state.backups.push({ created_at: this.now(), size_gigabytes: 0.03, incremental: false });
  }

  #online_(id: string): ClusterState {
    const state = this.state(id);
    if (state.json.status !== 'online') throw unprocessable(`the cluster is ${state.json.status}, not online`);
    return state;
  }

  #engine(id: string, engines: string[], what: string): ClusterState {
    const state = this.state(id);
    if (!engines.includes(family(state.json.engine))) throw unprocessable(`${what} are not supported for ${state.json.engine} clusters`);
    return state;
  }

  #name(value: unknown, what: string): string {
    if (typeof value !== 'string' || !NAME.test(value)) throw unprocessable(`invalid ${what} name`);
    return value;
  }

  #event(state: ClusterState, type: string): void {
    state.events.push({ id: randomBytes(4).toString('hex'), cluster_name: state.json.name, event_type: type, create_time: this.now() });
  }
}

const ID = '/v2/databases/{database_cluster_uuid}';

function id(ctx: RouteContext): string {
  return ctx.params.database_cluster_uuid;
}

/** Managed databases: `/v2/databases`. */
export const databases = defineModule('databases', (world) => new DatabaseStore(world), (route) => {
  route('GET', '/v2/databases/options', (_ctx, db) => ok(db.options()));
  route('GET', '/v2/databases/metrics/credentials', (_ctx, db) => ok({ credentials: { credentials: db.metricsCredentials } }));
  route('PUT', '/v2/databases/metrics/credentials', (ctx, db) => {
    const credentials = (body(ctx).credentials ?? {}) as Json;
    for (const key of ['basic_auth_username', 'basic_auth_password'] as const) {
      if (credentials[key] !== undefined) {
        if (typeof credentials[key] !== 'string' || !credentials[key]) throw unprocessable(`${key} must be a non-empty string`);
        db.metricsCredentials[key] = credentials[key];
      }
    }
    return noContent();
  });
  route('GET', '/v2/databases', (ctx, db) => ok(db.page(ctx, 'databases', db.clusters(ctx.query.get('tag_name')))));
  route('POST', '/v2/databases', (ctx, db) => created({ database: db.create(body(ctx)) }));
  route('GET', ID, (ctx, db) => ok({ database: db.view(id(ctx)) }));
  route('DELETE', ID, (ctx, db) => {
    db.remove(id(ctx));
    return noContent();
  });
  route('GET', `${ID}/config`, (ctx, db) => ok({ config: db.state(id(ctx)).config }));
  route('PATCH', `${ID}/config`, (ctx, db) => {
    db.patchConfig(id(ctx), body(ctx));
    return ok(undefined);
  });
  route('GET', `${ID}/ca`, (ctx, db) => {
    db.state(id(ctx));
    return ok({ ca: { certificate: CA } });
  });
  route('GET', `${ID}/online-migration`, (ctx, db) => ok(db.state(id(ctx)).migration ?? {}));
  route('PUT', `${ID}/online-migration`, (ctx, db) => ok(db.startMigration(id(ctx), body(ctx))));
  route('DELETE', `${ID}/online-migration/{migration_id}`, (ctx, db) => {
    db.stopMigration(id(ctx), ctx.params.migration_id);
    return noContent();
  });
  route('PUT', `${ID}/migrate`, (ctx, db) => {
    db.migrate(id(ctx), body(ctx));
    return accepted(undefined);
  });
  route('PUT', `${ID}/resize`, (ctx, db) => {
    db.resize(id(ctx), body(ctx));
    return accepted(undefined);
  });
  route('GET', `${ID}/firewall`, (ctx, db) => ok({ rules: db.state(id(ctx)).json.rules }));
  route('PUT', `${ID}/firewall`, (ctx, db) => {
    db.setRules(id(ctx), body(ctx));
    return noContent();
  });
  route('GET', `${ID}/do_settings`, (ctx, db) => ok({ do_settings: db.state(id(ctx)).doSettings }));
  route('PUT', `${ID}/do_settings`, (ctx, db) => {
    const settings = body(ctx).do_settings as Json | undefined;
    const cnames = settings?.service_cnames;
    if (!Array.isArray(cnames) || !cnames.every((c) => typeof c === 'string' && /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)+$/.test(c))) {
      throw unprocessable('do_settings.service_cnames must be host names');
    }
    const state = db.state(id(ctx));
    state.doSettings = { service_cnames: cnames as string[] };
    state.json.do_settings = state.doSettings;
    return noContent();
  });
  route('PUT', `${ID}/maintenance`, (ctx, db) => {
    db.maintenance(id(ctx), body(ctx));
    return noContent();
  });
  route('PUT', `${ID}/install_update`, (ctx, db) => {
    const state = db.state(id(ctx));
    Object.assign(state.json.maintenance_window, { pending: false, description: [] });
    return noContent();
  });
  route('GET', `${ID}/backups`, (ctx, db) => {
    const state = db.state(id(ctx));
    return ok({ backups: state.backups, scheduled_backup_time: { backup_hour: 3, backup_minute: 30, backup_interval_hours: 24 } });
  });
  route('GET', `${ID}/replicas`, (ctx, db) => ok({ replicas: [...db.state(id(ctx)).replicas.values()] }));
  route('POST', `${ID}/replicas`, (ctx, db) => created({ replica: db.addReplica(id(ctx), body(ctx)) }));
  route('GET', `${ID}/events`, (ctx, db) => ok({ events: db.state(id(ctx)).events }));
  route('GET', `${ID}/replicas/{replica_name}`, (ctx, db) => ok({ replica: db.replica(id(ctx), ctx.params.replica_name) }));
  route('DELETE', `${ID}/replicas/{replica_name}`, (ctx, db) => {
    db.replica(id(ctx), ctx.params.replica_name);
    db.state(id(ctx)).replicas.delete(ctx.params.replica_name);
    return noContent();
  });
  route('PUT', `${ID}/replicas/{replica_name}/promote`, (ctx, db) => {
    db.promote(id(ctx), ctx.params.replica_name);
    return noContent();
  });
  route('GET', `${ID}/users`, (ctx, db) => ok({ users: [...db.state(id(ctx)).users.values()] }));
  route('POST', `${ID}/users`, (ctx, db) => created({ user: db.addUser(id(ctx), body(ctx)) }));
  route('GET', `${ID}/users/{username}`, (ctx, db) => ok({ user: db.user(id(ctx), ctx.params.username) }));
  route('PUT', `${ID}/users/{username}`, (ctx, db) => {
    const user = db.user(id(ctx), ctx.params.username);
    const settings = body(ctx).settings;
    if (settings === null || typeof settings !== 'object') throw unprocessable('settings must be an object');
    user.settings = settings;
    return created({ user });
  });
  route('DELETE', `${ID}/users/{username}`, (ctx, db) => {
    db.deleteUser(id(ctx), ctx.params.username);
    return noContent();
  });
  route('POST', `${ID}/users/{username}/reset_auth`, (ctx, db) => {
    const user = db.user(id(ctx), ctx.params.username);
    user.password = password();
    const settings = body(ctx).mysql_settings;
    if (settings !== undefined) user.mysql_settings = settings;
    return ok({ user });
  });
  route('GET', `${ID}/dbs`, (ctx, db) => ok({ dbs: [...db.state(id(ctx)).dbs].map((name) => ({ name })) }));
  route('POST', `${ID}/dbs`, (ctx, db) => created({ db: db.addDb(id(ctx), body(ctx)) }));
  route('GET', `${ID}/dbs/{database_name}`, (ctx, db) => ok({ db: db.db(id(ctx), ctx.params.database_name) }));
  route('DELETE', `${ID}/dbs/{database_name}`, (ctx, db) => {
    db.db(id(ctx), ctx.params.database_name);
    db.state(id(ctx)).dbs.delete(ctx.params.database_name);
    return noContent();
  });
  route('GET', `${ID}/pools`, (ctx, db) => ok({ pools: [...db.state(id(ctx)).pools.values()] }));
  route('POST', `${ID}/pools`, (ctx, db) => created({ pool: db.addPool(id(ctx), body(ctx)) }));
  route('GET', `${ID}/pools/{pool_name}`, (ctx, db) => ok({ pool: db.pool(id(ctx), ctx.params.pool_name) }));
  route('PUT', `${ID}/pools/{pool_name}`, (ctx, db) => {
    db.updatePool(id(ctx), ctx.params.pool_name, body(ctx));
    return noContent();
  });
  route('DELETE', `${ID}/pools/{pool_name}`, (ctx, db) => {
    db.pool(id(ctx), ctx.params.pool_name);
    db.state(id(ctx)).pools.delete(ctx.params.pool_name);
    return noContent();
  });
  route('GET', `${ID}/eviction_policy`, (ctx, db) => ok({ eviction_policy: db.engineState(id(ctx), ['redis', 'valkey'], 'eviction policies').evictionPolicy }));
  route('PUT', `${ID}/eviction_policy`, (ctx, db) => {
    const state = db.engineState(id(ctx), ['redis', 'valkey'], 'eviction policies');
    const policy = body(ctx).eviction_policy;
    if (!EVICTION.includes(policy as string)) throw unprocessable('invalid eviction_policy');
    state.evictionPolicy = policy as string;
    return noContent();
  });
  route('GET', `${ID}/sql_mode`, (ctx, db) => ok({ sql_mode: db.engineState(id(ctx), ['mysql'], 'SQL modes').sqlMode }));
  route('PUT', `${ID}/sql_mode`, (ctx, db) => {
    const state = db.engineState(id(ctx), ['mysql'], 'SQL modes');
    const mode = body(ctx).sql_mode;
    if (typeof mode !== 'string' || !/^[A-Z_]*(,[A-Z_]+)*$/.test(mode)) throw unprocessable('invalid sql_mode');
    state.sqlMode = mode;
    return noContent();
  });
  route('PUT', `${ID}/upgrade`, (ctx, db) => {
    db.upgrade(id(ctx), body(ctx));
    return noContent();
  });
  route('GET', `${ID}/autoscale`, (ctx, db) => ok({ autoscale: db.state(id(ctx)).autoscale }));
  route('PUT', `${ID}/autoscale`, (ctx, db) => {
    const state = db.state(id(ctx));
    const storage = body(ctx).storage as Json | undefined;
    if (!storage || typeof storage.enabled !== 'boolean') throw unprocessable('storage.enabled is required');
    state.autoscale = { storage };
    return noContent();
  });
  route('GET', `${ID}/topics`, (ctx, db) => ok({ topics: [...db.engineState(id(ctx), ['kafka'], 'topics').topics.values()].map((t) => db.listedTopic(t)) }));
  route('POST', `${ID}/topics`, (ctx, db) => created({ topic: db.addTopic(id(ctx), body(ctx)) }));
  route('GET', `${ID}/topics/{topic_name}`, (ctx, db) => ok({ topic: db.verboseTopic(db.topic(id(ctx), ctx.params.topic_name)) }));
  route('PUT', `${ID}/topics/{topic_name}`, (ctx, db) => ok({ topic: db.updateTopic(id(ctx), ctx.params.topic_name, body(ctx)) }));
  route('DELETE', `${ID}/topics/{topic_name}`, (ctx, db) => {
    db.topic(id(ctx), ctx.params.topic_name);
    db.state(id(ctx)).topics.delete(ctx.params.topic_name);
    return noContent();
  });
  route('GET', `${ID}/logsink`, (ctx, db) => ok({ sinks: [...db.state(id(ctx)).sinks.values()] }));
  route('POST', `${ID}/logsink`, (ctx, db) => created({ sink: db.addSink(id(ctx), body(ctx)) }));
  route('GET', `${ID}/logsink/{logsink_id}`, (ctx, db) => ok(db.sink(id(ctx), ctx.params.logsink_id)));
  route('PUT', `${ID}/logsink/{logsink_id}`, (ctx, db) => {
    db.updateSink(id(ctx), ctx.params.logsink_id, body(ctx));
    return ok(undefined);
  });
  route('DELETE', `${ID}/logsink/{logsink_id}`, (ctx, db) => {
    db.sink(id(ctx), ctx.params.logsink_id);
    db.state(id(ctx)).sinks.delete(ctx.params.logsink_id);
    return ok(undefined);
  });
  route('GET', `${ID}/schema-registry/config`, (ctx, db) => ok({ compatibility_level: db.engineState(id(ctx), ['kafka'], 'schema registries').compatibility }));
  route('PUT', `${ID}/schema-registry/config`, (ctx, db) => {
    const state = db.engineState(id(ctx), ['kafka'], 'schema registries');
    const level = body(ctx).compatibility_level;
    if (!COMPATIBILITY.includes(level as string)) throw unprocessable('invalid compatibility_level');
    state.compatibility = level as string;
    return ok({ compatibility_level: state.compatibility });
  });
  route('GET', `${ID}/schema-registry/config/{subject_name}`, (ctx, db) => {
    const state = db.engineState(id(ctx), ['kafka'], 'schema registries');
    db.subject(id(ctx), ctx.params.subject_name);
    return ok({ subject_name: ctx.params.subject_name, compatibility_level: state.subjectCompatibility.get(ctx.params.subject_name) ?? state.compatibility });
  });
  route('PUT', `${ID}/schema-registry/config/{subject_name}`, (ctx, db) => {
    const state = db.engineState(id(ctx), ['kafka'], 'schema registries');
    db.subject(id(ctx), ctx.params.subject_name);
    const level = body(ctx).compatibility_level;
    if (!COMPATIBILITY.includes(level as string)) throw unprocessable('invalid compatibility_level');
    state.subjectCompatibility.set(ctx.params.subject_name, level as string);
    return ok({ subject_name: ctx.params.subject_name, compatibility_level: level });
  });
  route('GET', `${ID}/schema-registry`, (ctx, db) => {
    const state = db.engineState(id(ctx), ['kafka'], 'schema registries');
    return ok({ subjects: [...state.subjects.values()].map((versions) => versions.at(-1)) });
  });
  route('POST', `${ID}/schema-registry`, (ctx, db) => created(db.addSubject(id(ctx), body(ctx))));
  route('GET', `${ID}/schema-registry/{subject_name}`, (ctx, db) => ok(db.subject(id(ctx), ctx.params.subject_name)));
  route('DELETE', `${ID}/schema-registry/{subject_name}`, (ctx, db) => {
    db.subject(id(ctx), ctx.params.subject_name);
    db.state(id(ctx)).subjects.delete(ctx.params.subject_name);
    return noContent();
  });
  route('GET', `${ID}/schema-registry/{subject_name}/versions/{version}`, (ctx, db) => ok(db.subject(id(ctx), ctx.params.subject_name, ctx.params.version)));
  route('GET', `${ID}/indexes`, (ctx, db) => ok({ indexes: [...db.engineState(id(ctx), ['opensearch'], 'indexes').indexes.values()] }));
  route('DELETE', `${ID}/indexes/{index_name}`, (ctx, db) => {
    const state = db.engineState(id(ctx), ['opensearch'], 'indexes');
    if (!state.indexes.delete(ctx.params.index_name)) throw notFound();
    return noContent();
  });
});
