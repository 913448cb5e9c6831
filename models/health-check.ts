import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** How a load balancer checks its droplets' health. */
export class HealthCheck extends Model {
  /** `http`, `https` or `tcp`. */
  @Field() protocol!: string;
  /** The port checked. */
  @Field() port!: number;
  /** The path requested, for http(s). */
  @Field() path?: string;
  /** Seconds between checks. */
  @Field() checkIntervalSeconds!: number;
  /** Seconds to wait for an answer. */
  @Field() responseTimeoutSeconds!: number;
  /** Failures before a droplet is taken out. */
  @Field() unhealthyThreshold!: number;
  /** Successes before a droplet is put back. */
  @Field() healthyThreshold!: number;
}
