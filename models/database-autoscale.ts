import { Field } from '../lib/fields.js';
import { DatabaseStorageAutoscale } from './database-storage-autoscale.js';
import { Model } from './model.js';

/** A database cluster's autoscaling settings. */
export class DatabaseAutoscale extends Model {
  /** Storage autoscaling. */
  @Field({ type: () => DatabaseStorageAutoscale }) storage?: DatabaseStorageAutoscale;
}
