import { BillingHistoryEntry, BillingInsight, Invoice, InvoiceItem, InvoiceSummary, NotFoundError, OrganizationTeam, UnprocessableEntityError } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { itConforms, useHarness } from './support.js';

const h = useHarness();

describe('billing and organizations end to end', () => {
  it('balance, history, invoices with their lines, summary, CSV text and PDF bytes, the preview', async () => {
    const balance = await h.client.billing.balance();
    expect(balance.generatedAt).toBeInstanceOf(Date);
    const history = await h.client.billing.history();
    expect(history.every((e) => e instanceof BillingHistoryEntry)).toBe(true);
    expect(history.map((e) => e.type).sort()).toEqual(['Invoice', 'Invoice', 'Invoice', 'Payment', 'Payment', 'Payment']);
    const invoices = await h.client.billing.invoices();
    expect(invoices.length).toBe(3);
    const [latest] = invoices;
    expect(latest).toBeInstanceOf(Invoice);
    expect(history.some((e) => e.invoiceUuid === latest.invoiceUuid && e.amount === latest.amount)).toBe(true);

    const items = await latest.items();
    expect(items.every((i) => i instanceof InvoiceItem)).toBe(true);
    expect(items.map((i) => i.product)).toEqual(['Droplets', 'Volumes']);
    expect((await h.client.billing.invoiceItems(latest.invoiceUuid)).length).toBe(2);

    const summary = await latest.summary();
    expect(summary).toBeInstanceOf(InvoiceSummary);
    expect([summary.amount, summary.billingPeriod, summary.productCharges?.items?.map((c) => c.name)]).toEqual([latest.amount, latest.invoicePeriod, ['Droplets', 'Volumes']]);
    expect((await h.client.billing.invoiceSummary(latest.invoiceUuid)).userBillingAddress?.countryIso2Code).toBe('US');

    const csv = await latest.csv();
    expect(typeof csv).toBe('string');
    expect(csv.split('\n')[0]).toBe('product,group_description,description,hours,start,end,USD,project_name');
    expect(csv).toContain('Droplets,web-01 (s-1vcpu-1gb)');
    expect(await h.client.billing.invoiceCsv(latest.invoiceUuid)).toBe(csv);

    const pdf = await latest.pdf();
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(await h.client.billing.invoicePdf(latest.invoiceUuid)).equals(Buffer.from(pdf))).toBe(true);

    const preview = await h.client.billing.invoicePreview();
    expect(preview).toBeInstanceOf(Invoice);
    expect(preview.invoicePeriod > latest.invoicePeriod).toBe(true);
    expect((await preview.items()).length).toBe(2);
    await expect(h.client.billing.invoiceSummary('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('insights of the account team, paged by the API', async () => {
    const account = await h.client.account.get();
    const accountUrn = `do:team:${account.team!.uuid}`;
    const points = await h.client.billing.insights({ accountUrn, startDate: '2025-01-01', endDate: '2025-01-31', perPage: 20 });
    expect(points.length).toBe(62);
    expect(points.every((p) => p instanceof BillingInsight && p.usageTeamUrn === accountUrn)).toBe(true);
    expect([points[0].startDate, points.at(-1)!.startDate]).toEqual(['2025-01-01', '2025-01-31']);
    const firstTen = await h.client.billing.insights({ accountUrn, startDate: new Date('2025-01-01'), endDate: new Date('2025-01-31') }).take(10);
    expect(firstTen.length).toBe(10);
    await expect(h.client.billing.insights({ accountUrn: 'do:team:someone-else', startDate: '2025-01-01', endDate: '2025-01-02' }).all()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('organizations: list the teams, create one with invitations, refuse a second of the same name', async () => {
    const before = await h.client.organizations.teams();
    expect(before.every((t) => t instanceof OrganizationTeam)).toBe(true);
    const created = await h.client.organizations.createTeam({ name: 'data', invitations: [{ email: 'ana@example.com', role: 'member' }, { email: 'bo@example.com', role: 'biller' }] });
    expect(created.team).toBeInstanceOf(OrganizationTeam);
    expect(created.invitations).toEqual({ 'ana@example.com': { status: 'ok' }, 'bo@example.com': { status: 'ok' } });
    const after = await h.client.organizations.teams();
    expect(after.map((t) => t.name)).toEqual([...before.map((t) => t.name), 'data']);
    expect(after.at(-1)!.uuid).toBe(created.team.uuid);
    await expect(h.client.organizations.createTeam({ name: 'data' })).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  itAnswersModules(() => h, 'billing');
  itConforms(() => h);
});
