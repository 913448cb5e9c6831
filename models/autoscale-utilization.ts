import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** How busy an autoscale pool or one of its droplets is, as fractions from 0 to 1. */
export class AutoscaleUtilization extends Model {
  /** Memory in use, from 0 to 1. */
  @Field() memory?: number;
  /** CPU in use, from 0 to 1. */
  @Field() cpu?: number;
}
