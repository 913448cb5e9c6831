import { Field } from '../lib/fields.js';
import { appSpecFromWire, type AppSpec } from './app-spec.js';
import { Model } from './model.js';

/** The API's view of a spec before it is applied, from `client.apps.propose(spec)`: the spec completed, its cost, whether the name is free. */
export class AppProposal extends Model {
  /** Whether the app has static sites only. */
  @Field() appIsStatic?: boolean;
  /** Whether the app's name is free on the account. */
  @Field() appNameAvailable?: boolean;
  /** A free name like the one asked for, when it is taken. */
  @Field() appNameSuggestion?: string;
  /** How many static-only apps the account has. */
  @Field() existingStaticApps?: string;
  /** How many static-only apps the account may have for free. */
  @Field() maxFreeStaticApps?: string;
  /** The monthly cost in US dollars. */
  @Field() appCost?: number;
  /** The monthly cost on the next tier down, in US dollars. */
  @Field() appTierDowngradeCost?: number;
  /** The spec as the API would apply it (defaults filled in), in the API's JSON. */
  @Field({ json: true, name: 'spec' }) protected wireSpec?: Record<string, unknown>;

  /** The spec as the API would apply it (defaults filled in). */
  get spec(): AppSpec | undefined {
    return this.wireSpec ? appSpecFromWire(this.wireSpec) : undefined;
  }
}
