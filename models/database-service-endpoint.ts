import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Where a database cluster's metrics are scraped. */
export class DatabaseServiceEndpoint extends Model {
  /** The host name. */
  @Field() host!: string;
  /** The port, e.g. `9273`. */
  @Field() port!: number;
}
