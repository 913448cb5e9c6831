import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/**
 * How to reach a database cluster, a replica or a connection pool. The password and the URI (which
 * embeds it) are secrets: `[REDACTED]` in `util.inspect`, kept in `toJSON()` because the API sent them.
 */
export class DatabaseConnection extends Model {
  /** A connection string with the password in it, e.g. `postgresql://doadmin:...@host:25060/defaultdb?sslmode=require`. */
  @Field({ secret: true }) uri!: string;
  /** The database connected to by default, e.g. `defaultdb`. */
  @Field() database?: string;
  /** The host name. */
  @Field() host!: string;
  /** The port, e.g. `25060`. */
  @Field() port!: number;
  /** The user, e.g. `doadmin`. */
  @Field() user!: string;
  /** The user's password. */
  @Field({ secret: true }) password!: string;
  /** Whether the connection requires TLS. */
  @Field() ssl!: boolean;
}
