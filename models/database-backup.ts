import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A backup of a database cluster, from which a new cluster can be restored (`cluster.fork()`). */
export class DatabaseBackup extends Model {
  /** When the backup was taken; what `fork()` and `restore` name it by. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** Its size in GB. */
  @Field() sizeGigabytes!: number;
  /** Whether it is an incremental backup. */
  @Field() incremental?: boolean;
}
