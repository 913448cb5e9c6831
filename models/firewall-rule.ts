import { Field } from '../lib/fields.js';
import { FirewallTarget } from './firewall-target.js';
import { Model } from './model.js';

/** A firewall rule: a protocol, ports, and the traffic's peers. */
export class FirewallRule extends Model {
  /** `tcp`, `udp` or `icmp`. */
  @Field() protocol!: 'tcp' | 'udp' | 'icmp';
  /** A port, a range (`8000-9000`), or `0`/`all` for every port. */
  @Field() ports!: string;
  /** For inbound rules: who may connect. */
  @Field({ type: () => FirewallTarget }) sources?: FirewallTarget;
  /** For outbound rules: where droplets may connect. */
  @Field({ type: () => FirewallTarget }) destinations?: FirewallTarget;
}
