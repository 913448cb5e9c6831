import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The health of one component of an app. */
export class AppComponentHealth extends Model {
  /** The component's name. */
  @Field() name!: string;
  /** `HEALTHY`, `UNHEALTHY` or `UNKNOWN`. */
  @Field() state!: 'UNKNOWN' | 'HEALTHY' | 'UNHEALTHY';
  /** CPU used, in percent. */
  @Field() cpuUsagePercent?: number;
  /** Memory used, in percent. */
  @Field() memoryUsagePercent?: number;
  /** Instances wanted. */
  @Field() replicasDesired?: number;
  /** Instances ready. */
  @Field() replicasReady?: number;
}
