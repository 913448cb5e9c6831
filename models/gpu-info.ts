import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { Quantity } from './quantity.js';

/** The GPUs of a GPU droplet or size. */
export class GpuInfo extends Model {
  /** How many GPUs. */
  @Field() count!: number;
  /** The GPU model, e.g. `nvidia_h100`. */
  @Field() model!: string;
  /** Memory of each GPU. */
  @Field({ type: () => Quantity }) vram!: Quantity;
}
