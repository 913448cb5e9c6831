import nock from 'nock';
import { Droplet, DropletAssociatedResources, DropletBackupPolicy, DropletDestroyStatus, PaginationError, ResourceFailedError, SupportedBackupPolicy } from '../../../../lib/index.js';
import { fixture, json, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded } from '../../../operations.js';

const ID = 3164444;
const BASE = `/v2/droplets/${ID}/destroy_with_associated_resources`;
const VOLUME = 'ba49449a-7435-11ea-b89e-0a58ac14480f';
const droplet = (c: Parameters<typeof loaded>[0]) => loaded(c, Droplet, 'droplets/get', 'droplet');
const whole = (cls: abstract new () => object, name: string, key?: string) => (value: unknown) => {
  expect(value).toBeInstanceOf(cls);
  const body = fixture<Record<string, unknown>>(name);
  expect(json(value)).toEqual(key ? body[key] : body);
};
const status = whole(DropletDestroyStatus, 'droplets/destroy-status');

/** The DELETE (or POST) then the status GET that every destroy verb sends. */
function itDestroys(name: string, call: Parameters<typeof itSends>[0][number]['call'], method: string, path: string, body?: unknown): void {
  it(`${name} sends ${method} ${path} then reads the status`, async () => {
    let sent: unknown;
    stubApi(method, path).reply(202, (_uri, b) => {
      sent = b;
      return '';
    });
    stubApi('GET', `${BASE}/status`).reply(200, fixture('droplets/destroy-status'));
    status(await call(testClient()));
    expect(sent).toEqual(body ?? '');
  });
}

