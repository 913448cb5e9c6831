import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A domain a global load balancer answers for. */
export class LoadBalancerDomain extends Model {
  /** The domain name. */
  @Field() name!: string;
  /** Whether its DNS is managed by DigitalOcean. */
  @Field() isManaged?: boolean;
  /** The certificate served for it. */
  @Field() certificateId?: string;
}
