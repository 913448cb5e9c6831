import { randomUUID } from 'node:crypto';
import { accepted, body, defineModule, found, noContent, objects, ok, Store, strings } from '../module.js';
import type { RouteContext } from '../router.js';
import { badRequest, conflict, type World } from '../world.js';
import { apps } from './apps.js';
import { autoscalePools, type AutoscalePoolJson } from './autoscale-pools.js';
import { databases } from './databases.js';
import { droplets } from './droplets.js';
import { kubernetes } from './kubernetes.js';
import { loadBalancers } from './load-balancers.js';


const POLICY_TYPE = /^v1\/(insights\/(droplet|lbaas)|dbaas\/alerts|droplet\/autoscale_alerts)\/[a-z0-9_]+$/;

/** An alert policy as the API answers it. */
export interface AlertPolicyJson {
  [key: string]: unknown;
  uuid: string;
  type: string;
  description: string;
  compare: 'GreaterThan' | 'LessThan';
  value: number;
  window: '5m' | '10m' | '30m' | '1h';
  entities: string[];
  tags: string[];
  alerts: { email: string[]; slack: Array<{ channel: string; url: string }> };
  enabled: boolean;
}

/** A log destination as the API keeps it (answers leave the credentials out). */
export interface DestinationJson {
  id: string;
  name: string;
  type: 'opensearch_dbaas' | 'opensearch_ext';
  config: Record<string, unknown>;
}

/** A sink as the API keeps it. */
export interface SinkJson {
  uuid: string;
  destination: string;
  resources: Array<{ urn: string; name?: string }>;
}

/** Monitoring: alert policies, log destinations and sinks. Metrics are computed, not stored. */
export class MonitoringStore extends Store<AlertPolicyJson, string> {
  /** Log destinations by id. */
  readonly destinations = new Map<string, DestinationJson>();
  /** Sinks by UUID. */
  readonly sinks = new Map<string, SinkJson>();

  /** Checks an alert policy request (the whole policy) and returns it as kept. */
  policy(uuid: string, attrs: Record<string, unknown>): AlertPolicyJson {
    const alerts = (typeof attrs.alerts === 'object' && attrs.alerts !== null ? attrs.alerts : {}) as Record<string, unknown>;
    if (typeof attrs.type !== 'string' || !POLICY_TYPE.test(attrs.type)) throw badRequest('type is not a supported alert type.');
    if (typeof attrs.description !== 'string' || !attrs.description) throw badRequest('description is required.');
    if (attrs.compare !== 'GreaterThan' && attrs.compare !== 'LessThan') throw badRequest('compare must be GreaterThan or LessThan.');
    if (typeof attrs.value !== 'number') throw badRequest('value must be a number.');
    if (!['5m', '10m', '30m', '1h'].includes(attrs.window as string)) throw badRequest('window must be one of 5m, 10m, 30m, 1h.');
    if (!Array.isArray(attrs.entities) || !Array.isArray(attrs.tags) || typeof attrs.enabled !== 'boolean') throw badRequest('entities, tags and enabled are required.');
    if (!Array.isArray(alerts.email) || !Array.isArray(alerts.slack)) throw badRequest('alerts must have email and slack lists.');
    const slack = objects(alerts.slack).map((s) => ({ channel: String(s.channel ?? ''), url: String(s.url ?? '') }));
    if (strings(alerts.email).length + slack.length === 0) throw badRequest('alerts must name at least one email address or Slack channel.');
    return {
      uuid,
      type: attrs.type,
      description: attrs.description,
      compare: attrs.compare,
      value: attrs.value,
      window: attrs.window as AlertPolicyJson['window'],
      entities: attrs.entities.map(String),
      tags: strings(attrs.tags),
      alerts: { email: strings(alerts.email), slack },
      enabled: attrs.enabled,
    };
  }

  /** A destination; a 404 when there is none. */
  destination(id: string): DestinationJson {
    return found(this.destinations.get(id));
  }

