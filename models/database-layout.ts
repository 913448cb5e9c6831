import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A node count an engine offers, with the sizes it comes in. */
export class DatabaseLayout extends Model {
  /** How many nodes. */
  @Field() numNodes!: number;
  /** The size slugs available with that many nodes, e.g. `db-s-1vcpu-1gb`. */
  @Field() sizes!: string[];
}
