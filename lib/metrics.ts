import type { Connection, Query, RequestOptions } from './connection.js';
import { ApiError, ValidationError } from './errors.js';
import { oneOf } from './shape.js';
import { checkComponentName } from './app-options.js';
import { checkDate, checkDropletRef, checkUuidRef, type DropletRef, type UuidRef } from './validate.js';

/** One point of a series: when, and the value then. */
export type MetricPoint = [time: Date, value: number];

/**
 * One series of a metrics query (a Prometheus-style matrix row): its labels, such as
 * `{ host_id: '3164444', mode: 'idle' }`, and its points in time order.
 */
export interface MetricSeries {
  /** The series' labels, e.g. `host_id`, `mode`, `interface`, `direction`. */
  labels: Record<string, string>;
  /** The points, oldest first; each value as a number. */
  points: MetricPoint[];
}

/** The window of a metrics query: from `start` to `end` (sent as UNIX seconds). */
export interface MetricRange extends RequestOptions {
  /** The start of the window. */
  start: Date;
  /** The end of the window, after `start`. */
  end: Date;
}

/** An aggregation of a MySQL cluster's metric over its nodes. */
export type MetricAggregate = 'avg' | 'max' | 'min';

/** The raw answer of a metrics endpoint. */
interface MetricsJson {
  status: 'success' | 'error';
  data?: { resultType?: string; result?: Array<{ metric?: Record<string, string>; values?: Array<[number, string | number]> }> };
}

/** A Date as the UNIX seconds the metrics endpoints take. */
function unixSeconds(field: string, value: unknown): number {
  return Math.floor(checkDate(field, value).getTime() / 1000);
}

