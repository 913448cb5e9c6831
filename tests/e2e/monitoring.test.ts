import { inspect } from 'node:util';
import {
  AlertPolicy,
  AppMetrics,
  AutoscalePoolMetrics,
  ApiError,
  DropletMetrics,
  LoadBalancerMetrics,
  LogDestination,
  LogSink,
  MysqlMetrics,
  NotFoundError,
  ValidationError,
  type MetricRange,
  type MetricSeries,
} from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

const h = useHarness();

const HOUR = 3_600_000;
const WEBHOOK = 'https://hooks.slack.com/services/T0000/B0000/XXXXXXXX';

/** The last hour, ending on a whole minute. */
function lastHour(): MetricRange {
  const end = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  return { start: new Date(end.getTime() - HOUR), end };
}

/** Every method of a metrics object, called with what it takes. */
function methodsOf(metrics: object): string[] {
  return Object.getOwnPropertyNames(Object.getPrototypeOf(metrics)).filter((name) => name !== 'constructor');
}

function expectSeries(series: MetricSeries[], labels: Record<string, string>, range: MetricRange): void {
  expect(series.length).toBeGreaterThan(0);
  for (const { labels: got, points } of series) {
    expect(got).toMatchObject(labels);
    expect(points.length).toBe(61);
    expect(points[0][0]).toEqual(range.start);
    expect(points.at(-1)![0]).toEqual(range.end);
    for (const [time, value] of points) {
      expect(time).toBeInstanceOf(Date);
      expect(Number.isFinite(value)).toBe(true);
    }
  }
}

