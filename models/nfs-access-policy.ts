import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** NFS protocol versions an access point serves. */
export type NfsProtocol = 'NFS4' | 'NFS';
/** How client identities are mapped. */
export type NfsSquashConfig = 'NO_SQUASH' | 'ROOT_SQUASH' | 'ALL_SQUASH';

/** Who may do what through an NFS access point. */
export class NfsAccessPolicy extends Model {
  /** The user id anonymous (squashed) clients act as, e.g. `65534`. */
  @Field() anonuid!: number;
  /** The group id anonymous (squashed) clients act as. */
  @Field() anongid!: number;
  /** The protocols served. */
  @Field() protocols!: NfsProtocol[];
  /** How client identities are mapped. */
  @Field() squashConfig!: NfsSquashConfig;
  /** Whether client identities are enforced. */
  @Field() identityEnforcementEnabled!: boolean;
}
