import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The team an account acts for. */
export class Team extends Model {
  /** The team's UUID. */
  @Field() uuid!: string;
  /** The team's name. */
  @Field() name!: string;
}
