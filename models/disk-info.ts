import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { Quantity } from './quantity.js';

/** One disk of a droplet or size. */
export class DiskInfo extends Model {
  /** `local` or `boot`, or `scratch` for a GPU droplet's non-persistent disk. */
  @Field() type!: 'local' | 'boot' | 'scratch';
  /** The disk's size. */
  @Field({ type: () => Quantity }) size!: Quantity;
}
