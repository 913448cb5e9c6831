import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { arrayOf, checkBoolean, oneOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkTag, checkText } from '../lib/validate.js';
import { AlertNotifications, checkNotifications } from './alert-notifications.js';
import { Resource } from './resource.js';

/** What an alert policy watches, by the API's name. */
export const ALERT_POLICY_TYPES = [
  'v1/insights/droplet/load_1',
  'v1/insights/droplet/load_5',
  'v1/insights/droplet/load_15',
  'v1/insights/droplet/memory_utilization_percent',
  'v1/insights/droplet/disk_utilization_percent',
  'v1/insights/droplet/cpu',
  'v1/insights/droplet/disk_read',
  'v1/insights/droplet/disk_write',
  'v1/insights/droplet/public_outbound_bandwidth',
  'v1/insights/droplet/public_inbound_bandwidth',
  'v1/insights/droplet/private_outbound_bandwidth',
  'v1/insights/droplet/private_inbound_bandwidth',
  'v1/insights/lbaas/avg_cpu_utilization_percent',
  'v1/insights/lbaas/connection_utilization_percent',
  'v1/insights/lbaas/droplet_health',
  'v1/insights/lbaas/tls_connections_per_second_utilization_percent',
  'v1/insights/lbaas/increase_in_http_error_rate_percentage_5xx',
  'v1/insights/lbaas/increase_in_http_error_rate_percentage_4xx',
  'v1/insights/lbaas/increase_in_http_error_rate_count_5xx',
  'v1/insights/lbaas/increase_in_http_error_rate_count_4xx',
  'v1/insights/lbaas/high_http_request_response_time',
  'v1/insights/lbaas/high_http_request_response_time_50p',
  'v1/insights/lbaas/high_http_request_response_time_95p',
  'v1/insights/lbaas/high_http_request_response_time_99p',
  'v1/dbaas/alerts/load_15_alerts',
  'v1/dbaas/alerts/memory_utilization_alerts',
  'v1/dbaas/alerts/disk_utilization_alerts',
  'v1/dbaas/alerts/cpu_alerts',
  'v1/droplet/autoscale_alerts/current_instances',
  'v1/droplet/autoscale_alerts/target_instances',
  'v1/droplet/autoscale_alerts/current_cpu_utilization',
  'v1/droplet/autoscale_alerts/target_cpu_utilization',
  'v1/droplet/autoscale_alerts/current_memory_utilization',
  'v1/droplet/autoscale_alerts/target_memory_utilization',
  'v1/droplet/autoscale_alerts/scale_up',
  'v1/droplet/autoscale_alerts/scale_down',
] as const;

/** What an alert policy watches, e.g. `v1/insights/droplet/cpu`. */
export type AlertPolicyType = (typeof ALERT_POLICY_TYPES)[number];
/** How the value is compared with the threshold. */
export type AlertPolicyCompare = 'GreaterThan' | 'LessThan';
/** How long the condition must hold before the alert triggers. */
export type AlertPolicyWindow = '5m' | '10m' | '30m' | '1h';

/** A resource an alert policy watches: its id (a droplet's number, a UUID), or the model. */
export type AlertEntity =
  | string
  | number
  | {
      /** The resource's id. */
      readonly id: string | number;
    };

/** An entity, sent as the API keeps it: its id as a string. */
const checkEntity = ((field: string, value: unknown): string => {
  const id = typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value;
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return String(id);
  if (typeof id === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(id)) return id;
  throw new ValidationError(field, `must be a resource id or a model with one, got ${JSON.stringify(id)}`);
}) as Check<AlertEntity>;

const checkThreshold: Check<number> = (field, value) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ValidationError(field, 'must be a finite number');
  return value;
};

