import {
  AbortError,
  ConfigurationError,
  Droplet,
  ResourceFailedError,
  SecurityAffectedResource,
  SecurityFinding,
  SecurityScan,
  SecuritySettings,
  SecuritySuppression,
  type DigitalOcean,
} from '../../../../lib/index.js';
import { toModel } from '../../../../lib/fields.js';
import { withFindingsLinked } from '../../../../models/security-scan.js';
import { fixture, json, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

type Body = Record<string, unknown>;
const SCAN = 'e3b8f9a2-4c1d-4f7e-9a6b-2d5c8e1f0a37';
const RULE = '2d5b0c6e-8f1a-4c3b-9e7d-51a0f4c2b801';
const SUPPRESSION = '5f0c2e9a-8b7d-4a3c-b6e1-9d2f4a7c8e15';
const AFFECTED = `/v2/security/scans/${SCAN}/findings/${RULE}/affected_resources`;

const scan = (c: DigitalOcean) => withFindingsLinked(loaded(c, SecurityScan, 'security/get', 'scan'));
const finding = (c: DigitalOcean) => scan(c).results![0];
const droplet = (c: DigitalOcean) => loaded(c, Droplet, 'droplets/get', 'droplet');
const suppression = (c: DigitalOcean) => c.attach(toModel(SecuritySuppression, fixture<{ resources: Body[] }>('security/suppress').resources[0]));

/** Expects the findings of `fixture(name).scan`, each knowing its scan. */
function findingsOf(name: string): (value: unknown) => void {
  return (value) => {
    const findings = value as SecurityFinding[];
    for (const f of findings) expect([f instanceof SecurityFinding, f.scanId]).toEqual([true, SCAN]);
    expect(json(findings)).toEqual(fixture<{ scan: Body }>(name).scan.findings);
  };
}

/** Expects `one(SecurityScan, name, 'scan')` whose findings know their scan. */
function scanOf(name: string): (value: unknown) => void {
  return (value) => {
    one(SecurityScan, name, 'scan')(value);
    for (const f of (value as SecurityScan).results ?? []) expect(f.scanId).toBe(SCAN);
  };
}

describe('SecurityCollection, SecurityScan, SecurityFinding and SecuritySuppression', () => {
  itSends([
    { name: 'client.security.scans()', call: (c) => c.security.scans(), method: 'GET', path: '/v2/security/scans', query: PAGE, status: 200, reply: 'security/list', result: many(SecurityScan, 'security/list', 'scans') },
    { name: 'client.security.scan(id)', call: (c) => c.security.scan(SCAN), method: 'GET', path: `/v2/security/scans/${SCAN}`, status: 200, reply: 'security/get', result: scanOf('security/get') },
    {
      name: 'client.security.scan(id, { severity, type, page, perPage })',
      call: (c) => c.security.scan(SCAN, { severity: 'HIGH', type: 'CSPM', page: 1, perPage: 50 }),
      method: 'GET',
      path: `/v2/security/scans/${SCAN}`,
      query: { severity: 'HIGH', type: 'CSPM', page: '1', per_page: '50' },
      status: 200,
      reply: 'security/critical',
      result: scanOf('security/critical'),
    },
    { name: 'client.security.startScan()', call: (c) => c.security.startScan(), method: 'POST', path: '/v2/security/scans', status: 201, reply: 'security/create', result: one(SecurityScan, 'security/create', 'scan') },
    { name: 'client.security.latestScan()', call: (c) => c.security.latestScan(), method: 'GET', path: '/v2/security/scans/latest', status: 200, reply: 'security/get', result: scanOf('security/get') },
    {
      name: 'client.security.latestScan({ severity })',
      call: (c) => c.security.latestScan({ severity: 'HIGH' }),
      method: 'GET',
      path: '/v2/security/scans/latest',
      query: { severity: 'HIGH' },
      status: 200,
      reply: 'security/critical',
      result: scanOf('security/critical'),
    },
    {
      name: 'client.security.affectedResources(scanId, findingUuid)',
      call: (c) => c.security.affectedResources(SCAN, RULE),
      method: 'GET',
      path: AFFECTED,
      query: PAGE,
      status: 200,
      reply: 'security/affected-resources',
      result: many(SecurityAffectedResource, 'security/affected-resources', 'affected_resources'),
    },
    { name: 'client.security.excludeResource(urn)', call: (c) => c.security.excludeResource('do:droplet:480000002'), method: 'POST', path: '/v2/security/scans/rules', body: { resource: 'do:droplet:480000002' }, status: 201, result: nothing },
    { name: 'client.security.excludeResource(droplet)', call: (c) => c.security.excludeResource(droplet(c)), method: 'POST', path: '/v2/security/scans/rules', body: { resource: 'do:droplet:3164444' }, status: 201, result: nothing },
    {
      name: 'client.security.settings()',
      call: (c) => c.security.settings(),
      method: 'GET',
      path: '/v2/security/settings',
      status: 200,
      reply: 'security/settings',
      result: (value) => {
        expect(value).toBeInstanceOf(SecuritySettings);
        expect(json(value)).toEqual(fixture('security/settings'));
        const settings = value as SecuritySettings;
        expect(settings.suppressions.map((s) => [s instanceof SecuritySuppression, s.id])).toEqual([[true, SUPPRESSION]]);
        expect(settings.tierCoverage?.basic.tags).toEqual(['production']);
      },
    },
    {
      name: 'client.security.settings({ page, perPage })',
      call: (c) => c.security.settings({ page: 2, perPage: 10 }),
      method: 'GET',
      path: '/v2/security/settings',
      query: { page: '2', per_page: '10' },
      status: 200,
      reply: 'security/settings',
      result: (value) => expect(json(value)).toEqual(fixture('security/settings')),
    },
    {
      name: 'client.security.updatePlan(tierCoverage)',
      call: (c) => c.security.updatePlan({ basic: { resources: [droplet(c), 'do:droplet:480000001'], tags: ['production'] } }),
      method: 'PUT',
      path: '/v2/security/settings/plan',
      body: { tier_coverage: { basic: { resources: ['do:droplet:3164444', 'do:droplet:480000001'], tags: ['production'] } } },
      status: 200,
      reply: 'security/plan',
      result: (value) => expect(value).toEqual(fixture<Body>('security/plan').tier_coverage),
    },
    {
      name: 'client.security.updatePlan(tierCoverage) sends a list left out as empty',
      call: (c) => c.security.updatePlan({ basic: { tags: ['production'] } }),
      method: 'PUT',
      path: '/v2/security/settings/plan',
      body: { tier_coverage: { basic: { resources: [], tags: ['production'] } } },
      status: 200,
      reply: 'security/plan',
      result: (value) => expect(value).toEqual(fixture<Body>('security/plan').tier_coverage),
    },
    {
      name: 'client.security.suppress({ ruleUuid, resources })',
      call: (c) => c.security.suppress({ ruleUuid: RULE, resources: ['do:droplet:480000001'] }),
      method: 'POST',
      path: '/v2/security/settings/suppressions',
      body: { rule_uuid: RULE, resources: ['do:droplet:480000001'] },
      status: 201,
      reply: 'security/suppress',
      result: many(SecuritySuppression, 'security/suppress', 'resources'),
    },
    { name: 'client.security.deleteSuppression(uuid)', call: (c) => c.security.deleteSuppression(SUPPRESSION), method: 'DELETE', path: `/v2/security/settings/suppressions/${SUPPRESSION}`, status: 204, result: nothing },
    { name: 'scan.reload()', call: (c) => scan(c).reload(), method: 'GET', path: `/v2/security/scans/${SCAN}`, status: 200, reply: 'security/get', result: scanOf('security/get') },
    { name: 'scan.findings()', call: (c) => scan(c).findings(), method: 'GET', path: `/v2/security/scans/${SCAN}`, query: PAGE, status: 200, reply: 'security/get', result: findingsOf('security/get') },
    {
      name: 'scan.findings({ severity, type })',
      call: (c) => scan(c).findings({ severity: 'HIGH', type: 'CSPM' }),
      method: 'GET',
      path: `/v2/security/scans/${SCAN}`,
      query: { severity: 'HIGH', type: 'CSPM', ...PAGE },
      status: 200,
      reply: 'security/critical',
      result: findingsOf('security/critical'),
    },
    {
      name: 'scan.findings({ page, perPage }) reads that page only',
      call: (c) => scan(c).findings({ page: 2, perPage: 1 }),
      method: 'GET',
      path: `/v2/security/scans/${SCAN}`,
      query: { page: '2', per_page: '1' },
      status: 200,
      reply: 'security/critical',
      result: findingsOf('security/critical'),
    },
    {
      name: 'finding.affectedResources()',
      call: (c) => finding(c).affectedResources(),
      method: 'GET',
      path: AFFECTED,
      query: PAGE,
      status: 200,
      reply: 'security/affected-resources',
      result: many(SecurityAffectedResource, 'security/affected-resources', 'affected_resources'),
    },
    {
      name: 'finding.suppress(resources)',
      call: (c) => finding(c).suppress([droplet(c), 'do:droplet:480000001']),
      method: 'POST',
      path: '/v2/security/settings/suppressions',
      body: { rule_uuid: RULE, resources: ['do:droplet:3164444', 'do:droplet:480000001'] },
      status: 201,
      reply: 'security/suppress',
      result: many(SecuritySuppression, 'security/suppress', 'resources'),
    },
    { name: 'suppression.destroy()', call: (c) => suppression(c).destroy(), method: 'DELETE', path: `/v2/security/settings/suppressions/${SUPPRESSION}`, status: 204, result: nothing },
  ]);

  describe('#wait', () => {
    const status = (value: string) => ({ scan: { ...fixture<{ scan: Body }>('security/get').scan, status: value } });

    it('polls GET /v2/security/scans/{id} until the scan is COMPLETED and resolves to it, reloaded with its findings', async () => {
      stubApi('POST', '/v2/security/scans').reply(201, fixture('security/create'));
      stubApi('GET', `/v2/security/scans/${SCAN}`).reply(200, fixture('security/create'));
      stubApi('GET', `/v2/security/scans/${SCAN}`).reply(200, status('COMPLETED'));
      const started = await testClient().security.startScan();
      expect([started.status, started.results]).toEqual(['IN_PROGRESS', []]);
      const progress: string[] = [];
      await expect(started.wait({ interval: 1, onProgress: (s) => progress.push(s.status) })).resolves.toBe(started);
      expect([started.status, progress, started.results?.map((f) => [f.ruleUuid, f.scanId])]).toEqual([
        'COMPLETED',
        ['IN_PROGRESS', 'COMPLETED'],
        [
          [RULE, SCAN],
          ['7a3e9f14-2b6c-4d8e-a1f0-93c5e7b2d402', SCAN],
        ],
      ]);
    });

    it('rejects with ResourceFailedError carrying the scan when it ends FAILED', async () => {
      stubApi('POST', '/v2/security/scans').reply(201, fixture('security/create'));
      stubApi('GET', `/v2/security/scans/${SCAN}`).reply(200, fixture('security/failed'));
      const started = await testClient().security.startScan();
      const error = await started.wait({ interval: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect(error).toMatchObject({ resource: started, state: 'FAILED', wanted: 'COMPLETED' });
    });
  });

  describe('#findings', () => {
    const findingsPage = (from: number, count: number) => {
      const [template] = fixture<{ scan: { findings: Body[] } }>('security/get').scan.findings;
      const findings = Array.from({ length: count }, (_, i) => ({ ...template, rule_uuid: `00000000-0000-4000-8000-${String(from + i).padStart(12, '0')}` }));
      return { scan: { ...fixture<{ scan: Body }>('security/get').scan, findings } };
    };

    it('reads page after page of 200 until a short one', async () => {
      stubApi('GET', `/v2/security/scans/${SCAN}`, PAGE).reply(200, findingsPage(0, 200));
      stubApi('GET', `/v2/security/scans/${SCAN}`, { page: '2', per_page: '200' }).reply(200, findingsPage(200, 3));
      const findings = await scan(testClient()).findings();
      expect([findings.length, findings[202].ruleUuid, findings[202].scanId]).toEqual([203, '00000000-0000-4000-8000-000000000202', SCAN]);
    });

    it('stops when a page brings nothing new (an answer that ignores paging)', async () => {
      stubApi('GET', `/v2/security/scans/${SCAN}`, PAGE).reply(200, findingsPage(0, 200));
      stubApi('GET', `/v2/security/scans/${SCAN}`, { page: '2', per_page: '200' }).reply(200, findingsPage(0, 200));
      expect(await scan(testClient()).findings()).toHaveLength(200);
    });
  });

  it('scan() and latestScan() with a query still stop with their signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const client = testClient();
    await expect(client.security.scan(SCAN, { severity: 'HIGH' }, { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    await expect(client.security.latestScan({ severity: 'HIGH' }, { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });

  it('a finding not read through its scan says so instead of sending a request', () => {
    const lone = testClient().attach(toModel(SecurityFinding, fixture<{ scan: { findings: Body[] } }>('security/get').scan.findings[0]));
    expect(() => lone.affectedResources()).toThrow(ConfigurationError);
  });

  itRefuses([
    ['scan with an id that is not a UUID', (c) => c.security.scan('latest/../x'), 'id'],
    ['scan with an unknown severity', (c) => c.security.scan(SCAN, { severity: 'SEVERE' as never }), 'query.severity'],
    ['scan with a lower-case severity', (c) => c.security.scan(SCAN, { severity: 'high' as never }), 'query.severity'],
    ['scan with a type holding a space', (c) => c.security.scan(SCAN, { type: 'cs pm' }), 'query.type'],
    ['scan with 500 findings a page', (c) => c.security.scan(SCAN, { perPage: 500 }), 'query.perPage'],
    ['scan with page 0', (c) => c.security.scan(SCAN, { page: 0 }), 'query.page'],
    ['scan with an unknown option', (c) => c.security.scan(SCAN, { sort: 'name' } as never), 'query'],
    ['latestScan with an unknown severity', (c) => c.security.latestScan({ severity: 'INFO' as never }), 'query.severity'],
    ['affectedResources with a bad scan id', (c) => c.security.affectedResources('scan-1', RULE), 'scanId'],
    ['affectedResources with a bad finding uuid', (c) => c.security.affectedResources(SCAN, 'rule-1'), 'findingUuid'],
    ['excludeResource with a bare id', (c) => c.security.excludeResource('3164444'), 'resource'],
    ['excludeResource with a URN without an id', (c) => c.security.excludeResource('do:droplet:'), 'resource'],
    ['excludeResource with a model without a urn', (c) => c.security.excludeResource({ id: 1 } as never), 'resource'],
    ['suppress with a rule that is not a UUID', (c) => c.security.suppress({ ruleUuid: 'backups', resources: ['do:droplet:1'] }), 'attrs.ruleUuid'],
    ['suppress with no resources', (c) => c.security.suppress({ ruleUuid: RULE, resources: [] }), 'attrs.resources'],
    ['suppress with a resource that is not a URN', (c) => c.security.suppress({ ruleUuid: RULE, resources: ['do:droplet:1', 'droplet-1'] }), 'attrs.resources[1]'],
    ['suppress without a rule', (c) => c.security.suppress({ resources: ['do:droplet:1'] } as never), 'attrs.ruleUuid'],
    ['updatePlan with a tier named in capitals', (c) => c.security.updatePlan({ Basic: { tags: ['production'] } }), 'tierCoverage.Basic'],
    ['updatePlan with a resource that is not a URN', (c) => c.security.updatePlan({ basic: { resources: ['3164444'] } }), 'tierCoverage.basic.resources[0]'],
    ['updatePlan with a bad tag', (c) => c.security.updatePlan({ basic: { tags: ['prod env'] } }), 'tierCoverage.basic.tags[0]'],
    ['updatePlan with an unknown tier attribute', (c) => c.security.updatePlan({ basic: { droplets: [1] } as never }), 'tierCoverage.basic'],
    ['updatePlan with no object', (c) => c.security.updatePlan(null as never), 'tierCoverage'],
    ['settings with 0 a page', (c) => c.security.settings({ perPage: 0 }), 'query.perPage'],
    ['settings from page 0', (c) => c.security.settings({ page: 0 }), 'query.page'],
    ['settings with an option it does not take', (c) => c.security.settings({ severity: 'HIGH' } as never), 'query'],
    ['deleteSuppression with a bad uuid', (c) => c.security.deleteSuppression('../scans'), 'uuid'],
    ['scan.findings with an unknown severity', (c) => scan(c).findings({ severity: 'INFO' as never }), 'query.severity'],
    ['finding.suppress with no resources', (c) => finding(c).suppress([]), 'attrs.resources'],
    ['finding.suppress with a bad URN', (c) => finding(c).suppress(['do:droplet']), 'attrs.resources[0]'],
    ['scan.destroy(): the API cannot delete a scan', (c) => scan(c).destroy(), 'scan'],
  ]);
});
