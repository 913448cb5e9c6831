import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { body, created, defineModule, found, isObject, noContent, ok, Store } from '../module.js';
import { unprocessable } from '../world.js';

const CHECK_TYPES = ['ping', 'http', 'https'];
const REGIONS = ['us_east', 'us_west', 'eu_west', 'se_asia'];
const ALERT_TYPES = ['latency', 'down', 'down_global', 'ssl_expiry'];
const COMPARISONS = ['greater_than', 'less_than'];
const PERIODS = ['2m', '3m', '5m', '10m', '15m', '30m', '1h'];
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** An uptime check as the API answers it. */
export interface UptimeCheckJson {
  [key: string]: unknown;
  id: string;
  name: string;
  type: string;
  target: string;
  regions: string[];
  enabled: boolean;
}

/** An uptime alert as the API answers it. */
export interface UptimeAlertJson {
  [key: string]: unknown;
  id: string;
  name: string;
  type: string;
  threshold?: number;
  comparison?: string;
  notifications: { email: string[]; slack: Array<{ channel: string; url: string }> };
  period: string;
}

/** What the probes of one region report. */
export interface UptimeRegionStateJson {
  status: 'UP' | 'DOWN' | 'CHECKING';
  status_changed_at: string;
  thirty_day_uptime_percentage: number;
}

/**
 * The account's uptime checks, by id, each with its alerts. Every target answers its probes: each
 * region a check probes from reports it `UP`, 100% over thirty days, since the check was created
 * or the region added.
 */
export class UptimeCheckStore extends Store<UptimeCheckJson, string> {
  /** The alerts of each check, by check id then alert id. */
  readonly alerts = new Map<string, Map<string, UptimeAlertJson>>();
  /** Since when each region of each check has reported its status, by check id then region. */
  readonly #since = new Map<string, Map<string, string>>();

  /** The check with this id; a 404 when there is none. */
  find(id: string): UptimeCheckJson {
    return this.get(id);
  }

  /** Creates a check from the API's attributes; a 422 for a missing or malformed one. */
  create(attrs: Record<string, unknown>): UptimeCheckJson {
    const check = validCheck({ id: randomUUID(), enabled: true, ...pick(attrs, ['name', 'type', 'target', 'regions', 'enabled']) });
    this.alerts.set(check.id, new Map());
    this.#since.set(check.id, new Map());
    this.#probe(check);
    return this.put(check.id, check);
  }

  /** Changes the attributes given; a 422 when the result is not a valid check. */
  update(id: string, attrs: Record<string, unknown>): UptimeCheckJson {
    const check = validCheck({ ...this.find(id), ...pick(attrs, ['name', 'type', 'target', 'regions', 'enabled']) });
    this.#probe(check);
    return this.put(id, check);
  }

  /** Deletes a check and its alerts. */
  remove(id: string): void {
    this.delete(id);
    this.alerts.delete(id);
    this.#since.delete(id);
  }

  /** The check's state: one entry per region it probes from. */
  state(id: string): { regions: Record<string, UptimeRegionStateJson> } {
    const check = this.find(id);
    const since = this.#since.get(id)!;
    const regions = Object.fromEntries(check.regions.map((region) => [region, { status: 'UP', status_changed_at: since.get(region)!, thirty_day_uptime_percentage: 100 } as const]));
    return { regions };
  }

  /** The check's alerts; a 404 for an unknown check. */
  alertsOf(checkId: string): UptimeAlertJson[] {
    this.find(checkId);
    return [...this.alerts.get(checkId)!.values()];
  }

  /** One alert of a check; a 404 when either is unknown. */
  alert(checkId: string, alertId: string): UptimeAlertJson {
    this.find(checkId);
    return found(this.alerts.get(checkId)!.get(alertId));
  }

  /** Adds an alert to a check; a 422 for a malformed one. */
  createAlert(checkId: string, attrs: Record<string, unknown>): UptimeAlertJson {
    this.find(checkId);
    const alert = validAlert(randomUUID(), attrs);
    this.alerts.get(checkId)!.set(alert.id, alert);
    return alert;
  }

  /** Replaces an alert's settings (a PUT: the whole alert). */
  updateAlert(checkId: string, alertId: string, attrs: Record<string, unknown>): UptimeAlertJson {
    this.alert(checkId, alertId);
    const alert = validAlert(alertId, attrs);
    this.alerts.get(checkId)!.set(alertId, alert);
    return alert;
  }

  /** Deletes an alert of a check. */
  deleteAlert(checkId: string, alertId: string): void {
    this.alert(checkId, alertId);
    this.alerts.get(checkId)!.delete(alertId);
  }

  /** Starts the clock of each region the check newly probes from. */
  #probe(check: UptimeCheckJson): void {
    const since = this.#since.get(check.id)!;
    for (const region of check.regions) if (!since.has(region)) since.set(region, this.now());
    for (const region of since.keys()) if (!check.regions.includes(region)) since.delete(region);
  }
}

/** Only the `keys` of `attrs` that are given. */
function pick(attrs: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => attrs[key] !== undefined).map((key) => [key, attrs[key]]));
}

