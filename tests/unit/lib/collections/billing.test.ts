import nock from 'nock';
import { Balance, BillingHistoryEntry, BillingInsight, Invoice, InvoiceItem, InvoiceSummary } from '../../../../lib/index.js';
import { fixture, fixtureText, json, ORIGIN, RATE_HEADERS, testClient, TOKEN } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, many } from '../../../operations.js';

const U = '22737513-0ea7-4206-8ceb-98a575af7681';
const URN = 'do:team:12345678-1234-1234-1234-123456789012';
const whole = (cls: abstract new () => object, name: string) => (value: unknown) => {
  expect(value).toBeInstanceOf(cls);
  expect(json(value)).toEqual(fixture(name));
};

describe('BillingCollection, Invoice', () => {
  itSends([
    { name: 'client.billing.balance()', call: (c) => c.billing.balance(), method: 'GET', path: '/v2/customers/my/balance', status: 200, reply: 'account/balance', result: whole(Balance, 'account/balance') },
    { name: 'client.billing.history()', call: (c) => c.billing.history(), method: 'GET', path: '/v2/customers/my/billing_history', query: PAGE, status: 200, reply: 'billing/history', result: many(BillingHistoryEntry, 'billing/history', 'billing_history') },
    { name: 'client.billing.invoices()', call: (c) => c.billing.invoices(), method: 'GET', path: '/v2/customers/my/invoices', query: PAGE, status: 200, reply: 'billing/invoices', result: many(Invoice, 'billing/invoices', 'invoices') },
    {
      name: 'client.billing.invoicePreview()',
      call: (c) => c.billing.invoicePreview(),
      method: 'GET',
      path: '/v2/customers/my/invoices',
      query: { page: '1', per_page: '1' },
      status: 200,
      reply: 'billing/invoices',
      result: (value) => expect(json(value)).toEqual(fixture<{ invoice_preview: object }>('billing/invoices').invoice_preview),
    },
    { name: 'client.billing.invoiceItems(uuid)', call: (c) => c.billing.invoiceItems(U), method: 'GET', path: `/v2/customers/my/invoices/${U}`, query: PAGE, status: 200, reply: 'billing/invoice-items', result: many(InvoiceItem, 'billing/invoice-items', 'invoice_items') },
    { name: 'client.billing.invoiceSummary(uuid)', call: (c) => c.billing.invoiceSummary(U), method: 'GET', path: `/v2/customers/my/invoices/${U}/summary`, status: 200, reply: 'billing/summary', result: whole(InvoiceSummary, 'billing/summary') },
    { name: 'invoice.items()', call: (c) => c.billing.invoice(U).items(), method: 'GET', path: `/v2/customers/my/invoices/${U}`, query: PAGE, status: 200, reply: 'billing/invoice-items', result: many(InvoiceItem, 'billing/invoice-items', 'invoice_items') },
    { name: 'invoice.summary()', call: (c) => c.billing.invoice(U).summary(), method: 'GET', path: `/v2/customers/my/invoices/${U}/summary`, status: 200, reply: 'billing/summary', result: whole(InvoiceSummary, 'billing/summary') },
  ]);

  it('client.billing.insights() reads every page by current_page and total_pages', async () => {
    const at = `/v2/billing/${URN}/insights/2025-01-15/2025-01-17`;
    const intercept = (page: string) => nock(ORIGIN).matchHeader('authorization', `Bearer ${TOKEN}`).get(at).query({ page, per_page: '2' });
    intercept('1').reply(200, fixture('billing/insights'), RATE_HEADERS);
    intercept('2').reply(200, fixture('billing/insights-2'), RATE_HEADERS);
    const points = await testClient().billing.insights({ accountUrn: URN, startDate: '2025-01-15', endDate: new Date('2025-01-17T12:00:00Z'), perPage: 2 });
    expect(points.every((p) => p instanceof BillingInsight)).toBe(true);
    expect(points.map((p) => [p.startDate, p.totalAmount])).toEqual([
      ['2025-01-15', '12.45'],
      ['2025-01-16', '12.45'],
      ['2025-01-17', '0.33'],
    ]);
  });

  it('invoice.csv() and client.billing.invoiceCsv() ask for text/csv and resolve to the text', async () => {
    const csv = fixtureText('billing/invoice.csv');
    for (let i = 0; i < 2; i++) {
      nock(ORIGIN).matchHeader('authorization', `Bearer ${TOKEN}`).matchHeader('accept', 'text/csv').get(`/v2/customers/my/invoices/${U}/csv`).reply(200, csv, { 'content-type': 'text/csv' });
    }
    const client = testClient();
    expect(await client.billing.invoice(U).csv()).toBe(csv);
    expect(await client.billing.invoiceCsv(U)).toBe(csv);
  });

  it('invoice.pdf() and client.billing.invoicePdf() ask for application/pdf and resolve to the bytes, never parsed', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n%%EOF\n', 'latin1');
    for (let i = 0; i < 2; i++) {
      nock(ORIGIN).matchHeader('authorization', `Bearer ${TOKEN}`).matchHeader('accept', 'application/pdf').get(`/v2/customers/my/invoices/${U}/pdf`).reply(200, pdf, { 'content-type': 'application/pdf' });
    }
    const client = testClient();
    const listed = client.attach(Object.assign(new Invoice(), { invoiceUuid: U, amount: '12.34', invoicePeriod: '2025-05' }));
    for (const bytes of [await listed.pdf(), await client.billing.invoicePdf(U)]) {
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(bytes).equals(pdf)).toBe(true);
    }
  });

  itRefuses([
    ['an invoice by a bad UUID', (c) => c.billing.invoiceSummary('2025-05'), 'invoiceUuid'],
    ['insights with a bad URN', (c) => c.billing.insights({ accountUrn: 'team', startDate: '2025-01-01', endDate: '2025-01-02' }), 'accountUrn'],
    ['insights with a bad day', (c) => c.billing.insights({ accountUrn: URN, startDate: '2025-1-1', endDate: '2025-01-02' }), 'startDate'],
    ['insights ending before they start', (c) => c.billing.insights({ accountUrn: URN, startDate: '2025-01-03', endDate: '2025-01-02' }), 'endDate'],
  ]);
});
