import { VpcPeering } from '../../../../lib/index.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '5a4981aa-9653-4bd1-bef5-d6bff52042e4';
const A = 'c140286f-e6ce-4131-8b7b-df4590ce8d6a';
const B = '994a2735-dc84-11e8-b07b-3cfdfeaae000';
const peering = (c: Parameters<typeof loaded>[0]) => loaded(c, VpcPeering, 'vpc-peerings/get', 'vpc_peering');

describe('VpcPeeringsCollection and VpcPeering', () => {
  itSends([
    { name: 'client.vpcPeerings.list()', call: (c) => c.vpcPeerings.list(), method: 'GET', path: '/v2/vpc_peerings', query: PAGE, status: 200, reply: 'vpc-peerings/list', result: many(VpcPeering, 'vpc-peerings/list', 'vpc_peerings') },
    { name: 'client.vpcPeerings.list({ region })', call: (c) => c.vpcPeerings.list({ region: 'nyc3' }), method: 'GET', path: '/v2/vpc_peerings', query: { ...PAGE, region: 'nyc3' }, status: 200, reply: 'vpc-peerings/list', result: many(VpcPeering, 'vpc-peerings/list', 'vpc_peerings') },
    { name: 'client.vpcPeerings.get(id)', call: (c) => c.vpcPeerings.get(ID), method: 'GET', path: `/v2/vpc_peerings/${ID}`, status: 200, reply: 'vpc-peerings/get', result: one(VpcPeering, 'vpc-peerings/get', 'vpc_peering') },
    { name: 'client.vpcPeerings.create(ids)', call: (c) => c.vpcPeerings.create({ name: 'app-to-db', vpcIds: [A, B] }), method: 'POST', path: '/v2/vpc_peerings', body: { name: 'app-to-db', vpc_ids: [A, B] }, status: 202, reply: 'vpc-peerings/create', result: one(VpcPeering, 'vpc-peerings/create', 'vpc_peering') },
    { name: 'client.vpcPeerings.create(models)', call: (c) => c.vpcPeerings.create({ name: 'app-to-db', vpcIds: [{ id: A }, B] }), method: 'POST', path: '/v2/vpc_peerings', body: { name: 'app-to-db', vpc_ids: [A, B] }, status: 202, reply: 'vpc-peerings/create', result: one(VpcPeering, 'vpc-peerings/create', 'vpc_peering') },
    { name: 'client.vpcPeerings.update(id, attrs)', call: (c) => c.vpcPeerings.update(ID, { name: 'renamed' }), method: 'PATCH', path: `/v2/vpc_peerings/${ID}`, body: { name: 'renamed' }, status: 200, reply: 'vpc-peerings/get', result: one(VpcPeering, 'vpc-peerings/get', 'vpc_peering') },
    { name: 'client.vpcPeerings.delete(id)', call: (c) => c.vpcPeerings.delete(ID), method: 'DELETE', path: `/v2/vpc_peerings/${ID}`, status: 202, reply: 'vpc-peerings/get', result: nothing },
    { name: 'peering.update(attrs)', call: (c) => peering(c).update({ name: 'renamed' }), method: 'PATCH', path: `/v2/vpc_peerings/${ID}`, body: { name: 'renamed' }, status: 200, reply: 'vpc-peerings/get', result: one(VpcPeering, 'vpc-peerings/get', 'vpc_peering') },
  ]);

  itRefuses([
    ['get with a bad id', (c) => c.vpcPeerings.get('p-1'), 'id'],
    ['create with one VPC', (c) => c.vpcPeerings.create({ name: 'x', vpcIds: [A] }), 'attrs.vpcIds'],
    ['create with the same VPC twice', (c) => c.vpcPeerings.create({ name: 'x', vpcIds: [A, A] }), 'attrs.vpcIds'],
    ['create with a name holding a dot', (c) => c.vpcPeerings.create({ name: 'a.b', vpcIds: [A, B] }), 'attrs.name'],
    ['update to an empty name', (c) => c.vpcPeerings.update(ID, { name: '' }), 'attrs.name'],
  ]);
});
