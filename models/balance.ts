import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The account's balance, in US dollars as decimal strings (e.g. `"23.44"`). */
export class Balance extends Model {
  /** Balance as of `generatedAt`, including this month's usage. */
  @Field() monthToDateBalance!: string;
  /** Balance at the start of the month. */
  @Field() accountBalance!: string;
  /** Usage so far this month. */
  @Field() monthToDateUsage!: string;
  /** When these figures were computed. */
  @Field({ type: () => Date }) generatedAt!: Date;
}
