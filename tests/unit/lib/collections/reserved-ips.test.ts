import { Action, Droplet, FloatingIp, ReservedIp, ReservedIpv6 } from '../../../../lib/index.js';
import { testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const IP = '45.55.96.47';
const IP6 = '2409:40d0:f7:1017:74b4:3a96:105e:4c6e';
const action = one(Action, 'reserved-ips/action', 'action');

describe('ReservedIpsCollection, FloatingIpsCollection, ReservedIpv6sCollection and their models', () => {
  itSends([
    { name: 'client.reservedIps.list()', call: (c) => c.reservedIps.list(), method: 'GET', path: '/v2/reserved_ips', query: PAGE, status: 200, reply: 'reserved-ips/list', result: (v) => {
      many(ReservedIp, 'reserved-ips/list', 'reserved_ips')(v);
      expect((v as ReservedIp[])[0].droplet).toBeInstanceOf(Droplet);
    } },
    { name: 'client.reservedIps.get(ip)', call: (c) => c.reservedIps.get(IP), method: 'GET', path: `/v2/reserved_ips/${IP}`, status: 200, reply: 'reserved-ips/get', result: one(ReservedIp, 'reserved-ips/get', 'reserved_ip') },
    { name: 'client.reservedIps.create({ region, projectId })', call: (c) => c.reservedIps.create({ region: 'nyc3', projectId: '746c6152-2fa2-11ed-92d3-27aaa54e4988' }), method: 'POST', path: '/v2/reserved_ips', body: { region: 'nyc3', project_id: '746c6152-2fa2-11ed-92d3-27aaa54e4988' }, status: 202, reply: 'reserved-ips/create', result: one(ReservedIp, 'reserved-ips/create', 'reserved_ip') },
    { name: 'client.reservedIps.create({ droplet })', call: (c) => c.reservedIps.create({ droplet: loaded(c, Droplet, 'droplets/get', 'droplet') }), method: 'POST', path: '/v2/reserved_ips', body: { droplet_id: 3164444 }, status: 202, reply: 'reserved-ips/create', result: one(ReservedIp, 'reserved-ips/create', 'reserved_ip') },
    { name: 'client.reservedIps.delete(ip)', call: (c) => c.reservedIps.delete(IP), method: 'DELETE', path: `/v2/reserved_ips/${IP}`, status: 204, result: nothing },
    { name: 'client.reservedIps.assign(ip, droplet)', call: (c) => c.reservedIps.assign(IP, 3164444), method: 'POST', path: `/v2/reserved_ips/${IP}/actions`, body: { type: 'assign', droplet_id: 3164444 }, status: 201, reply: 'reserved-ips/action', result: action },
    { name: 'client.reservedIps.unassign(ip)', call: (c) => c.reservedIps.unassign(IP), method: 'POST', path: `/v2/reserved_ips/${IP}/actions`, body: { type: 'unassign' }, status: 201, reply: 'reserved-ips/action', result: action },
    { name: 'client.reservedIps.listActions(ip)', call: (c) => c.reservedIps.listActions(IP), method: 'GET', path: `/v2/reserved_ips/${IP}/actions`, query: PAGE, status: 200, reply: 'reserved-ips/actions', result: many(Action, 'reserved-ips/actions', 'actions') },
    { name: 'client.reservedIps.getAction(ip, id)', call: (c) => c.reservedIps.getAction(IP, 72531856), method: 'GET', path: `/v2/reserved_ips/${IP}/actions/72531856`, status: 200, reply: 'reserved-ips/action', result: action },
    { name: 'ip.assign(droplet)', call: (c) => loaded(c, ReservedIp, 'reserved-ips/get', 'reserved_ip').assign(loaded(c, Droplet, 'droplets/get', 'droplet')), method: 'POST', path: `/v2/reserved_ips/${IP}/actions`, body: { type: 'assign', droplet_id: 3164444 }, status: 201, reply: 'reserved-ips/action', result: action },
    { name: 'ip.unassign()', call: (c) => loaded(c, ReservedIp, 'reserved-ips/get', 'reserved_ip').unassign(), method: 'POST', path: `/v2/reserved_ips/${IP}/actions`, body: { type: 'unassign' }, status: 201, reply: 'reserved-ips/action', result: action },
    { name: 'ip.reload()', call: (c) => loaded(c, ReservedIp, 'reserved-ips/get', 'reserved_ip').reload(), method: 'GET', path: `/v2/reserved_ips/${IP}`, status: 200, reply: 'reserved-ips/get', result: one(ReservedIp, 'reserved-ips/get', 'reserved_ip') },
    { name: 'client.floatingIps.list()', call: (c) => c.floatingIps.list(), method: 'GET', path: '/v2/floating_ips', query: PAGE, status: 200, reply: 'floating-ips/list', result: many(FloatingIp, 'floating-ips/list', 'floating_ips') },
    { name: 'client.floatingIps.get(ip)', call: (c) => c.floatingIps.get(IP), method: 'GET', path: `/v2/floating_ips/${IP}`, status: 200, reply: 'floating-ips/get', result: one(FloatingIp, 'floating-ips/get', 'floating_ip') },
    { name: 'client.floatingIps.create({ dropletId })', call: (c) => c.floatingIps.create({ dropletId: 3164444 }), method: 'POST', path: '/v2/floating_ips', body: { droplet_id: 3164444 }, status: 202, reply: 'floating-ips/create', result: one(FloatingIp, 'floating-ips/create', 'floating_ip') },
    { name: 'client.floatingIps.delete(ip)', call: (c) => c.floatingIps.delete(IP), method: 'DELETE', path: `/v2/floating_ips/${IP}`, status: 204, result: nothing },
    { name: 'client.floatingIps.assign(ip, droplet)', call: (c) => c.floatingIps.assign(IP, 3164444), method: 'POST', path: `/v2/floating_ips/${IP}/actions`, body: { type: 'assign', droplet_id: 3164444 }, status: 201, reply: 'reserved-ips/action', result: action },
    { name: 'client.floatingIps.listActions(ip)', call: (c) => c.floatingIps.listActions(IP), method: 'GET', path: `/v2/floating_ips/${IP}/actions`, query: PAGE, status: 200, reply: 'reserved-ips/actions', result: many(Action, 'reserved-ips/actions', 'actions') },
    { name: 'client.floatingIps.getAction(ip, id)', call: (c) => c.floatingIps.getAction(IP, 72531856), method: 'GET', path: `/v2/floating_ips/${IP}/actions/72531856`, status: 200, reply: 'reserved-ips/action', result: action },
    { name: 'floatingIp.unassign()', call: (c) => loaded(c, FloatingIp, 'floating-ips/get', 'floating_ip').unassign(), method: 'POST', path: `/v2/floating_ips/${IP}/actions`, body: { type: 'unassign' }, status: 201, reply: 'reserved-ips/action', result: action },
    { name: 'floatingIp.destroy()', call: (c) => loaded(c, FloatingIp, 'floating-ips/get', 'floating_ip').destroy(), method: 'DELETE', path: `/v2/floating_ips/${IP}`, status: 204, result: nothing },
    { name: 'client.reservedIpv6s.list()', call: (c) => c.reservedIpv6s.list(), method: 'GET', path: '/v2/reserved_ipv6', query: PAGE, status: 200, reply: 'reserved-ipv6/list', result: many(ReservedIpv6, 'reserved-ipv6/list', 'reserved_ipv6s') },
    { name: 'client.reservedIpv6s.get(ip)', call: (c) => c.reservedIpv6s.get(IP6), method: 'GET', path: `/v2/reserved_ipv6/${IP6}`, status: 200, reply: 'reserved-ipv6/get', result: one(ReservedIpv6, 'reserved-ipv6/get', 'reserved_ipv6') },
    { name: 'client.reservedIpv6s.create({ regionSlug })', call: (c) => c.reservedIpv6s.create({ regionSlug: 'nyc3' }), method: 'POST', path: '/v2/reserved_ipv6', body: { region_slug: 'nyc3' }, status: 201, reply: 'reserved-ipv6/get', result: one(ReservedIpv6, 'reserved-ipv6/get', 'reserved_ipv6') },
    { name: 'client.reservedIpv6s.delete(ip)', call: (c) => c.reservedIpv6s.delete(IP6), method: 'DELETE', path: `/v2/reserved_ipv6/${IP6}`, status: 204, result: nothing },
    { name: 'client.reservedIpv6s.assign(ip, droplet)', call: (c) => c.reservedIpv6s.assign(IP6, 3164444), method: 'POST', path: `/v2/reserved_ipv6/${IP6}/actions`, body: { type: 'assign', droplet_id: 3164444 }, status: 201, reply: 'reserved-ipv6/action', result: one(Action, 'reserved-ipv6/action', 'action') },
    { name: 'client.reservedIpv6s.unassign(ip)', call: (c) => c.reservedIpv6s.unassign(IP6), method: 'POST', path: `/v2/reserved_ipv6/${IP6}/actions`, body: { type: 'unassign' }, status: 201, reply: 'reserved-ipv6/action', result: one(Action, 'reserved-ipv6/action', 'action') },
    { name: 'ipv6.assign(droplet)', call: (c) => loaded(c, ReservedIpv6, 'reserved-ipv6/get', 'reserved_ipv6').assign(3164444), method: 'POST', path: `/v2/reserved_ipv6/${IP6}/actions`, body: { type: 'assign', droplet_id: 3164444 }, status: 201, reply: 'reserved-ipv6/action', result: one(Action, 'reserved-ipv6/action', 'action') },
  ]);

  it('reserved and floating IPs share the URN do:floatingip:{ip}', () => {
    const client = testClient();
    expect(loaded(client, ReservedIp, 'reserved-ips/get', 'reserved_ip').urn).toBe(`do:floatingip:${IP}`);
    expect(loaded(client, FloatingIp, 'floating-ips/get', 'floating_ip').urn).toBe(`do:floatingip:${IP}`);
  });

  itRefuses([
    ['get with an IPv6 address', (c) => c.reservedIps.get('::1'), 'ip'],
    ['get with a path', (c) => c.floatingIps.get('../account'), 'ip'],
    ['create with both a droplet and a region', (c) => c.reservedIps.create({ dropletId: 1, region: 'nyc3' } as never), 'attrs'],
    ['create with neither', (c) => c.reservedIps.create({} as never), 'attrs'],
    ['assign to droplet -1', (c) => c.reservedIps.assign(IP, -1), 'droplet'],
    ['an IPv6 get with an IPv4 address', (c) => c.reservedIpv6s.get(IP), 'ip'],
    ['an IPv6 create without a region', (c) => c.reservedIpv6s.create({ regionSlug: '' }), 'attrs.regionSlug'],
  ]);
});
