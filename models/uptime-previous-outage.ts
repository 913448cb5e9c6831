import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The last outage an uptime check saw. */
export class UptimePreviousOutage extends Model {
  /** The region that saw it, e.g. `us_east`. */
  @Field() region!: string;
  /** When it started. */
  @Field({ type: () => Date }) startedAt!: Date;
  /** When it ended. */
  @Field({ type: () => Date }) endedAt!: Date;
  /** How long it lasted, in seconds. */
  @Field() durationSeconds!: number;
}
