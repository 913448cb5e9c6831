import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** When a database cluster's maintenance runs, and whether updates wait for it. */
export class DatabaseMaintenanceWindow extends Model {
  /** The day of the week, e.g. `tuesday`. */
  @Field() day!: string;
  /** The hour, UTC, in 24-hour `HH:MM`, e.g. `14:00`. */
  @Field() hour!: string;
  /** Whether updates are waiting for the window (or for `installUpdate()`). */
  @Field() pending?: boolean;
  /** What the pending updates are. */
  @Field() description?: string[];
}
