import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** An amount with its unit, e.g. `{ amount: 25, unit: 'gib' }` for a disk or GPU memory. */
export class Quantity extends Model {
  /** The amount. */
  @Field() amount!: number;
  /** The unit of `amount`, e.g. `gib`. */
  @Field() unit!: string;
}
