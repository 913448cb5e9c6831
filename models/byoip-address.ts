import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** An address of a BYOIP prefix assigned to a resource. */
export class ByoipAddress extends Model {
  /** The allocation's id. */
  @Field() id!: number;
  /** The address. */
  @Field() byoip!: string;
  /** The region slug. */
  @Field() region!: string;
  /** The URN of the resource it is assigned to, e.g. `do:droplet:...`. */
  @Field() resource!: string;
  /** When it was assigned. */
  @Field({ type: () => Date }) assignedAt!: Date;
}
