import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** What a trusted source of a database cluster is: a droplet, a Kubernetes cluster, an address, a tag or an app. */
export type DatabaseFirewallRuleType = 'droplet' | 'k8s' | 'ip_addr' | 'tag' | 'app';

/** A trusted source: one thing allowed to connect to a database cluster. */
export class DatabaseFirewallRule extends Model {
  /** The rule's id. */
  @Field() uuid!: string;
  /** The cluster the rule belongs to. */
  @Field() clusterUuid!: string;
  /** What `value` names. */
  @Field() type!: DatabaseFirewallRuleType;
  /** A droplet id, a Kubernetes cluster id, an IP address or CIDR, a tag name or an app id. */
  @Field() value!: string;
  /** When the rule was added. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** A note on the rule. */
  @Field() description?: string;
}
