import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { NetworkV4 } from './network-v4.js';
import { NetworkV6 } from './network-v6.js';

/** A droplet's network interfaces. */
export class Networks extends Model {
  /** IPv4 interfaces, public and private. */
  @Field({ type: () => NetworkV4 }) v4!: NetworkV4[];
  /** IPv6 interfaces. */
  @Field({ type: () => NetworkV6 }) v6!: NetworkV6[];
}
