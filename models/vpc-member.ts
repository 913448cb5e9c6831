import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A resource inside a VPC. */
export class VpcMember extends Model {
  /** Its uniform resource name, e.g. `do:droplet:3164444`. */
  @Field() urn!: string;
  /** Its name. */
  @Field() name!: string;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
}