/** What `client.alertPolicies.create()` and `update()` take. */
export const ALERT_POLICY = shape(
  'an alert policy',
  {
    /** What the policy watches, e.g. `v1/insights/droplet/cpu`. */
    type: required(oneOf(ALERT_POLICY_TYPES)),
    /** The policy's description, shown in notifications. */
    description: required(checkText),
    /** How the value is compared with `value`. */
    compare: required(oneOf(['GreaterThan', 'LessThan'] as const)),
    /** The threshold (a percentage, a load, megabits per second, ... as the type measures). */
    value: required(checkThreshold),
    /** How long the condition must hold. */
    window: required(oneOf(['5m', '10m', '30m', '1h'] as const)),
    /** The resources watched, by id or model. Default: none. */
    entities: optional(arrayOf(checkEntity)),
    /** Tags whose resources are watched. Default: none. */
    tags: optional(arrayOf(checkTag)),
    /** Who is notified: at least one email address or Slack channel. */
    alerts: required(checkNotifications),
    /** Whether the policy is on. Default: `true`. */
    enabled: optional(checkBoolean),
  },
  (attrs, field) => {
    if ((attrs.alerts?.email?.length ?? 0) + (attrs.alerts?.slack?.length ?? 0) === 0) {
      throw new ValidationError(`${field}.alerts`, 'must name at least one email address or Slack channel');
    }
  },
);

/** Attributes of `client.alertPolicies.create()` and `client.alertPolicies.update()` (the whole policy). */
export type AlertPolicyAttributes = AttributesOf<typeof ALERT_POLICY>;

/** The policy's JSON with the API's defaults for what was left out. @internal */
export function alertPolicyWire(field: string, attrs: unknown): Record<string, unknown> {
  const wire = ALERT_POLICY.wire(field, attrs);
  return { ...wire, entities: wire.entities ?? [], tags: wire.tags ?? [], enabled: wire.enabled ?? true };
}

/**
 * A monitoring alert policy: a condition on a metric of droplets, load balancers, databases or
 * autoscale pools, and who is told when it holds.
 * @example
 * ```ts
 * const policy = await client.alertPolicies.create({
 *   type: 'v1/insights/droplet/cpu', description: 'CPU above 80%', compare: 'GreaterThan', value: 80,
 *   window: '5m', entities: [droplet], alerts: { email: ['ops@example.com'] },
 * });
 * await policy.update({ value: 90 });
 * ```
 */
export class AlertPolicy extends Resource {
  /** The policy's UUID. */
  @Field() uuid!: string;
  /** What it watches. */
  @Field() type!: AlertPolicyType;
  /** Its description. */
  @Field() description!: string;
  /** How the value is compared with the threshold. */
  @Field() compare!: AlertPolicyCompare;
  /** The threshold. */
  @Field() value!: number;
  /** How long the condition must hold. */
  @Field() window!: AlertPolicyWindow;
  /** The ids of the resources watched, as strings. */
  @Field() entities!: string[];
  /** The tags whose resources are watched. */
  @Field() tags!: string[];
  /** Who is notified. */
  @Field({ type: () => AlertNotifications }) alerts!: AlertNotifications;
  /** Whether the policy is on. */
  @Field() enabled!: boolean;

  protected static override readonly listing = { path: 'monitoring/alerts', key: 'policies' };

  /** The policy's id: its UUID. */
  get id(): string {
    return this.uuid;
  }

  protected get resourcePath(): string {
    return path`monitoring/alerts/${this.uuid}`;
  }

  protected get resourceKey(): string {
    return 'policy';
  }

  /** The policy as `create()` takes it. */
  get attributes(): AlertPolicyAttributes {
    return {
      type: this.type,
      description: this.description,
      compare: this.compare,
      value: this.value,
      window: this.window,
      entities: [...this.entities],
      tags: [...this.tags],
      alerts: { email: [...this.alerts.email], slack: this.alerts.slack.map(({ channel, url }) => ({ channel, url })) },
      enabled: this.enabled,
    };
  }

  /**
   * Changes some of the policy (`PUT /v2/monitoring/alerts/{uuid}`, which takes the whole policy:
   * what is not given keeps the value this model holds). Updates the model in place.
   */
  async update(changes: Partial<AlertPolicyAttributes>, options?: RequestOptions): Promise<this> {
    if (typeof changes !== 'object' || changes === null) throw new ValidationError('changes', 'must be an object');
    return this.save('PUT', alertPolicyWire('changes', { ...this.attributes, ...changes }), options);
  }

  /** Turns the policy on (`PUT /v2/monitoring/alerts/{uuid}`). */
  async enable(options?: RequestOptions): Promise<this> {
    return this.update({ enabled: true }, options);
  }

  /** Turns the policy off (`PUT /v2/monitoring/alerts/{uuid}`); it is kept. */
  async disable(options?: RequestOptions): Promise<this> {
    return this.update({ enabled: false }, options);
  }
}
