import { Field } from '../lib/fields.js';
import type { RequestOptions } from '../lib/connection.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { path } from '../lib/path.js';
import { InvoiceItem } from './invoice-item.js';
import { InvoiceSummary } from './invoice-summary.js';
import { Model } from './model.js';

/**
 * An invoice (or the preview of the month's invoice so far): its lines, summary, CSV and PDF.
 * @example `const [last] = await client.billing.invoices().take(1); writeFileSync('invoice.pdf', await last.pdf());`
 */
export class Invoice extends Model {
  /** The invoice's UUID. */
  @Field() invoiceUuid!: string;
  /** The invoice's id. */
  @Field() invoiceId?: string;
  /** The total in US dollars as a decimal string. */
  @Field() amount!: string;
  /** The billing period, e.g. `2025-05`. */
  @Field() invoicePeriod!: string;
  /** When it last changed. */
  @Field() updatedAt?: string;

  #path(sub = ''): string {
    return path`customers/my/invoices/${this.invoiceUuid}` + sub;
  }

  /** The invoice's lines (`GET /v2/customers/my/invoices/{uuid}`). */
  items(options?: ListOptions): Paginator<InvoiceItem> {
    return paginate(this.connection, InvoiceItem, this.#path(), 'invoice_items', {}, options);
  }

  /** The invoice's summary (`GET /v2/customers/my/invoices/{uuid}/summary`). */
  async summary(options?: RequestOptions): Promise<InvoiceSummary> {
    return this.connection.hydrate(InvoiceSummary, await this.connection.request<object>('GET', this.#path('/summary'), options));
  }

  /** The invoice as CSV text (`GET /v2/customers/my/invoices/{uuid}/csv`). */
  async csv(options?: RequestOptions): Promise<string> {
    const { body } = await this.connection.raw('GET', this.#path('/csv'), { read: 'text', accept: 'text/csv', signal: options?.signal });
    return body;
  }

  /** The invoice as a PDF document, its bytes (`GET /v2/customers/my/invoices/{uuid}/pdf`). */
  async pdf(options?: RequestOptions): Promise<Uint8Array> {
    const { body } = await this.connection.raw('GET', this.#path('/pdf'), { read: 'bytes', accept: 'application/pdf', signal: options?.signal });
    return body;
  }
}
