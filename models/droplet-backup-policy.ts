import { Field } from '../lib/fields.js';
import { BackupSchedule } from './backup-schedule.js';
import { BackupWindow } from './backup-window.js';
import { Model } from './model.js';

/** A droplet's backup settings: whether backups are on, their schedule, the next window. */
export class DropletBackupPolicy extends Model {
  /** The droplet's id. */
  @Field() dropletId!: number;
  /** Whether backups are on. */
  @Field() backupEnabled!: boolean;
  /** The schedule, when backups are on. */
  @Field({ type: () => BackupSchedule }) backupPolicy?: BackupSchedule;
  /** The next backup window, when backups are on. */
  @Field({ type: () => BackupWindow }) nextBackupWindow?: BackupWindow | null;
}
