import { Balance } from '../../models/balance.js';
import { BillingHistoryEntry } from '../../models/billing-history-entry.js';
import { BillingInsight } from '../../models/billing-insight.js';
import { Invoice } from '../../models/invoice.js';
import type { InvoiceItem } from '../../models/invoice-item.js';
import type { InvoiceSummary } from '../../models/invoice-summary.js';
import type { RequestOptions } from '../connection.js';
import { ValidationError } from '../errors.js';
import { Paginator, type ListOptions } from '../paginator.js';
import { path } from '../path.js';
import { checkUrnRef, checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/** What `client.billing.insights()` takes. */
export interface BillingInsightsQuery extends ListOptions {
  /** The URN of the account or team, e.g. `do:team:5df3e3004a17e242b7c20ca6c9fc25b701a47ece`. */
  accountUrn: string;
  /** The first day, as `YYYY-MM-DD` or a `Date` (its UTC day). */
  startDate: string | Date;
  /** The last day, as `YYYY-MM-DD` or a `Date` (its UTC day). */
  endDate: string | Date;
}

/** A day as the API writes it in paths: `YYYY-MM-DD`. */
function checkDay(field: string, value: unknown): string {
  const day = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw new ValidationError(field, `must be a day as YYYY-MM-DD or a Date, got ${JSON.stringify(value)}`);
  }
  return day;
}

/** An invoice's UUID (the preview's included). */
function checkInvoiceUuid(uuid: unknown): string {
  return checkUuid('invoiceUuid', uuid);
}

/**
 * `client.billing`: the account's balance, billing history, invoices (their lines, summaries,
 * CSV and PDF) and billing insights.
 * @example `for await (const entry of client.billing.history()) console.log(entry.date, entry.type, entry.amount);`
 */
export class BillingCollection extends Collection {
  /** The balance (`GET /v2/customers/my/balance`); the same as `client.account.balance()`. */
  async balance(options?: RequestOptions): Promise<Balance> {
    return this.connection.hydrate(Balance, await this.connection.request<object>('GET', 'customers/my/balance', options));
  }

  /** The billing history: invoices, payments, credits, ... (`GET /v2/customers/my/billing_history`). */
  history(options?: ListOptions): Paginator<BillingHistoryEntry> {
    return this.page(BillingHistoryEntry, 'customers/my/billing_history', 'billing_history', {}, options);
  }

  /** Every invoice, newest first (`GET /v2/customers/my/invoices`). */
  invoices(options?: ListOptions): Paginator<Invoice> {
    return this.page(Invoice, 'customers/my/invoices', 'invoices', {}, options);
  }

  /** The preview of this month's invoice so far (`invoice_preview` of `GET /v2/customers/my/invoices`). */
  async invoicePreview(options?: RequestOptions): Promise<Invoice> {
    return this.load(Invoice, 'customers/my/invoices', 'invoice_preview', { query: { page: 1, per_page: 1 }, signal: options?.signal });
  }

  /** An invoice known by its UUID, to read its lines, summary, CSV or PDF without listing first. */
  invoice(invoiceUuid: string): Invoice {
    return this.ref(Invoice, { invoice_uuid: checkInvoiceUuid(invoiceUuid) });
  }

  /** `invoice.items()` by UUID (`GET /v2/customers/my/invoices/{uuid}`). */
  invoiceItems(invoiceUuid: string, options?: ListOptions): Paginator<InvoiceItem> {
    return this.invoice(invoiceUuid).items(options);
  }

  /** `invoice.summary()` by UUID (`GET /v2/customers/my/invoices/{uuid}/summary`). */
  async invoiceSummary(invoiceUuid: string, options?: RequestOptions): Promise<InvoiceSummary> {
    return this.invoice(invoiceUuid).summary(options);
  }

  /** `invoice.csv()` by UUID (`GET /v2/customers/my/invoices/{uuid}/csv`): CSV text. */
  async invoiceCsv(invoiceUuid: string, options?: RequestOptions): Promise<string> {
    return this.invoice(invoiceUuid).csv(options);
  }

  /** `invoice.pdf()` by UUID (`GET /v2/customers/my/invoices/{uuid}/pdf`): the PDF's bytes. */
  async invoicePdf(invoiceUuid: string, options?: RequestOptions): Promise<Uint8Array> {
    return this.invoice(invoiceUuid).pdf(options);
  }

  /**
   * Day-by-day spend per product and region between two days, both included
   * (`GET /v2/billing/{account_urn}/insights/{start_date}/{end_date}`): a lazy listing.
   * @throws ValidationError for a bad URN or day, or a start after the end, before any request.
   */
  insights(query: BillingInsightsQuery): Paginator<BillingInsight> {
    const { accountUrn, startDate, endDate, ...options } = query;
    const urn = checkUrnRef('accountUrn', accountUrn);
    const start = checkDay('startDate', startDate);
    const end = checkDay('endDate', endDate);
    if (start > end) throw new ValidationError('endDate', `must not be before startDate (${start}), got ${end}`);
    const at = path`billing/${urn}/insights/${start}/${end}`;
    return new Paginator(async (page, perPage, signal) => {
      const body = await this.connection.request<{ data_points?: object[]; total_items?: number; total_pages?: number }>('GET', at, { query: { page, per_page: perPage }, signal });
      const items = (body?.data_points ?? []).map((item) => this.connection.hydrate(BillingInsight, item));
      const pages = body?.total_pages ?? 1;
      return { page: { items, page, total: body?.total_items }, next: page < pages ? page + 1 : undefined, last: pages };
    }, options);
  }
}
