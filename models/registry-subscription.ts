import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { RegistrySubscriptionTier } from './registry-subscription-tier.js';

/** The account's container registry subscription. */
export class RegistrySubscription extends Model {
  /** The tier subscribed to. */
  @Field({ type: () => RegistrySubscriptionTier }) tier!: RegistrySubscriptionTier;
  /** When the subscription started. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
}
