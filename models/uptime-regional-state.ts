import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { UptimeRegionState } from './uptime-region-state.js';

/** The state of an uptime check per region: only the regions the check probes from are set. */
export class UptimeRegionalState extends Model {
  /** From the eastern United States. */
  @Field({ type: () => UptimeRegionState }) usEast?: UptimeRegionState;
  /** From the western United States. */
  @Field({ type: () => UptimeRegionState }) usWest?: UptimeRegionState;
  /** From western Europe. */
  @Field({ type: () => UptimeRegionState }) euWest?: UptimeRegionState;
  /** From South-East Asia. */
  @Field({ type: () => UptimeRegionState }) seAsia?: UptimeRegionState;
}
