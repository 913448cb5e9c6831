import { NfsAccessPoint, NfsAction, NfsShare, NotFoundError, ResourceFailedError, UnprocessableEntityError, type Vpc } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

/** How far the simulator's clock runs ahead of real time: moved on instead of sleeping until scheduled changes are due. */
let ahead = 0;
let vpcA: Vpc;
let vpcB: Vpc;
const h = useHarness({ actionDurationMs: 100, now: () => Date.now() + ahead });
beforeAll(async () => {
  vpcA = await h.client.vpcs.create({ name: 'nfs-a', region: 'nyc3' });
  vpcB = await h.client.vpcs.create({ name: 'nfs-b', region: 'nyc3' });
});

const POLICY = { anonuid: 65534, anongid: 65534, protocols: ['NFS4' as const], squashConfig: 'ROOT_SQUASH' as const, identityEnforcementEnabled: false };

describe('NFS end to end', () => {
  it('creates a share, waits for it, resizes, snapshots, moves between VPCs, adds access points and deletes everything', async () => {
    const { client } = h;
    const share = await client.nfs.create({ name: 'media', sizeGib: 100, region: 'nyc3', vpcIds: [vpcA.id], performanceTier: 'standard' });
    expect(share).toBeInstanceOf(NfsShare);
    expect(share.status).toBe('CREATING');
    await share.waitUntilActive(FAST);
    expect(share.source).toMatch(/^10\.128\.32\.\d+:\/100001\//);
    expect(share.accessPoints?.map((p) => [p.isDefault, p.status])).toEqual([[true, 'ACCESS_POINT_ACTIVE']]);
    expect((await client.nfs.list({ region: 'nyc3' })).map((s) => s.id)).toEqual([share.id]);
    expect(await client.nfs.list({ region: 'ams3' })).toEqual([]);

    const resize = await share.resize(200);
    expect(resize).toBeInstanceOf(NfsAction);
    expect([resize.type, resize.status, resize.resourceId]).toEqual(['RESIZE', 'IN_PROGRESS', share.id]);
    await expect(share.resize(50)).rejects.toBeInstanceOf(UnprocessableEntityError);
    await share.snapshot('nightly');
    const [snapshot] = await share.snapshots();
    expect(snapshot.name).toBe('nightly');
    await snapshot.waitUntilActive(FAST);
    expect((await client.nfs.getSnapshot(snapshot.id)).status).toBe('ACTIVE');
    expect((await client.nfs.snapshots({ shareId: share.id })).map((s) => s.id)).toEqual([snapshot.id]);
    expect((await share.reload()).sizeGib).toBe(200);

    await share.attach(vpcB.id);
    expect((await client.nfs.get(share.id)).vpcIds).toEqual([vpcA.id, vpcB.id]);
    await client.nfs.detach(share.id, vpcA.id);
    await client.nfs.reassign(share.id, vpcB.id, vpcA.id);
    await client.nfs.attach(share.id, vpcB.id);
    await share.detach(vpcB.id);
    await share.reassign(vpcA.id, vpcB.id);
    await client.nfs.switchPerformanceTier(share.id, 'high');
    await share.switchPerformanceTier('standard');
    await client.nfs.resize(share.id, 300);
    await client.nfs.snapshot(share.id, 'weekly');
    ahead += 1_000;
    expect(await share.reload()).toMatchObject({ vpcIds: [vpcB.id], sizeGib: 300, performanceTier: 'standard' });

    const point = await share.createAccessPoint({ name: 'team', path: '/team', accessPolicy: POLICY, vpcId: vpcB.id });
    expect(point).toBeInstanceOf(NfsAccessPoint);
    expect(point.status).toBe('ACCESS_POINT_CREATING');
    await point.waitUntilActive(FAST);
    const second = await client.nfs.createAccessPoint(share.id, { name: 'ops', path: '/ops', accessPolicy: { ...POLICY, protocols: ['NFS', 'NFS4'], squashConfig: 'ALL_SQUASH' }, vpcId: vpcB.id });
    expect((await client.nfs.getAccessPoint(second.id)).accessPolicy.squashConfig).toBe('ALL_SQUASH');
    expect((await share.listAccessPoints('ACCESS_POINT_ACTIVE')).map((p) => p.name)).toEqual(['default', 'team']);
    expect((await client.nfs.accessPoints(share.id)).length).toBe(3);
    await expect(share.createAccessPoint({ name: 'x', path: '/x', accessPolicy: POLICY, vpcId: vpcA.id })).rejects.toBeInstanceOf(UnprocessableEntityError);
    await point.destroy();
    await client.nfs.deleteAccessPoint(second.id);
    await expect(client.nfs.getAccessPoint(point.id)).rejects.toBeInstanceOf(NotFoundError);

    for (const s of await client.nfs.snapshots()) await client.nfs.deleteSnapshot(s.id);
    await expect(snapshot.destroy()).rejects.toBeInstanceOf(NotFoundError);
    await share.destroy();
    await expect(share.reload()).rejects.toBeInstanceOf(NotFoundError);
    const other = await client.nfs.create({ name: 'scratch', sizeGib: 50, region: 'nyc3', vpcIds: [vpcA.id] });
    await client.nfs.delete(other.id);
    expect(await client.nfs.list()).toEqual([]);
  });

  it('a wait retries through a 503, and a FAILED share rejects the wait with ResourceFailedError', async () => {
    const { client } = h;
    const share = await client.nfs.create({ name: 'flaky', sizeGib: 50, region: 'nyc3', vpcIds: [vpcA.id] });
    h.sim.injectFault({ method: 'GET', path: `/v2/nfs/${share.id}`, status: 503 });
    const { DigitalOcean } = await import('../../lib/index.js');
    const retrying = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 2 });
    await expect(retrying.nfs.get(share.id).then((s) => s.waitUntilActive(FAST))).resolves.toMatchObject({ status: 'ACTIVE' });
    const failed = Object.assign(share, { status: 'FAILED' as const });
    await expect(failed.waitUntilActive(FAST)).rejects.toBeInstanceOf(ResourceFailedError);
    await client.nfs.delete(share.id);
  });

  itAnswersModules(() => h, 'nfs');
  itConforms(() => h);
});