  /** Checks a destination request and keeps it under `id`. */
  saveDestination(id: string, attrs: Record<string, unknown>): DestinationJson {
    const config = (typeof attrs.config === 'object' && attrs.config !== null ? attrs.config : undefined) as Record<string, unknown> | undefined;
    if (attrs.type !== 'opensearch_dbaas' && attrs.type !== 'opensearch_ext') throw badRequest('type must be opensearch_dbaas or opensearch_ext.');
    if (!config || typeof config.endpoint !== 'string' || !config.endpoint) throw badRequest('config.endpoint is required.');
    const name = typeof attrs.name === 'string' && attrs.name ? attrs.name : `destination-${id.slice(0, 8)}`;
    const destination: DestinationJson = { id, name, type: attrs.type, config: { index_name: 'logs', retention_days: 14, ...config, id: randomUUID() } };
    this.destinations.set(id, destination);
    return destination;
  }

  /** A destination as answers show it: no credentials. */
  shown({ id, name, type, config }: DestinationJson): Record<string, unknown> {
    const { credentials: _credentials, ...visible } = config;
    return { id, name, type, config: visible };
  }

  /** A sink as the API answers it. */
  sinkJson(sink: SinkJson): Record<string, unknown> {
    const destination = this.destination(sink.destination);
    return { urn: `do:sink:${sink.uuid}`, destination: this.shown(destination), resources: sink.resources };
  }

  /** A sink; a 404 when there is none. */
  sink(uuid: string): SinkJson {
    return found(this.sinks.get(uuid));
  }

  /** Adds a sink: an existing destination, and Kubernetes clusters that exist. */
  addSink(attrs: Record<string, unknown>): void {
    const destination = typeof attrs.destination_uuid === 'string' ? attrs.destination_uuid : '';
    this.destination(destination);
    const resources = objects(attrs.resources).map((r) => ({ urn: String(r.urn), ...(typeof r.name === 'string' ? { name: r.name } : {}) }));
    if (!resources.length) throw badRequest('resources must name at least one resource.');
    for (const { urn } of resources) {
      const [, kind, id] = /^do:([a-z]+):(.+)$/.exec(urn) ?? [];
      if (kind !== 'kubernetes' || !this.world.state(kubernetes).has(id)) throw badRequest(`${urn} is not a Kubernetes cluster of the account.`);
    }
    const uuid = randomUUID();
    this.sinks.set(uuid, { uuid, destination, resources });
  }
}

/** One series of a simulated metric: its labels and its value at a time (UNIX seconds). */
interface SeriesSpec {
  labels: Record<string, string>;
  value: (t: number) => number;
}

/** A smooth deterministic wave around `base`. */
const wave = (base: number, amplitude: number, phase = 0) => (t: number) => base + amplitude * Math.sin(t / 900 + phase);

/** What a metric's query must hold, beside `start` and `end`: name -> allowed values (none: any). */
type Params = Record<string, readonly string[] | null>;

/** A metrics endpoint: its extra query parameters, and its series for the resource asked about. */
interface MetricSpec {
  params?: Params;
  series: (world: World, id: string, query: URLSearchParams) => SeriesSpec[] | undefined;
}

function droplet(world: World, id: string) {
  return /^\d+$/.test(id) ? world.state(droplets).items.get(Number(id)) : undefined;
}

function dropletMetric(make: (d: NonNullable<ReturnType<typeof droplet>>, labels: Record<string, string>, q: URLSearchParams) => SeriesSpec[], params?: Params): MetricSpec {
  return { params, series: (world, id, q) => ((d) => (d ? make(d, { host_id: id }, q) : undefined))(droplet(world, id)) };
}

const CPU_MODES: Array<[string, number]> = [['idle', 0.9], ['iowait', 0.002], ['irq', 0], ['nice', 0.0005], ['softirq', 0.0002], ['steal', 0.0001], ['system', 0.02], ['user', 0.07]];
const FS = { device: '/dev/vda1', fstype: 'ext4', mountpoint: '/' };

