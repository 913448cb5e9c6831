import { accepted, body, defineModule, ok } from '../module.js';
import { page } from '../router.js';
import type { Stores } from '../stores.js';
import { unprocessable } from '../world.js';

type Json = Record<string, unknown>;

/**
 * The account-wide VPC peering routes: the peerings themselves live with the VPCs (in the shared
 * stores, where `/v2/vpcs/{id}/peerings`, `GET` and `DELETE /v2/vpc_peerings/{id}` find them too).
 * A pair of VPCs is peered at most once.
 */
export class VpcPeeringRoutes {
  list(stores: Stores, region: string | null): Json[] {
    return [...stores.peerings.values()].filter((p) => region === null || (p.vpc_ids as string[]).some((id) => stores.vpcs.get(id)?.region === region));
  }

  create(stores: Stores, attrs: Json): Json {
    const ids = attrs.vpc_ids;
    if (!Array.isArray(ids) || ids.length !== 2) throw unprocessable('vpc_ids must hold two VPC ids');
    if (typeof attrs.name !== 'string' || !/^[a-zA-Z0-9-]+$/.test(attrs.name)) throw unprocessable('name is invalid');
    const pair = [...ids].map(String).sort().join();
    if ([...stores.peerings.values()].some((p) => [...(p.vpc_ids as string[])].sort().join() === pair && p.status !== 'DELETING')) {
      throw unprocessable('These VPCs are already peered.');
    }
    return stores.createPeering(stores.vpc(String(ids[0])), { name: attrs.name, vpc_id: ids[1] });
  }

  rename(stores: Stores, id: string, attrs: Json): Json {
    const peering = stores.peering(id);
    if (typeof attrs.name !== 'string' || !/^[a-zA-Z0-9-]+$/.test(attrs.name)) throw unprocessable('name is invalid');
    peering.name = attrs.name;
    return peering;
  }
}

/** VPC peerings: `GET` and `POST /v2/vpc_peerings`, `PATCH /v2/vpc_peerings/{id}`. */
export const vpcPeerings = defineModule('vpc_peerings', () => new VpcPeeringRoutes(), (route) => {
  route('GET', '/v2/vpc_peerings', (ctx, peerings) => ok(page(ctx, 'vpc_peerings', peerings.list(ctx.stores, ctx.query.get('region')))));
  route('POST', '/v2/vpc_peerings', (ctx, peerings) => accepted({ vpc_peering: peerings.create(ctx.stores, body(ctx)) }));
  route('PATCH', '/v2/vpc_peerings/{vpc_peering_id}', (ctx, peerings) => ok({ vpc_peering: peerings.rename(ctx.stores, ctx.params.vpc_peering_id, body(ctx)) }));
});
