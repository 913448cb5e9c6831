import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** How often backups are taken: `daily` or `weekly`. */
export type BackupPlan = 'daily' | 'weekly';
/** A day of a weekly backup. */
export type BackupWeekday = 'SUN' | 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT';

/** When a droplet's backups are taken and how long they are kept. */
export class BackupSchedule extends Model {
  /** `daily` or `weekly`. */
  @Field() plan?: BackupPlan;
  /** The day of a weekly backup. */
  @Field() weekday?: BackupWeekday;
  /** The hour (UTC) the backup window starts: 0, 4, 8, 12, 16 or 20. */
  @Field() hour?: 0 | 4 | 8 | 12 | 16 | 20;
  /** How many hours the window lasts. */
  @Field() windowLengthHours?: number;
  /** How many days a backup is kept. */
  @Field() retentionPeriodDays?: number;
}
