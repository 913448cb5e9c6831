import { randomUUID } from 'node:crypto';
import { defineModule, found, ok } from '../module.js';
import { page, pageOf, type RouteContext } from '../router.js';
import { badRequest, notFound, timestamp, type World } from '../world.js';
import { account } from './account.js';

/** An invoice as the listing writes it. */
export interface InvoiceJson {
  invoice_uuid: string;
  invoice_id: string;
  amount: string;
  invoice_period: string;
  updated_at: string;
}

/** One line of an invoice. */
export interface InvoiceItemJson {
  product: string;
  resource_uuid: string;
  resource_id: string;
  group_description: string;
  description: string;
  amount: string;
  duration: string;
  duration_unit: string;
  start_time: string;
  end_time: string;
  project_name: string;
}

const dollars = (cents: number): string => (cents / 100).toFixed(2);

/**
 * The account's billing: three past monthly invoices and the current month's preview, each with
 * its lines (a droplet and a volume), summary, CSV and PDF; the billing history (each invoice and
 * its payment); and day-by-day insights for the account's team.
 */
export class BillingStore {
  readonly invoices: InvoiceJson[] = [];
  readonly preview: InvoiceJson;
  readonly history: Array<Record<string, unknown>> = [];
  readonly #items = new Map<string, InvoiceItemJson[]>();
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    const now = new Date(world.now());
    const month = (back: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    for (let back = 1; back <= 3; back++) {
      const start = month(back);
      const invoice = this.#invoice(start, month(back - 1), 1_200 + back * 37, String(8_000_000 + back));
      this.invoices.push(invoice);
      const issued = timestamp(month(back - 1).getTime());
      const paid = timestamp(month(back - 1).getTime() + 3 * 86_400_000);
      this.history.push(
        { description: `Invoice for ${start.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${start.getUTCFullYear()}`, amount: invoice.amount, invoice_id: invoice.invoice_id, invoice_uuid: invoice.invoice_uuid, date: issued, type: 'Invoice' },
        { description: 'Payment (Visa 4242)', amount: `-${invoice.amount}`, date: paid, type: 'Payment' },
      );
    }
    this.history.sort((a, b) => String(b.date).localeCompare(String(a.date)));
    this.preview = this.#invoice(month(0), now, 410, '');
  }

  invoice(uuid: string): InvoiceJson {
    return found([...this.invoices, this.preview].find((i) => i.invoice_uuid === uuid));
  }

  items(uuid: string): InvoiceItemJson[] {
    return this.#items.get(this.invoice(uuid).invoice_uuid)!;
  }

  summary(uuid: string): Record<string, unknown> {
    const invoice = this.invoice(uuid);
    const items = this.items(uuid);
    return {
      invoice_uuid: invoice.invoice_uuid,
      invoice_id: invoice.invoice_id,
      billing_period: invoice.invoice_period,
      amount: invoice.amount,
      user_name: 'Sammy the Shark',
      user_billing_address: { address_line1: '101 Shark Row', city: 'Atlantis', region: 'OC', postal_code: '12345', country_iso2_code: 'US', created_at: '2025-01-06T10:00:00Z', updated_at: '2025-01-06T10:00:00Z' },
      user_company: 'DigitalOcean',
      user_email: 'sammy@example.com',
      product_charges: { name: 'Product usage charges', amount: invoice.amount, items: items.map((i) => ({ name: i.product, amount: i.amount, count: '1' })) },
      overages: { name: 'Overages', amount: '0.00' },
      taxes: { name: 'Taxes', amount: '0.00' },
      credits_and_adjustments: { name: 'Credits & adjustments', amount: '0.00' },
    };
  }

  csv(uuid: string): string {
    const rows = this.items(uuid).map((i) => [i.product, i.group_description, i.description, i.duration, i.start_time, i.end_time, i.amount, i.project_name]);
    const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    return [['product', 'group_description', 'description', 'hours', 'start', 'end', 'USD', 'project_name'], ...rows].map((row) => row.map(quote).join(',')).join('\n') + '\n';
  }

  pdf(uuid: string): Uint8Array {
    const invoice = this.invoice(uuid);
    const text = `BT /F1 12 Tf 72 720 Td (Invoice ${invoice.invoice_id || 'preview'} ${invoice.invoice_period}: USD ${invoice.amount}) Tj ET`;
    return new TextEncoder().encode(
      `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
        `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n` +
        `4 0 obj << /Length ${text.length} >> stream\n${text}\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    );
  }

