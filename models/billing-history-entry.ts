import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** What a billing history entry records. */
export type BillingHistoryType = 'ACHFailure' | 'Adjustment' | 'AttemptFailed' | 'Chargeback' | 'Credit' | 'CreditExpiration' | 'Invoice' | 'Payment' | 'Refund' | 'Reversal';

/** One entry of the account's billing history: an invoice, a payment, a credit, ... */
export class BillingHistoryEntry extends Model {
  /** A description, e.g. `Invoice for May 2025`. */
  @Field() description?: string;
  /** The amount in US dollars as a decimal string; negative for payments and credits. */
  @Field() amount!: string;
  /** The invoice's id, for invoice entries. */
  @Field() invoiceId?: string;
  /** The invoice's UUID, for invoice entries. */
  @Field() invoiceUuid?: string;
  /** When it happened. */
  @Field({ type: () => Date }) date!: Date;
  /** What it records. */
  @Field() type!: BillingHistoryType;
}
