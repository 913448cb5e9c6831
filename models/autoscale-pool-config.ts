import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/**
 * How an autoscale pool sizes itself: a fixed `targetNumberInstances`, or between `minInstances`
 * and `maxInstances` following CPU or memory targets.
 */
export class AutoscalePoolConfig extends Model {
  /** A static pool's fixed number of droplets (1 to 1,000). */
  @Field() targetNumberInstances?: number;
  /** A dynamic pool's fewest droplets (1 to 500). */
  @Field() minInstances?: number;
  /** A dynamic pool's most droplets (1 to 1,000). */
  @Field() maxInstances?: number;
  /** The CPU use a dynamic pool scales to keep, from 0.05 to 1. */
  @Field() targetCpuUtilization?: number;
  /** The memory use a dynamic pool scales to keep, from 0.05 to 1. */
  @Field() targetMemoryUtilization?: number;
  /** Minutes a dynamic pool waits after scaling before it scales again (5 to 20). */
  @Field() cooldownMinutes?: number;
}
