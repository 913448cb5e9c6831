import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Where a plan is in its review. */
export type AddonPlanState = 'unknown' | 'draft' | 'in_review' | 'approved' | 'suspended' | 'archived';

/** A plan of an add-on app, as `client.addons.create({ planSlug })` takes its slug. */
export class AddonPlan extends Model {
  /** The plan's numeric id. */
  @Field() id!: number;
  /** The id of the app it belongs to. */
  @Field() appId!: number;
  /** Its UUID. */
  @Field() uuid!: string;
  /** The slug `planSlug` takes, e.g. `basic`. */
  @Field() slug!: string;
  /** The display name. */
  @Field() displayName!: string;
  /** What it offers. */
  @Field() description?: string;
  /** US dollars a month. */
  @Field() pricePerMonth!: number;
  /** Whether it is offered. */
  @Field() active!: boolean;
  /** Whether new resources can take it. */
  @Field() available!: boolean;
  /** Whether it is the app's default plan. */
  @Field() byDefault!: boolean;
  /** `approved`, `draft`, `in_review`, `suspended` or `archived`. */
  @Field() state!: AddonPlanState;
  /** Its features: `{ id, name, type, unit, value }`. */
  @Field({ json: true }) features?: Array<Record<string, unknown>>;
  /** Its metered dimensions and their volume prices. */
  @Field({ json: true }) dimensions?: Array<Record<string, unknown>>;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
}
