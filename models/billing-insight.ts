import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** One day's spend on one product in one region, from the billing insights. */
export class BillingInsight extends Model {
  /** The URN of the team the usage is of. */
  @Field() usageTeamUrn!: string;
  /** The day, `YYYY-MM-DD`. */
  @Field() startDate!: string;
  /** The amount in US dollars as a decimal string. */
  @Field() totalAmount!: string;
  /** The region slug. */
  @Field() region?: string;
  /** The product's SKU. */
  @Field() sku?: string;
  /** What was used, e.g. `Droplet s-1vcpu-1gb`. */
  @Field() groupDescription?: string;
}
