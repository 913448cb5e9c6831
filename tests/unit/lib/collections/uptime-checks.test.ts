import { inspect } from 'node:util';
import { UptimeAlert, UptimeCheck, UptimeCheckState, UptimePreviousOutage, UptimeRegionState, SlackWebhook, type UptimeAlertAttributes } from '../../../../lib/index.js';
import { fixture, json, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const CHECK = '4de7ac8b-495b-4884-9a69-1050c6793cd6';
const ALERT = '17f0f0ae-b7e5-4ef6-86e3-aa569db58284';
const WEBHOOK = 'https://hooks.slack.com/services/T0SHOP01/B0SHOP01/q8Zr2LkWm4Xn';

const CREATE = { name: 'Storefront', type: 'https', target: 'https://shop.example.com/health', regions: ['us_east', 'eu_west'] } as const;
const LATENCY: UptimeAlertAttributes = {
  name: 'Storefront slow',
  type: 'latency',
  threshold: 400,
  comparison: 'greater_than',
  notifications: { email: ['oncall@example.com'], slack: [{ channel: 'shop-alerts', url: WEBHOOK }] },
  period: '5m',
};
const LATENCY_JSON = { ...LATENCY };
const DOWN: UptimeAlertAttributes = { name: 'Storefront down', type: 'down', notifications: { email: ['oncall@example.com'] }, period: '2m' };
const DOWN_JSON = { name: 'Storefront down', type: 'down', notifications: { email: ['oncall@example.com'], slack: [] }, period: '2m' };

const check = (c: Parameters<typeof loaded>[0]) => loaded(c, UptimeCheck, 'uptime-checks/get', 'check');
const alert = (c: Parameters<typeof loaded>[0]) => Object.assign(loaded(c, UptimeAlert, 'uptime-checks/alert', 'alert'), { checkId: CHECK });

/** Expects the alert of the fixture, knowing its check. */
function anAlert(value: unknown): void {
  one(UptimeAlert, 'uptime-checks/alert', 'alert')(value);
  expect((value as UptimeAlert).checkId).toBe(CHECK);
  expect((value as UptimeAlert).notifications.slack[0]).toBeInstanceOf(SlackWebhook);
}

/** Expects the alerts of the fixture, each knowing its check. */
function theAlerts(value: unknown): void {
  many(UptimeAlert, 'uptime-checks/alerts', 'alerts')(value);
  for (const item of value as UptimeAlert[]) expect(item.checkId).toBe(CHECK);
}

/** Expects the state of the fixture: regions as models with Dates, the previous outage typed. */
function theState(value: unknown): void {
  one(UptimeCheckState, 'uptime-checks/state', 'state')(value);
  const state = value as UptimeCheckState;
  expect(state.regions.usEast).toBeInstanceOf(UptimeRegionState);
  expect(state.region('eu_west')?.statusChangedAt).toEqual(new Date('2026-03-09T16:40:12Z'));
  expect(state.region('eu_west')?.status).toBe('DOWN');
  expect(state.region('se_asia')).toBeUndefined();
  expect(state.previousOutage).toBeInstanceOf(UptimePreviousOutage);
  expect([state.previousOutage?.durationSeconds, state.previousOutage?.startedAt]).toEqual([180, new Date('2026-03-04T02:10:00Z')]);
}

const ONE_CHECK = one(UptimeCheck, 'uptime-checks/get', 'check');

describe('UptimeChecksCollection, UptimeCheck and UptimeAlert', () => {
  itSends([
    { name: 'client.uptimeChecks.list()', call: (c) => c.uptimeChecks.list(), method: 'GET', path: '/v2/uptime/checks', query: PAGE, status: 200, reply: 'uptime-checks/list', result: many(UptimeCheck, 'uptime-checks/list', 'checks') },
    { name: 'client.uptimeChecks.get(id)', call: (c) => c.uptimeChecks.get(CHECK), method: 'GET', path: `/v2/uptime/checks/${CHECK}`, status: 200, reply: 'uptime-checks/get', result: ONE_CHECK },
    { name: 'client.uptimeChecks.create(attrs)', call: (c) => c.uptimeChecks.create({ ...CREATE, regions: [...CREATE.regions] }), method: 'POST', path: '/v2/uptime/checks', body: { ...CREATE, enabled: true }, status: 201, reply: 'uptime-checks/get', result: ONE_CHECK },
    { name: 'client.uptimeChecks.create(disabled ping)', call: (c) => c.uptimeChecks.create({ name: 'Bastion', type: 'ping', target: '203.0.113.10', regions: ['se_asia'], enabled: false }), method: 'POST', path: '/v2/uptime/checks', body: { name: 'Bastion', type: 'ping', target: '203.0.113.10', regions: ['se_asia'], enabled: false }, status: 201, reply: 'uptime-checks/get', result: ONE_CHECK },
    { name: 'client.uptimeChecks.update(id, attrs)', call: (c) => c.uptimeChecks.update(CHECK, { enabled: false, regions: ['us_west'] }), method: 'PUT', path: `/v2/uptime/checks/${CHECK}`, body: { enabled: false, regions: ['us_west'] }, status: 200, reply: 'uptime-checks/get', result: ONE_CHECK },
    { name: 'client.uptimeChecks.delete(id)', call: (c) => c.uptimeChecks.delete(CHECK), method: 'DELETE', path: `/v2/uptime/checks/${CHECK}`, status: 204, result: nothing },
    { name: 'client.uptimeChecks.state(id)', call: (c) => c.uptimeChecks.state(CHECK), method: 'GET', path: `/v2/uptime/checks/${CHECK}/state`, status: 200, reply: 'uptime-checks/state', result: theState },
    { name: 'client.uptimeChecks.alerts(checkId)', call: (c) => c.uptimeChecks.alerts(CHECK), method: 'GET', path: `/v2/uptime/checks/${CHECK}/alerts`, query: PAGE, status: 200, reply: 'uptime-checks/alerts', result: theAlerts },
    { name: 'client.uptimeChecks.alert(checkId, alertId)', call: (c) => c.uptimeChecks.alert(CHECK, ALERT), method: 'GET', path: `/v2/uptime/checks/${CHECK}/alerts/${ALERT}`, status: 200, reply: 'uptime-checks/alert', result: anAlert },
    { name: 'client.uptimeChecks.createAlert(checkId, latency)', call: (c) => c.uptimeChecks.createAlert(CHECK, LATENCY), method: 'POST', path: `/v2/uptime/checks/${CHECK}/alerts`, body: LATENCY_JSON, status: 201, reply: 'uptime-checks/alert', result: anAlert },
    { name: 'client.uptimeChecks.updateAlert(checkId, alertId, attrs)', call: (c) => c.uptimeChecks.updateAlert(CHECK, ALERT, DOWN), method: 'PUT', path: `/v2/uptime/checks/${CHECK}/alerts/${ALERT}`, body: DOWN_JSON, status: 200, reply: 'uptime-checks/alert', result: anAlert },
    { name: 'client.uptimeChecks.deleteAlert(checkId, alertId)', call: (c) => c.uptimeChecks.deleteAlert(CHECK, ALERT), method: 'DELETE', path: `/v2/uptime/checks/${CHECK}/alerts/${ALERT}`, status: 204, result: nothing },
    { name: 'check.update(attrs)', call: (c) => check(c).update({ name: 'Storefront', target: 'https://shop.example.com/' }), method: 'PUT', path: `/v2/uptime/checks/${CHECK}`, body: { name: 'Storefront', target: 'https://shop.example.com/' }, status: 200, reply: 'uptime-checks/get', result: ONE_CHECK },
    { name: 'check.reload()', call: (c) => check(c).reload(), method: 'GET', path: `/v2/uptime/checks/${CHECK}`, status: 200, reply: 'uptime-checks/get', result: ONE_CHECK },
    { name: 'check.destroy()', call: (c) => check(c).destroy(), method: 'DELETE', path: `/v2/uptime/checks/${CHECK}`, status: 204, result: nothing },
    { name: 'check.state()', call: (c) => check(c).state(), method: 'GET', path: `/v2/uptime/checks/${CHECK}/state`, status: 200, reply: 'uptime-checks/state', result: theState },
    { name: 'check.alerts()', call: (c) => check(c).alerts(), method: 'GET', path: `/v2/uptime/checks/${CHECK}/alerts`, query: PAGE, status: 200, reply: 'uptime-checks/alerts', result: theAlerts },
    { name: 'check.alert(id)', call: (c) => check(c).alert(ALERT), method: 'GET', path: `/v2/uptime/checks/${CHECK}/alerts/${ALERT}`, status: 200, reply: 'uptime-checks/alert', result: anAlert },
    { name: 'check.createAlert(attrs)', call: (c) => check(c).createAlert(DOWN), method: 'POST', path: `/v2/uptime/checks/${CHECK}/alerts`, body: DOWN_JSON, status: 201, reply: 'uptime-checks/alert', result: anAlert },
    { name: 'alert.update(attrs)', call: (c) => alert(c).update(LATENCY), method: 'PUT', path: `/v2/uptime/checks/${CHECK}/alerts/${ALERT}`, body: LATENCY_JSON, status: 200, reply: 'uptime-checks/alert', result: anAlert },
    { name: 'alert.reload()', call: (c) => alert(c).reload(), method: 'GET', path: `/v2/uptime/checks/${CHECK}/alerts/${ALERT}`, status: 200, reply: 'uptime-checks/alert', result: anAlert },
    { name: 'alert.destroy()', call: (c) => alert(c).destroy(), method: 'DELETE', path: `/v2/uptime/checks/${CHECK}/alerts/${ALERT}`, status: 204, result: nothing },
  ]);

  itRefuses([
    ['get with an id that is not a UUID', (c) => c.uptimeChecks.get('../account'), 'id'],
    ['create without a name', (c) => c.uptimeChecks.create({ ...CREATE, regions: ['us_east'], name: ' ' }), 'attrs.name'],
    ['create with a target that is neither a URL nor a host', (c) => c.uptimeChecks.create({ ...CREATE, regions: ['us_east'], target: 'not a target' }), 'attrs.target'],
    ['create an https check on an http:// URL', (c) => c.uptimeChecks.create({ ...CREATE, regions: ['us_east'], target: 'http://shop.example.com' }), 'attrs.target'],
    ['create an https check on a bare host', (c) => c.uptimeChecks.create({ ...CREATE, regions: ['us_east'], target: 'shop.example.com' }), 'attrs.target'],
    ['create a ping check on a URL', (c) => c.uptimeChecks.create({ ...CREATE, type: 'ping', regions: ['us_east'] }), 'attrs.target'],
    ['create with an ftp:// target', (c) => c.uptimeChecks.create({ ...CREATE, regions: ['us_east'], target: 'ftp://files.example.com' }), 'attrs.target'],
    ['create with an unknown region', (c) => c.uptimeChecks.create({ ...CREATE, regions: ['nyc3' as never] }), 'attrs.regions[0]'],
    ['create without regions', (c) => c.uptimeChecks.create({ ...CREATE, regions: [] }), 'attrs.regions'],
    ['create with a region twice', (c) => c.uptimeChecks.create({ ...CREATE, regions: ['us_east', 'us_east'] }), 'attrs.regions'],
    ['create with an unknown type', (c) => c.uptimeChecks.create({ ...CREATE, regions: ['us_east'], type: 'tcp' as never }), 'attrs.type'],
    ['create with an unknown attribute', (c) => c.uptimeChecks.create({ ...CREATE, regions: ['us_east'], method: 'GET' } as never), 'attrs'],
    ['update with a non-boolean enabled', (c) => c.uptimeChecks.update(CHECK, { enabled: 'no' as never }), 'attrs.enabled'],
    ['update with an id that is not a UUID', (c) => c.uptimeChecks.update('1', { enabled: false }), 'id'],
    ['check.update to a target that does not suit its type', (c) => check(c).update({ target: 'shop.example.com' }), 'attrs.target'],
    ['check.update to a type that does not suit its target', (c) => check(c).update({ type: 'ping' }), 'attrs.type'],
    ['delete with an id that is not a UUID', (c) => c.uptimeChecks.delete('4de7ac8b'), 'id'],
    ['state with an id that is not a UUID', (c) => c.uptimeChecks.state(''), 'id'],
    ['alerts of a check id that is not a UUID', (c) => c.uptimeChecks.alerts('x'), 'checkId'],
    ['alert with an alert id that is not a UUID', (c) => c.uptimeChecks.alert(CHECK, 'da9da9'), 'alertId'],
    ['a latency alert without a threshold', (c) => c.uptimeChecks.createAlert(CHECK, { ...LATENCY, threshold: undefined }), 'attrs.threshold'],
    ['a latency alert without a comparison', (c) => c.uptimeChecks.createAlert(CHECK, { ...LATENCY, comparison: undefined }), 'attrs.comparison'],
    ['an SSL expiry alert without a threshold', (c) => c.uptimeChecks.createAlert(CHECK, { ...DOWN, type: 'ssl_expiry' }), 'attrs.threshold'],
    ['an alert with a negative threshold', (c) => c.uptimeChecks.createAlert(CHECK, { ...LATENCY, threshold: -5 }), 'attrs.threshold'],
    ['an alert with a fractional threshold', (c) => c.uptimeChecks.createAlert(CHECK, { ...LATENCY, threshold: 1.5 }), 'attrs.threshold'],
    ['an alert with an unknown comparison', (c) => c.uptimeChecks.createAlert(CHECK, { ...LATENCY, comparison: 'equals' as never }), 'attrs.comparison'],
    ['an alert with an unknown period', (c) => c.uptimeChecks.createAlert(CHECK, { ...LATENCY, period: '1m' as never }), 'attrs.period'],
    ['an alert with an unknown type', (c) => c.uptimeChecks.createAlert(CHECK, { ...DOWN, type: 'slow' as never }), 'attrs.type'],
    ['an alert without notifications', (c) => c.uptimeChecks.createAlert(CHECK, { ...DOWN, notifications: undefined as never }), 'attrs.notifications'],
    ['an alert with a malformed email', (c) => c.uptimeChecks.createAlert(CHECK, { ...DOWN, notifications: { email: ['oncall'] } }), 'attrs.notifications.email[0]'],
    ['an alert with an http:// Slack webhook', (c) => c.uptimeChecks.createAlert(CHECK, { ...DOWN, notifications: { slack: [{ channel: 'ops', url: 'http://hooks.slack.com/x' }] } }), 'attrs.notifications.slack[0].url'],
    ['an alert with a Slack webhook without a channel', (c) => c.uptimeChecks.createAlert(CHECK, { ...DOWN, notifications: { slack: [{ channel: '', url: WEBHOOK }] } }), 'attrs.notifications.slack[0].channel'],
    ['an alert without a name', (c) => c.uptimeChecks.createAlert(CHECK, { ...DOWN, name: '' }), 'attrs.name'],
    ['updateAlert with an alert id that is not a UUID', (c) => c.uptimeChecks.updateAlert(CHECK, '17f0f0ae', DOWN), 'alertId'],
    ['deleteAlert with a check id that is not a UUID', (c) => c.uptimeChecks.deleteAlert('4de7ac8b', ALERT), 'checkId'],
    ['alert.update without a period', (c) => alert(c).update({ ...LATENCY, period: undefined as never }), 'attrs.period'],
    ['check.alert with an id that is not a UUID', (c) => check(c).alert('../../droplets'), 'alertId'],
  ]);

  it('keeps Slack webhook URLs out of util.inspect, and in toJSON()', () => {
    const model = loaded(testClient(), UptimeAlert, 'uptime-checks/alert', 'alert');
    expect(inspect(model, { depth: 10 })).not.toContain(WEBHOOK);
    expect(inspect(model, { depth: 10 })).toContain('[REDACTED]');
    expect(json(model)).toEqual(fixture<Record<string, unknown>>('uptime-checks/alert').alert);
  });

  it('never echoes a refused webhook URL in the error', async () => {
    const secret = 'http://hooks.slack.com/services/T0/B0/secret-part';
    const error = await testClient().uptimeChecks.createAlert(CHECK, { ...DOWN, notifications: { slack: [{ channel: 'ops', url: secret }] } }).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain('secret-part');
  });
});
