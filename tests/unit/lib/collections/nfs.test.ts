import { NfsAccessPoint, NfsAction, NfsShare, NfsSnapshot, ResourceFailedError } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const SHARE = '0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d';
const VPC = '3f34cdb2-1e4f-4100-b5c7-f55f2762085f';
const VPC2 = '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const SNAP = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const AP = 'a1b2c3d4-e5f6-4a5b-9c8d-1e2f3a4b5c6d';
const S = `/v2/nfs/${SHARE}`;
const POLICY = { anonuid: 65534, anongid: 65534, protocols: ['NFS4' as const], squashConfig: 'ROOT_SQUASH' as const, identityEnforcementEnabled: false };
const POLICY_WIRE = { anonuid: 65534, anongid: 65534, protocols: ['NFS4'], squash_config: 'ROOT_SQUASH', identity_enforcement_enabled: false };
const action = one(NfsAction, 'nfs/action', 'action');
const share = (c: Parameters<Parameters<typeof itSends>[0][number]['call']>[0]) => loaded(c, NfsShare, 'nfs/get', 'share');

describe('NfsCollection, NfsShare, NfsSnapshot and NfsAccessPoint', () => {
  itSends([
    { name: 'client.nfs.list()', call: (c) => c.nfs.list(), method: 'GET', path: '/v2/nfs', query: PAGE, status: 200, reply: 'nfs/list', result: many(NfsShare, 'nfs/list', 'shares') },
    { name: 'client.nfs.list({ region })', call: (c) => c.nfs.list({ region: 'atl1' }), method: 'GET', path: '/v2/nfs', query: { ...PAGE, region: 'atl1' }, status: 200, reply: 'nfs/list', result: many(NfsShare, 'nfs/list', 'shares') },
    { name: 'client.nfs.get(id)', call: (c) => c.nfs.get(SHARE), method: 'GET', path: S, status: 200, reply: 'nfs/get', result: one(NfsShare, 'nfs/get', 'share') },
    { name: 'client.nfs.create(attrs)', call: (c) => c.nfs.create({ name: 'media', sizeGib: 100, region: 'atl1', vpcIds: [VPC], performanceTier: 'standard' }), method: 'POST', path: '/v2/nfs', body: { name: 'media', size_gib: 100, region: 'atl1', vpc_ids: [VPC], performance_tier: 'standard' }, status: 201, reply: 'nfs/create', result: one(NfsShare, 'nfs/create', 'share') },
    { name: 'client.nfs.delete(id)', call: (c) => c.nfs.delete(SHARE), method: 'DELETE', path: S, status: 204, result: nothing },
    { name: 'share.reload()', call: (c) => share(c).reload(), method: 'GET', path: S, status: 200, reply: 'nfs/get', result: one(NfsShare, 'nfs/get', 'share') },
    { name: 'share.destroy()', call: (c) => share(c).destroy(), method: 'DELETE', path: S, status: 204, result: nothing },
    { name: 'share.resize(sizeGib)', call: (c) => share(c).resize(200), method: 'POST', path: `${S}/actions`, body: { type: 'resize', region: 'atl1', params: { size_gib: 200 } }, status: 201, reply: 'nfs/action', result: action },
    { name: 'client.nfs.resize(id, sizeGib)', call: (c) => c.nfs.resize(SHARE, 200), method: 'POST', path: `${S}/actions`, body: { type: 'resize', params: { size_gib: 200 } }, status: 201, reply: 'nfs/action', result: action },
    { name: 'share.snapshot(name)', call: (c) => share(c).snapshot('nightly'), method: 'POST', path: `${S}/actions`, body: { type: 'snapshot', region: 'atl1', params: { name: 'nightly' } }, status: 201, reply: 'nfs/action', result: action },
    { name: 'client.nfs.snapshot(id, name)', call: (c) => c.nfs.snapshot(SHARE, 'nightly'), method: 'POST', path: `${S}/actions`, body: { type: 'snapshot', params: { name: 'nightly' } }, status: 201, reply: 'nfs/action', result: action },
    { name: 'share.attach(vpcId)', call: (c) => share(c).attach(VPC2), method: 'POST', path: `${S}/actions`, body: { type: 'attach', region: 'atl1', params: { vpc_id: VPC2 } }, status: 201, reply: 'nfs/action', result: action },
    { name: 'client.nfs.attach(id, vpcId)', call: (c) => c.nfs.attach(SHARE, VPC2), method: 'POST', path: `${S}/actions`, body: { type: 'attach', params: { vpc_id: VPC2 } }, status: 201, reply: 'nfs/action', result: action },
    { name: 'client.nfs.detach(id, vpcId)', call: (c) => c.nfs.detach(SHARE, VPC2), method: 'POST', path: `${S}/actions`, body: { type: 'detach', params: { vpc_id: VPC2 } }, status: 201, reply: 'nfs/action', result: action },
    { name: 'client.nfs.reassign(id, old, new)', call: (c) => c.nfs.reassign(SHARE, VPC, VPC2), method: 'POST', path: `${S}/actions`, body: { type: 'reassign', params: { old_vpc_id: VPC, new_vpc_id: VPC2 } }, status: 201, reply: 'nfs/action', result: action },
    { name: 'client.nfs.switchPerformanceTier(id, tier)', call: (c) => c.nfs.switchPerformanceTier(SHARE, 'high'), method: 'POST', path: `${S}/actions`, body: { type: 'switch_performance_tier', params: { performance_tier: 'high' } }, status: 201, reply: 'nfs/action', result: action },
    { name: 'client.nfs.snapshots()', call: (c) => c.nfs.snapshots(), method: 'GET', path: '/v2/nfs/snapshots', query: PAGE, status: 200, reply: 'nfs/snapshots', result: many(NfsSnapshot, 'nfs/snapshots', 'snapshots') },
    { name: 'client.nfs.snapshots({ region, shareId })', call: (c) => c.nfs.snapshots({ region: 'atl1', shareId: SHARE }), method: 'GET', path: '/v2/nfs/snapshots', query: { ...PAGE, region: 'atl1', share_id: SHARE }, status: 200, reply: 'nfs/snapshots', result: many(NfsSnapshot, 'nfs/snapshots', 'snapshots') },
    { name: 'share.snapshots()', call: (c) => share(c).snapshots(), method: 'GET', path: '/v2/nfs/snapshots', query: { share_id: SHARE, region: 'atl1' }, status: 200, reply: 'nfs/snapshots', result: many(NfsSnapshot, 'nfs/snapshots', 'snapshots') },
    { name: 'client.nfs.getSnapshot(id)', call: (c) => c.nfs.getSnapshot(SNAP), method: 'GET', path: `/v2/nfs/snapshots/${SNAP}`, status: 200, reply: 'nfs/snapshot', result: one(NfsSnapshot, 'nfs/snapshot', 'snapshot') },
    { name: 'client.nfs.deleteSnapshot(id)', call: (c) => c.nfs.deleteSnapshot(SNAP), method: 'DELETE', path: `/v2/nfs/snapshots/${SNAP}`, status: 204, result: nothing },
    { name: 'snapshot.destroy()', call: (c) => loaded(c, NfsSnapshot, 'nfs/snapshot', 'snapshot').destroy(), method: 'DELETE', path: `/v2/nfs/snapshots/${SNAP}`, status: 204, result: nothing },
    { name: 'client.nfs.accessPoints(shareId)', call: (c) => c.nfs.accessPoints(SHARE), method: 'GET', path: `/v2/nfs/shares/${SHARE}/access_points`, status: 200, reply: 'nfs/access-points', result: many(NfsAccessPoint, 'nfs/access-points', 'access_points') },
    { name: 'share.listAccessPoints(status)', call: (c) => share(c).listAccessPoints('ACCESS_POINT_ACTIVE'), method: 'GET', path: `/v2/nfs/shares/${SHARE}/access_points`, query: { status: 'ACCESS_POINT_ACTIVE' }, status: 200, reply: 'nfs/access-points', result: many(NfsAccessPoint, 'nfs/access-points', 'access_points') },
    { name: 'share.createAccessPoint(attrs)', call: (c) => share(c).createAccessPoint({ name: 'team', path: '/team', accessPolicy: POLICY, vpcId: VPC }), method: 'POST', path: `/v2/nfs/shares/${SHARE}/access_points`, body: { name: 'team', path: '/team', access_policy: POLICY_WIRE, vpc_id: VPC }, status: 201, reply: 'nfs/access-point-created', result: one(NfsAccessPoint, 'nfs/access-point-created', 'access_point') },
    { name: 'client.nfs.createAccessPoint(shareId, attrs)', call: (c) => c.nfs.createAccessPoint(SHARE, { name: 'team', path: '/team', accessPolicy: POLICY, vpcId: VPC }), method: 'POST', path: `/v2/nfs/shares/${SHARE}/access_points`, body: { name: 'team', path: '/team', access_policy: POLICY_WIRE, vpc_id: VPC }, status: 201, reply: 'nfs/access-point-created', result: one(NfsAccessPoint, 'nfs/access-point-created', 'access_point') },
    { name: 'client.nfs.getAccessPoint(id)', call: (c) => c.nfs.getAccessPoint(AP), method: 'GET', path: `/v2/nfs/access_points/${AP}`, status: 200, reply: 'nfs/access-point', result: one(NfsAccessPoint, 'nfs/access-point', 'access_point') },
    { name: 'client.nfs.deleteAccessPoint(id)', call: (c) => c.nfs.deleteAccessPoint(AP), method: 'DELETE', path: `/v2/nfs/access_points/${AP}`, status: 200, reply: 'nfs/access-point-created', result: nothing },
    { name: 'accessPoint.destroy()', call: (c) => loaded(c, NfsAccessPoint, 'nfs/access-point', 'access_point').destroy(), method: 'DELETE', path: `/v2/nfs/access_points/${AP}`, status: 200, reply: 'nfs/access-point-created', result: nothing },
  ]);

  itRefuses([
    ['get with a name', (c) => c.nfs.get('media'), 'shareId'],
    ['create of 10 GiB', (c) => c.nfs.create({ name: 'x', sizeGib: 10, region: 'atl1', vpcIds: [VPC] }), 'attrs.sizeGib'],
    ['create without a VPC', (c) => c.nfs.create({ name: 'x', sizeGib: 50, region: 'atl1', vpcIds: [] }), 'attrs.vpcIds'],
    ['resize to half a GiB', (c) => c.nfs.resize(SHARE, 100.5), 'sizeGib'],
    ['attach a VPC by name', (c) => c.nfs.attach(SHARE, 'default'), 'vpcId'],
    ['an access point with a relative path', (c) => c.nfs.createAccessPoint(SHARE, { name: 'x', path: 'team', accessPolicy: POLICY, vpcId: VPC }), 'attrs.path'],
    ['an access point with no protocol', (c) => c.nfs.createAccessPoint(SHARE, { name: 'x', path: '/x', accessPolicy: { ...POLICY, protocols: [] }, vpcId: VPC }), 'attrs.accessPolicy.protocols'],
    ['snapshots of a share by name', (c) => c.nfs.snapshots({ shareId: 'media' }), 'shareId'],
  ]);

  describe('waits', () => {
    it('snapshot.waitUntilActive() reloads until ACTIVE', async () => {
      const snapshot = loaded(testClient(), NfsSnapshot, 'nfs/snapshot-creating', 'snapshot');
      stubApi('GET', `/v2/nfs/snapshots/${SNAP}`).reply(200, fixture('nfs/snapshot'));
      await expect(snapshot.waitUntilActive({ interval: 5 })).resolves.toBe(snapshot);
      expect(snapshot.status).toBe('ACTIVE');
    });

    it('snapshot.waitUntilActive() rejects with ResourceFailedError on FAILED', async () => {
      const snapshot = loaded(testClient(), NfsSnapshot, 'nfs/snapshot-creating', 'snapshot');
      stubApi('GET', `/v2/nfs/snapshots/${SNAP}`).reply(200, fixture('nfs/snapshot-failed'));
      const error = await snapshot.waitUntilActive({ interval: 5 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect((error as ResourceFailedError).resource).toBe(snapshot);
    });

    it('share.waitUntilActive() and accessPoint.waitUntilActive() reload until active', async () => {
      const client = testClient();
      const created = loaded(client, NfsShare, 'nfs/create', 'share');
      stubApi('GET', S).reply(200, fixture('nfs/get'));
      await expect(created.waitUntilActive({ interval: 5 })).resolves.toBe(created);
      expect(created.status).toBe('ACTIVE');
      const point = loaded(client, NfsAccessPoint, 'nfs/access-point-created', 'access_point');
      stubApi('GET', `/v2/nfs/access_points/${AP}`).reply(200, fixture('nfs/access-point'));
      await expect(point.waitUntilActive({ interval: 5 })).resolves.toBe(point);
      expect(point.status).toBe('ACCESS_POINT_ACTIVE');
    });
  });
});
