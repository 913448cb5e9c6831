import { NatGateway, ResourceFailedError } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '70e1b58d-cdec-4e95-b3ee-2d4d95feff51';
const VPC = '0eb1752f-807b-4562-a077-8018e13ab1fb';
const gateway = (c: Parameters<typeof loaded>[0], name = 'nat-gateways/get') => loaded(c, NatGateway, name, 'vpc_nat_gateway');

describe('NatGatewaysCollection and NatGateway', () => {
  itSends([
    { name: 'client.natGateways.list()', call: (c) => c.natGateways.list(), method: 'GET', path: '/v2/vpc_nat_gateways', query: PAGE, status: 200, reply: 'nat-gateways/list', result: many(NatGateway, 'nat-gateways/list', 'vpc_nat_gateways') },
    { name: 'client.natGateways.list(filters)', call: (c) => c.natGateways.list({ state: 'active', region: 'nyc3', type: 'public', name: 'egress-nyc3' }), method: 'GET', path: '/v2/vpc_nat_gateways', query: { ...PAGE, state: 'active', region: 'nyc3', type: 'public', name: 'egress-nyc3' }, status: 200, reply: 'nat-gateways/list', result: many(NatGateway, 'nat-gateways/list', 'vpc_nat_gateways') },
    { name: 'client.natGateways.get(id)', call: (c) => c.natGateways.get(ID), method: 'GET', path: `/v2/vpc_nat_gateways/${ID}`, status: 200, reply: 'nat-gateways/get', result: one(NatGateway, 'nat-gateways/get', 'vpc_nat_gateway') },
    {
      name: 'client.natGateways.create(attrs)',
      call: (c) => c.natGateways.create({ name: 'egress-nyc3', region: 'nyc3', size: 1, vpcs: [{ vpcUuid: VPC, defaultGateway: true }], tcpTimeoutSeconds: 30 }),
      method: 'POST',
      path: '/v2/vpc_nat_gateways',
      body: { type: 'PUBLIC', name: 'egress-nyc3', region: 'nyc3', size: 1, vpcs: [{ vpc_uuid: VPC, default_gateway: true }], tcp_timeout_seconds: 30 },
      status: 202,
      reply: 'nat-gateways/create',
      result: one(NatGateway, 'nat-gateways/create', 'vpc_nat_gateway'),
    },
    { name: 'client.natGateways.update(id, attrs)', call: (c) => c.natGateways.update(ID, { name: 'egress', size: 2 }), method: 'PUT', path: `/v2/vpc_nat_gateways/${ID}`, body: { name: 'egress', size: 2 }, status: 200, reply: 'nat-gateways/get', result: one(NatGateway, 'nat-gateways/get', 'vpc_nat_gateway') },
    { name: 'client.natGateways.delete(id)', call: (c) => c.natGateways.delete(ID), method: 'DELETE', path: `/v2/vpc_nat_gateways/${ID}`, status: 202, result: nothing },
    { name: 'gateway.update(attrs)', call: (c) => gateway(c).update({ name: 'egress', size: 1, vpcs: [{ vpcUuid: VPC }], udpTimeoutSeconds: 60 }), method: 'PUT', path: `/v2/vpc_nat_gateways/${ID}`, body: { name: 'egress', size: 1, vpcs: [{ vpc_uuid: VPC }], udp_timeout_seconds: 60 }, status: 200, reply: 'nat-gateways/get', result: one(NatGateway, 'nat-gateways/get', 'vpc_nat_gateway') },
    { name: 'gateway.reload()', call: (c) => gateway(c).reload(), method: 'GET', path: `/v2/vpc_nat_gateways/${ID}`, status: 200, reply: 'nat-gateways/get', result: one(NatGateway, 'nat-gateways/get', 'vpc_nat_gateway') },
    { name: 'gateway.destroy()', call: (c) => gateway(c).destroy(), method: 'DELETE', path: `/v2/vpc_nat_gateways/${ID}`, status: 202, result: nothing },
  ]);

  it('reads its VPCs and public addresses as models', () => {
    const g = gateway(testClient());
    expect([g.vpcs[0].gatewayIp, g.vpcs[0].defaultGateway, g.publicIpv4s, g.createdAt instanceof Date]).toEqual(['10.118.0.35', true, ['174.138.113.197'], true]);
  });

  describe('#waitUntilActive', () => {
    it('polls the gateway until it is ACTIVE and resolves to it, reloaded in place', async () => {
      stubApi('GET', `/v2/vpc_nat_gateways/${ID}`).reply(200, fixture('nat-gateways/provisioning'));
      stubApi('GET', `/v2/vpc_nat_gateways/${ID}`).reply(200, fixture('nat-gateways/get'));
      const g = gateway(testClient(), 'nat-gateways/create');
      const progress: string[] = [];
      await expect(g.waitUntilActive({ interval: 1, onProgress: (s) => progress.push(s.state) })).resolves.toBe(g);
      expect([g.state, progress]).toEqual(['ACTIVE', ['PROVISIONING', 'ACTIVE']]);
    });

    it('rejects with ResourceFailedError carrying the gateway when it ends in ERROR', async () => {
      stubApi('GET', `/v2/vpc_nat_gateways/${ID}`).reply(200, fixture('nat-gateways/error'));
      const g = gateway(testClient(), 'nat-gateways/create');
      const error = await g.waitUntilActive({ interval: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect(error).toMatchObject({ state: 'ERROR', wanted: 'ACTIVE', resource: g });
    });
  });

  itRefuses([
    ['get with a bad id', (c) => c.natGateways.get('gw-1'), 'id'],
    ['create without VPCs', (c) => c.natGateways.create({ name: 'x', region: 'nyc3', size: 1, vpcs: [] }), 'attrs.vpcs'],
    ['create with a VPC that is not a UUID', (c) => c.natGateways.create({ name: 'x', region: 'nyc3', size: 1, vpcs: [{ vpcUuid: 'default' }] }), 'attrs.vpcs[0].vpcUuid'],
    ['create in a region gateways do not run in', (c) => c.natGateways.create({ name: 'x', region: 'mars1' as never, size: 1, vpcs: [{ vpcUuid: VPC }] }), 'attrs.region'],
    ['create with a size of 0', (c) => c.natGateways.create({ name: 'x', region: 'nyc3', size: 0, vpcs: [{ vpcUuid: VPC }] }), 'attrs.size'],
    ['update without a size', (c) => c.natGateways.update(ID, { name: 'x' } as never), 'attrs.size'],
    ['list by an unknown state', (c) => c.natGateways.list({ state: 'ACTIVE' as never }), 'state'],
  ]);
});