  /** One page of the insights of `urn` between two days, as the insights endpoint pages them. */
  insights(ctx: RouteContext, teamUrn: string): Record<string, unknown> {
    const { account_urn: urn, start_date: start, end_date: end } = ctx.params;
    if (urn !== teamUrn) throw notFound();
    const from = Date.parse(`${start}T00:00:00Z`);
    const to = Date.parse(`${end}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end) || Number.isNaN(from) || Number.isNaN(to) || from > to) {
      throw badRequest('start_date and end_date must be days (YYYY-MM-DD), start_date not after end_date');
    }
    const points: Array<Record<string, unknown>> = [];
    for (let day = from; day <= to; day += 86_400_000) {
      const date = timestamp(day).slice(0, 10);
      points.push(
        { usage_team_urn: urn, start_date: date, total_amount: '0.86', region: 'nyc3', sku: '1-DO-DROPLET-S-1VCPU-1GB', group_description: 'Droplet s-1vcpu-1gb' },
        { usage_team_urn: urn, start_date: date, total_amount: '0.33', region: 'nyc3', sku: '1-DO-VOLUME-10GB', group_description: 'Volume 10 GiB' },
      );
    }
    const { items, page: current, pages } = pageOf(ctx, points);
    return { data_points: items, total_items: points.length, total_pages: pages, current_page: current };
  }

  #invoice(start: Date, end: Date, cents: number, id: string): InvoiceJson {
    const uuid = randomUUID();
    const period = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
    const hours = Math.max(1, Math.round((end.getTime() - start.getTime()) / 3_600_000));
    const droplet = Math.round(cents * 0.72);
    this.#items.set(uuid, [
      { product: 'Droplets', resource_uuid: randomUUID(), resource_id: '480000001', group_description: 'web-01 (s-1vcpu-1gb)', description: 'web-01 (s-1vcpu-1gb)', amount: dollars(droplet), duration: String(hours), duration_unit: 'Hours', start_time: timestamp(start.getTime()), end_time: timestamp(end.getTime()), project_name: 'first-project' },
      { product: 'Volumes', resource_uuid: randomUUID(), resource_id: '', group_description: 'data (10 GiB)', description: 'data (10 GiB)', amount: dollars(cents - droplet), duration: String(hours), duration_unit: 'Hours', start_time: timestamp(start.getTime()), end_time: timestamp(end.getTime()), project_name: 'first-project' },
    ]);
    return { invoice_uuid: uuid, invoice_id: id, amount: dollars(cents), invoice_period: period, updated_at: timestamp(Math.min(end.getTime(), this.#world.now())) };
  }
}

const raw = (contentType: string, body: string | Uint8Array) => ({ status: 200, text: { body, contentType } });

/** Billing: `/v2/customers/my/billing_history`, `/v2/customers/my/invoices`, `/v2/billing/{account_urn}/insights`. */
export const billing = defineModule('billing', (world) => new BillingStore(world), (route) => {
  route('GET', '/v2/customers/my/billing_history', (ctx, store) => ok(page(ctx, 'billing_history', store.history)));
  route('GET', '/v2/customers/my/invoices', (ctx, store) => ok({ ...page(ctx, 'invoices', store.invoices), invoice_preview: store.preview }));
  route('GET', '/v2/customers/my/invoices/{invoice_uuid}', (ctx, store) => ok(page(ctx, 'invoice_items', store.items(ctx.params.invoice_uuid))));
  route('GET', '/v2/customers/my/invoices/{invoice_uuid}/summary', (ctx, store) => ok(store.summary(ctx.params.invoice_uuid)));
  route('GET', '/v2/customers/my/invoices/{invoice_uuid}/csv', (ctx, store) => raw('text/csv; charset=utf-8', store.csv(ctx.params.invoice_uuid)));
  route('GET', '/v2/customers/my/invoices/{invoice_uuid}/pdf', (ctx, store) => raw('application/pdf', store.pdf(ctx.params.invoice_uuid)));
  route('GET', '/v2/billing/{account_urn}/insights/{start_date}/{end_date}', (ctx, store) => {
    return ok(store.insights(ctx, `do:team:${ctx.world.state(account).account().team.uuid}`));
  });
});
