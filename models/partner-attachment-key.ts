import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A key of a partner attachment: its BGP authentication key, or the service key given to the partner. */
export class PartnerAttachmentKey extends Model {
  /** The key. */
  @Field({ secret: true }) value!: string;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt?: Date;
  /** Its state, e.g. `CREATED`. */
  @Field() state?: string;
}
