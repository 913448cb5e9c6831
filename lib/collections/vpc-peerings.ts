import { VPC_PEERING_CREATE, VpcPeering, type VpcPeeringCreateAttributes, type VpcPeeringUpdateAttributes } from '../../models/vpc-peering.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { checkSlug, checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/** Options of `client.vpcPeerings.list()`. */
export interface VpcPeeringListOptions extends ListOptions {
  /** Only the peerings of VPCs in this region. */
  region?: string;
}

/**
 * `client.vpcPeerings`: every VPC peering of the account (`/v2/vpc_peerings`); a VPC's own are
 * also at `vpc.peerings()`.
 * @example `const peering = await client.vpcPeerings.create({ name: 'app-to-db', vpcIds: [app, db] }).then((p) => p.waitUntilActive());`
 */
export class VpcPeeringsCollection extends Collection {
  /** Every peering, or those of VPCs in `region` (`GET /v2/vpc_peerings`). */
  list(options: VpcPeeringListOptions = {}): Paginator<VpcPeering> {
    const { region, ...rest } = options;
    return this.page(VpcPeering, 'vpc_peerings', 'vpc_peerings', { region: region === undefined ? undefined : checkSlug('region', region) }, rest);
  }

  /** One peering (`GET /v2/vpc_peerings/{id}`). @throws NotFoundError when there is none. */
  async get(id: string, options?: RequestOptions): Promise<VpcPeering> {
    return this.load(VpcPeering, path`vpc_peerings/${checkUuid('id', id)}`, 'vpc_peering', options);
  }

  /**
   * Peers two VPCs (`POST /v2/vpc_peerings`); the peering is `PROVISIONING` until traffic can
   * flow: `waitUntilActive()`.
   * @throws ValidationError unless `vpcIds` holds two different VPCs, before any request.
   */
  async create(attrs: VpcPeeringCreateAttributes, options?: RequestOptions): Promise<VpcPeering> {
    return this.write('POST', VpcPeering, 'vpc_peerings', 'vpc_peering', VPC_PEERING_CREATE.wire('attrs', attrs), options);
  }

  /** `peering.update()` by id (`PATCH /v2/vpc_peerings/{id}`). */
  async update(id: string, attrs: VpcPeeringUpdateAttributes, options?: RequestOptions): Promise<VpcPeering> {
    return this.#ref(id).update(attrs, options);
  }

  /** Deletes a peering (`DELETE /v2/vpc_peerings/{id}`); it is `DELETING`, then gone. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.#ref(id).destroy(options);
  }

  #ref(id: string): VpcPeering {
    return this.ref(VpcPeering, { id: checkUuid('id', id) });
  }
}
