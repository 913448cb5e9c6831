import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A kernel a droplet can boot (only droplets with externally managed kernels use one). */
export class Kernel extends Model {
  /** The kernel's id, as `droplet.changeKernel()` takes it. */
  @Field() id!: number;
  /** The display name. */
  @Field() name!: string;
  /** The version string. */
  @Field() version!: string;
}
