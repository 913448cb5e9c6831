import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** What the probes of one region report: `UP`, `DOWN`, or `CHECKING` while the first probes run. */
export type UptimeStatus = 'UP' | 'DOWN' | 'CHECKING';

/** The state of an uptime check as seen from one region. */
export class UptimeRegionState extends Model {
  /** `UP`, `DOWN` or `CHECKING`. */
  @Field() status!: UptimeStatus;
  /** When the status last changed. */
  @Field({ type: () => Date }) statusChangedAt!: Date;
  /** The share of the last 30 days the target was up from this region, in percent (e.g. `99.95`). */
  @Field() thirtyDayUptimePercentage!: number;
}