describe('monitoring end to end', () => {
  it('creates an alert policy on a droplet, changes it through the model and by id, lists and deletes it', async () => {
    const [droplet] = await h.client.droplets.createMany({ names: ['mon-web'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', monitoring: true });
    const policy = await h.client.alertPolicies.create({
      type: 'v1/insights/droplet/cpu',
      description: 'CPU above 80%',
      compare: 'GreaterThan',
      value: 80,
      window: '5m',
      entities: [droplet],
      alerts: { email: ['ops@example.com'], slack: [{ channel: 'ops', url: WEBHOOK }] },
    });
    expect(policy).toBeInstanceOf(AlertPolicy);
    expect(policy.attributes).toEqual({
      type: 'v1/insights/droplet/cpu',
      description: 'CPU above 80%',
      compare: 'GreaterThan',
      value: 80,
      window: '5m',
      entities: [String(droplet.id)],
      tags: [],
      alerts: { email: ['ops@example.com'], slack: [{ channel: 'ops', url: WEBHOOK }] },
      enabled: true,
    });
    expect(inspect(policy, { depth: 5 })).not.toContain(WEBHOOK);

    await policy.update({ value: 90, window: '10m' });
    expect([policy.value, policy.window, policy.entities]).toEqual([90, '10m', [String(droplet.id)]]);
    await policy.disable();
    expect((await h.client.alertPolicies.get(policy.uuid)).enabled).toBe(false);
    const replaced = await h.client.alertPolicies.update(policy.uuid, { ...policy.attributes, tags: ['web'], entities: [], enabled: true });
    expect([replaced.tags, replaced.entities, replaced.enabled]).toEqual([['web'], [], true]);
    const other = await h.client.alertPolicies.create({ type: 'v1/insights/droplet/memory_utilization_percent', description: 'memory', compare: 'GreaterThan', value: 95, window: '1h', tags: ['web'], alerts: { email: ['ops@example.com'] } });
    expect((await h.client.alertPolicies.list({ perPage: 1 })).map((p) => p.uuid)).toEqual([policy.uuid, other.uuid]);

    await policy.destroy();
    await h.client.alertPolicies.delete(other.uuid);
    await expect(policy.reload()).rejects.toBeInstanceOf(NotFoundError);
    expect(await h.client.alertPolicies.list()).toEqual([]);
  });

  it("reads a droplet's CPU, bandwidth, memory, load and filesystem as typed series", async () => {
    const [droplet] = await h.client.droplets.createMany({ names: ['mon-metrics'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', monitoring: true });
    await droplet.waitUntilActive(FAST);
    const range = lastHour();
    expect(droplet.metrics).toBeInstanceOf(DropletMetrics);
    const cpu = await droplet.metrics.cpu(range);
    expectSeries(cpu, { host_id: String(droplet.id) }, range);
    expect(cpu.map((s) => s.labels.mode)).toEqual(['idle', 'iowait', 'irq', 'nice', 'softirq', 'steal', 'system', 'user']);
    const inbound = await h.client.metrics.droplet(droplet).bandwidth({ ...range, interface: 'public', direction: 'inbound' });
    expectSeries(inbound, { host_id: String(droplet.id), interface: 'public', direction: 'inbound' }, range);
    const [total] = await droplet.metrics.memoryTotal(range);
    expect(total.points[0][1]).toBe(droplet.memory * 1_048_576);
    const [size] = await droplet.metrics.filesystemSize(range);
    expect(size.labels).toEqual({ host_id: String(droplet.id), device: '/dev/vda1', fstype: 'ext4', mountpoint: '/' });
    expect(size.points[0][1]).toBe(droplet.disk * 1e9);
    const dropletMethods = methodsOf(droplet.metrics).filter((m) => m !== 'bandwidth');
    expect(dropletMethods.length).toBe(10);
    for (const name of dropletMethods) {
      expectSeries(await (droplet.metrics as unknown as Record<string, (r: MetricRange) => Promise<MetricSeries[]>>)[name](range), { host_id: String(droplet.id) }, range);
    }
    expect(await h.client.metrics.droplet(999_999_999).cpu(range)).toEqual([]);
    await expect(droplet.metrics.cpu({ start: range.end, end: range.start })).rejects.toBeInstanceOf(ValidationError);
  });

  it('reads the metrics of a load balancer, an app, an autoscale pool and a MySQL cluster', async () => {
    const range = lastHour();
    const lb = await h.client.loadBalancers.create({ name: 'mon-lb', region: 'nyc3', forwardingRules: [{ entryProtocol: 'http', entryPort: 80, targetProtocol: 'http', targetPort: 8080 }], tag: 'web' });
    expect(lb.metrics).toBeInstanceOf(LoadBalancerMetrics);
    const lbMethods = methodsOf(lb.metrics);
    expect(lbMethods.length).toBe(27);
    for (const name of lbMethods) {
      expectSeries(await (lb.metrics as unknown as Record<string, (r: MetricRange) => Promise<MetricSeries[]>>)[name](range), { lb_id: lb.id }, range);
    }

    const app = await h.client.apps.create({ spec: { name: 'mon-app', region: 'ams', services: [{ name: 'web', github: { repo: 'acme/web', branch: 'main' }, instanceSizeSlug: 'apps-s-1vcpu-1gb', instanceCount: 1, httpPort: 8080 }] } });
    expect(app.metrics).toBeInstanceOf(AppMetrics);
    expectSeries(await app.metrics.cpuPercentage(range), { app_uuid: app.id }, range);
    expectSeries(await app.metrics.memoryPercentage({ ...range, component: 'web' }), { app_uuid: app.id, app_component: 'web' }, range);
    const [restarts] = await h.client.metrics.app(app.id).restartCount(range);
    expect(restarts.points.every(([, value]) => value === 0)).toBe(true);

    const pool = await h.client.autoscalePools.create({ name: 'mon-pool', config: { minInstances: 2, maxInstances: 4, targetCpuUtilization: 0.6 }, dropletTemplate: { name: 'mon-pool', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', sshKeys: [] } });
    expect(pool.metrics).toBeInstanceOf(AutoscalePoolMetrics);
    const [current] = await pool.metrics.currentInstances(range);
    expect(current.points[0][1]).toBe(2);
    const [target] = await pool.metrics.targetCpuUtilization(range);
    expect(target.points[0][1]).toBe(0.6);
    for (const name of ['targetInstances', 'currentCpuUtilization', 'currentMemoryUtilization', 'targetMemoryUtilization'] as const) {
      expectSeries(await h.client.metrics.autoscalePool(pool)[name](range), { autoscale_pool_id: pool.id }, range);
    }

    const mysql = await h.client.databases.create({ name: 'mon-db', engine: 'mysql', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1 });
    expect(mysql.metrics).toBeInstanceOf(MysqlMetrics);
    const db = { db_id: mysql.id };
    expectSeries(await mysql.metrics.cpuUsage({ ...range, aggregate: 'max' }), { ...db, aggregate: 'max' }, range);
    expectSeries(await mysql.metrics.load({ ...range, metric: 'load5', aggregate: 'avg' }), { ...db, metric: 'load5', aggregate: 'avg' }, range);
    expectSeries(await mysql.metrics.memoryUsage({ ...range, aggregate: 'avg' }), db, range);
    expectSeries(await mysql.metrics.diskUsage({ ...range, aggregate: 'min' }), db, range);
    expectSeries(await mysql.metrics.threadsConnected(range), db, range);
    expectSeries(await mysql.metrics.threadsCreatedRate(range), db, range);
    expectSeries(await mysql.metrics.threadsActive(range), db, range);
    expectSeries(await mysql.metrics.indexVsSequentialReads(range), db, range);
    expectSeries(await mysql.metrics.opRates({ ...range, metric: 'select' }), { ...db, metric: 'select' }, range);
    expectSeries(await mysql.metrics.schemaThroughput({ ...range, schema: 'shop', metric: 'insert' }), { ...db, schema: 'shop', metric: 'insert' }, range);
    expectSeries(await h.client.metrics.mysql(mysql.id).schemaLatency({ ...range, schema: 'shop', metric: 'fetch' }), { ...db, schema: 'shop', metric: 'fetch' }, range);
    const pg = await h.client.databases.create({ name: 'mon-pg', engine: 'pg', region: 'nyc3', size: 'db-s-1vcpu-1gb', numNodes: 1 });
    await expect(pg.metrics.cpuUsage({ ...range, aggregate: 'avg' })).rejects.toThrow('cluster has no MySQL metrics: its engine is pg');
    expect(await h.client.metrics.mysql(pg.id).threadsActive(range)).toEqual([]);
  });

  it('forwards a Kubernetes cluster’s logs: a destination, a sink, updates, and deletes in order', async () => {
    const cluster = await h.client.kubernetes.create({ name: 'mon-k8s', region: 'nyc3', version: 'latest', nodePools: [{ name: 'pool', size: 's-1vcpu-2gb', count: 1 }] });
    const destination = await h.client.logDestinations.create({
      name: 'external-logs',
      type: 'opensearch_ext',
      config: { endpoint: 'logs.example.com', credentials: { username: 'shipper', password: 'hunter2-secret' }, indexName: 'k8s' },
    });
    expect(destination).toBeInstanceOf(LogDestination);
    expect([destination.name, destination.type, destination.config.endpoint, destination.config.indexName, destination.config.retentionDays]).toEqual(['external-logs', 'opensearch_ext', 'logs.example.com', 'k8s', 14]);
    expect(destination.config.credentials).toBeUndefined();

    await h.client.logSinks.create({ destination, resources: [cluster] });
    const [sink] = await h.client.logSinks.list({ resource: cluster });
    expect(sink).toBeInstanceOf(LogSink);
    expect(sink.resources.map((r) => r.urn)).toEqual([cluster.urn]);
    expect(sink.destination!.id).toBe(destination.id);
    expect((await h.client.logSinks.get(sink.id)).urn).toBe(sink.urn);
    expect(await h.client.logSinks.list({ resource: 'do:kubernetes:00000000-0000-4000-8000-000000000000' })).toEqual([]);
    expect((await h.client.logSinks.list()).length).toBe(1);

    await destination.update({ config: { endpoint: 'logs2.example.com', indexName: 'k8s', retentionDays: 30 } });
    expect([destination.config.endpoint, destination.config.retentionDays]).toEqual(['logs2.example.com', 30]);
    await h.client.logDestinations.update(destination.id, { name: 'renamed', type: 'opensearch_ext', config: { endpoint: 'logs3.example.com' } });
    expect((await h.client.logDestinations.get(destination.id)).name).toBe('renamed');
    expect((await h.client.logDestinations.list()).map((d) => d.id)).toEqual([destination.id]);

    await expect(destination.destroy()).rejects.toMatchObject({ constructor: ApiError, status: 409, id: 'conflict' });
    await sink.destroy();
    await expect(h.client.logSinks.delete(sink.id)).rejects.toBeInstanceOf(NotFoundError);
    await h.client.logDestinations.delete(destination.id);
    expect(await h.client.logDestinations.list()).toEqual([]);
  });

  itAnswersModules(() => h, 'monitoring');
  itConforms(() => h);
});
