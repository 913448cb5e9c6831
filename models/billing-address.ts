import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The billing address on an invoice. */
export class BillingAddress extends Model {
  /** The first line. */
  @Field() addressLine1?: string;
  /** The second line. */
  @Field() addressLine2?: string;
  /** The city. */
  @Field() city?: string;
  /** The region or state. */
  @Field() region?: string;
  /** The postal code. */
  @Field() postalCode?: string;
  /** The country, as an ISO 3166-1 alpha-2 code. */
  @Field() countryIso2Code?: string;
  /** When the address was entered. */
  @Field() createdAt?: string;
  /** When it last changed. */
  @Field() updatedAt?: string;
}
