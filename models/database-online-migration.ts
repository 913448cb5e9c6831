import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Where an online migration into a database cluster stands. */
export type DatabaseOnlineMigrationStatus = 'running' | 'syncing' | 'canceled' | 'error' | 'done';

/** An online migration of data from another database server into a cluster. */
export class DatabaseOnlineMigration extends Model {
  /** The migration's id. */
  @Field() id?: string;
  /** Where it stands. */
  @Field() status?: DatabaseOnlineMigrationStatus;
  /** When it started, as the API writes it. */
  @Field() createdAt?: string;
}