/** Whether `value` is an http:// or https:// URL of `scheme`. */
function isUrl(value: string, scheme: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === `${scheme}:` && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The check, when its attributes are the API's; a 422 naming the first that is not. */
function validCheck(check: Record<string, unknown>): UptimeCheckJson {
  const { name, type, target, regions, enabled } = check;
  if (typeof name !== 'string' || name.trim() === '') throw unprocessable('name is required');
  if (typeof type !== 'string' || !CHECK_TYPES.includes(type)) throw unprocessable(`type must be one of ${CHECK_TYPES.join(', ')}`);
  if (typeof target !== 'string' || target === '') throw unprocessable('target is required');
  if (type === 'ping' ? !(HOSTNAME.test(target) || isIP(target)) : !isUrl(target, type)) {
    throw unprocessable(type === 'ping' ? 'target must be a host name or IP address for ping checks' : `target must be an ${type}:// URL for ${type} checks`);
  }
  if (!Array.isArray(regions) || regions.length === 0 || !regions.every((r) => REGIONS.includes(r as string)) || new Set(regions).size !== regions.length) {
    throw unprocessable(`regions must be distinct regions among ${REGIONS.join(', ')}`);
  }
  if (typeof enabled !== 'boolean') throw unprocessable('enabled must be a boolean');
  return { id: check.id as string, name, type, target, regions: [...(regions as string[])], enabled };
}

/** The alert, when its attributes are the API's; a 422 naming the first that is not. */
function validAlert(id: string, attrs: Record<string, unknown>): UptimeAlertJson {
  const { name, type, threshold, comparison, notifications, period } = attrs;
  if (typeof name !== 'string' || name.trim() === '') throw unprocessable('name is required');
  if (typeof type !== 'string' || !ALERT_TYPES.includes(type)) throw unprocessable(`type must be one of ${ALERT_TYPES.join(', ')}`);
  if (typeof period !== 'string' || !PERIODS.includes(period)) throw unprocessable(`period must be one of ${PERIODS.join(', ')}`);
  if (threshold !== undefined && !(Number.isSafeInteger(threshold) && (threshold as number) > 0)) throw unprocessable('threshold must be a positive integer');
  if (comparison !== undefined && !COMPARISONS.includes(comparison as string)) throw unprocessable(`comparison must be one of ${COMPARISONS.join(', ')}`);
  if ((type === 'latency' || type === 'ssl_expiry') && threshold === undefined) throw unprocessable(`threshold is required for ${type} alerts`);
  if (type === 'latency' && comparison === undefined) throw unprocessable('comparison is required for latency alerts');
  if (!isObject(notifications)) throw unprocessable('notifications is required');
  const { email = [], slack = [] } = notifications as Record<string, unknown>;
  if (!Array.isArray(email) || !email.every((e) => typeof e === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e))) throw unprocessable('notifications.email must be a list of email addresses');
  if (!Array.isArray(slack) || !slack.every((s) => s && typeof s.channel === 'string' && s.channel !== '' && typeof s.url === 'string' && isUrl(s.url, 'https'))) {
    throw unprocessable('notifications.slack must be a list of channels, each with an https:// webhook URL');
  }
  const alert: UptimeAlertJson = {
    id,
    name,
    type,
    notifications: { email: [...(email as string[])], slack: (slack as Array<{ channel: string; url: string }>).map(({ channel, url }) => ({ channel, url })) },
    period,
  };
  if (threshold !== undefined) alert.threshold = threshold as number;
  if (comparison !== undefined) alert.comparison = comparison as string;
  return alert;
}

/** Uptime checks and their alerts: `/v2/uptime/checks`. */
export const uptimeChecks = defineModule('uptime_checks', (world) => new UptimeCheckStore(world), (route) => {
  route('GET', '/v2/uptime/checks', (ctx, checks) => ok(checks.page(ctx, 'checks', checks.list())));
  route('POST', '/v2/uptime/checks', (ctx, checks) => created({ check: checks.create(body(ctx)) }));
  route('GET', '/v2/uptime/checks/{check_id}', (ctx, checks) => ok({ check: checks.find(ctx.params.check_id) }));
  route('PUT', '/v2/uptime/checks/{check_id}', (ctx, checks) => ok({ check: checks.update(ctx.params.check_id, body(ctx)) }));
  route('DELETE', '/v2/uptime/checks/{check_id}', (ctx, checks) => {
    checks.remove(ctx.params.check_id);
    return noContent();
  });
  route('GET', '/v2/uptime/checks/{check_id}/state', (ctx, checks) => ok({ state: checks.state(ctx.params.check_id) }));
  route('GET', '/v2/uptime/checks/{check_id}/alerts', (ctx, checks) => ok(checks.page(ctx, 'alerts', checks.alertsOf(ctx.params.check_id))));
  route('POST', '/v2/uptime/checks/{check_id}/alerts', (ctx, checks) => created({ alert: checks.createAlert(ctx.params.check_id, body(ctx)) }));
  route('GET', '/v2/uptime/checks/{check_id}/alerts/{alert_id}', (ctx, checks) => ok({ alert: checks.alert(ctx.params.check_id, ctx.params.alert_id) }));
  route('PUT', '/v2/uptime/checks/{check_id}/alerts/{alert_id}', (ctx, checks) => ok({ alert: checks.updateAlert(ctx.params.check_id, ctx.params.alert_id, body(ctx)) }));
  route('DELETE', '/v2/uptime/checks/{check_id}/alerts/{alert_id}', (ctx, checks) => {
    checks.deleteAlert(ctx.params.check_id, ctx.params.alert_id);
    return noContent();
  });
});
