import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The days a maintenance window may start on. */
export type KubernetesMaintenanceDay = 'any' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** When a Kubernetes cluster may be maintained (and upgraded automatically). */
export class KubernetesMaintenancePolicy extends Model {
  /** The window's start in UTC, `HH:MM`, e.g. `12:00`. */
  @Field() startTime!: string;
  /** How long the window lasts, e.g. `4h0m0s`. */
  @Field() duration!: string;
  /** The day, `monday` to `sunday`, or `any`. */
  @Field() day!: KubernetesMaintenanceDay;
}
