import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { checkAttrs, checkKeys, checkText, checkUuid, toWire } from '../lib/validate.js';
import { ValidationError } from '../lib/errors.js';
import type { RequestOptions } from '../lib/connection.js';
import { Resource } from './resource.js';
import { VpcMember } from './vpc-member.js';
import { VPC_PEERING_UPDATE, VPC_PEERING_WITH, VpcPeering } from './vpc-peering.js';

/** What `vpc.update()` changes. */
export interface VpcUpdate {
  /** New name. */
  name?: string;
  /** New description. */
  description?: string;
  /** `true` makes it its region's default VPC. */
  default?: boolean;
}

/** @internal */
export function checkVpcUpdate(raw: VpcUpdate): Record<string, unknown> {
  const attrs = checkAttrs('attrs', raw);
  checkKeys('attrs', attrs, ['name', 'description', 'default'], 'a VPC update');
  if (attrs.name !== undefined) checkText('attrs.name', attrs.name);
  if (attrs.description !== undefined && typeof attrs.description !== 'string') throw new ValidationError('attrs.description', 'must be a string');
  if (attrs.default !== undefined && attrs.default !== true) throw new ValidationError('attrs.default', 'can only be set to true');
  return toWire(attrs) as Record<string, unknown>;
}

/**
 * A virtual private cloud: a private network in one region.
 * @example `const vpc = await client.vpcs.create({ name: 'backend', region: 'nyc3' }); const members = await vpc.members();`
 */
export class Vpc extends Resource {
  /** The VPC's id (a UUID). */
  @Field() id!: string;
  /** Its uniform resource name, `do:vpc:{id}`. */
  @Field() urn!: string;
  /** The name. */
  @Field() name!: string;
  /** Free-form description. */
  @Field() description!: string;
  /** Its region's slug. */
  @Field() region!: string;
  /** Its private range, e.g. `10.10.10.0/24`. */
  @Field() ipRange!: string;
  /** Whether it is its region's default VPC. */
  @Field() default!: boolean;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;

  protected get resourcePath(): string {
    return path`vpcs/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'vpc';
  }

  /** Changes the name, description or default flag (`PATCH /v2/vpcs/{id}`) and updates it in place. */
  async update(attrs: VpcUpdate, options?: RequestOptions): Promise<this> {
    return this.save('PATCH', checkVpcUpdate(attrs), options);
  }

  /** The resources in the VPC, optionally of one type such as `droplet` (`GET /v2/vpcs/{id}/members`). */
  members(options: ListOptions & { resourceType?: string } = {}): Paginator<VpcMember> {
    const { resourceType, ...rest } = options;
    if (resourceType !== undefined) checkText('resourceType', resourceType, 40);
    return paginate(this.connection, VpcMember, `${this.resourcePath}/members`, 'members', { resource_type: resourceType }, rest);
  }

  /** The VPC's peerings (`GET /v2/vpcs/{id}/peerings`). */
  peerings(options?: ListOptions): Paginator<VpcPeering> {
    return paginate(this.connection, VpcPeering, `${this.resourcePath}/peerings`, 'peerings', {}, options);
  }

  /**
   * Peers this VPC with another (`POST /v2/vpcs/{id}/peerings`).
   * @throws ValidationError for a name of other than letters, digits and "-", or another VPC that is not a UUID nor a model with one, before any request.
   */
  async createPeering(attrs: { name: string; vpcId: string | Pick<Vpc, 'id'> }, options?: RequestOptions): Promise<VpcPeering> {
    const json = VPC_PEERING_WITH.wire('attrs', attrs);
    return this.loadAt(VpcPeering, 'peerings', 'peering', { method: 'POST', json, signal: options?.signal });
  }

  /**
   * Renames a peering of this VPC (`PATCH /v2/vpcs/{id}/peerings/{peeringId}`).
   * @throws ValidationError for a name of other than letters, digits and "-", before any request.
   */
  async updatePeering(peeringId: string, attrs: { name: string }, options?: RequestOptions): Promise<VpcPeering> {
    const json = VPC_PEERING_UPDATE.wire('attrs', attrs);
    return this.loadAt(VpcPeering, path`peerings/${checkUuid('peeringId', peeringId)}`, 'peering', { method: 'PATCH', json, signal: options?.signal });
  }
}
