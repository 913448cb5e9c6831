import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** How a MySQL user authenticates. */
export type MysqlAuthPlugin = 'mysql_native_password' | 'caching_sha2_password';

/** MySQL settings of a database user. */
export class DatabaseMysqlSettings extends Model {
  /** The authentication plugin. */
  @Field() authPlugin!: MysqlAuthPlugin;
}
