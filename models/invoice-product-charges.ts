import { Field } from '../lib/fields.js';
import { InvoiceCharge } from './invoice-charge.js';
import { Model } from './model.js';

/** The product charges of an invoice summary: their total and one line per product. */
export class InvoiceProductCharges extends Model {
  /** The group's name, e.g. `Product usage charges`. */
  @Field() name?: string;
  /** The total in US dollars as a decimal string. */
  @Field() amount?: string;
  /** One line per product. */
  @Field({ type: () => InvoiceCharge }) items?: InvoiceCharge[];
}
