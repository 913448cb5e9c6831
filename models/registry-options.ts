import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { RegistrySubscriptionTier } from './registry-subscription-tier.js';

/** What container registries can be created with: regions and subscription tiers. */
export class RegistryOptions extends Model {
  /** The region slugs registries can be created in. */
  @Field() availableRegions!: string[];
  /** The subscription tiers, with whether the account is eligible for each. */
  @Field({ type: () => RegistrySubscriptionTier }) subscriptionTiers!: RegistrySubscriptionTier[];
}
