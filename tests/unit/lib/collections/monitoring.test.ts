import { inspect } from 'node:util';
import {
  AlertPolicy,
  ApiError,
  App,
  AutoscalePool,
  DatabaseCluster,
  Droplet,
  LoadBalancer,
  LogDestination,
  LogSink,
  type AlertPolicyAttributes,
  type DigitalOcean,
  type MetricSeries,
} from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one, type Operation } from '../../../operations.js';

const POLICY = '3f0a8c1e-5d2b-4c7a-9e41-7b2d9f6a0c13';
const DESTINATION = '5a1e7c2d-8b3f-4e6a-9d0c-2f4b6d8e0a13';
const SINK = '78b172b6-52c3-4a4b-96d5-78d3f1a0b18c';
const CLUSTER_URN = 'do:kubernetes:bd5f5959-5e1e-4205-a714-a914373942af';
const LB = '4de7ac8b-495b-4884-9a69-1050c6793cd6';
const APP = '4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf';
const POOL = '0d3db13e-a604-4944-9827-7ec2642d32ac';
const DB = '9cc10173-e9ea-4176-9dbc-a4cee4c4ff30';
const WEBHOOK = 'https://hooks.slack.com/services/T0001/B0001/abcdefabcdef';

const RANGE = { start: new Date('2024-11-29T08:00:00Z'), end: new Date('2024-11-29T09:00:00Z') };
const WINDOW = { start: '1732867200', end: '1732870800' };

const POLICY_ATTRS = {
  type: 'v1/insights/droplet/cpu',
  description: 'CPU above 80% on the web droplets',
  compare: 'GreaterThan',
  value: 80,
  window: '5m',
  entities: ['3164444'],
  tags: ['web'],
  alerts: { email: ['ops@example.com'], slack: [{ channel: 'ops-alerts', url: WEBHOOK }] },
  enabled: true,
} as const;

/** The series of `monitoring/metrics.json`, typed. */
function series(value: unknown): void {
  expect(value).toEqual([
    {
      labels: { id: 'x' },
      points: [
        [new Date(1_732_867_200_000), 0.25],
        [new Date(1_732_867_260_000), 3],
      ],
    },
  ] satisfies MetricSeries[]);
}

type Call = (client: DigitalOcean) => Promise<unknown>;

