import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A load balancer's own allow and deny lists, e.g. `ip:1.2.3.4`, `cidr:2.3.0.0/16`. */
export class LoadBalancerFirewall extends Model {
  /** Sources refused. */
  @Field() deny?: string[];
  /** Sources accepted. */
  @Field() allow?: string[];
}
