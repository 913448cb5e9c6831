import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** When a droplet's next backup will be taken. */
export class BackupWindow extends Model {
  /** Start of the window. */
  @Field({ type: () => Date }) start!: Date;
  /** End of the window. */
  @Field({ type: () => Date }) end!: Date;
}