/** One row per metrics endpoint: the call, the path below `/v2/monitoring/metrics/`, the query beside the window. */
const METRIC_CALLS: Array<[string, Call, string, Record<string, string>]> = [
  ...(
    [
      ['cpu', 'cpu'],
      ['filesystemFree', 'filesystem_free'],
      ['filesystemSize', 'filesystem_size'],
      ['load1', 'load_1'],
      ['load5', 'load_5'],
      ['load15', 'load_15'],
      ['memoryCached', 'memory_cached'],
      ['memoryFree', 'memory_free'],
      ['memoryTotal', 'memory_total'],
      ['memoryAvailable', 'memory_available'],
    ] as const
  ).map(([method, name]): [string, Call, string, Record<string, string>] => [`client.metrics.droplet(id).${method}(range)`, (c) => c.metrics.droplet(3164444)[method](RANGE), `droplet/${name}`, { host_id: '3164444' }]),
  [
    'client.metrics.droplet(id).bandwidth(range)',
    (c) => c.metrics.droplet({ id: 3164444 }).bandwidth({ ...RANGE, interface: 'public', direction: 'outbound' }),
    'droplet/bandwidth',
    { host_id: '3164444', interface: 'public', direction: 'outbound' },
  ],
  ['droplet.metrics.cpu(range)', (c) => loaded(c, Droplet, 'droplets/get', 'droplet').metrics.cpu(RANGE), 'droplet/cpu', { host_id: '3164444' }],
  ['client.metrics.app(id).memoryPercentage(range)', (c) => c.metrics.app(APP).memoryPercentage(RANGE), 'apps/memory_percentage', { app_id: APP }],
  ['client.metrics.app(id).cpuPercentage(range)', (c) => c.metrics.app(APP).cpuPercentage({ ...RANGE, component: 'web' }), 'apps/cpu_percentage', { app_id: APP, app_component: 'web' }],
  ['app.metrics.restartCount(range)', (c) => loaded(c, App, 'apps/get', 'app').metrics.restartCount(RANGE), 'apps/restart_count', { app_id: APP }],
  ...(
    [
      'frontendConnectionsCurrent',
      'frontendConnectionsLimit',
      'frontendCpuUtilization',
      'frontendFirewallDroppedBytes',
      'frontendFirewallDroppedPackets',
      'frontendHttpResponses',
      'frontendHttpRequestsPerSecond',
      'frontendNetworkThroughputHttp',
      'frontendNetworkThroughputUdp',
      'frontendNetworkThroughputTcp',
      'frontendNlbTcpNetworkThroughput',
      'frontendNlbUdpNetworkThroughput',
      'frontendTlsConnectionsCurrent',
      'frontendTlsConnectionsLimit',
      'frontendTlsConnectionsExceedingRateLimit',
      'dropletsHttpSessionDurationAvg',
      'dropletsHttpSessionDuration50p',
      'dropletsHttpSessionDuration95p',
      'dropletsHttpResponseTimeAvg',
      'dropletsHttpResponseTime50p',
      'dropletsHttpResponseTime95p',
      'dropletsHttpResponseTime99p',
      'dropletsQueueSize',
      'dropletsHttpResponses',
      'dropletsConnections',
      'dropletsHealthChecks',
      'dropletsDowntime',
    ] as const
  ).map((method): [string, Call, string, Record<string, string>] => [
    `client.metrics.loadBalancer(id).${method}(range)`,
    (c) => c.metrics.loadBalancer(LB)[method](RANGE),
    `load_balancer/${method.replace(/[A-Z]|(?<=[a-z])(?=\d)/g, (m) => `_${m.toLowerCase()}`)}`,
    { lb_id: LB },
  ]),
  ['loadBalancer.metrics.dropletsQueueSize(range)', (c) => loaded(c, LoadBalancer, 'load-balancers/get', 'load_balancer').metrics.dropletsQueueSize(RANGE), 'load_balancer/droplets_queue_size', { lb_id: LB }],
  ...(
    [
      ['currentInstances', 'current_instances'],
      ['targetInstances', 'target_instances'],
      ['currentCpuUtilization', 'current_cpu_utilization'],
      ['targetCpuUtilization', 'target_cpu_utilization'],
      ['currentMemoryUtilization', 'current_memory_utilization'],
      ['targetMemoryUtilization', 'target_memory_utilization'],
    ] as const
  ).map(([method, name]): [string, Call, string, Record<string, string>] => [`client.metrics.autoscalePool(id).${method}(range)`, (c) => c.metrics.autoscalePool(POOL)[method](RANGE), `droplet_autoscale/${name}`, { autoscale_pool_id: POOL }]),
  ['pool.metrics.currentInstances(range)', (c) => loaded(c, AutoscalePool, 'autoscale-pools/get', 'autoscale_pool').metrics.currentInstances(RANGE), 'droplet_autoscale/current_instances', { autoscale_pool_id: POOL }],
  ['client.metrics.mysql(id).cpuUsage(range)', (c) => c.metrics.mysql(DB).cpuUsage({ ...RANGE, aggregate: 'avg' }), 'database/mysql/cpu_usage', { db_id: DB, aggregate: 'avg' }],
  ['client.metrics.mysql(id).load(range)', (c) => c.metrics.mysql(DB).load({ ...RANGE, metric: 'load15', aggregate: 'max' }), 'database/mysql/load', { db_id: DB, metric: 'load15', aggregate: 'max' }],
  ['client.metrics.mysql(id).memoryUsage(range)', (c) => c.metrics.mysql(DB).memoryUsage({ ...RANGE, aggregate: 'min' }), 'database/mysql/memory_usage', { db_id: DB, aggregate: 'min' }],
  ['client.metrics.mysql(id).diskUsage(range)', (c) => c.metrics.mysql(DB).diskUsage({ ...RANGE, aggregate: 'max' }), 'database/mysql/disk_usage', { db_id: DB, aggregate: 'max' }],
  ['client.metrics.mysql(id).threadsConnected(range)', (c) => c.metrics.mysql(DB).threadsConnected(RANGE), 'database/mysql/threads_connected', { db_id: DB }],
  ['client.metrics.mysql(id).threadsCreatedRate(range)', (c) => c.metrics.mysql(DB).threadsCreatedRate(RANGE), 'database/mysql/threads_created_rate', { db_id: DB }],
  ['client.metrics.mysql(id).threadsActive(range)', (c) => c.metrics.mysql(DB).threadsActive(RANGE), 'database/mysql/threads_active', { db_id: DB }],
  ['client.metrics.mysql(id).indexVsSequentialReads(range)', (c) => c.metrics.mysql(DB).indexVsSequentialReads(RANGE), 'database/mysql/index_vs_sequential_reads', { db_id: DB }],
  ['client.metrics.mysql(id).opRates(range)', (c) => c.metrics.mysql(DB).opRates({ ...RANGE, metric: 'update' }), 'database/mysql/op_rates', { db_id: DB, metric: 'update' }],
  ['client.metrics.mysql(id).schemaThroughput(range)', (c) => c.metrics.mysql(DB).schemaThroughput({ ...RANGE, schema: 'shop', metric: 'fetch' }), 'database/mysql/schema_throughput', { db_id: DB, schema: 'shop', metric: 'fetch' }],
  ['client.metrics.mysql(id).schemaLatency(range)', (c) => c.metrics.mysql(DB).schemaLatency({ ...RANGE, schema: 'shop', metric: 'delete' }), 'database/mysql/schema_latency', { db_id: DB, schema: 'shop', metric: 'delete' }],
  [
    'cluster.metrics.threadsActive(range) of a MySQL cluster',
    (c) => Object.assign(loaded(c, DatabaseCluster, 'databases/get', 'database'), { engine: 'mysql' }).metrics.threadsActive(RANGE),
    'database/mysql/threads_active',
    { db_id: DB },
  ],
];