const DROPLET_METRICS: Record<string, MetricSpec> = {
  bandwidth: dropletMetric((_, labels, q) => [{ labels: { direction: q.get('direction')!, ...labels, interface: q.get('interface')! }, value: wave(q.get('interface') === 'public' ? 0.2 : 0.05, 0.02) }], {
    interface: ['private', 'public'],
    direction: ['inbound', 'outbound'],
  }),
  cpu: dropletMetric((d, labels) => {
    const born = Date.parse(d.created_at) / 1000;
    return CPU_MODES.map(([mode, share]) => ({ labels: { ...labels, mode }, value: (t: number) => Math.max(0, t - born) * d.vcpus * share }));
  }),
  filesystem_free: dropletMetric((d, labels) => [{ labels: { ...labels, ...FS }, value: wave(d.disk * 1e9 * 0.8, d.disk * 1e6) }]),
  filesystem_size: dropletMetric((d, labels) => [{ labels: { ...labels, ...FS }, value: () => d.disk * 1e9 }]),
  load_1: dropletMetric((_, labels) => [{ labels, value: wave(0.3, 0.2) }]),
  load_5: dropletMetric((_, labels) => [{ labels, value: wave(0.25, 0.1) }]),
  load_15: dropletMetric((_, labels) => [{ labels, value: wave(0.2, 0.05) }]),
  memory_cached: dropletMetric((d, labels) => [{ labels, value: wave(d.memory * 1_048_576 * 0.2, d.memory * 1000) }]),
  memory_free: dropletMetric((d, labels) => [{ labels, value: wave(d.memory * 1_048_576 * 0.4, d.memory * 1000) }]),
  memory_total: dropletMetric((d, labels) => [{ labels, value: () => d.memory * 1_048_576 }]),
  memory_available: dropletMetric((d, labels) => [{ labels, value: wave(d.memory * 1_048_576 * 0.6, d.memory * 1000) }]),
};

/** A metric of a resource found in `store` by UUID: one series labelled `{ [label]: id }`. */
function simple(has: (world: World, id: string) => boolean, label: string, value: (t: number) => number, params?: Params, extra?: (q: URLSearchParams) => Record<string, string>): MetricSpec {
  return { params, series: (world, id, q) => (has(world, id) ? [{ labels: { [label]: id, ...extra?.(q) }, value }] : undefined) };
}

const hasApp = (world: World, id: string) => world.state(apps).has(id);
const hasLb = (world: World, id: string) => world.state(loadBalancers).has(id);
const hasMysql = (world: World, id: string) => world.state(databases).items.get(id)?.engine === 'mysql';

const appMetric = (value: (t: number) => number): MetricSpec =>
  simple(hasApp, 'app_uuid', value, undefined, (q): Record<string, string> => (q.get('app_component') ? { app_component: q.get('app_component')! } : {}));

const LB_METRICS = [
  'frontend_connections_current', 'frontend_connections_limit', 'frontend_cpu_utilization', 'frontend_firewall_dropped_bytes',
  'frontend_firewall_dropped_packets', 'frontend_http_responses', 'frontend_http_requests_per_second', 'frontend_network_throughput_http',
  'frontend_network_throughput_udp', 'frontend_network_throughput_tcp', 'frontend_nlb_tcp_network_throughput', 'frontend_nlb_udp_network_throughput',
  'frontend_tls_connections_current', 'frontend_tls_connections_limit', 'frontend_tls_connections_exceeding_rate_limit',
  'droplets_http_session_duration_avg', 'droplets_http_session_duration_50p', 'droplets_http_session_duration_95p',
  'droplets_http_response_time_avg', 'droplets_http_response_time_50p', 'droplets_http_response_time_95p', 'droplets_http_response_time_99p',
  'droplets_queue_size', 'droplets_http_responses', 'droplets_connections', 'droplets_health_checks', 'droplets_downtime',
] as const;

const poolMetric = (pick: (pool: AutoscalePoolJson) => number): MetricSpec => ({
  series: (world, id) => {
    const pool = world.state(autoscalePools).items.get(id);
    return pool ? [{ labels: { autoscale_pool_id: id }, value: () => pick(pool) }] : undefined;
  },
});

