import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** One resource of a destroy-with-associated-resources request: destroyed, or why not. */
export class DestroyedResource extends Model {
  /** Its id. */
  @Field() id!: string;
  /** Its name. */
  @Field() name?: string;
  /** When it was destroyed; unset until it is. */
  @Field({ type: () => Date }) destroyedAt?: Date;
  /** Why destroying it failed, when it did. */
  @Field() errorMessage?: string;
}
