import { Vpc, VpcMember, VpcPeering } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '5a4981aa-9653-4bd1-bef5-d6bff52042e4';
const OTHER = 'c33931f2-a26a-4e61-b85c-4e95a2ec431b';
const PEER = '5a4981aa-9653-4bd1-bef5-d6bff52042e5';
const vpc = (c: Parameters<typeof loaded>[0]) => loaded(c, Vpc, 'vpcs/get', 'vpc');

describe('VpcsCollection and Vpc', () => {
  itSends([
    { name: 'client.vpcs.list()', call: (c) => c.vpcs.list(), method: 'GET', path: '/v2/vpcs', query: PAGE, status: 200, reply: 'vpcs/list', result: many(Vpc, 'vpcs/list', 'vpcs') },
    { name: 'client.vpcs.get(id)', call: (c) => c.vpcs.get(ID), method: 'GET', path: `/v2/vpcs/${ID}`, status: 200, reply: 'vpcs/get', result: one(Vpc, 'vpcs/get', 'vpc') },
    { name: 'client.vpcs.create(attrs)', call: (c) => c.vpcs.create({ name: 'env.prod-vpc'.replace('.', '-'), region: 'nyc1', ipRange: '10.10.10.0/24', description: 'VPC for production environment' }), method: 'POST', path: '/v2/vpcs', body: { name: 'env-prod-vpc', region: 'nyc1', ip_range: '10.10.10.0/24', description: 'VPC for production environment' }, status: 201, reply: 'vpcs/get', result: one(Vpc, 'vpcs/get', 'vpc') },
    { name: 'client.vpcs.update(id, attrs) (PUT)', call: (c) => c.vpcs.update(ID, { name: 'prod', description: 'p', default: true }), method: 'PUT', path: `/v2/vpcs/${ID}`, body: { name: 'prod', description: 'p', default: true }, status: 200, reply: 'vpcs/get', result: one(Vpc, 'vpcs/get', 'vpc') },
    { name: 'client.vpcs.patch(id, attrs) (PATCH)', call: (c) => c.vpcs.patch(ID, { description: 'p' }), method: 'PATCH', path: `/v2/vpcs/${ID}`, body: { description: 'p' }, status: 200, reply: 'vpcs/get', result: one(Vpc, 'vpcs/get', 'vpc') },
    { name: 'client.vpcs.delete(id)', call: (c) => c.vpcs.delete(ID), method: 'DELETE', path: `/v2/vpcs/${ID}`, status: 204, result: nothing },
    { name: 'client.vpcs.members(id, { resourceType })', call: (c) => c.vpcs.members(ID, { resourceType: 'droplet' }), method: 'GET', path: `/v2/vpcs/${ID}/members`, query: { ...PAGE, resource_type: 'droplet' }, status: 200, reply: 'vpcs/members', result: many(VpcMember, 'vpcs/members', 'members') },
    { name: 'client.vpcs.peerings(id)', call: (c) => c.vpcs.peerings(ID), method: 'GET', path: `/v2/vpcs/${ID}/peerings`, query: PAGE, status: 200, reply: 'vpcs/peerings', result: many(VpcPeering, 'vpcs/peerings', 'peerings') },
    { name: 'client.vpcs.createPeering(id, attrs)', call: (c) => c.vpcs.createPeering(ID, { name: 'nyc-peering', vpcId: OTHER }), method: 'POST', path: `/v2/vpcs/${ID}/peerings`, body: { name: 'nyc-peering', vpc_id: OTHER }, status: 202, reply: 'vpcs/peering', result: one(VpcPeering, 'vpcs/peering', 'peering') },
    { name: 'client.vpcs.updatePeering(id, peeringId, attrs)', call: (c) => c.vpcs.updatePeering(ID, PEER, { name: 'renamed' }), method: 'PATCH', path: `/v2/vpcs/${ID}/peerings/${PEER}`, body: { name: 'renamed' }, status: 200, reply: 'vpcs/peering', result: one(VpcPeering, 'vpcs/peering', 'peering') },
    { name: 'vpc.update(attrs)', call: (c) => vpc(c).update({ name: 'prod' }), method: 'PATCH', path: `/v2/vpcs/${ID}`, body: { name: 'prod' }, status: 200, reply: 'vpcs/get', result: one(Vpc, 'vpcs/get', 'vpc') },
    { name: 'vpc.members()', call: (c) => vpc(c).members(), method: 'GET', path: `/v2/vpcs/${ID}/members`, query: PAGE, status: 200, reply: 'vpcs/members', result: many(VpcMember, 'vpcs/members', 'members') },
    { name: 'vpc.createPeering({ vpcId: model })', call: (c) => vpc(c).createPeering({ name: 'nyc-peering', vpcId: { id: OTHER } }), method: 'POST', path: `/v2/vpcs/${ID}/peerings`, body: { name: 'nyc-peering', vpc_id: OTHER }, status: 202, reply: 'vpcs/peering', result: one(VpcPeering, 'vpcs/peering', 'peering') },
    { name: 'vpc.destroy()', call: (c) => vpc(c).destroy(), method: 'DELETE', path: `/v2/vpcs/${ID}`, status: 204, result: nothing },
  ]);

  describe('#getDefault', () => {
    it("finds the region's default VPC by listing", async () => {
      const body = fixture<{ vpcs: Array<Record<string, unknown>> }>('vpcs/list');
      body.vpcs.push({ ...body.vpcs[0], id: OTHER, default: true, region: 'nyc1' });
      stubApi('GET', '/v2/vpcs', PAGE).reply(200, body);
      await expect(testClient().vpcs.getDefault('nyc1')).resolves.toMatchObject({ id: OTHER, default: true });
    });

    it('rejects with NotFoundError when the region has none', async () => {
      stubApi('GET', '/v2/vpcs', PAGE).reply(200, fixture('vpcs/list'));
      await expect(testClient().vpcs.getDefault('sgp1')).rejects.toMatchObject({ name: 'NotFoundError', message: expect.stringContaining('region sgp1 has no default VPC') });
    });
  });

  itRefuses([
    ['create with a dot in the name', (c) => c.vpcs.create({ name: 'env.prod', region: 'nyc1' }), 'attrs.name'],
    ['create with a range that is not CIDR', (c) => c.vpcs.create({ name: 'prod', region: 'nyc1', ipRange: '10.10.10.0' }), 'attrs.ipRange'],
    ['update default to false', (c) => c.vpcs.patch(ID, { default: false }), 'attrs.default'],
    ['a PUT without a name', (c) => c.vpcs.update(ID, { name: '' }), 'attrs.name'],
    ['peering with a non-UUID', (c) => c.vpcs.createPeering(ID, { name: 'p', vpcId: 'nyc1' }), 'attrs.vpcId'],
    ['peering named with a space', (c) => c.vpcs.createPeering(ID, { name: 'nyc peering', vpcId: OTHER }), 'attrs.name'],
    ['peering with an unknown attribute', (c) => c.vpcs.createPeering(ID, { name: 'p', vpcId: OTHER, region: 'nyc1' } as never), 'attrs'],
    ['peering renamed with an underscore', (c) => c.vpcs.updatePeering(ID, PEER, { name: 'nyc_peering' }), 'attrs.name'],
  ]);
});
