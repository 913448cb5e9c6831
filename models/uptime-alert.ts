import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { oneOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkInt, checkText } from '../lib/validate.js';
import { Resource } from './resource.js';
import { AlertNotifications, checkNotifications } from './alert-notifications.js';

/** What an uptime alert watches. */
export const UPTIME_ALERT_TYPES = ['latency', 'down', 'down_global', 'ssl_expiry'] as const;
/**
 * What an uptime alert watches: `latency` (the response time, threshold in milliseconds), `down` (down
 * in any region), `down_global` (down in every region), `ssl_expiry` (the certificate expires
 * within the threshold, in days).
 */
export type UptimeAlertType = (typeof UPTIME_ALERT_TYPES)[number];
/** How the measured value is compared with the threshold. */
export const UPTIME_ALERT_COMPARISONS = ['greater_than', 'less_than'] as const;
/** How the measured value is compared with the threshold. */
export type UptimeAlertComparison = (typeof UPTIME_ALERT_COMPARISONS)[number];
/** How long the condition must hold before the alert triggers. */
export const UPTIME_ALERT_PERIODS = ['2m', '3m', '5m', '10m', '15m', '30m', '1h'] as const;
/** How long the condition must hold before the alert triggers. */
export type UptimeAlertPeriod = (typeof UPTIME_ALERT_PERIODS)[number];

/** A positive whole number. */
const checkThreshold: Check<number> = (field, value) => checkInt(field, value, 1, Number.MAX_SAFE_INTEGER);

/**
 * What `check.createAlert()`, `alert.update()` (a PUT: the whole alert) and their collection forms
 * take. Latency alerts need a threshold (milliseconds) and a comparison; SSL expiry alerts a
 * threshold (days); down alerts neither.
 */
export const UPTIME_ALERT = shape(
  'an uptime alert',
  {
    /** The display name. */
    name: required(checkText),
    /** What the alert watches: `latency`, `down`, `down_global` or `ssl_expiry`. */
    type: required(oneOf(UPTIME_ALERT_TYPES)),
    /** The threshold: milliseconds for `latency`, days for `ssl_expiry`; not used by down alerts. */
    threshold: optional(checkThreshold),
    /** `greater_than` or `less_than`: how the measured value compares with the threshold. */
    comparison: optional(oneOf(UPTIME_ALERT_COMPARISONS)),
    /** Whom to notify. */
    notifications: required(checkNotifications),
    /** How long the condition must hold before the alert triggers: `2m`, `3m`, `5m`, `10m`, `15m`, `30m` or `1h`. */
    period: required(oneOf(UPTIME_ALERT_PERIODS)),
  },
  (attrs, field) => {
    if (attrs.type === 'latency' || attrs.type === 'ssl_expiry') {
      if (attrs.threshold === undefined) throw new ValidationError(`${field}.threshold`, `is required for ${attrs.type} alerts (${attrs.type === 'latency' ? 'milliseconds' : 'days'})`);
    }
    if (attrs.type === 'latency' && attrs.comparison === undefined) throw new ValidationError(`${field}.comparison`, 'is required for latency alerts ("greater_than" or "less_than")');
  },
);

/** Attributes of an uptime alert: `check.createAlert()`, `alert.update()`, `client.uptimeChecks.createAlert()` and `updateAlert()`. */
export type UptimeAlertAttributes = AttributesOf<typeof UPTIME_ALERT>;

/**
 * An alert of an uptime check: whom to notify when the check's target is slow, down, or its
 * certificate about to expire.
 * @example `await alert.update({ name: 'slow', type: 'latency', threshold: 500, comparison: 'greater_than', notifications: { email: ['ops@example.com'] }, period: '5m' });`
 */
export class UptimeAlert extends Resource {
  /** The alert's id, a UUID. */
  @Field() id!: string;
  /** The display name. */
  @Field() name!: string;
  /** What it watches. */
  @Field() type!: UptimeAlertType;
  /** The threshold: milliseconds for `latency`, days for `ssl_expiry`. */
  @Field() threshold?: number;
  /** How the measured value compares with the threshold. */
  @Field() comparison?: UptimeAlertComparison;
  /** Whom it notifies. */
  @Field({ type: () => AlertNotifications }) notifications!: AlertNotifications;
  /** How long the condition must hold before it triggers. */
  @Field() period!: UptimeAlertPeriod;
  /** The id of the check it belongs to (not part of the API's body). */
  checkId!: string;

  protected get resourcePath(): string {
    return path`uptime/checks/${this.checkId}/alerts/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'alert';
  }

  /**
   * Replaces the alert's settings (`PUT /v2/uptime/checks/{check_id}/alerts/{alert_id}`, the whole
   * alert) and updates it in place.
   * @throws ValidationError for attributes the API would refuse (a latency alert without a threshold, ...).
   */
  async update(attrs: UptimeAlertAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', UPTIME_ALERT.wire('attrs', attrs), options);
  }
}
