import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Settings of a global load balancer. */
export class GlobalLoadBalancerSettings extends Model {
  /** `http`, `https` or `http2`. */
  @Field() targetProtocol?: string;
  /** The port targeted. */
  @Field() targetPort?: number;
  /** CDN settings, e.g. `{ is_enabled: true }`. */
  @Field({ json: true }) cdn?: {
    /** Whether responses are cached at the edge. */
    is_enabled?: boolean;
  };
  /** Region slug -> priority (1 is first). */
  @Field({ json: true }) regionPriorities?: Record<string, number>;
  /** Percentage of unhealthy targets that triggers failover. */
  @Field() failoverThreshold?: number;
}
