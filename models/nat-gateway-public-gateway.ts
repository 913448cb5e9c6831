import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A public address a NAT gateway sends traffic from. */
export class NatGatewayPublicGateway extends Model {
  /** The IPv4 address. */
  @Field() ipv4!: string;
}
