import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The BGP session of a partner attachment. */
export class PartnerAttachmentBgp extends Model {
  /** The ASN of DigitalOcean's router. */
  @Field() localAsn?: number;
  /** The ASN of the partner's router. */
  @Field() peerAsn?: number;
  /** The address of DigitalOcean's router, e.g. `169.254.0.1/29`. */
  @Field() localRouterIp?: string;
  /** The address of the partner's router. */
  @Field() peerRouterIp?: string;
}
