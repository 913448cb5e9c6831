import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The states of a restore, as the API writes them. */
export type VectorDatabaseRestoreStatus = 'STARTED' | 'TRANSFERRING' | 'TRANSFERRED' | 'FINALIZING' | 'SUCCESS' | 'FAILED' | 'CANCELLING' | 'CANCELED';

/** A restore of a backup into a vector database: where it stands. */
export class VectorDatabaseRestore extends Model {
  /** The backup being restored. */
  @Field() backupId!: string;
  /** Where it stands. */
  @Field() status!: VectorDatabaseRestoreStatus;
  /** Why it failed, when it did. */
  @Field() error?: string;
}
