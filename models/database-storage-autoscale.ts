import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Whether and how a cluster's storage grows on its own. */
export class DatabaseStorageAutoscale extends Model {
  /** Whether storage grows on its own. */
  @Field() enabled!: boolean;
  /** The usage, in percent (15 to 95), at which storage grows. */
  @Field() thresholdPercent?: number;
  /** How many GiB (10 to 500) each growth adds. */
  @Field() incrementGib?: number;
}
