import { randomUUID } from 'node:crypto';
import { accepted, body, defineModule, ok, Store } from '../module.js';
import { unprocessable } from '../world.js';
import { vpcs } from './vpcs.js';

/** A VPC NAT gateway as the API answers it. */
export interface NatGatewayJson {
  [key: string]: unknown;
  id: string;
  name: string;
  type: 'PUBLIC';
  state: 'NEW' | 'PROVISIONING' | 'ACTIVE' | 'DELETING' | 'ERROR' | 'INVALID';
  region: string;
  size: number;
  vpcs: Array<{ vpc_uuid: string; gateway_ip: string; default_gateway: boolean }>;
  egresses: { public_gateways: Array<{ ipv4: string }> };
  udp_timeout_seconds: number;
  icmp_timeout_seconds: number;
  tcp_timeout_seconds: number;
  created_at: string;
  updated_at: string;
}

const REGIONS = ['nyc1', 'nyc2', 'nyc3', 'ams2', 'ams3', 'sfo1', 'sfo2', 'sfo3', 'sgp1', 'lon1', 'fra1', 'tor1', 'blr1', 'syd1', 'atl1'];

/**
 * VPC NAT gateways: `NEW` when created, `PROVISIONING` after one action duration, `ACTIVE` after
 * the next; `DELETING` when deleted, then gone. Each VPC must exist and be in the gateway's region.
 */
export class NatGatewayStore extends Store<NatGatewayJson, string> {
  #nextAddress = 1;

  /** Gateways filtered by the listing's `state`, `region`, `type` and `name`. */
  filtered(query: URLSearchParams): NatGatewayJson[] {
    const want = (key: string, value: string) => query.get(key) === null || query.get(key)!.toLowerCase() === value.toLowerCase();
    return this.list().filter((g) => want('state', g.state) && want('region', g.region) && want('type', g.type) && (query.get('name') === null || query.get('name') === g.name));
  }

  create(attrs: Record<string, unknown>): NatGatewayJson {
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('name is required');
    if (attrs.type !== 'PUBLIC') throw unprocessable('type must be PUBLIC');
    if (typeof attrs.region !== 'string' || !REGIONS.includes(attrs.region)) throw unprocessable('region is invalid');
    const now = this.now();
    const n = this.#nextAddress++;
    const gateway: NatGatewayJson = {
      id: randomUUID(),
      name: attrs.name,
      type: 'PUBLIC',
      state: 'NEW',
      region: attrs.region,
      size: this.#size(attrs.size),
      vpcs: this.#vpcs(attrs.vpcs, attrs.region),
      egresses: { public_gateways: [{ ipv4: `174.138.${n >> 8}.${n & 255}` }] },
      udp_timeout_seconds: 30,
      icmp_timeout_seconds: 30,
      tcp_timeout_seconds: 300,
      created_at: now,
      updated_at: now,
    };
    this.#timeouts(gateway, attrs);
    this.put(gateway.id, gateway);
    this.world.schedule(() => {
      gateway.state = 'PROVISIONING';
      this.world.schedule(() => void (gateway.state = 'ACTIVE'));
    });
    return gateway;
  }

  update(id: string, attrs: Record<string, unknown>): NatGatewayJson {
    const gateway = this.get(id);
    if (gateway.state === 'DELETING') throw unprocessable('The NAT gateway is being deleted.');
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('name is required');
    gateway.name = attrs.name;
    gateway.size = this.#size(attrs.size);
    if (attrs.vpcs !== undefined) gateway.vpcs = this.#vpcs(attrs.vpcs, gateway.region);
    this.#timeouts(gateway, attrs);
    gateway.updated_at = this.now();
    return gateway;
  }

  remove(id: string): void {
    const gateway = this.get(id);
    gateway.state = 'DELETING';
    this.world.schedule(() => void this.items.delete(id));
  }

  #size(value: unknown): number {
    if (!Number.isInteger(value) || (value as number) < 1) throw unprocessable('size must be a positive integer');
    return value as number;
  }

  #vpcs(value: unknown, region: string): NatGatewayJson['vpcs'] {
    if (!Array.isArray(value) || value.length === 0) throw unprocessable('at least one VPC is required');
    return value.map((item: { vpc_uuid?: unknown; default_gateway?: unknown }, i) => {
      const vpc = this.world.state(vpcs).items.get(String(item?.vpc_uuid));
      if (!vpc) throw unprocessable(`VPC ${String(item?.vpc_uuid)} does not exist`);
      if (vpc.region !== region) throw unprocessable(`VPC ${String(vpc.id)} is not in ${region}`);
      const base = String(vpc.ip_range).split('/')[0].split('.').slice(0, 3).join('.');
      return { vpc_uuid: vpc.id, gateway_ip: `${base}.${2 + i}`, default_gateway: item.default_gateway === true };
    });
  }

  #timeouts(gateway: NatGatewayJson, attrs: Record<string, unknown>): void {
    for (const key of ['udp_timeout_seconds', 'icmp_timeout_seconds', 'tcp_timeout_seconds'] as const) {
      if (attrs[key] === undefined) continue;
      if (!Number.isInteger(attrs[key]) || (attrs[key] as number) < 1) throw unprocessable(`${key} must be a positive integer`);
      gateway[key] = attrs[key] as number;
    }
  }
}

/** VPC NAT gateways: `/v2/vpc_nat_gateways`. */
export const natGateways = defineModule('vpc_nat_gateways', (world) => new NatGatewayStore(world), (route) => {
  route('GET', '/v2/vpc_nat_gateways', (ctx, gateways) => ok(gateways.page(ctx, 'vpc_nat_gateways', gateways.filtered(ctx.query))));
  route('POST', '/v2/vpc_nat_gateways', (ctx, gateways) => accepted({ vpc_nat_gateway: gateways.create(body(ctx)) }));
  route('GET', '/v2/vpc_nat_gateways/{id}', (ctx, gateways) => ok({ vpc_nat_gateway: gateways.get(ctx.params.id) }));
  route('PUT', '/v2/vpc_nat_gateways/{id}', (ctx, gateways) => ok({ vpc_nat_gateway: gateways.update(ctx.params.id, body(ctx)) }));
  route('DELETE', '/v2/vpc_nat_gateways/{id}', (ctx, gateways) => {
    gateways.remove(ctx.params.id);
    return { status: 202 };
  });
});
