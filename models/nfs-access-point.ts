import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, checkBoolean, objectOf, oneOf, required, shape, type AttributesOf } from '../lib/shape.js';
import { ValidationError } from '../lib/errors.js';
import { checkInt, checkText, checkUuid } from '../lib/validate.js';
import { NfsAccessPolicy, type NfsProtocol, type NfsSquashConfig } from './nfs-access-policy.js';
import { Resource } from './resource.js';

/** Where an access point stands. */
export type NfsAccessPointStatus = 'ACCESS_POINT_CREATING' | 'ACCESS_POINT_ACTIVE' | 'ACCESS_POINT_FAILED' | 'ACCESS_POINT_DELETED';

const id = (field: string, value: unknown) => checkInt(field, value, 0, 4_294_967_295);

/** What `share.createAccessPoint()` takes. */
export const NFS_ACCESS_POINT_CREATE = shape('an NFS access point', {
  /** The access point's name. */
  name: required(checkText),
  /** The directory of the share it exposes, e.g. `/exports/team`. */
  path: required((field: string, value: unknown) => {
    if (typeof value !== 'string' || !/^\/[^\0]*$/.test(value)) throw new ValidationError(field, `must be an absolute path such as "/team", got ${JSON.stringify(value)}`);
    return value;
  }),
  /** Who may do what. */
  accessPolicy: required(
    objectOf(
      shape('an access policy', {
        /** The user id anonymous clients act as. */
        anonuid: required(id),
        /** The group id anonymous clients act as. */
        anongid: required(id),
        /** The protocols served. */
        protocols: required(arrayOf(oneOf<NfsProtocol>(['NFS4', 'NFS']), 1)),
        /** How client identities are mapped. */
        squashConfig: required(oneOf<NfsSquashConfig>(['NO_SQUASH', 'ROOT_SQUASH', 'ALL_SQUASH'])),
        /** Whether client identities are enforced. */
        identityEnforcementEnabled: required(checkBoolean),
      }),
    ),
  ),
  /** The VPC it serves. */
  vpcId: required(checkUuid),
});
/** Attributes of `share.createAccessPoint()`. */
export type NfsAccessPointCreateAttributes = AttributesOf<typeof NFS_ACCESS_POINT_CREATE.attributes>;

/** A way into an NFS share: a directory of it, served to one VPC with its own access policy. */
export class NfsAccessPoint extends Resource {
  /** Its id. */
  @Field() id!: string;
  /** Its name. */
  @Field() name!: string;
  /** The share it belongs to. */
  @Field() shareId!: string;
  /** The directory of the share it exposes. */
  @Field() path!: string;
  /** Where it stands. */
  @Field() status!: NfsAccessPointStatus;
  /** Who may do what. */
  @Field({ type: () => NfsAccessPolicy }) accessPolicy!: NfsAccessPolicy;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
  /** Whether it is the share's default access point. */
  @Field() isDefault!: boolean;
  /** The VPC it serves. */
  @Field() vpcId?: string;

  protected get resourcePath(): string {
    return path`nfs/access_points/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'access_point';
  }

  /** Polls until the access point is `ACCESS_POINT_ACTIVE`. @throws ResourceFailedError when it fails, WaitTimeoutError, AbortError */
  async waitUntilActive(options?: WaitOptions<this>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'ACCESS_POINT_ACTIVE', failed: ['ACCESS_POINT_FAILED', 'ACCESS_POINT_DELETED'] }, options);
  }
}
