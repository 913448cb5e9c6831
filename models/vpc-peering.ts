import { checkUuidRef } from '../lib/app-options.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { arrayOf, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkText } from '../lib/validate.js';
import { Resource } from './resource.js';
import type { Vpc } from './vpc.js';

const checkPeeringName: Check<string> = (field, value) => {
  const name = checkText(field, value);
  if (!/^[a-zA-Z0-9-]+$/.test(name)) throw new ValidationError(field, `may hold only letters, digits and "-", got ${JSON.stringify(name)}`);
  return name;
};

/** Two different VPCs, each by id or as a model; sent as their ids. */
const checkVpcPair: Check<Array<string | Pick<Vpc, 'id'>>> = (field, value) => {
  const ids = arrayOf(checkUuidRef)(field, value);
  if (ids.length !== 2 || ids[0] === ids[1]) throw new ValidationError(field, 'must hold exactly two different VPCs');
  return ids;
};

/** What `client.vpcPeerings.create()` takes. */
export const VPC_PEERING_CREATE = shape('a VPC peering', {
  /** The name: letters, digits and "-". */
  name: required(checkPeeringName),
  /** The two VPCs to peer, by id or as models. */
  vpcIds: required(checkVpcPair),
});

/** What `peering.update()` takes: a new name. */
export const VPC_PEERING_UPDATE = shape('a VPC peering update', {
  /** The new name: letters, digits and "-". */
  name: required(checkPeeringName),
});

/** What `vpc.createPeering()` takes: the peering's name and the VPC to peer with. @internal */
export const VPC_PEERING_WITH = shape('a VPC peering', {
  /** The name: letters, digits and "-". */
  name: required(checkPeeringName),
  /** The other VPC, by id or as a model. */
  vpcId: required(checkUuidRef as Check<string | Pick<Vpc, 'id'>>),
});

/** Attributes of `client.vpcPeerings.create()`. */
export type VpcPeeringCreateAttributes = AttributesOf<typeof VPC_PEERING_CREATE>;
/** Attributes of `peering.update()` and `client.vpcPeerings.update()`. */
export type VpcPeeringUpdateAttributes = AttributesOf<typeof VPC_PEERING_UPDATE>;

/**
 * A peering that routes private traffic between two VPCs; `reload()` and `destroy()` use
 * `/v2/vpc_peerings/{id}`.
 * @example `const peering = await vpc.createPeering({ name: 'a-b', vpcId: other }).then((p) => p.waitUntilActive());`
 */
export class VpcPeering extends Resource {
  /** The peering's id (a UUID). */
  @Field() id!: string;
  /** The name. */
  @Field() name!: string;
  /** The two VPCs it joins. */
  @Field() vpcIds!: string[];
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** `PROVISIONING`, `ACTIVE` or `DELETING`. */
  @Field() status!: 'PROVISIONING' | 'ACTIVE' | 'DELETING';

  protected get resourcePath(): string {
    return path`vpc_peerings/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'vpc_peering';
  }

  /**
   * Polls until the peering's status is `ACTIVE` (`GET /v2/vpc_peerings/{id}`) and resolves to it,
   * reloaded in place. A new peering is `PROVISIONING` until traffic can flow.
   * @throws ResourceFailedError when it is `DELETING` (`error.resource` is the peering).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilActive(options?: WaitOptions<VpcPeering>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'ACTIVE', failed: ['DELETING'] }, options);
  }

  /** Renames the peering (`PATCH /v2/vpc_peerings/{id}`) and updates it in place. */
  async update(attrs: VpcPeeringUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PATCH', VPC_PEERING_UPDATE.wire('attrs', attrs), options);
  }
}
