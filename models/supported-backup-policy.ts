import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A backup plan droplets can have, with the windows and days it offers. */
export class SupportedBackupPolicy extends Model {
  /** The plan, e.g. `weekly`. */
  @Field() name!: string;
  /** The hours (UTC) a window may start at. */
  @Field() possibleWindowStarts!: number[];
  /** How many hours a window lasts. */
  @Field() windowLengthHours!: number;
  /** How many days a backup is kept. */
  @Field() retentionPeriodDays!: number;
  /** The days a weekly backup may be taken on (none for daily). */
  @Field() possibleDays!: string[];
}