const METRICS: Operation[] = METRIC_CALLS.map(([name, call, metric, query]) => ({
  name,
  call,
  method: 'GET',
  path: `/v2/monitoring/metrics/${metric}`,
  query: { ...query, ...WINDOW },
  status: 200,
  reply: 'monitoring/metrics',
  result: series,
}));

describe('monitoring: alert policies, metrics, log destinations and sinks', () => {
  itSends([
    { name: 'client.alertPolicies.list()', call: (c) => c.alertPolicies.list(), method: 'GET', path: '/v2/monitoring/alerts', query: PAGE, status: 200, reply: 'monitoring/alert-policies', result: many(AlertPolicy, 'monitoring/alert-policies', 'policies') },
    { name: 'client.alertPolicies.get(uuid)', call: (c) => c.alertPolicies.get(POLICY), method: 'GET', path: `/v2/monitoring/alerts/${POLICY}`, status: 200, reply: 'monitoring/alert-policy', result: one(AlertPolicy, 'monitoring/alert-policy', 'policy') },
    {
      name: 'client.alertPolicies.create(attrs) with defaults',
      call: (c) => c.alertPolicies.create({ type: 'v1/insights/droplet/cpu', description: 'CPU', compare: 'GreaterThan', value: 80, window: '5m', entities: [3164444, { id: 3164445 }], alerts: { email: ['ops@example.com'] } }),
      method: 'POST',
      path: '/v2/monitoring/alerts',
      body: { type: 'v1/insights/droplet/cpu', description: 'CPU', compare: 'GreaterThan', value: 80, window: '5m', entities: ['3164444', '3164445'], alerts: { email: ['ops@example.com'], slack: [] }, tags: [], enabled: true },
      status: 200,
      reply: 'monitoring/alert-policy',
      result: one(AlertPolicy, 'monitoring/alert-policy', 'policy'),
    },
    {
      name: 'client.alertPolicies.update(uuid, attrs)',
      call: (c) => c.alertPolicies.update(POLICY, { ...POLICY_ATTRS, entities: [...POLICY_ATTRS.entities], tags: [...POLICY_ATTRS.tags], alerts: { email: ['ops@example.com'], slack: [{ channel: 'ops-alerts', url: WEBHOOK }] } }),
      method: 'PUT',
      path: `/v2/monitoring/alerts/${POLICY}`,
      body: POLICY_ATTRS,
      status: 200,
      reply: 'monitoring/alert-policy',
      result: one(AlertPolicy, 'monitoring/alert-policy', 'policy'),
    },
    { name: 'client.alertPolicies.delete(uuid)', call: (c) => c.alertPolicies.delete(POLICY), method: 'DELETE', path: `/v2/monitoring/alerts/${POLICY}`, status: 204, result: nothing },
    {
      name: 'policy.update(changes) sends the whole policy',
      call: (c) => loaded(c, AlertPolicy, 'monitoring/alert-policy', 'policy').update({ value: 90 }),
      method: 'PUT',
      path: `/v2/monitoring/alerts/${POLICY}`,
      body: { ...POLICY_ATTRS, value: 90 },
      status: 200,
      reply: 'monitoring/alert-policy',
      result: one(AlertPolicy, 'monitoring/alert-policy', 'policy'),
    },
    { name: 'policy.disable()', call: (c) => loaded(c, AlertPolicy, 'monitoring/alert-policy', 'policy').disable(), method: 'PUT', path: `/v2/monitoring/alerts/${POLICY}`, body: { ...POLICY_ATTRS, enabled: false }, status: 200, reply: 'monitoring/alert-policy', result: one(AlertPolicy, 'monitoring/alert-policy', 'policy') },
    { name: 'policy.enable()', call: (c) => loaded(c, AlertPolicy, 'monitoring/alert-policy', 'policy').enable(), method: 'PUT', path: `/v2/monitoring/alerts/${POLICY}`, body: POLICY_ATTRS, status: 200, reply: 'monitoring/alert-policy', result: one(AlertPolicy, 'monitoring/alert-policy', 'policy') },
    { name: 'policy.reload()', call: (c) => loaded(c, AlertPolicy, 'monitoring/alert-policy', 'policy').reload(), method: 'GET', path: `/v2/monitoring/alerts/${POLICY}`, status: 200, reply: 'monitoring/alert-policy', result: one(AlertPolicy, 'monitoring/alert-policy', 'policy') },
    { name: 'policy.destroy()', call: (c) => loaded(c, AlertPolicy, 'monitoring/alert-policy', 'policy').destroy(), method: 'DELETE', path: `/v2/monitoring/alerts/${POLICY}`, status: 204, result: nothing },

    ...METRICS,

    { name: 'client.logDestinations.list()', call: (c) => c.logDestinations.list(), method: 'GET', path: '/v2/monitoring/sinks/destinations', status: 200, reply: 'monitoring/destinations', result: many(LogDestination, 'monitoring/destinations', 'destinations') },
    { name: 'client.logDestinations.get(uuid)', call: (c) => c.logDestinations.get(DESTINATION), method: 'GET', path: `/v2/monitoring/sinks/destinations/${DESTINATION}`, status: 200, reply: 'monitoring/destination', result: one(LogDestination, 'monitoring/destination', 'destination') },
    {
      name: 'client.logDestinations.create(attrs)',
      call: (c) => c.logDestinations.create({ name: 'elsewhere', type: 'opensearch_ext', config: { endpoint: 'logs.example.com', credentials: { username: 'shipper', password: 's3cret-passw0rd' }, indexName: 'k8s', retentionDays: 30 } }),
      method: 'POST',
      path: '/v2/monitoring/sinks/destinations',
      body: { name: 'elsewhere', type: 'opensearch_ext', config: { endpoint: 'logs.example.com', credentials: { username: 'shipper', password: 's3cret-passw0rd' }, index_name: 'k8s', retention_days: 30 } },
      status: 200,
      reply: 'monitoring/destination',
      result: one(LogDestination, 'monitoring/destination', 'destination'),
    },
    {
      name: 'client.logDestinations.update(uuid, attrs)',
      call: (c) => c.logDestinations.update(DESTINATION, { type: 'opensearch_dbaas', config: { endpoint: 'db.example.com', clusterUuid: '8d2f4a6c-1e3b-4d5f-9a7c-0b2d4f6a8c31', clusterName: 'logs-cluster' } }),
      method: 'POST',
      path: `/v2/monitoring/sinks/destinations/${DESTINATION}`,
      body: { type: 'opensearch_dbaas', config: { endpoint: 'db.example.com', cluster_uuid: '8d2f4a6c-1e3b-4d5f-9a7c-0b2d4f6a8c31', cluster_name: 'logs-cluster' } },
      status: 204,
      result: nothing,
    },
    { name: 'client.logDestinations.delete(uuid)', call: (c) => c.logDestinations.delete(DESTINATION), method: 'DELETE', path: `/v2/monitoring/sinks/destinations/${DESTINATION}`, status: 204, result: nothing },
    { name: 'destination.reload()', call: (c) => loaded(c, LogDestination, 'monitoring/destination', 'destination').reload(), method: 'GET', path: `/v2/monitoring/sinks/destinations/${DESTINATION}`, status: 200, reply: 'monitoring/destination', result: one(LogDestination, 'monitoring/destination', 'destination') },
    { name: 'destination.destroy()', call: (c) => loaded(c, LogDestination, 'monitoring/destination', 'destination').destroy(), method: 'DELETE', path: `/v2/monitoring/sinks/destinations/${DESTINATION}`, status: 204, result: nothing },

    { name: 'client.logSinks.list()', call: (c) => c.logSinks.list(), method: 'GET', path: '/v2/monitoring/sinks', status: 200, reply: 'monitoring/sinks', result: many(LogSink, 'monitoring/sinks', 'sinks') },
    { name: 'client.logSinks.list({ resource })', call: (c) => c.logSinks.list({ resource: { urn: CLUSTER_URN } }), method: 'GET', path: '/v2/monitoring/sinks', query: { resource_id: CLUSTER_URN }, status: 200, reply: 'monitoring/sinks', result: many(LogSink, 'monitoring/sinks', 'sinks') },
    { name: 'client.logSinks.get(uuid)', call: (c) => c.logSinks.get(SINK), method: 'GET', path: `/v2/monitoring/sinks/${SINK}`, status: 200, reply: 'monitoring/sink', result: one(LogSink, 'monitoring/sink', 'sink') },
    {
      name: 'client.logSinks.create(attrs)',
      call: (c) => c.logSinks.create({ destination: loaded(c, LogDestination, 'monitoring/destination', 'destination'), resources: [CLUSTER_URN, { urn: CLUSTER_URN.replace('bd5f', 'cd5f'), name: 'staging' }] }),
      method: 'POST',
      path: '/v2/monitoring/sinks',
      body: { destination_uuid: DESTINATION, resources: [{ urn: CLUSTER_URN }, { urn: CLUSTER_URN.replace('bd5f', 'cd5f'), name: 'staging' }] },
      status: 202,
      result: nothing,
    },
    { name: 'client.logSinks.delete(uuid)', call: (c) => c.logSinks.delete(SINK), method: 'DELETE', path: `/v2/monitoring/sinks/${SINK}`, status: 204, result: nothing },
    { name: 'sink.reload()', call: (c) => loaded(c, LogSink, 'monitoring/sink', 'sink').reload(), method: 'GET', path: `/v2/monitoring/sinks/${SINK}`, status: 200, reply: 'monitoring/sink', result: one(LogSink, 'monitoring/sink', 'sink') },
    { name: 'sink.destroy()', call: (c) => loaded(c, LogSink, 'monitoring/sink', 'sink').destroy(), method: 'DELETE', path: `/v2/monitoring/sinks/${SINK}`, status: 204, result: nothing },
  ]);

  it('covers all 58 metrics endpoints of the description', () => {
    expect(new Set(METRICS.map((op) => op.path)).size).toBe(58);
  });

  it('destination.update(changes) sends the whole destination, then reloads it', async () => {
    const client = testClient();
    const destination = loaded(client, LogDestination, 'monitoring/destination', 'destination');
    let sent: unknown;
    stubApi('POST', `/v2/monitoring/sinks/destinations/${DESTINATION}`).reply(204, (_uri, body) => {
      sent = body;
      return '';
    });
    const renamed = fixture<{ destination: Record<string, unknown> }>('monitoring/destination');
    renamed.destination.name = 'renamed';
    stubApi('GET', `/v2/monitoring/sinks/destinations/${DESTINATION}`).reply(200, renamed);
    await expect(destination.update({ name: 'renamed' })).resolves.toBe(destination);
    expect(sent).toEqual({
      name: 'renamed',
      type: 'opensearch_dbaas',
      config: { endpoint: 'db-opensearch-nyc3-0001-do-user-0001-0.g.db.ondigitalocean.com', cluster_uuid: '8d2f4a6c-1e3b-4d5f-9a7c-0b2d4f6a8c31', cluster_name: 'logs-cluster', index_name: 'logs', retention_days: 14 },
    });
    expect(destination.name).toBe('renamed');
  });

  it('hydrates a CPU answer into one typed series per mode', async () => {
    stubApi('GET', '/v2/monitoring/metrics/droplet/cpu', { host_id: '3164444', ...WINDOW }).reply(200, fixture('monitoring/metrics-cpu'));
    const cpu = await testClient().metrics.droplet(3164444).cpu(RANGE);
    expect(cpu).toEqual([
      { labels: { host_id: '3164444', mode: 'idle' }, points: [[new Date(1_732_867_200_000), 51234.5], [new Date(1_732_867_320_000), 51342.37]] },
      { labels: { host_id: '3164444', mode: 'user' }, points: [[new Date(1_732_867_200_000), 4120.25], [new Date(1_732_867_320_000), 4128.9]] },
    ]);
  });

  it('rejects an answer whose status is not success with an invalid_response ApiError', async () => {
    stubApi('GET', '/v2/monitoring/metrics/droplet/load_1', { host_id: '3164444', ...WINDOW }).reply(200, fixture('monitoring/metrics-error'));
    const error = await testClient().metrics.droplet(3164444).load1(RANGE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 200, id: 'invalid_response', message: expect.stringContaining('GET /v2/monitoring/metrics/droplet/load_1') });
  });

  it('keeps Slack webhook URLs and destination passwords out of inspect output, and in toJSON()', () => {
    const client = testClient();
    const policy = loaded(client, AlertPolicy, 'monitoring/alert-policy', 'policy');
    expect(inspect(policy, { depth: 6 })).not.toContain(WEBHOOK);
    expect(inspect(policy, { depth: 6 })).toContain('[REDACTED]');
    expect(JSON.stringify(policy)).toContain(WEBHOOK);
    const sink = loaded(client, LogSink, 'monitoring/sink', 'sink');
    expect(sink.id).toBe(SINK);
    expect(inspect(sink, { depth: 8 })).not.toContain('s3cret-passw0rd');
  });

  it('reads policy.attributes as create() takes them', () => {
    expect(loaded(testClient(), AlertPolicy, 'monitoring/alert-policy', 'policy').attributes).toEqual(POLICY_ATTRS);
  });

  const POLICY_OK: AlertPolicyAttributes = { type: 'v1/insights/droplet/cpu', description: 'CPU', compare: 'GreaterThan', value: 80, window: '5m', alerts: { email: ['ops@example.com'] } };
  itRefuses([
    ['get with a path for a UUID', (c) => c.alertPolicies.get('../alerts'), 'uuid'],
    ['create with an unknown type', (c) => c.alertPolicies.create({ ...POLICY_OK, type: 'v1/insights/droplet/gpu' as never }), 'attrs.type'],
    ['create with an unknown window', (c) => c.alertPolicies.create({ ...POLICY_OK, window: '15m' as never }), 'attrs.window'],
    ['create with compare in lower case', (c) => c.alertPolicies.create({ ...POLICY_OK, compare: 'greater_than' as never }), 'attrs.compare'],
    ['create with a value that is not a number', (c) => c.alertPolicies.create({ ...POLICY_OK, value: '80' as never }), 'attrs.value'],
    ['create without a description', (c) => c.alertPolicies.create({ ...POLICY_OK, description: '' }), 'attrs.description'],
    ['create without alerts', (c) => c.alertPolicies.create({ ...POLICY_OK, alerts: undefined as never }), 'attrs.alerts'],
    ['create notifying no one', (c) => c.alertPolicies.create({ ...POLICY_OK, alerts: { email: [], slack: [] } }), 'attrs.alerts'],
    ['update notifying no one', (c) => loaded(c, AlertPolicy, 'monitoring/alert-policy', 'policy').update({ alerts: {} }), 'changes.alerts'],
    ['create with a bad email', (c) => c.alertPolicies.create({ ...POLICY_OK, alerts: { email: ['ops'] } }), 'attrs.alerts.email[0]'],
    ['create with an http webhook', (c) => c.alertPolicies.create({ ...POLICY_OK, alerts: { slack: [{ channel: 'ops', url: 'http://hooks.example.com/x' }] } }), 'attrs.alerts.slack[0].url'],
    ['create with an entity that is not an id', (c) => c.alertPolicies.create({ ...POLICY_OK, entities: [{ id: '../x' }] }), 'attrs.entities[0]'],
    ['create with a bad tag', (c) => c.alertPolicies.create({ ...POLICY_OK, tags: ['has space'] }), 'attrs.tags[0]'],
    ['create with an unknown attribute', (c) => c.alertPolicies.create({ ...POLICY_OK, threshold: 3 } as never), 'attrs'],
    ['update with a bad window', (c) => loaded(c, AlertPolicy, 'monitoring/alert-policy', 'policy').update({ window: '2m' as never }), 'changes.window'],
    ['metrics of a droplet id that is not a number', (c) => c.metrics.droplet('web-1' as never).cpu(RANGE), 'droplet'],
    ['metrics of a load balancer id that is not a UUID', (c) => c.metrics.loadBalancer('lb').frontendCpuUtilization(RANGE), 'loadBalancer'],
    ['metrics of an app id that is not a UUID', (c) => c.metrics.app({ id: 'x' }).cpuPercentage(RANGE), 'app'],
    ['metrics of a pool id that is not a UUID', (c) => c.metrics.autoscalePool('pool').currentInstances(RANGE), 'pool'],
    ['metrics of a cluster id that is not a UUID', (c) => c.metrics.mysql('db').threadsActive(RANGE), 'cluster'],
    ['metrics without a range', (c) => c.metrics.droplet(1).cpu(undefined as never), 'range'],
    ['metrics with a start that is not a Date', (c) => c.metrics.droplet(1).cpu({ start: 1732867200 as never, end: RANGE.end }), 'range.start'],
    ['metrics with an invalid end', (c) => c.metrics.droplet(1).cpu({ start: RANGE.start, end: new Date('nope') }), 'range.end'],
    ['metrics whose end is not after start', (c) => c.metrics.droplet(1).cpu({ start: RANGE.end, end: RANGE.start }), 'range.end'],
    ['bandwidth without an interface', (c) => c.metrics.droplet(1).bandwidth({ ...RANGE, direction: 'inbound' } as never), 'range.interface'],
    ['bandwidth in an unknown direction', (c) => c.metrics.droplet(1).bandwidth({ ...RANGE, interface: 'public', direction: 'both' as never }), 'range.direction'],
    ['app metrics of a bad component name', (c) => c.metrics.app(APP).cpuPercentage({ ...RANGE, component: 'Web Service' }), 'range.component'],
    ['app metrics of a component name ending in "-"', (c) => c.metrics.app(APP).memoryPercentage({ ...RANGE, component: 'web-' }), 'range.component'],
    ['MySQL CPU without an aggregate', (c) => c.metrics.mysql(DB).cpuUsage(RANGE as never), 'range.aggregate'],
    ['MySQL load with min', (c) => c.metrics.mysql(DB).load({ ...RANGE, metric: 'load1', aggregate: 'min' as never }), 'range.aggregate'],
    ['MySQL op rates of an unknown statement', (c) => c.metrics.mysql(DB).opRates({ ...RANGE, metric: 'fetch' as never }), 'range.metric'],
    ['MySQL schema latency of a bad schema name', (c) => c.metrics.mysql(DB).schemaLatency({ ...RANGE, schema: 'a b', metric: 'fetch' }), 'range.schema'],
    ['MySQL metrics of a PostgreSQL cluster model', (c) => loaded(c, DatabaseCluster, 'databases/get', 'database').metrics.threadsActive(RANGE), 'cluster'],
    ['a destination of an unknown type', (c) => c.logDestinations.create({ type: 'elasticsearch' as never, config: { endpoint: 'x' } }), 'attrs.type'],
    ['a destination without an endpoint', (c) => c.logDestinations.create({ type: 'opensearch_ext', config: {} as never }), 'attrs.config.endpoint'],
    ['a destination with a bad cluster UUID', (c) => c.logDestinations.create({ type: 'opensearch_dbaas', config: { endpoint: 'x', clusterUuid: 'abc' } }), 'attrs.config.clusterUuid'],
    ['a destination kept 0 days', (c) => c.logDestinations.create({ type: 'opensearch_ext', config: { endpoint: 'x', retentionDays: 0 } }), 'attrs.config.retentionDays'],
    ['a destination with half its credentials', (c) => c.logDestinations.create({ type: 'opensearch_ext', config: { endpoint: 'x', credentials: { username: 'u' } as never } }), 'attrs.config.credentials.password'],
    ['updating a destination by a bad UUID', (c) => c.logDestinations.update('x', { type: 'opensearch_ext', config: { endpoint: 'x' } }), 'uuid'],
    ['a sink of a droplet', (c) => c.logSinks.create({ destination: DESTINATION, resources: ['do:droplet:3164444'] }), 'attrs.resources[0]'],
    ['a sink of no resources', (c) => c.logSinks.create({ destination: DESTINATION, resources: [] }), 'attrs.resources'],
    ['a sink to a bad destination', (c) => c.logSinks.create({ destination: 'logs', resources: [CLUSTER_URN] }), 'attrs.destination'],
    ['sinks of a resource that is not a URN', (c) => c.logSinks.list({ resource: 'prod' }), 'options.resource'],
    ['a sink by a bad UUID', (c) => c.logSinks.get('do:sink:x'), 'uuid'],
  ]);
});
