import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { path } from '../lib/path.js';
import { arrayOf, checkBoolean, oneOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkText, checkUuid, isIPv4, isIPv6 } from '../lib/validate.js';
import { Resource } from './resource.js';
import { UPTIME_ALERT, UptimeAlert, type UptimeAlertAttributes } from './uptime-alert.js';
import { UptimeCheckState, type UptimeRegion } from './uptime-check-state.js';

/** How an uptime check probes its target. */
export const UPTIME_CHECK_TYPES = ['ping', 'http', 'https'] as const;
/** How an uptime check probes its target: `ping` (ICMP to a host), `http` or `https` (a request to a URL). */
export type UptimeCheckType = (typeof UPTIME_CHECK_TYPES)[number];
/** The regions uptime checks probe from. */
export const UPTIME_REGIONS = ['us_east', 'us_west', 'eu_west', 'se_asia'] as const satisfies readonly UptimeRegion[];

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** The URL `value` holds when it is an http:// or https:// URL with a host. */
function webUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `value` is a host name or an IP address. */
function isHost(value: string): boolean {
  return HOSTNAME.test(value) || isIPv4(value) || isIPv6(value);
}

/** A target: an http:// or https:// URL, or a host name or IP address (for ping checks). */
const checkTarget: Check<string> = (field, value) => {
  if (typeof value !== 'string' || !(webUrl(value) || isHost(value))) {
    throw new ValidationError(field, `must be an http:// or https:// URL, or a host name or IP address for ping checks, got ${JSON.stringify(value)}`);
  }
  return value;
};

/** Why `target` does not suit a check of `type` (a URL of the type's scheme, or a host for ping); `undefined` when it does. */
function targetMismatch(type: UptimeCheckType, target: string): string | undefined {
  if (type === 'ping') return isHost(target) ? undefined : `a ping check probes a host name or IP address, not ${JSON.stringify(target)}`;
  return webUrl(target)?.protocol === `${type}:` ? undefined : `an ${type} check probes an ${type}:// URL, not ${JSON.stringify(target)}`;
}

/** A list of distinct regions, at least one. */
const checkRegions: Check<UptimeRegion[]> = (field, value) => {
  const regions = arrayOf(oneOf(UPTIME_REGIONS), 1)(field, value);
  if (new Set(regions).size !== regions.length) throw new ValidationError(field, 'must not name a region twice');
  return regions;
};

const CHECK_ATTRIBUTES = {
  /** The display name. */
  name: required(checkText),
  /** `ping`, `http` or `https`. */
  type: required(oneOf(UPTIME_CHECK_TYPES)),
  /** What to probe: an `https://` URL for https checks, an `http://` one for http checks, a host name or IP address for ping checks. */
  target: required(checkTarget),
  /** The regions to probe from (at least one): `us_east`, `us_west`, `eu_west`, `se_asia`. */
  regions: required(checkRegions),
  /** Whether the check runs; a new check is enabled when this is left out. */
  enabled: optional(checkBoolean),
};

/** Whether the target given suits the type given. */
function targetRule(attrs: { type?: UptimeCheckType; target?: string }, field: string): void {
  const mismatch = attrs.type !== undefined && attrs.target !== undefined ? targetMismatch(attrs.type, attrs.target) : undefined;
  if (mismatch) throw new ValidationError(`${field}.target`, `does not suit the type: ${mismatch}`);
}

/** What `client.uptimeChecks.create()` takes. */
export const UPTIME_CHECK_CREATE = shape('an uptime check', CHECK_ATTRIBUTES, targetRule);

/** What `check.update()` and `client.uptimeChecks.update()` take: any of a check's attributes. */
export const UPTIME_CHECK_UPDATE = UPTIME_CHECK_CREATE.partial('an uptime check update', ['name', 'type', 'target', 'regions', 'enabled'], targetRule);

