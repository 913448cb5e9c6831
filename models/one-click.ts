import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The kinds of 1-Click applications. */
export type OneClickType = 'droplet' | 'kubernetes';

/** A 1-Click application: a droplet image or a Kubernetes add-on, installed by its slug. */
export class OneClick extends Model {
  /** The slug to install it by, e.g. `monitoring` or `wordpress-20-04`. */
  @Field() slug!: string;
  /** `droplet` (a droplet image) or `kubernetes` (a cluster add-on). */
  @Field() type!: OneClickType;
}
