import { inspect } from 'node:util';
import { NotFoundError, UptimeAlert, UptimeCheck, UptimeCheckState, UptimeRegionState, ValidationError, type Droplet, type UptimeAlertAttributes } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

const WEBHOOK = 'https://hooks.slack.com/services/T0WEB001/B0WEB001/u7Yq3NcVx9Pa';
const NOTIFY = { email: ['oncall@example.com'], slack: [{ channel: 'web-alerts', url: WEBHOOK }] };

let web: Droplet;
const h = useHarness();
beforeAll(async () => {
  web = await h.client.droplets.create({ name: 'uptime-web', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
  await web.waitUntilActive(FAST);
});

/** A request sent as it is, past the client's checks: what the simulator answers to bad input. */
async function raw(method: string, path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL(path, h.sim.url), { method, headers: { authorization: `Bearer ${h.sim.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('Uptime checks end to end', () => {
  it("checks a droplet's site over https: state, latency and down alerts, disable, delete with its alerts", async () => {
    const { client } = h;
    const target = `https://${web.publicIpv4}/health`;
    const check = await client.uptimeChecks.create({ name: 'web', type: 'https', target, regions: ['us_east', 'eu_west', 'se_asia'] });
    expect(check).toBeInstanceOf(UptimeCheck);
    expect([check.name, check.type, check.target, check.regions, check.enabled]).toEqual(['web', 'https', target, ['us_east', 'eu_west', 'se_asia'], true]);
    expect(await client.uptimeChecks.get(check.id)).toStrictEqual(check);
    expect((await client.uptimeChecks.list()).map((c) => c.id)).toEqual([check.id]);

    const state = await check.state();
    expect(state).toBeInstanceOf(UptimeCheckState);
    for (const region of ['us_east', 'eu_west', 'se_asia'] as const) {
      const seen = state.region(region)!;
      expect(seen).toBeInstanceOf(UptimeRegionState);
      expect([seen.status, seen.thirtyDayUptimePercentage, seen.statusChangedAt instanceof Date]).toEqual(['UP', 100, true]);
    }
    expect(state.region('us_west')).toBeUndefined();
    expect(state.previousOutage).toBeUndefined();
    expect(json(await client.uptimeChecks.state(check.id))).toEqual(json(state));

    const latency: UptimeAlertAttributes = { name: 'web slow', type: 'latency', threshold: 300, comparison: 'greater_than', notifications: NOTIFY, period: '2m' };
    const slow = await check.createAlert(latency);
    expect(slow).toBeInstanceOf(UptimeAlert);
    expect([slow.checkId, slow.threshold, slow.comparison, slow.notifications.slack[0].url]).toEqual([check.id, 300, 'greater_than', WEBHOOK]);
    expect(inspect(slow, { depth: 10 })).not.toContain(WEBHOOK);
    const down = await client.uptimeChecks.createAlert(check.id, { name: 'web down', type: 'down', notifications: { email: ['oncall@example.com'] }, period: '3m' });
    expect([down.checkId, down.threshold, down.notifications.slack]).toEqual([check.id, undefined, []]);

    await slow.update({ ...latency, threshold: 800, period: '10m' });
    expect([slow.threshold, slow.period, slow.checkId]).toEqual([800, '10m', check.id]);
    const renamed = await client.uptimeChecks.updateAlert(check.id, down.id, { name: 'web down anywhere', type: 'down', notifications: NOTIFY, period: '5m' });
    expect([renamed.name, renamed.notifications.slack.length]).toEqual(['web down anywhere', 1]);
    expect((await down.reload()).name).toBe('web down anywhere');

    expect((await check.alerts()).map((a) => [a.name, a.checkId])).toEqual([['web slow', check.id], ['web down anywhere', check.id]]);
    expect((await client.uptimeChecks.alerts(check.id)).map((a) => a.id)).toEqual([slow.id, down.id]);
    expect((await check.alert(slow.id)).threshold).toBe(800);
    expect(await client.uptimeChecks.alert(check.id, down.id)).toStrictEqual(down);

    await check.update({ enabled: false });
    expect(check.enabled).toBe(false);
    await client.uptimeChecks.update(check.id, { name: 'web (paused)', regions: ['us_east'] });
    await check.reload();
    expect([check.name, check.regions, check.enabled]).toEqual(['web (paused)', ['us_east'], false]);
    expect(Object.keys(json((await check.state()).regions) as object)).toEqual(['us_east']);
    await expect(check.update({ target: 'web.example.com' })).rejects.toBeInstanceOf(ValidationError);

    await client.uptimeChecks.deleteAlert(check.id, down.id);
    await expect(down.reload()).rejects.toBeInstanceOf(NotFoundError);
    expect((await check.alerts()).map((a) => a.id)).toEqual([slow.id]);
    await client.uptimeChecks.delete(check.id);
    await expect(slow.reload()).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.uptimeChecks.alerts(check.id).then((a) => a)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.uptimeChecks.get(check.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await client.uptimeChecks.list()).toEqual([]);
  });

  it('alerts deleted one by one, checks by model; unknown ids are 404s', async () => {
    const { client } = h;
    const check = await client.uptimeChecks.create({ name: 'api', type: 'http', target: `http://${web.publicIpv4}:8080/`, regions: ['us_west'], enabled: false });
    expect(check.enabled).toBe(false);
    const expiry = await check.createAlert({ name: 'cert', type: 'ssl_expiry', threshold: 14, notifications: NOTIFY, period: '1h' });
    await expiry.destroy();
    expect(await check.alerts()).toEqual([]);
    await check.destroy();
    await expect(check.reload()).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.uptimeChecks.state(check.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.uptimeChecks.alert(check.id, expiry.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.uptimeChecks.deleteAlert(check.id, expiry.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses bad input with the API's 422 error shape", async () => {
    const bad = await raw('POST', '/v2/uptime/checks', { name: 'x', type: 'https', target: 'http://example.com', regions: ['us_east'], enabled: true });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ id: 'unprocessable_entity', message: expect.stringContaining('https://') });
    // Ping checks take a bare host, which the description's `format: url` on every target does not allow for: none here.
    const check = await h.client.uptimeChecks.create({ name: 'ok', type: 'https', target: `https://${web.publicIpv4}`, regions: ['eu_west'] });
    const alert = await raw('POST', `/v2/uptime/checks/${check.id}/alerts`, { name: 'slow', type: 'latency', notifications: { email: [], slack: [] }, period: '2m' });
    expect([alert.status, alert.body.id, alert.body.message]).toEqual([422, 'unprocessable_entity', 'threshold is required for latency alerts']);
    await check.destroy();
  });

  itAnswersModules(() => h, 'uptime-checks');
  itConforms(() => h);
});

function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
