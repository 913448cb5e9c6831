import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A VPC a NAT gateway serves. */
export class NatGatewayVpc extends Model {
  /** The VPC's id. */
  @Field() vpcUuid!: string;
  /** The gateway's address inside the VPC. */
  @Field() gatewayIp?: string;
  /** Whether the gateway is the VPC's default route to the internet. */
  @Field() defaultGateway?: boolean;
}
