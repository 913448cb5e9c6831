import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A backup of a vector database, to restore with `db.restore(backup)`. */
export class VectorDatabaseBackup extends Model {
  /** Its id, e.g. `vectordb-{uuid}-20250101-120000`. */
  @Field() backupId!: string;
  /** When it started. */
  @Field({ type: () => Date }) startedAt?: Date;
  /** When it completed. */
  @Field({ type: () => Date }) completedAt?: Date;
  /** Its status, e.g. `SUCCESS`. */
  @Field() status?: string;
}
