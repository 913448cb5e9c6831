import { Field } from '../lib/fields.js';
import { AddonPlan } from './addon-plan.js';
import { Model } from './model.js';

/** A SaaS add-on offered on the marketplace, with its plans, from `client.addons.apps()`. */
export class AddonApp extends Model {
  /** The slug `appSlug` takes. */
  @Field() appSlug!: string;
  /** Its terms of service. */
  @Field() tos!: string;
  /** Its end-user licence. */
  @Field() eula!: string;
  /** Its plans. */
  @Field({ type: () => AddonPlan }) plans!: AddonPlan[];
}
