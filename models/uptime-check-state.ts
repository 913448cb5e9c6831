import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { UptimePreviousOutage } from './uptime-previous-outage.js';
import type { UptimeRegionState } from './uptime-region-state.js';
import { UptimeRegionalState } from './uptime-regional-state.js';

/** A region uptime checks probe from. */
export type UptimeRegion = 'us_east' | 'us_west' | 'eu_west' | 'se_asia';

const PROPERTY: Record<UptimeRegion, 'usEast' | 'usWest' | 'euWest' | 'seAsia'> = { us_east: 'usEast', us_west: 'usWest', eu_west: 'euWest', se_asia: 'seAsia' };

/**
 * The current state of an uptime check: per region, and its last outage.
 * @example `const state = await check.state(); console.log(state.region('us_east')?.status);`
 */
export class UptimeCheckState extends Model {
  /** The state per region the check probes from. */
  @Field({ type: () => UptimeRegionalState }) regions!: UptimeRegionalState;
  /** The last outage, when there was one. */
  @Field({ type: () => UptimePreviousOutage }) previousOutage?: UptimePreviousOutage;

  /** The state seen from `region` (`us_east`, ...); `undefined` for a region the check does not probe from. */
  region(region: UptimeRegion): UptimeRegionState | undefined {
    return this.regions?.[PROPERTY[region]];
  }
}
