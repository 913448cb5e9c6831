import { randomUUID } from 'node:crypto';
import { accepted, body, created, defineModule, found, noContent, ok, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { forbidden, unprocessable, type World } from '../world.js';
import { droplets } from './droplets.js';
import { loadBalancers } from './load-balancers.js';

/** A VPC as the API answers it. */
export interface VpcJson {
  id: string;
  urn: string;
  name: string;
  description: string;
  region: string;
  ip_range: string;
  default: boolean;
  created_at: string;
}

/** A member of a VPC as the API answers it. */
export interface VpcMemberJson {
  urn: string;
  name: string;
  created_at: string;
}

/** A VPC peering as the API answers it. */
export interface VpcPeeringJson {
  id: string;
  name: string;
  vpc_ids: string[];
  created_at: string;
  status: 'PROVISIONING' | 'ACTIVE' | 'DELETING';
}

/** The VPCs, by id (a default one per region from the start), and their peerings. */
export class VpcStore extends Store<VpcJson, string> {
  /** The peerings, by id. */
  readonly peerings: Store<VpcPeeringJson, string>;

  constructor(world: World) {
    super(world);
    this.peerings = new Store(world);
    world.regions.forEach((region, i) => {
      const id = world.vpcOf(region.slug);
      this.put(id, {
        id,
        urn: `do:vpc:${id}`,
        name: `default-${region.slug}`,
        description: '',
        region: region.slug,
        ip_range: `10.${100 + i}.0.0/20`,
        default: true,
        created_at: '2025-01-06T10:00:00Z',
      });
    });
  }

  /** Creates a VPC with a unique name and an IP range that overlaps no other. */
  create(attrs: Record<string, unknown>): VpcJson {
    const name = attrs.name;
    if (typeof name !== 'string' || !/^[a-zA-Z0-9-]{1,255}$/.test(name)) throw unprocessable('Name is invalid.');
    const region = this.world.region(attrs.region);
    if (!region) throw unprocessable('You specified an invalid region.');
    if (this.list().some((v) => v.name === name)) throw unprocessable('A VPC with this name already exists.');
    const range = typeof attrs.ip_range === 'string' ? attrs.ip_range : `10.${120 + (this.items.size % 100)}.16.0/20`;
    if (this.list().some((v) => v.ip_range === range)) throw unprocessable('The IP range overlaps another VPC.');
    const id = randomUUID();
    const description = typeof attrs.description === 'string' ? attrs.description : '';
    return this.put(id, { id, urn: `do:vpc:${id}`, name, description, region: region.slug, ip_range: range, default: false, created_at: this.now() });
  }

  /** Patches a VPC, or replaces it (PUT: the name is required); `default: true` makes it its region's default. */
  update(vpc: VpcJson, attrs: Record<string, unknown>, replace: boolean): VpcJson {
    if (replace && (typeof attrs.name !== 'string' || !attrs.name)) throw unprocessable('Name is required.');
    for (const key of ['name', 'description'] as const) {
      const value = attrs[key];
      if (value === undefined) continue;
      if (typeof value !== 'string') throw unprocessable(`${key} is invalid.`);
      vpc[key] = value;
    }
    if (attrs.default === true) {
      for (const other of this.items.values()) if (other.region === vpc.region) other.default = false;
      vpc.default = true;
    }
    return vpc;
  }

  /** Deletes a VPC that is not a default one and has no members. */
  remove(vpc: VpcJson): void {
    if (vpc.default) throw forbidden('A default VPC cannot be deleted.');
    if (this.members(vpc, null).length) throw forbidden('The VPC still has members.');
    this.items.delete(vpc.id);
  }

  /** The droplets and load balancers in a VPC, or those of one `resource_type`. */
  members(vpc: VpcJson, type: string | null): VpcMemberJson[] {
    const inVpc = this.world
      .state(droplets)
      .list()
      .filter((d) => d.vpc_uuid === vpc.id)
      .map((d) => ({ urn: `do:droplet:${d.id}`, name: d.name, created_at: d.created_at, type: 'droplet' }));
    const lbs = this.world
      .state(loadBalancers)
      .list()
      .filter((l) => l.vpc_uuid === vpc.id)
      .map((l) => ({ urn: `do:loadbalancer:${l.id}`, name: l.name, created_at: l.created_at, type: 'load_balancer' }));
    return [...inVpc, ...lbs].filter((m) => type === null || m.type === type).map(({ type: _type, ...member }) => member);
  }

  /** Starts peering two VPCs: `PROVISIONING`, then `ACTIVE` after the action duration. */
  peer(vpc: VpcJson, attrs: Record<string, unknown>): VpcPeeringJson {
    const other = typeof attrs.vpc_id === 'string' ? this.items.get(attrs.vpc_id) : undefined;
    if (!other) throw unprocessable('The other VPC does not exist.');
    if (other.id === vpc.id) throw unprocessable('A VPC cannot peer with itself.');
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('Name is required.');
    const id = randomUUID();
    const peering = this.peerings.put(id, { id, name: attrs.name, vpc_ids: [vpc.id, other.id], created_at: this.now(), status: 'PROVISIONING' });
    this.world.schedule(() => {
      if (peering.status === 'PROVISIONING') peering.status = 'ACTIVE';
    });
    return peering;
  }

  /** The peerings of a VPC. */
  peeringsOf(vpc: VpcJson): VpcPeeringJson[] {
    return this.peerings.list().filter((p) => p.vpc_ids.includes(vpc.id));
  }

  /** Renames a peering of a VPC. */
  renamePeering(vpc: VpcJson, peeringId: string, attrs: Record<string, unknown>): VpcPeeringJson {
    const peering = found(this.peeringsOf(vpc).find((p) => p.id === peeringId));
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('Name is required.');
    peering.name = attrs.name;
    return peering;
  }

  /** Starts deleting a peering: it is `DELETING`, then gone after the action duration. */
  unpeer(peering: VpcPeeringJson): VpcPeeringJson {
    if (peering.status === 'DELETING') throw unprocessable('The VPC peering is already being deleted.');
    peering.status = 'DELETING';
    this.world.schedule(() => void this.peerings.items.delete(peering.id));
    return peering;
  }
}

const vpc = (ctx: RouteContext, store: VpcStore) => store.get(ctx.params.vpc_id);

/** VPCs, their members and peerings: `/v2/vpcs`, `/v2/vpc_peerings`. */
export const vpcs = defineModule('vpcs', (world) => new VpcStore(world), (route) => {
  route('GET', '/v2/vpcs', (ctx, store) => ok(store.page(ctx, 'vpcs', store.list())));
  route('POST', '/v2/vpcs', (ctx, store) => created({ vpc: store.create(body(ctx)) }));
  route('GET', '/v2/vpcs/{vpc_id}', (ctx, store) => ok({ vpc: vpc(ctx, store) }));
  route('PUT', '/v2/vpcs/{vpc_id}', (ctx, store) => ok({ vpc: store.update(vpc(ctx, store), body(ctx), true) }));
  route('PATCH', '/v2/vpcs/{vpc_id}', (ctx, store) => ok({ vpc: store.update(vpc(ctx, store), body(ctx), false) }));
  route('DELETE', '/v2/vpcs/{vpc_id}', (ctx, store) => {
    store.remove(vpc(ctx, store));
    return noContent();
  });
  route('GET', '/v2/vpcs/{vpc_id}/members', (ctx, store) => ok(store.page(ctx, 'members', store.members(vpc(ctx, store), ctx.query.get('resource_type')))));
  route('GET', '/v2/vpcs/{vpc_id}/peerings', (ctx, store) => ok(store.page(ctx, 'peerings', store.peeringsOf(vpc(ctx, store)))));
  route('POST', '/v2/vpcs/{vpc_id}/peerings', (ctx, store) => accepted({ peering: store.peer(vpc(ctx, store), body(ctx)) }));
  route('GET', '/v2/vpc_peerings/{vpc_peering_id}', (ctx, store) => ok({ vpc_peering: store.peerings.get(ctx.params.vpc_peering_id) }));
  route('DELETE', '/v2/vpc_peerings/{vpc_peering_id}', (ctx, store) => accepted({ vpc_peering: store.unpeer(store.peerings.get(ctx.params.vpc_peering_id)) }));
  route('PATCH', '/v2/vpcs/{vpc_id}/peerings/{vpc_peering_id}', (ctx, store) => ok({ peering: store.renamePeering(vpc(ctx, store), ctx.params.vpc_peering_id, body(ctx)) }));
});
