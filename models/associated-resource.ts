import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A resource that goes with a droplet (a volume, a snapshot, a reserved IP) and what it costs. */
export class AssociatedResource extends Model {
  /** Its id (an IP address for reserved IPs). */
  @Field() id!: string;
  /** Its name. */
  @Field() name!: string;
  /** Its monthly cost in US dollars, as a decimal string. */
  @Field() cost?: string;
}
