import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A change a firewall is still applying to one droplet. */
export class FirewallPendingChange extends Model {
  /** The droplet being changed. */
  @Field() dropletId!: number;
  /** Whether the droplet is leaving the firewall. */
  @Field() removing!: boolean;
  /** The change's state, e.g. `waiting`. */
  @Field() status!: string;
}
