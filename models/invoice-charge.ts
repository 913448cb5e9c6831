import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** One charge of an invoice summary: a product's total, or overages, taxes, credits. */
export class InvoiceCharge extends Model {
  /** What is charged, e.g. `Droplets`. */
  @Field() name?: string;
  /** The amount in US dollars as a decimal string. */
  @Field() amount?: string;
  /** How many of it, for product lines. */
  @Field() count?: string;
}
