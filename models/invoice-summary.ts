import { Field } from '../lib/fields.js';
import { BillingAddress } from './billing-address.js';
import { InvoiceCharge } from './invoice-charge.js';
import { InvoiceProductCharges } from './invoice-product-charges.js';
import { Model } from './model.js';

/** An invoice's totals: who it is for, its product charges, overages, taxes and credits. */
export class InvoiceSummary extends Model {
  /** The invoice's UUID. */
  @Field() invoiceUuid!: string;
  /** The invoice's id. */
  @Field() invoiceId!: string;
  /** The billing period, e.g. `2025-05`. */
  @Field() billingPeriod!: string;
  /** The total in US dollars as a decimal string. */
  @Field() amount!: string;
  /** The billed person's name. */
  @Field() userName?: string;
  /** The billing address. */
  @Field({ type: () => BillingAddress }) userBillingAddress?: BillingAddress;
  /** The billed company. */
  @Field() userCompany?: string;
  /** The billed email address. */
  @Field() userEmail?: string;
  /** The product charges. */
  @Field({ type: () => InvoiceProductCharges }) productCharges?: InvoiceProductCharges;
  /** Overages. */
  @Field({ type: () => InvoiceCharge }) overages?: InvoiceCharge;
  /** Taxes. */
  @Field({ type: () => InvoiceCharge }) taxes?: InvoiceCharge;
  /** Credits and adjustments. */
  @Field({ type: () => InvoiceCharge }) creditsAndAdjustments?: InvoiceCharge;
}
