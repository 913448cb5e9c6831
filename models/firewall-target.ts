import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Where a firewall rule's traffic may come from (inbound) or go to (outbound). */
export class FirewallTarget extends Model {
  /** IPv4 and IPv6 addresses and CIDR blocks, e.g. `0.0.0.0/0`, `::/0`. */
  @Field() addresses?: string[];
  /** Droplet ids. */
  @Field() dropletIds?: number[];
  /** Load balancer ids. */
  @Field() loadBalancerUids?: string[];
  /** Kubernetes cluster ids. */
  @Field() kubernetesIds?: string[];
  /** Tag names; every droplet with one of them. */
  @Field() tags?: string[];
}