const AGGREGATE = ['avg', 'max', 'min'] as const;
const SCHEMA_OPS = ['insert', 'fetch', 'update', 'delete'] as const;
const mysql = (value: (t: number) => number, params?: Params) => simple(hasMysql, 'db_id', value, params, (q) => Object.fromEntries(Object.keys(params ?? {}).map((k) => [k, q.get(k)!])));

/** Every metrics endpoint, by its path below `/v2/monitoring/metrics/`. */
const METRICS: Record<string, MetricSpec> = {
  ...Object.fromEntries(Object.entries(DROPLET_METRICS).map(([name, spec]) => [`droplet/${name}`, spec])),
  'apps/memory_percentage': appMetric(wave(40, 5)),
  'apps/cpu_percentage': appMetric(wave(12, 4)),
  'apps/restart_count': appMetric(() => 0),
  ...Object.fromEntries(LB_METRICS.map((name, i) => [`load_balancer/${name}`, simple(hasLb, 'lb_id', wave(10 + i, 2, i))])),
  'droplet_autoscale/current_instances': poolMetric((pool) => pool.active_resources_count),
  'droplet_autoscale/target_instances': poolMetric((pool) => pool.config.target_number_instances ?? pool.config.min_instances ?? 0),
  'droplet_autoscale/current_cpu_utilization': poolMetric((pool) => pool.current_utilization.cpu),
  'droplet_autoscale/target_cpu_utilization': poolMetric((pool) => pool.config.target_cpu_utilization ?? 0),
  'droplet_autoscale/current_memory_utilization': poolMetric((pool) => pool.current_utilization.memory),
  'droplet_autoscale/target_memory_utilization': poolMetric((pool) => pool.config.target_memory_utilization ?? 0),
  'database/mysql/cpu_usage': mysql(wave(15, 5), { aggregate: AGGREGATE }),
  'database/mysql/load': mysql(wave(0.4, 0.2), { metric: ['load1', 'load5', 'load15'], aggregate: ['avg', 'max'] }),
  'database/mysql/memory_usage': mysql(wave(55, 3), { aggregate: AGGREGATE }),
  'database/mysql/disk_usage': mysql(wave(20, 0.5), { aggregate: AGGREGATE }),
  'database/mysql/threads_connected': mysql(wave(12, 3)),
  'database/mysql/threads_created_rate': mysql(wave(0.5, 0.2)),
  'database/mysql/threads_active': mysql(wave(3, 1)),
  'database/mysql/index_vs_sequential_reads': mysql(wave(95, 2)),
  'database/mysql/op_rates': mysql(wave(30, 10), { metric: ['select', 'insert', 'update', 'delete'] }),
  'database/mysql/schema_throughput': mysql(wave(20, 5), { schema: null, metric: SCHEMA_OPS }),
  'database/mysql/schema_latency': mysql(wave(2, 0.5), { schema: null, metric: SCHEMA_OPS }),
};

/** The query parameter that names the resource, per family. */
const TARGETS: Record<string, string> = { droplet: 'host_id', apps: 'app_id', load_balancer: 'lb_id', droplet_autoscale: 'autoscale_pool_id', 'database/mysql': 'db_id' };

/** The step between points: a minute, or more so that a window has at most 300 points. */
function step(start: number, end: number): number {
  return Math.max(60, Math.ceil((end - start) / 300 / 60) * 60);
}

/** Answers a metrics query as a Prometheus-style matrix: no series for a resource the account does not have. */
function answer(ctx: RouteContext, world: World, name: string, spec: MetricSpec): Record<string, unknown> {
  const family = name.slice(0, name.lastIndexOf('/'));
  const target = TARGETS[family];
  const q = ctx.query;
  for (const param of [target, 'start', 'end', ...Object.keys(spec.params ?? {})]) {
    if (!q.get(param)) throw badRequest(`${param} is required.`);
  }
  for (const [param, allowed] of Object.entries(spec.params ?? {})) {
    if (allowed && !allowed.includes(q.get(param)!)) throw badRequest(`${param} must be one of ${allowed.join(', ')}.`);
  }
  const start = Number(q.get('start'));
  const end = Number(q.get('end'));
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) throw badRequest('start and end must be UNIX timestamps, start before end.');
  const interval = step(start, end);
  const times: number[] = [];
  for (let t = Math.ceil(start / interval) * interval; t <= end; t += interval) times.push(t);
  const series = spec.series(world, q.get(target)!, q) ?? [];
  const result = series.map(({ labels, value }) => ({ metric: labels, values: times.map((t) => [t, String(Math.round(value(t) * 100) / 100)]) }));
  return { status: 'success', data: { resultType: 'matrix', result } };
}

