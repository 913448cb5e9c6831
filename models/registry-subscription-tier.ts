import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Why the account cannot move to a subscription tier. */
export type RegistryEligibilityReason = 'OverRepositoryLimit' | 'OverStorageLimit';

/** A container registry subscription tier: what it includes and what it costs. */
export class RegistrySubscriptionTier extends Model {
  /** The display name, e.g. `Basic`. */
  @Field() name!: string;
  /** The slug: `starter`, `basic` or `professional`. */
  @Field() slug!: string;
  /** How many repositories it includes. */
  @Field() includedRepositories!: number;
  /** How many bytes of storage it includes. */
  @Field() includedStorageBytes!: number;
  /** Whether storage beyond that is allowed (and billed). */
  @Field() allowStorageOverage!: boolean;
  /** How many bytes of outbound transfer it includes. */
  @Field() includedBandwidthBytes!: number;
  /** The monthly price in US cents. */
  @Field() monthlyPriceInCents!: number;
  /** The price of storage beyond the included, in US cents per GiB. */
  @Field() storageOveragePriceInCents!: number;
  /** In `options()`: whether the account may move to this tier. */
  @Field() eligible?: boolean;
  /** In `options()`: why it may not. */
  @Field() eligibilityReasons?: RegistryEligibilityReason[];
}
