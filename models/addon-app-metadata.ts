import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A setting an add-on app asks for when a resource is created (`metadata: [{ name, value }]`). */
export class AddonAppMetadata extends Model {
  /** Its numeric id. */
  @Field() id!: number;
  /** The name a resource's metadata gives it. */
  @Field() name!: string;
  /** The display name. */
  @Field() displayName!: string;
  /** What it sets. */
  @Field() description!: string;
  /** `string` or `boolean`. */
  @Field() type!: 'string' | 'boolean';
  /** The values allowed, when there is a closed list. */
  @Field() options?: string[];
}