function checkName(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_$-]{1,64}$/.test(value)) {
    throw new ValidationError(field, `must be a schema name (letters, digits, "_", "$", "-"), got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The series of a metrics answer, typed: labels and `[Date, number]` points. */
function toSeries(json: unknown, path: string): MetricSeries[] {
  const answer = json as MetricsJson | undefined;
  if (answer?.status !== 'success' || !Array.isArray(answer.data?.result)) {
    const message = `the metrics answer is not a successful matrix (status ${JSON.stringify(answer?.status)})`;
    throw new ApiError({ status: 200, id: 'invalid_response', message, request: { method: 'GET', path: `/v2/${path}` } });
  }
  return answer.data.result.map((row) => ({
    labels: { ...row.metric },
    points: (row.values ?? []).map(([time, value]): MetricPoint => [new Date(time * 1000), Number(value)]),
  }));
}

/**
 * A metrics endpoint under `/v2/monitoring/metrics/`, asked about one resource.
 * @internal
 */
abstract class MetricsOf {
  readonly #connection: Connection;
  readonly #family: string;
  readonly #target: Query;

  /** @internal Built by `client.metrics` and by the models' `metrics` getters. */
  constructor(connection: Connection, family: string, target: Query) {
    this.#connection = connection;
    this.#family = family;
    this.#target = target;
  }

  /** `GET /v2/monitoring/metrics/{family}/{name}` for the window, with the endpoint's own query. @internal */
  protected async query(name: string, range: MetricRange, extra: Query = {}): Promise<MetricSeries[]> {
    if (typeof range !== 'object' || range === null) throw new ValidationError('range', 'must be an object with start and end Dates');
    const start = unixSeconds('range.start', range.start);
    const end = unixSeconds('range.end', range.end);
    if (end <= start) throw new ValidationError('range.end', 'must be after range.start');
    const query = { ...this.#target, ...extra, start: String(start), end: String(end) };
    const path = `monitoring/metrics/${this.#family}/${name}`;
    return toSeries(await this.#connection.request<unknown>('GET', path, { query, signal: range.signal }), path);
  }
}

const INTERFACE = oneOf(['public', 'private'] as const);
const DIRECTION = oneOf(['inbound', 'outbound'] as const);

/** What `droplet.metrics.bandwidth()` takes: the window, the interface and the direction. */
export interface BandwidthRange extends MetricRange {
  /** The network interface. */
  interface: 'public' | 'private';
  /** Traffic into or out of the droplet. */
  direction: 'inbound' | 'outbound';
}

/**
 * A droplet's metrics (`/v2/monitoring/metrics/droplet/*`), from `droplet.metrics` or
 * `client.metrics.droplet(id)`. Each method resolves to the series of its window; the droplet
 * needs the metrics agent installed (`monitoring: true` at creation).
 * @example
 * ```ts
 * const end = new Date();
 * const start = new Date(end.getTime() - 3_600_000);
 * for (const series of await droplet.metrics.cpu({ start, end })) {
 *   console.log(series.labels.mode, series.points.at(-1));
 * }
 * ```
 */
export class DropletMetrics extends MetricsOf {
  /** Bandwidth in megabits per second (`GET .../droplet/bandwidth`), for one interface and direction. */
  async bandwidth(range: BandwidthRange): Promise<MetricSeries[]> {
    return this.query('bandwidth', range, { interface: INTERFACE('range.interface', range?.interface), direction: DIRECTION('range.direction', range?.direction) });
  }
  /** CPU time in seconds, cumulative, one series per mode (`idle`, `user`, `system`, ...) (`GET .../droplet/cpu`). */
  async cpu(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('cpu', range);
  }
  /** Free filesystem bytes, one series per device and mount point (`GET .../droplet/filesystem_free`). */
  async filesystemFree(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('filesystem_free', range);
  }
  /** Filesystem size in bytes, one series per device and mount point (`GET .../droplet/filesystem_size`). */
  async filesystemSize(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('filesystem_size', range);
  }
  /** The 1-minute load average (`GET .../droplet/load_1`). */
  async load1(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('load_1', range);
  }
  /** The 5-minute load average (`GET .../droplet/load_5`). */
  async load5(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('load_5', range);
  }
  /** The 15-minute load average (`GET .../droplet/load_15`). */
  async load15(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('load_15', range);
  }
  /** Cached memory in bytes (`GET .../droplet/memory_cached`). */
  async memoryCached(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('memory_cached', range);
  }
  /** Free memory in bytes (`GET .../droplet/memory_free`). */
  async memoryFree(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('memory_free', range);
  }
  /** Total memory in bytes (`GET .../droplet/memory_total`). */
  async memoryTotal(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('memory_total', range);
  }
  /** Available memory in bytes (`GET .../droplet/memory_available`). */
  async memoryAvailable(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('memory_available', range);
  }
}

/** What the app metrics take: the window and, optionally, one component. */
export interface AppMetricRange extends MetricRange {
  /** One component of the app (a service or worker name); all of them when left out. */
  component?: string;
}

/**
 * An app's metrics (`/v2/monitoring/metrics/apps/*`), from `app.metrics` or `client.metrics.app(id)`.
 * @example `const memory = await app.metrics.memoryPercentage({ start, end, component: 'web' });`
 */
export class AppMetrics extends MetricsOf {
  /** Memory use in percent of the instance's (`GET .../apps/memory_percentage`). */
  async memoryPercentage(range: AppMetricRange): Promise<MetricSeries[]> {
    return this.query('memory_percentage', range, component(range));
  }
  /** CPU use in percent (`GET .../apps/cpu_percentage`). */
  async cpuPercentage(range: AppMetricRange): Promise<MetricSeries[]> {
    return this.query('cpu_percentage', range, component(range));
  }
  /** How many times the containers restarted (`GET .../apps/restart_count`). */
  async restartCount(range: AppMetricRange): Promise<MetricSeries[]> {
    return this.query('restart_count', range, component(range));
  }
}

function component(range: AppMetricRange): Query {
  const name = range?.component;
  return name === undefined ? {} : { app_component: checkComponentName('range.component', name) };
}

/**
 * A load balancer's metrics (`/v2/monitoring/metrics/load_balancer/*`), from `loadBalancer.metrics`
 * or `client.metrics.loadBalancer(id)`: the frontend's (connections, requests, throughput, TLS)
 * and its droplets' (response times, sessions, queue, health).
 * @example `const rps = await lb.metrics.frontendHttpRequestsPerSecond({ start, end });`
 */
export class LoadBalancerMetrics extends MetricsOf {
  /** Current frontend connections (`GET .../load_balancer/frontend_connections_current`). */
  async frontendConnectionsCurrent(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_connections_current', range);
  }
  /** The frontend's connection limit (`GET .../load_balancer/frontend_connections_limit`). */
  async frontendConnectionsLimit(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_connections_limit', range);
  }
  /** The frontend's CPU use in percent (`GET .../load_balancer/frontend_cpu_utilization`). */
  async frontendCpuUtilization(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_cpu_utilization', range);
  }
  /** Bytes dropped by the firewall (`GET .../load_balancer/frontend_firewall_dropped_bytes`). */
  async frontendFirewallDroppedBytes(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_firewall_dropped_bytes', range);
  }
  /** Packets dropped by the firewall (`GET .../load_balancer/frontend_firewall_dropped_packets`). */
  async frontendFirewallDroppedPackets(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_firewall_dropped_packets', range);
  }
  /** HTTP responses by status class (`GET .../load_balancer/frontend_http_responses`). */
  async frontendHttpResponses(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_http_responses', range);
  }
  /** HTTP requests per second (`GET .../load_balancer/frontend_http_requests_per_second`). */
  async frontendHttpRequestsPerSecond(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_http_requests_per_second', range);
  }
  /** HTTP throughput in bytes per second (`GET .../load_balancer/frontend_network_throughput_http`). */
  async frontendNetworkThroughputHttp(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_network_throughput_http', range);
  }
  /** UDP throughput in bytes per second (`GET .../load_balancer/frontend_network_throughput_udp`). */
  async frontendNetworkThroughputUdp(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_network_throughput_udp', range);
  }
  /** TCP throughput in bytes per second (`GET .../load_balancer/frontend_network_throughput_tcp`). */
  async frontendNetworkThroughputTcp(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_network_throughput_tcp', range);
  }
  /** A network load balancer's TCP throughput (`GET .../load_balancer/frontend_nlb_tcp_network_throughput`). */
  async frontendNlbTcpNetworkThroughput(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_nlb_tcp_network_throughput', range);
  }
  /** A network load balancer's UDP throughput (`GET .../load_balancer/frontend_nlb_udp_network_throughput`). */
  async frontendNlbUdpNetworkThroughput(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_nlb_udp_network_throughput', range);
  }
  /** Current TLS connections (`GET .../load_balancer/frontend_tls_connections_current`). */
  async frontendTlsConnectionsCurrent(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_tls_connections_current', range);
  }
  /** The TLS connection limit (`GET .../load_balancer/frontend_tls_connections_limit`). */
  async frontendTlsConnectionsLimit(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_tls_connections_limit', range);
  }
  /** TLS connections over the rate limit (`GET .../load_balancer/frontend_tls_connections_exceeding_rate_limit`). */
  async frontendTlsConnectionsExceedingRateLimit(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('frontend_tls_connections_exceeding_rate_limit', range);
  }
  /** Average HTTP session duration on the droplets (`GET .../load_balancer/droplets_http_session_duration_avg`). */
  async dropletsHttpSessionDurationAvg(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_http_session_duration_avg', range);
  }
  /** Median HTTP session duration (`GET .../load_balancer/droplets_http_session_duration_50p`). */
  async dropletsHttpSessionDuration50p(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_http_session_duration_50p', range);
  }
  /** 95th percentile HTTP session duration (`GET .../load_balancer/droplets_http_session_duration_95p`). */
  async dropletsHttpSessionDuration95p(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_http_session_duration_95p', range);
  }
  /** Average HTTP response time (`GET .../load_balancer/droplets_http_response_time_avg`). */
  async dropletsHttpResponseTimeAvg(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_http_response_time_avg', range);
  }
  /** Median HTTP response time (`GET .../load_balancer/droplets_http_response_time_50p`). */
  async dropletsHttpResponseTime50p(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_http_response_time_50p', range);
  }
  /** 95th percentile HTTP response time (`GET .../load_balancer/droplets_http_response_time_95p`). */
  async dropletsHttpResponseTime95p(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_http_response_time_95p', range);
  }
  /** 99th percentile HTTP response time (`GET .../load_balancer/droplets_http_response_time_99p`). */
  async dropletsHttpResponseTime99p(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_http_response_time_99p', range);
  }
  /** Requests queued for the droplets (`GET .../load_balancer/droplets_queue_size`). */
  async dropletsQueueSize(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_queue_size', range);
  }
  /** The droplets' HTTP responses by status class (`GET .../load_balancer/droplets_http_responses`). */
  async dropletsHttpResponses(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_http_responses', range);
  }
  /** Connections to the droplets (`GET .../load_balancer/droplets_connections`). */
  async dropletsConnections(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_connections', range);
  }
  /** The droplets' health check results (`GET .../load_balancer/droplets_health_checks`). */
  async dropletsHealthChecks(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_health_checks', range);
  }
  /** The droplets' downtime (`GET .../load_balancer/droplets_downtime`). */
  async dropletsDowntime(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('droplets_downtime', range);
  }
}

/**
 * A droplet autoscale pool's metrics (`/v2/monitoring/metrics/droplet_autoscale/*`), from
 * `pool.metrics` or `client.metrics.autoscalePool(id)`.
 * @example `const [current] = await pool.metrics.currentInstances({ start, end });`
 */
export class AutoscalePoolMetrics extends MetricsOf {
  /** How many droplets the pool has (`GET .../droplet_autoscale/current_instances`). */
  async currentInstances(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('current_instances', range);
  }
  /** How many droplets the pool aims for (`GET .../droplet_autoscale/target_instances`). */
  async targetInstances(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('target_instances', range);
  }
  /** The pool's CPU use, 0 to 1 (`GET .../droplet_autoscale/current_cpu_utilization`). */
  async currentCpuUtilization(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('current_cpu_utilization', range);
  }
  /** The CPU use the pool scales toward (`GET .../droplet_autoscale/target_cpu_utilization`). */
  async targetCpuUtilization(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('target_cpu_utilization', range);
  }
  /** The pool's memory use, 0 to 1 (`GET .../droplet_autoscale/current_memory_utilization`). */
  async currentMemoryUtilization(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('current_memory_utilization', range);
  }
  /** The memory use the pool scales toward (`GET .../droplet_autoscale/target_memory_utilization`). */
  async targetMemoryUtilization(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('target_memory_utilization', range);
  }
}

/** A window and an aggregation over the cluster's nodes. */
export interface AggregateRange<A extends MetricAggregate = MetricAggregate> extends MetricRange {
  /** How the nodes' values are combined. */
  aggregate: A;
}

/** What `mysql.load()` takes. */
export interface MysqlLoadRange extends AggregateRange<'avg' | 'max'> {
  /** Which load average. */
  metric: 'load1' | 'load5' | 'load15';
}

/** What `mysql.opRates()` takes. */
export interface MysqlOpRange extends MetricRange {
  /** Which statements. */
  metric: 'select' | 'insert' | 'update' | 'delete';
}

/** What `mysql.schemaThroughput()` and `mysql.schemaLatency()` take. */
export interface MysqlSchemaRange extends MetricRange {
  /** The schema (database) name. */
  schema: string;
  /** Which operations. */
  metric: 'insert' | 'fetch' | 'update' | 'delete';
}

const AGGREGATE = oneOf(['avg', 'max', 'min'] as const);

/**
 * A MySQL cluster's metrics (`/v2/monitoring/metrics/database/mysql/*`), from `cluster.metrics` or
 * `client.metrics.mysql(id)`.
 * @example `const cpu = await cluster.metrics.cpuUsage({ start, end, aggregate: 'max' });`
 */
export class MysqlMetrics extends MetricsOf {
  readonly #engine: string | undefined;

  /** @internal Built by `client.metrics.mysql()` and `cluster.metrics`; `engine` when known. */
  constructor(connection: Connection, target: Query, engine?: string) {
    super(connection, 'database/mysql', target);
    this.#engine = engine;
  }

  /** @internal Refuses a cluster known not to be MySQL: only MySQL has these metrics. */
  protected override async query(name: string, range: MetricRange, extra?: Query): Promise<MetricSeries[]> {
    if (this.#engine !== undefined && this.#engine !== 'mysql') throw new ValidationError('cluster', `has no MySQL metrics: its engine is ${this.#engine}`);
    return super.query(name, range, extra);
  }

  /** CPU use in percent (`GET .../database/mysql/cpu_usage`). */
  async cpuUsage(range: AggregateRange): Promise<MetricSeries[]> {
    return this.query('cpu_usage', range, { aggregate: AGGREGATE('range.aggregate', range?.aggregate) });
  }
  /** A load average (`GET .../database/mysql/load`). */
  async load(range: MysqlLoadRange): Promise<MetricSeries[]> {
    return this.query('load', range, {
      metric: oneOf(['load1', 'load5', 'load15'] as const)('range.metric', range?.metric),
      aggregate: oneOf(['avg', 'max'] as const)('range.aggregate', range?.aggregate),
    });
  }
  /** Memory use in percent (`GET .../database/mysql/memory_usage`). */
  async memoryUsage(range: AggregateRange): Promise<MetricSeries[]> {
    return this.query('memory_usage', range, { aggregate: AGGREGATE('range.aggregate', range?.aggregate) });
  }
  /** Disk use in percent (`GET .../database/mysql/disk_usage`). */
  async diskUsage(range: AggregateRange): Promise<MetricSeries[]> {
    return this.query('disk_usage', range, { aggregate: AGGREGATE('range.aggregate', range?.aggregate) });
  }
  /** Connected threads (`GET .../database/mysql/threads_connected`). */
  async threadsConnected(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('threads_connected', range);
  }
  /** Threads created per second (`GET .../database/mysql/threads_created_rate`). */
  async threadsCreatedRate(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('threads_created_rate', range);
  }
  /** Running threads (`GET .../database/mysql/threads_active`). */
  async threadsActive(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('threads_active', range);
  }
  /** Index reads against sequential reads (`GET .../database/mysql/index_vs_sequential_reads`). */
  async indexVsSequentialReads(range: MetricRange): Promise<MetricSeries[]> {
    return this.query('index_vs_sequential_reads', range);
  }
  /** Statements per second of one kind (`GET .../database/mysql/op_rates`). */
  async opRates(range: MysqlOpRange): Promise<MetricSeries[]> {
    return this.query('op_rates', range, { metric: oneOf(['select', 'insert', 'update', 'delete'] as const)('range.metric', range?.metric) });
  }
  /** Rows per second of one operation on one schema (`GET .../database/mysql/schema_throughput`). */
  async schemaThroughput(range: MysqlSchemaRange): Promise<MetricSeries[]> {
    return this.query('schema_throughput', range, schemaQuery(range));
  }
  /** Latency of one operation on one schema (`GET .../database/mysql/schema_latency`). */
  async schemaLatency(range: MysqlSchemaRange): Promise<MetricSeries[]> {
    return this.query('schema_latency', range, schemaQuery(range));
  }
}

function schemaQuery(range: MysqlSchemaRange): Query {
  return { schema: checkName('range.schema', range?.schema), metric: oneOf(['insert', 'fetch', 'update', 'delete'] as const)('range.metric', range?.metric) };
}

/**
 * `client.metrics`: the monitoring metrics of a droplet, a load balancer, an app, an autoscale
 * pool or a MySQL cluster, by id or model; the same objects as the models' `metrics` getters.
 * @example
 * ```ts
 * const end = new Date();
 * const start = new Date(end.getTime() - 6 * 3_600_000);
 * const inbound = await client.metrics.droplet(3164444).bandwidth({ start, end, interface: 'public', direction: 'inbound' });
 * ```
 */
export class MetricsCollection {
  readonly #connection: Connection;

  /** @internal Built by the client. */
  constructor(connection: Connection) {
    this.#connection = connection;
  }

  /** A droplet's metrics. @throws ValidationError for an id that is not a positive integer. */
  droplet(droplet: DropletRef): DropletMetrics {
    return new DropletMetrics(this.#connection, 'droplet', { host_id: String(checkDropletRef('droplet', droplet)) });
  }

  /** An app's metrics. @throws ValidationError for an id that is not a UUID. */
  app(app: UuidRef): AppMetrics {
    return new AppMetrics(this.#connection, 'apps', { app_id: checkUuidRef('app', app) });
  }

  /** A load balancer's metrics. @throws ValidationError for an id that is not a UUID. */
  loadBalancer(loadBalancer: UuidRef): LoadBalancerMetrics {
    return new LoadBalancerMetrics(this.#connection, 'load_balancer', { lb_id: checkUuidRef('loadBalancer', loadBalancer) });
  }

  /** A droplet autoscale pool's metrics. @throws ValidationError for an id that is not a UUID. */
  autoscalePool(pool: UuidRef): AutoscalePoolMetrics {
    return new AutoscalePoolMetrics(this.#connection, 'droplet_autoscale', { autoscale_pool_id: checkUuidRef('pool', pool) });
  }

  /**
   * A MySQL cluster's metrics. Given a cluster model of another engine, its queries reject with a
   * `ValidationError`. @throws ValidationError for an id that is not a UUID.
   */
  mysql(cluster: UuidRef & ({ readonly engine?: string } | string)): MysqlMetrics {
    const engine = typeof cluster === 'object' ? cluster.engine : undefined;
    return new MysqlMetrics(this.#connection, { db_id: checkUuidRef('cluster', cluster) }, engine);
  }
}
