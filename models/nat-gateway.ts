import { Field } from '../lib/fields.js';
import type { RequestOptions } from '../lib/connection.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, checkBoolean, objectOf, oneOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkInt, checkText, checkUuid } from '../lib/validate.js';
import { NatGatewayEgresses } from './nat-gateway-egresses.js';
import { NatGatewayVpc } from './nat-gateway-vpc.js';
import { Resource } from './resource.js';

/** The regions NAT gateways run in. */
export const NAT_GATEWAY_REGIONS = ['nyc1', 'nyc2', 'nyc3', 'ams2', 'ams3', 'sfo1', 'sfo2', 'sfo3', 'sgp1', 'lon1', 'fra1', 'tor1', 'blr1', 'syd1', 'atl1'] as const;
/** A region NAT gateways run in. */
export type NatGatewayRegion = (typeof NAT_GATEWAY_REGIONS)[number];
/** A NAT gateway's state. */
export type NatGatewayState = 'NEW' | 'PROVISIONING' | 'ACTIVE' | 'DELETING' | 'ERROR' | 'INVALID';
/** A NAT gateway's type: only `PUBLIC` for now. */
export type NatGatewayType = 'PUBLIC';

const seconds: Check<number> = (field, value) => checkInt(field, value, 1, 86_400);

/** A VPC a NAT gateway is to serve. */
export const NAT_GATEWAY_VPC = shape('a NAT gateway VPC', {
  /** The VPC's id. */
  vpcUuid: required(checkUuid),
  /** Whether the gateway becomes the VPC's default route to the internet. */
  defaultGateway: optional(checkBoolean),
});

const vpcs = arrayOf(objectOf(NAT_GATEWAY_VPC), 1);

/** What `client.natGateways.create()` takes. */
export const NAT_GATEWAY_CREATE = shape('a NAT gateway', {
  /** The name. */
  name: required(checkText),
  /** The type; `PUBLIC` (the only one, and the default). */
  type: optional(oneOf(['PUBLIC'] as const)),
  /** The region, one of {@link NAT_GATEWAY_REGIONS}. */
  region: required(oneOf(NAT_GATEWAY_REGIONS)),
  /** The gateway's size in units of capacity (1 or more). */
  size: required((field, value) => checkInt(field, value, 1, 1000)),
  /** The VPCs it serves (at least one). */
  vpcs: required(vpcs),
  /** Seconds an idle UDP flow is kept. */
  udpTimeoutSeconds: optional(seconds),
  /** Seconds an idle ICMP flow is kept. */
  icmpTimeoutSeconds: optional(seconds),
  /** Seconds an idle TCP flow is kept. */
  tcpTimeoutSeconds: optional(seconds),
});

/** What `natGateway.update()` takes (`PUT`: name and size are required). */
export const NAT_GATEWAY_UPDATE = shape('a NAT gateway update', {
  /** The name. */
  name: required(checkText),
  /** The size in units of capacity. */
  size: required((field, value) => checkInt(field, value, 1, 1000)),
  /** The VPCs it serves. */
  vpcs: optional(vpcs),
  /** Seconds an idle UDP flow is kept. */
  udpTimeoutSeconds: optional(seconds),
  /** Seconds an idle ICMP flow is kept. */
  icmpTimeoutSeconds: optional(seconds),
  /** Seconds an idle TCP flow is kept. */
  tcpTimeoutSeconds: optional(seconds),
});

/** Attributes of `client.natGateways.create()`. */
export type NatGatewayCreateAttributes = AttributesOf<typeof NAT_GATEWAY_CREATE>;
/** Attributes of `natGateway.update()` and `client.natGateways.update()`. */
export type NatGatewayUpdateAttributes = AttributesOf<typeof NAT_GATEWAY_UPDATE>;

/**
 * A VPC NAT gateway: gives droplets of its VPCs a way out to the internet from its public
 * addresses. New gateways are `NEW`, then `PROVISIONING`, then `ACTIVE`.
 * @example `const gw = await client.natGateways.create({ name: 'egress', region: 'nyc3', size: 1, vpcs: [{ vpcUuid }] }).then((g) => g.waitUntilActive());`
 */
export class NatGateway extends Resource {
  /** The gateway's id (a UUID). */
  @Field() id!: string;
  /** The name. */
  @Field() name!: string;
  /** `PUBLIC`. */
  @Field() type!: NatGatewayType;
  /** Where it is in its life. */
  @Field() state!: NatGatewayState;
  /** The region slug. */
  @Field() region!: NatGatewayRegion;
  /** The size in units of capacity. */
  @Field() size!: number;
  /** The VPCs it serves, with its address in each. */
  @Field({ type: () => NatGatewayVpc }) vpcs!: NatGatewayVpc[];
  /** Its public addresses. */
  @Field({ type: () => NatGatewayEgresses }) egresses?: NatGatewayEgresses;
  /** Seconds an idle UDP flow is kept. */
  @Field() udpTimeoutSeconds?: number;
  /** Seconds an idle ICMP flow is kept. */
  @Field() icmpTimeoutSeconds?: number;
  /** Seconds an idle TCP flow is kept. */
  @Field() tcpTimeoutSeconds?: number;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;

  protected get resourcePath(): string {
    return path`vpc_nat_gateways/${this.id}`;
  }

  /** Many gateways awaited together are reloaded through one listing. @internal */
  protected static override readonly listing = { path: 'vpc_nat_gateways', key: 'vpc_nat_gateways' };

  protected get resourceKey(): string {
    return 'vpc_nat_gateway';
  }

  /** Its public IPv4 addresses. */
  get publicIpv4s(): string[] {
    return (this.egresses?.publicGateways ?? []).map((g) => g.ipv4);
  }

  /** Changes the gateway (`PUT /v2/vpc_nat_gateways/{id}`) and updates it in place. */
  async update(attrs: NatGatewayUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', NAT_GATEWAY_UPDATE.wire('attrs', attrs), options);
  }

  /**
   * Polls until the gateway is `ACTIVE` (`GET /v2/vpc_nat_gateways/{id}`) and resolves to it,
   * reloaded in place.
   * @throws ResourceFailedError when it is `ERROR` or `INVALID` (`error.resource` is the gateway).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilActive(options?: WaitOptions<NatGateway>): Promise<this> {
    return this.waitForState({ field: 'state', wanted: 'ACTIVE', failed: ['ERROR', 'INVALID'] }, options);
  }
}
