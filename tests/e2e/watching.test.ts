import { AlertPolicy, DigitalOcean, SecurityScan, UptimeCheck, type MetricSeries } from '../../lib/index.js';
import { SCAN_RULES } from '../../lib/testing/resources/security.js';
import { FAST, itConforms, useHarness } from './support.js';

/** The rules a droplet without a firewall or backups, but with monitoring, breaks. */
const [FIREWALL, BACKUPS] = SCAN_RULES.map((rule) => rule.uuid);

const h = useHarness();

/** Every point of every series is a `[Date, number]` inside the window. */
function expectTyped(series: MetricSeries[], start: Date, end: Date): void {
  expect(series.length).toBeGreaterThan(0);
  for (const { points } of series) {
    expect(points.length).toBeGreaterThan(0);
    for (const [time, value] of points) {
      expect(time).toBeInstanceOf(Date);
      expect(time.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(time.getTime()).toBeLessThanOrEqual(end.getTime());
      expect(typeof value).toBe('number');
    }
  }
}

describe('watching what was provisioned, end to end', () => {
  it('creates a droplet, an alert policy and an uptime check on it, reads its CPU and bandwidth as typed series, and runs a security scan to completion', async () => {
    const { client } = h;
    const droplet = await client.droplets.create({ name: 'watched-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', monitoring: true });
    await droplet.waitUntilActive(FAST);

    const policy = await client.alertPolicies.create({
      type: 'v1/insights/droplet/cpu',
      description: 'watched-1 CPU above 80%',
      compare: 'GreaterThan',
      value: 80,
      window: '5m',
      entities: [droplet],
      alerts: { email: ['oncall@example.com'] },
    });
    expect(policy).toBeInstanceOf(AlertPolicy);
    expect(policy.entities).toEqual([String(droplet.id)]);

    const check = await client.uptimeChecks.create({ name: 'watched-1', type: 'https', target: `https://${droplet.publicIpv4}/health`, regions: ['us_east', 'eu_west'] });
    expect(check).toBeInstanceOf(UptimeCheck);
    const state = await check.state();
    expect(state.region('us_east')?.status).toBe('UP');
    const down = await check.createAlert({ name: 'watched-1 down', type: 'down_global', period: '2m', notifications: { email: ['oncall@example.com'] } });
    expect((await check.alerts()).map((a) => a.id)).toEqual([down.id]);

    const end = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const start = new Date(end.getTime() - 30 * 60_000);
    const cpu = await droplet.metrics.cpu({ start, end });
    expectTyped(cpu, start, end);
    expect(cpu.map((s) => s.labels.mode)).toContain('user');
    expect(cpu.every((s) => s.labels.host_id === String(droplet.id))).toBe(true);
    for (const direction of ['inbound', 'outbound'] as const) {
      const bandwidth = await droplet.metrics.bandwidth({ start, end, interface: 'public', direction });
      expectTyped(bandwidth, start, end);
      expect(bandwidth[0].labels).toEqual({ host_id: String(droplet.id), interface: 'public', direction });
    }

    const scan = await client.security.startScan();
    expect(scan).toBeInstanceOf(SecurityScan);
    expect(scan.status).toBe('IN_PROGRESS');
    await scan.wait(FAST);
    expect(scan.status).toBe('COMPLETED');
    const findings = await scan.findings();
    expect(findings.map((f) => f.ruleUuid)).toEqual([FIREWALL, BACKUPS]);
    for (const finding of findings) {
      const affected = await finding.affectedResources();
      expect(affected.map((r) => r.urn)).toEqual([droplet.urn]);
      expect(finding.affectedResourcesCount).toBe(affected.length);
    }

    await check.destroy();
    await policy.destroy();
    await droplet.destroy();
  });

  it('a scan wait survives a failing poll when retries are on', async () => {
    const retrying = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 2 });
    const retries: Array<[string, string, number | undefined]> = [];
    retrying.on('retry', (e) => retries.push([e.method, e.path, e.status]));
    const scan = await retrying.security.startScan();
    expect(scan.status).toBe('IN_PROGRESS');
    h.sim.injectFault({ method: 'GET', path: `/v2/security/scans/${scan.id}`, status: 503 });
    await expect(scan.wait(FAST)).resolves.toMatchObject({ status: 'COMPLETED' });
    expect(retries).toEqual([['GET', `/v2/security/scans/${scan.id}`, 503]]);
  });

  itConforms(() => h);
});