/** Monitoring: `/v2/monitoring/alerts`, `/v2/monitoring/metrics/*` and `/v2/monitoring/sinks`. */
export const monitoring = defineModule('monitoring', (world) => new MonitoringStore(world), (route) => {
  route('GET', '/v2/monitoring/alerts', (ctx, store) => ok(store.page(ctx, 'policies', store.list())));
  route('POST', '/v2/monitoring/alerts', (ctx, store) => {
    const uuid = randomUUID();
    return ok({ policy: store.put(uuid, store.policy(uuid, body(ctx))) });
  });
  route('GET', '/v2/monitoring/alerts/{alert_uuid}', (ctx, store) => ok({ policy: store.get(ctx.params.alert_uuid) }));
  route('PUT', '/v2/monitoring/alerts/{alert_uuid}', (ctx, store) => {
    const uuid = store.get(ctx.params.alert_uuid).uuid;
    return ok({ policy: store.put(uuid, store.policy(uuid, body(ctx))) });
  });
  route('DELETE', '/v2/monitoring/alerts/{alert_uuid}', (ctx, store) => {
    store.delete(ctx.params.alert_uuid);
    return noContent();
  });

  for (const [name, spec] of Object.entries(METRICS)) {
    route('GET', `/v2/monitoring/metrics/${name}`, (ctx) => ok(answer(ctx, ctx.world, name, spec)));
  }

  route('POST', '/v2/monitoring/sinks/destinations', (ctx, store) => ok({ destination: store.shown(store.saveDestination(randomUUID(), body(ctx))) }));
  route('GET', '/v2/monitoring/sinks/destinations', (_ctx, store) => ok({ destinations: [...store.destinations.values()].map((d) => store.shown(d)) }));
  route('GET', '/v2/monitoring/sinks/destinations/{destination_uuid}', (ctx, store) => ok({ destination: store.shown(store.destination(ctx.params.destination_uuid)) }));
  route('POST', '/v2/monitoring/sinks/destinations/{destination_uuid}', (ctx, store) => {
    store.saveDestination(store.destination(ctx.params.destination_uuid).id, body(ctx));
    return noContent();
  });
  route('DELETE', '/v2/monitoring/sinks/destinations/{destination_uuid}', (ctx, store) => {
    const { id } = store.destination(ctx.params.destination_uuid);
    if ([...store.sinks.values()].some((sink) => sink.destination === id)) throw conflict('The destination has sinks; delete them first.');
    store.destinations.delete(id);
    return noContent();
  });
  route('POST', '/v2/monitoring/sinks', (ctx, store) => {
    store.addSink(body(ctx));
    return accepted(undefined);
  });
  route('GET', '/v2/monitoring/sinks', (ctx, store) => {
    const resource = ctx.query.get('resource_id');
    const sinks = [...store.sinks.values()].filter((sink) => !resource || sink.resources.some((r) => r.urn === resource));
    return ok({ sinks: sinks.map((sink) => store.sinkJson(sink)) });
  });
  route('GET', '/v2/monitoring/sinks/{sink_uuid}', (ctx, store) => ok({ sink: store.sinkJson(store.sink(ctx.params.sink_uuid)) }));
  route('DELETE', '/v2/monitoring/sinks/{sink_uuid}', (ctx, store) => {
    store.sink(ctx.params.sink_uuid);
    store.sinks.delete(ctx.params.sink_uuid);
    return noContent();
  });
});
