import { accepted, body, defineModule, ok } from '../module.js';
import { page } from '../router.js';
import { unprocessable, type World } from '../world.js';
import { vpcs, type VpcPeeringJson } from './vpcs.js';

/**
 * The account-wide VPC peering routes. The peerings themselves live with the VPCs (the `vpcs`
 * module, where `/v2/vpcs/{id}/peerings` and `GET`, `DELETE /v2/vpc_peerings/{id}` find them too).
 * A pair of VPCs is peered at most once.
 */
export class VpcPeeringRoutes {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
  }

  /** Every peering, or those of a VPC in `region`. */
  list(region: string | null): VpcPeeringJson[] {
    const store = this.#world.state(vpcs);
    return store.peerings.list().filter((p) => region === null || p.vpc_ids.some((id) => store.items.get(id)?.region === region));
  }

  /** Peers the two VPCs of `vpc_ids`: `PROVISIONING`, then `ACTIVE`. */
  create(attrs: Record<string, unknown>): VpcPeeringJson {
    const store = this.#world.state(vpcs);
    const ids = attrs.vpc_ids;
    if (!Array.isArray(ids) || ids.length !== 2) throw unprocessable('vpc_ids must hold two VPC ids');
    if (typeof attrs.name !== 'string' || !/^[a-zA-Z0-9-]+$/.test(attrs.name)) throw unprocessable('name is invalid');
    const pair = ids.map(String).sort().join();
    if (store.peerings.list().some((p) => [...p.vpc_ids].sort().join() === pair && p.status !== 'DELETING')) throw unprocessable('These VPCs are already peered.');
    return store.peer(store.get(String(ids[0])), { name: attrs.name, vpc_id: ids[1] });
  }

  /** Renames a peering. */
  rename(id: string, attrs: Record<string, unknown>): VpcPeeringJson {
    const peering = this.#world.state(vpcs).peerings.get(id);
    if (typeof attrs.name !== 'string' || !/^[a-zA-Z0-9-]+$/.test(attrs.name)) throw unprocessable('name is invalid');
    peering.name = attrs.name;
    return peering;
  }
}

/** VPC peerings: `GET` and `POST /v2/vpc_peerings`, `PATCH /v2/vpc_peerings/{id}`. */
export const vpcPeerings = defineModule('vpc_peerings', (world) => new VpcPeeringRoutes(world), (route) => {
  route('GET', '/v2/vpc_peerings', (ctx, peerings) => ok(page(ctx, 'vpc_peerings', peerings.list(ctx.query.get('region')))));
  route('POST', '/v2/vpc_peerings', (ctx, peerings) => accepted({ vpc_peering: peerings.create(body(ctx)) }));
  route('PATCH', '/v2/vpc_peerings/{vpc_peering_id}', (ctx, peerings) => ok({ vpc_peering: peerings.rename(ctx.params.vpc_peering_id, body(ctx)) }));
});
