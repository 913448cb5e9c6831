import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { NatGatewayPublicGateway } from './nat-gateway-public-gateway.js';

/** Where a NAT gateway's traffic leaves from. */
export class NatGatewayEgresses extends Model {
  /** Its public addresses. */
  @Field({ type: () => NatGatewayPublicGateway }) publicGateways?: NatGatewayPublicGateway[];
}
