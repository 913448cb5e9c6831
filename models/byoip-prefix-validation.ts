import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** One check DigitalOcean runs on a brought prefix (its signature, its routing records, ...). */
export class ByoipPrefixValidation extends Model {
  /** What is checked, e.g. `SIGNATURE HASH`. */
  @Field() name!: string;
  /** Its outcome, e.g. `PENDING`, `PASSED`, `FAILED`. */
  @Field() status!: string;
  /** More about the outcome. */
  @Field() note?: string;
}
