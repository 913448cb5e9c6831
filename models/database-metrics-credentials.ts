import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The basic-auth credentials of every database cluster's metrics endpoint on the account. */
export class DatabaseMetricsCredentials extends Model {
  /** The user name. */
  @Field() basicAuthUsername!: string;
  /** The password (a secret: `[REDACTED]` in `util.inspect`). */
  @Field({ secret: true }) basicAuthPassword!: string;
}
