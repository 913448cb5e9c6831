import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A route the partner's network advertises to a partner attachment. */
export class PartnerAttachmentRemoteRoute extends Model {
  /** The route, in CIDR notation. */
  @Field() cidr!: string;
}