describe('droplet backup policies, destruction with associated resources, neighbor report', () => {
  itSends([
    {
      name: 'client.droplets.backupPolicies()',
      call: (c) => c.droplets.backupPolicies(),
      method: 'GET',
      path: '/v2/droplets/backups/policies',
      query: PAGE,
      status: 200,
      reply: 'droplets/backup-policies',
      result: (value) => {
        const policies = value as DropletBackupPolicy[];
        expect(policies.every((p) => p instanceof DropletBackupPolicy)).toBe(true);
        expect(json(policies)).toEqual(Object.values(fixture<{ policies: object }>('droplets/backup-policies').policies));
      },
    },
    {
      name: 'client.droplets.supportedBackupPolicies()',
      call: (c) => c.droplets.supportedBackupPolicies(),
      method: 'GET',
      path: '/v2/droplets/backups/supported_policies',
      status: 200,
      reply: 'droplets/supported-backup-policies',
      result: (value) => {
        expect((value as unknown[]).every((p) => p instanceof SupportedBackupPolicy)).toBe(true);
        expect(json(value)).toEqual(fixture<{ supported_policies: unknown }>('droplets/supported-backup-policies').supported_policies);
      },
    },
    { name: 'client.droplets.backupPolicy(id)', call: (c) => c.droplets.backupPolicy(ID), method: 'GET', path: `/v2/droplets/${ID}/backups/policy`, status: 200, reply: 'droplets/backup-policy', result: whole(DropletBackupPolicy, 'droplets/backup-policy', 'policy') },
    { name: 'droplet.backupPolicy()', call: (c) => droplet(c).backupPolicy(), method: 'GET', path: `/v2/droplets/${ID}/backups/policy`, status: 200, reply: 'droplets/backup-policy', result: whole(DropletBackupPolicy, 'droplets/backup-policy', 'policy') },
    { name: 'client.droplets.associatedResources(id)', call: (c) => c.droplets.associatedResources(ID), method: 'GET', path: BASE, status: 200, reply: 'droplets/associated-resources', result: whole(DropletAssociatedResources, 'droplets/associated-resources') },
    { name: 'droplet.associatedResources()', call: (c) => droplet(c).associatedResources(), method: 'GET', path: BASE, status: 200, reply: 'droplets/associated-resources', result: whole(DropletAssociatedResources, 'droplets/associated-resources') },
    { name: 'client.droplets.destroyStatus(id)', call: (c) => c.droplets.destroyStatus(ID), method: 'GET', path: `${BASE}/status`, status: 200, reply: 'droplets/destroy-status', result: status },
    { name: 'droplet.destroyStatus()', call: (c) => droplet(c).destroyStatus(), method: 'GET', path: `${BASE}/status`, status: 200, reply: 'droplets/destroy-status', result: status },
    { name: 'client.droplets.neighborIds()', call: (c) => c.droplets.neighborIds(), method: 'GET', path: '/v2/reports/droplet_neighbors_ids', status: 200, reply: 'droplets/neighbor-ids', result: (value) => expect(value).toEqual(fixture<{ neighbor_ids: unknown }>('droplets/neighbor-ids').neighbor_ids) },
  ]);

  const SELECTION_JSON = { volumes: [VOLUME], snapshots: ['61486916'], reserved_ips: ['45.55.96.47'] };
  itDestroys('droplet.destroyWithAssociatedResources(selection)', (c) => droplet(c).destroyWithAssociatedResources({ volumes: [{ id: VOLUME }], snapshots: [61486916], reservedIps: [{ ip: '45.55.96.47' }] }), 'DELETE', `${BASE}/selective`, SELECTION_JSON);
  itDestroys('client.droplets.destroyWithAssociatedResources(id, selection)', (c) => c.droplets.destroyWithAssociatedResources(ID, { volumes: [VOLUME], snapshots: ['61486916'], reservedIps: ['45.55.96.47'] }), 'DELETE', `${BASE}/selective`, SELECTION_JSON);
  itDestroys('droplet.retryDestroy()', (c) => droplet(c).retryDestroy(), 'POST', `${BASE}/retry`);
  itDestroys('client.droplets.retryDestroy(id)', (c) => c.droplets.retryDestroy(ID), 'POST', `${BASE}/retry`);
  itDestroys('client.droplets.destroyWithAllAssociatedResources(id)', (c) => c.droplets.destroyWithAllAssociatedResources(ID), 'DELETE', `${BASE}/dangerous`);

  it('droplet.destroyWithAllAssociatedResources() sends X-Dangerous: true', async () => {
    const scope = stubApi('DELETE', `${BASE}/dangerous`).matchHeader('x-dangerous', 'true').reply(202);
    stubApi('GET', `${BASE}/status`).reply(200, fixture('droplets/destroy-status'));
    status(await droplet(testClient()).destroyWithAllAssociatedResources());
    expect(scope.isDone()).toBe(true);
  });

  describe('DropletDestroyStatus', () => {
    it('wait() polls the status until completedAt is set and resolves to it, reloaded in place', async () => {
      stubApi('GET', `${BASE}/status`).reply(200, fixture('droplets/destroy-status-pending'));
      stubApi('GET', `${BASE}/status`).reply(200, fixture('droplets/destroy-status'));
      const client = testClient();
      const s = await client.droplets.destroyStatus(ID);
      expect(s).toBeInstanceOf(DropletDestroyStatus);
      await expect(s.wait({ interval: 1 })).resolves.toBe(s);
      expect([s.completedAt, s.failures, s.failed]).toEqual([new Date('2025-04-01T18:11:49Z'), 0, []]);
    });

    it('wait() rejects with ResourceFailedError listing the failures; retry() starts them again', async () => {
      stubApi('GET', `${BASE}/status`).reply(200, fixture('droplets/destroy-status-failed'));
      const client = testClient();
      const s = await client.droplets.destroyStatus(ID);
      const error = await s.wait({ interval: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect((error as ResourceFailedError<DropletDestroyStatus>).resource.failed.map((r) => [r.id, r.errorMessage])).toEqual([[VOLUME, 'the destroy volume action failed; retry it']]);
      stubApi('POST', `${BASE}/retry`).reply(202);
      stubApi('GET', `${BASE}/status`).reply(200, fixture('droplets/destroy-status'));
      await s.retry();
      expect([s.failures, s.all.every((r) => r.destroyedAt instanceof Date)]).toEqual([0, true]);
      expect(nock.pendingMocks()).toEqual([]);
    });
  });

  it('client.droplets.backupPolicies() reads every page of the policies keyed by droplet id, its links checked as any listing\'s', async () => {
    const [on, off] = Object.values(fixture<{ policies: Record<string, Record<string, unknown>> }>('droplets/backup-policies').policies);
    const POLICIES = '/v2/droplets/backups/policies';
    const link = (query: string) => `https://api.digitalocean.com${POLICIES}?${query}`;
    stubApi('GET', POLICIES, { page: '1', per_page: '1' }).reply(200, { policies: { 1: { ...on, droplet_id: 1 } }, links: { pages: { next: link('page=2&per_page=1'), last: link('page=2&per_page=1') } }, meta: { total: 2 } });
    stubApi('GET', POLICIES, { page: '2', per_page: '1' }).reply(200, { policies: { 2: { ...off, droplet_id: 2 } }, links: { pages: { first: link('page=1&per_page=1'), prev: link('page=1&per_page=1') } }, meta: { total: 2 } });
    const policies = await testClient().droplets.backupPolicies({ perPage: 1 });
    expect(policies.map((p) => p.dropletId)).toEqual([1, 2]);
    expect(policies.every((p) => p instanceof DropletBackupPolicy)).toBe(true);

    stubApi('GET', POLICIES, { page: '1', per_page: '1' }).reply(200, { policies: { 1: on }, links: { pages: { next: link('cursor=abc') } }, meta: { total: 2 } });
    const unnumbered = await testClient().droplets.backupPolicies({ perPage: 1 }).all().catch((e: unknown) => e);
    expect(unnumbered).toBeInstanceOf(PaginationError);
    expect((unnumbered as Error).message).toBe(`links.pages.next has no valid page number: "${link('cursor=abc')}"`);

    stubApi('GET', POLICIES, PAGE).reply(200, { links: {}, meta: { total: 0 } });
    const missing = await testClient().droplets.backupPolicies().all().catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(PaginationError);
    expect((missing as Error).message).toBe(`GET droplets/backups/policies answered without a "policies" object`);
  });

  itRefuses([
    ['backupPolicy of a bad id', (c) => c.droplets.backupPolicy(0), 'id'],
    ['destroy with a volume that is not a UUID', (c) => c.droplets.destroyWithAssociatedResources(ID, { volumes: ['data'] }), 'selection.volumes[0]'],
    ['destroy with a reserved IP that is not an address', (c) => c.droplets.destroyWithAssociatedResources(ID, { reservedIps: ['my-ip'] }), 'selection.reservedIps[0]'],
    ['destroy with a snapshot that is not an id', (c) => c.droplets.destroyWithAssociatedResources(ID, { snapshots: ['latest'] }), 'selection.snapshots[0]'],
    ['destroy choosing an unknown kind', (c) => c.droplets.destroyWithAssociatedResources(ID, { firewalls: [] } as never), 'selection'],
  ]);
});
