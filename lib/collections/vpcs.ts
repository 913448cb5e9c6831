import { Vpc, checkVpcUpdate, type VpcUpdate } from '../../models/vpc.js';
import { path } from '../path.js';
import type { VpcMember } from '../../models/vpc-member.js';
import type { VpcPeering } from '../../models/vpc-peering.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkAttrs, checkKeys, checkSlug, checkText, checkUuid, toWire } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/** Attributes of `client.vpcs.create()`. */
export interface VpcCreateAttributes {
  /** Letters, digits and `-`. */
  name: string;
  /** Region slug. */
  region: string;
  /** Free-form description. */
  description?: string;
  /** A private range such as `10.10.10.0/24`; the API picks one when left out. */
  ipRange?: string;
}

/**
 * `client.vpcs`: virtual private clouds.
 * @example `const vpc = await client.vpcs.create({ name: 'backend', region: 'nyc3', ipRange: '10.20.0.0/20' });`
 */
export class VpcsCollection extends Collection {
  /** Every VPC (`GET /v2/vpcs`). */
  list(options?: ListOptions): Paginator<Vpc> {
    return this.page(Vpc, 'vpcs', 'vpcs', {}, options);
  }

  /** One VPC (`GET /v2/vpcs/{id}`). */
  async get(id: string, options?: RequestOptions): Promise<Vpc> {
    return this.load(Vpc, path`vpcs/${checkUuid('id', id)}`, 'vpc', options);
  }

  /** The default VPC of a region, found by listing. @throws NotFoundError when the region has none. */
  async getDefault(region: string, options?: RequestOptions): Promise<Vpc> {
    const slug = checkSlug('region', region);
    for await (const vpc of this.list({ signal: options?.signal })) if (vpc.region === slug && vpc.default) return vpc;
    throw new NotFoundError({ status: 404, id: 'not_found', message: `region ${slug} has no default VPC`, request: { method: 'GET', path: '/v2/vpcs' } });
  }

  /** Creates a VPC (`POST /v2/vpcs`). */
  async create(attrs: VpcCreateAttributes, options?: RequestOptions): Promise<Vpc> {
    const given = checkAttrs('attrs', attrs);
    checkKeys('attrs', given, ['name', 'region', 'description', 'ipRange'], 'a VPC');
    if (typeof given.name !== 'string' || !/^[a-zA-Z0-9-]{1,255}$/.test(given.name)) throw new ValidationError('attrs.name', 'must be letters, digits and "-"');
    checkSlug('attrs.region', given.region);
    if (given.ipRange !== undefined && (typeof given.ipRange !== 'string' || !/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(given.ipRange))) {
      throw new ValidationError('attrs.ipRange', `must be a CIDR block such as "10.10.10.0/24", got ${JSON.stringify(given.ipRange)}`);
    }
    if (given.description !== undefined) checkText('attrs.description', given.description, 255);
    return this.write('POST', Vpc, 'vpcs', 'vpc', toWire(given), options);
  }

  /** Replaces the name, description and default flag (`PUT /v2/vpcs/{id}`; the name is required). */
  async update(id: string, attrs: VpcUpdate & { name: string }, options?: RequestOptions): Promise<Vpc> {
    checkText('attrs.name', attrs?.name);
    return this.write('PUT', Vpc, path`vpcs/${checkUuid('id', id)}`, 'vpc', checkVpcUpdate(attrs), options);
  }

  /** `vpc.update()` by id (`PATCH /v2/vpcs/{id}`). */
  async patch(id: string, attrs: VpcUpdate, options?: RequestOptions): Promise<Vpc> {
    return this.#ref(id).update(attrs, options);
  }

  /** Deletes a VPC; it must be empty and not a default (`DELETE /v2/vpcs/{id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`vpcs/${checkUuid('id', id)}`, options);
  }

  /** `vpc.members()` by id. */
  members(id: string, options?: ListOptions & { resourceType?: string }): Paginator<VpcMember> {
    return this.#ref(id).members(options);
  }

  /** `vpc.peerings()` by id. */
  peerings(id: string, options?: ListOptions): Paginator<VpcPeering> {
    return this.#ref(id).peerings(options);
  }

  /** `vpc.createPeering()` by id. */
  async createPeering(id: string, attrs: { name: string; vpcId: string }, options?: RequestOptions): Promise<VpcPeering> {
    return this.#ref(id).createPeering(attrs, options);
  }

  /** `vpc.updatePeering()` by id. */
  async updatePeering(id: string, peeringId: string, attrs: { name: string }, options?: RequestOptions): Promise<VpcPeering> {
    return this.#ref(id).updatePeering(peeringId, attrs, options);
  }

  #ref(id: string): Vpc {
    return this.ref(Vpc, { id: checkUuid('id', id) });
  }
}