/** Attributes of `client.uptimeChecks.create()`. */
export type UptimeCheckCreateAttributes = AttributesOf<typeof UPTIME_CHECK_CREATE>;
/** Attributes of `check.update()` and `client.uptimeChecks.update()`: any of a check's. */
export type UptimeCheckUpdateAttributes = AttributesOf<typeof UPTIME_CHECK_UPDATE>;

/**
 * An uptime check: probes a URL or a host from up to four regions, with alerts on latency,
 * downtime and certificate expiry.
 * @example `const check = await client.uptimeChecks.create({ name: 'web', type: 'https', target: 'https://example.com', regions: ['us_east', 'eu_west'] });`
 */
export class UptimeCheck extends Resource {
  /** The check's id, a UUID. */
  @Field() id!: string;
  /** The display name. */
  @Field() name!: string;
  /** `ping`, `http` or `https`. */
  @Field() type!: UptimeCheckType;
  /** What it probes: a URL, or a host for ping checks. */
  @Field() target!: string;
  /** The regions it probes from. */
  @Field() regions!: UptimeRegion[];
  /** Whether it runs. */
  @Field() enabled!: boolean;

  protected get resourcePath(): string {
    return path`uptime/checks/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'check';
  }

  /**
   * Changes some of the check's settings (`PUT /v2/uptime/checks/{check_id}`) and updates it in
   * place. A new target is checked against the check's type, and a new type against its target.
   * @throws ValidationError for a target that does not suit the type, an unknown region, ...
   */
  async update(attrs: UptimeCheckUpdateAttributes, options?: RequestOptions): Promise<this> {
    const json = UPTIME_CHECK_UPDATE.wire('attrs', attrs);
    if (attrs.type === undefined && attrs.target !== undefined && this.type !== undefined) {
      const mismatch = targetMismatch(this.type, attrs.target);
      if (mismatch) throw new ValidationError('attrs.target', `does not suit the check's type: ${mismatch}`);
    }
    if (attrs.type !== undefined && attrs.target === undefined && this.target !== undefined) {
      const mismatch = targetMismatch(attrs.type, this.target);
      if (mismatch) throw new ValidationError('attrs.type', `does not suit the check's target: ${mismatch}`);
    }
    return this.save('PUT', json, options);
  }

  /** The check's current state, per region (`GET /v2/uptime/checks/{check_id}/state`). */
  async state(options?: RequestOptions): Promise<UptimeCheckState> {
    return this.loadAt(UptimeCheckState, 'state', 'state', options);
  }

  /** The check's alerts (`GET /v2/uptime/checks/{check_id}/alerts`): a lazy listing. */
  alerts(options?: ListOptions): Paginator<UptimeAlert> {
    return paginate(this.connection, UptimeAlert, `${this.resourcePath}/alerts`, 'alerts', {}, options).map((alert) => this.#own(alert));
  }

  /** One of the check's alerts (`GET /v2/uptime/checks/{check_id}/alerts/{alert_id}`). @throws ValidationError for an id that is not a UUID. */
  async alert(alertId: string, options?: RequestOptions): Promise<UptimeAlert> {
    const alert = await this.loadAt(UptimeAlert, path`alerts/${checkUuid('alertId', alertId)}`, 'alert', options);
    return this.#own(alert);
  }

  /**
   * Adds an alert to the check (`POST /v2/uptime/checks/{check_id}/alerts`) and resolves to it.
   * @throws ValidationError for a latency alert without a threshold or comparison, an unknown period, ...
   */
  async createAlert(attrs: UptimeAlertAttributes, options?: RequestOptions): Promise<UptimeAlert> {
    const alert = await this.loadAt(UptimeAlert, 'alerts', 'alert', { method: 'POST', json: UPTIME_ALERT.wire('attrs', attrs), signal: options?.signal });
    return this.#own(alert);
  }

  #own(alert: UptimeAlert): UptimeAlert {
    alert.checkId = this.id;
    return alert;
  }
}
