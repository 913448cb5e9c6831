import {
  DigitalOcean,
  NotFoundError,
  SecurityAffectedResource,
  SecurityFinding,
  SecurityScan,
  SecuritySettings,
  SecuritySuppression,
  type Droplet,
} from '../../lib/index.js';
import { SCAN_RULES } from '../../lib/testing/resources/security.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

const [FIREWALL, BACKUPS, MONITORING] = SCAN_RULES.map((rule) => rule.uuid);
const UNKNOWN = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';

let web: Droplet;
let db: Droplet;
const h = useHarness({ actionDurationMs: 100 });
beforeAll(async () => {
  [web, db] = await h.client.droplets.createMany({ names: ['sec-web', 'sec-db'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
  await Promise.all([web.waitUntilActive(FAST), db.waitUntilActive(FAST)]);
});

/** The rule UUID and affected URNs of each finding. */
async function summary(findings: SecurityFinding[]): Promise<Array<[string, string[]]>> {
  return Promise.all(findings.map(async (f) => [f.ruleUuid, (await f.affectedResources()).map((r) => r.urn)] as [string, string[]]));
}

describe('security scans end to end', () => {
  it('scans two droplets, suppresses one finding for one, excludes the other, updates the plan, and sees both take effect on the next scan', async () => {
    const { client } = h;
    expect((await client.security.latestScan()).status).toBe('SCAN_NOT_RUN');

    const scan = await client.security.startScan();
    expect(scan).toBeInstanceOf(SecurityScan);
    expect([scan.status, scan.results]).toEqual(['IN_PROGRESS', []]);
    await scan.wait(FAST);
    expect(scan.status).toBe('COMPLETED');
    expect(scan.results?.map((f) => [f.ruleUuid, f.severity, f.affectedResourcesCount])).toEqual([
      [FIREWALL, 'HIGH', 2],
      [BACKUPS, 'MEDIUM', 2],
      [MONITORING, 'LOW', 2],
    ]);
    expect(scan.results?.[0].mitigationSteps?.map((s) => s.step)).toEqual([1, 2]);
    expect((await client.security.scans()).map((s) => s.id)).toEqual([scan.id]);
    expect((await client.security.latestScan()).id).toBe(scan.id);

    const findings = await scan.findings();
    expect(await summary(findings)).toEqual([
      [FIREWALL, [web.urn, db.urn]],
      [BACKUPS, [web.urn, db.urn]],
      [MONITORING, [web.urn, db.urn]],
    ]);
    const [firewall] = await scan.findings({ severity: 'HIGH' });
    expect([firewall.ruleUuid, firewall.scanId]).toEqual([FIREWALL, scan.id]);
    expect((await client.security.scan(scan.id, { type: 'CSPM', perPage: 2 })).results?.map((f) => f.ruleUuid)).toEqual([FIREWALL, BACKUPS]);
    expect((await client.security.scan(scan.id, { type: 'CSPM', perPage: 2, page: 2 })).results?.map((f) => f.ruleUuid)).toEqual([MONITORING]);
    expect(await scan.findings({ severity: 'CRITICAL' })).toEqual([]);
    const affected = await client.security.affectedResources(scan.id, FIREWALL);
    expect(affected.map((r) => [r instanceof SecurityAffectedResource, r.name, r.type])).toEqual([
      [true, 'sec-web', 'Droplet'],
      [true, 'sec-db', 'Droplet'],
    ]);

    const [suppression] = await firewall.suppress([web]);
    expect(suppression).toBeInstanceOf(SecuritySuppression);
    expect([suppression.ruleUuid, suppression.resourceId, suppression.resourceType]).toEqual([FIREWALL, String(web.id), 'Droplet']);
    expect(affected[1].urn).toBe(db.urn);
    await client.security.excludeResource(db);
    expect(await client.security.updatePlan({ basic: { resources: [web], tags: ['production'] } })).toEqual({ basic: { resources: [web.urn], tags: ['production'] } });
    const settings = await client.security.settings();
    expect(settings).toBeInstanceOf(SecuritySettings);
    expect(settings.suppressions.map((s) => s.id)).toEqual([suppression.id]);
    expect(settings.tierCoverage).toEqual({ basic: { resources: [web.urn], tags: ['production'] } });
    expect((await client.security.settings({ page: 2, perPage: 1 })).suppressions).toEqual([]);

    const second = await client.security.startScan().then((s) => s.wait(FAST));
    expect(await summary(second.results ?? [])).toEqual([
      [BACKUPS, [web.urn]],
      [MONITORING, [web.urn]],
    ]);
    expect((await client.security.latestScan({ severity: 'HIGH' })).results).toEqual([]);
    // The first scan keeps what it found.
    expect((await client.security.affectedResources(scan.id, FIREWALL)).length).toBe(2);

    await client.security.deleteSuppression(suppression.id);
    expect((await client.security.settings()).suppressions).toEqual([]);
    const third = await client.security.startScan().then((s) => s.wait(FAST));
    expect(await summary(third.results ?? [])).toEqual([
      [FIREWALL, [web.urn]],
      [BACKUPS, [web.urn]],
      [MONITORING, [web.urn]],
    ]);
    const [again] = await third.results![0].suppress([web.urn]);
    await again.destroy();
    expect((await client.security.settings()).suppressions).toEqual([]);
  });

  it('answers 404 for unknown scans, findings, rules, droplets and suppressions', async () => {
    const { client } = h;
    const scan = (await client.security.latestScan()) as SecurityScan;
    await expect(client.security.scan(UNKNOWN)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.security.affectedResources(scan.id, UNKNOWN)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.security.affectedResources(UNKNOWN, BACKUPS)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.security.suppress({ ruleUuid: UNKNOWN, resources: [web] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.security.excludeResource('do:droplet:999999999')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.security.deleteSuppression(UNKNOWN)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers 400 with the API error shape for bodies the client would refuse', async () => {
    const send = async (method: string, path: string, body: unknown) => {
      const response = await fetch(`${h.sim.url}${path}`, { method, headers: { authorization: `Bearer ${h.sim.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return [response.status, ((await response.json()) as { id: string }).id];
    };
    expect(await send('POST', 'security/scans/rules', { resource: 'droplet-1' })).toEqual([400, 'bad_request']);
    expect(await send('POST', 'security/settings/suppressions', { rule_uuid: BACKUPS, resources: [] })).toEqual([400, 'bad_request']);
    expect(await send('POST', 'security/settings/suppressions', { resources: [web.urn] })).toEqual([400, 'bad_request']);
    expect(await send('PUT', 'security/settings/plan', { tier_coverage: { basic: { tags: ['not a tag'] } } })).toEqual([400, 'bad_request']);
    expect(await send('PUT', 'security/settings/plan', { tier_coverage: [] })).toEqual([400, 'bad_request']);
  });

  it('a 503 while waiting on a scan is retried, and the wait still resolves', async () => {
    const retrying = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 3, retryBaseDelay: 1 });
    const scan = await retrying.security.startScan();
    const fault = h.sim.injectFault({ method: 'GET', path: '/v2/security/scans/*', status: 503, times: 2 });
    await expect(scan.wait(FAST)).resolves.toBe(scan);
    expect([scan.status, fault.hits]).toEqual(['COMPLETED', 2]);

    h.sim.injectFault({ method: 'GET', path: '/v2/security/scans/*', status: 503 });
    const next = await h.client.security.startScan();
    await expect(next.wait(FAST)).rejects.toMatchObject({ name: 'ServerError', status: 503 });
    await expect(next.wait(FAST)).resolves.toMatchObject({ status: 'COMPLETED' });
  });

  itAnswersModules(() => h, 'security');
  itConforms(() => h);
});
