import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The admin credentials of a vector database: the API token is a secret (`[REDACTED]` in `util.inspect`). */
export class VectorDatabaseCredentials extends Model {
  /** The admin API token. */
  @Field({ secret: true }) apiToken!: string;
  /** The admin user's id. */
  @Field() userId?: string;
}
