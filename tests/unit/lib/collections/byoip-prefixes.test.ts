import { ByoipAddress, ByoipPrefix, ResourceFailedError } from '../../../../lib/index.js';
import { fixture, json, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const ATTRS = { prefix: '203.0.113.0/24', region: 'nyc3', signature: 'c2lnbmF0dXJl' };
const prefix = (c: Parameters<typeof loaded>[0], name = 'byoip-prefixes/get') => loaded(c, ByoipPrefix, name, 'byoip_prefix');
const created = (value: unknown) => {
  expect(value).toBeInstanceOf(ByoipPrefix);
  expect(json(value)).toEqual({ uuid: ID, status: 'in_progress', region: 'nyc3', prefix: '203.0.113.0/24' });
};

describe('ByoipPrefixesCollection and ByoipPrefix', () => {
  itSends([
    { name: 'client.byoipPrefixes.list()', call: (c) => c.byoipPrefixes.list(), method: 'GET', path: '/v2/byoip_prefixes', query: PAGE, status: 200, reply: 'byoip-prefixes/list', result: many(ByoipPrefix, 'byoip-prefixes/list', 'byoip_prefixes') },
    { name: 'client.byoipPrefixes.get(uuid)', call: (c) => c.byoipPrefixes.get(ID), method: 'GET', path: `/v2/byoip_prefixes/${ID}`, status: 200, reply: 'byoip-prefixes/get', result: one(ByoipPrefix, 'byoip-prefixes/get', 'byoip_prefix') },
    { name: 'client.byoipPrefixes.create(attrs)', call: (c) => c.byoipPrefixes.create(ATTRS), method: 'POST', path: '/v2/byoip_prefixes', body: ATTRS, status: 202, reply: 'byoip-prefixes/create', result: created },
    { name: 'client.byoipPrefixes.create(attrs), answered unwrapped', call: (c) => c.byoipPrefixes.create(ATTRS), method: 'POST', path: '/v2/byoip_prefixes', body: ATTRS, status: 202, reply: 'byoip-prefixes/create-unwrapped', result: created },
    { name: 'client.byoipPrefixes.update(uuid, attrs)', call: (c) => c.byoipPrefixes.update(ID, { advertise: true }), method: 'PATCH', path: `/v2/byoip_prefixes/${ID}`, body: { advertise: true }, status: 202, reply: 'byoip-prefixes/get', result: one(ByoipPrefix, 'byoip-prefixes/get', 'byoip_prefix') },
    { name: 'client.byoipPrefixes.delete(uuid)', call: (c) => c.byoipPrefixes.delete(ID), method: 'DELETE', path: `/v2/byoip_prefixes/${ID}`, status: 202, result: nothing },
    { name: 'client.byoipPrefixes.ips(uuid)', call: (c) => c.byoipPrefixes.ips(ID), method: 'GET', path: `/v2/byoip_prefixes/${ID}/ips`, query: PAGE, status: 200, reply: 'byoip-prefixes/ips', result: many(ByoipAddress, 'byoip-prefixes/ips', 'ips') },
    { name: 'prefix.update(attrs)', call: (c) => prefix(c).update({ advertise: false }), method: 'PATCH', path: `/v2/byoip_prefixes/${ID}`, body: { advertise: false }, status: 202, reply: 'byoip-prefixes/get', result: one(ByoipPrefix, 'byoip-prefixes/get', 'byoip_prefix') },
    { name: 'prefix.ips()', call: (c) => prefix(c).ips(), method: 'GET', path: `/v2/byoip_prefixes/${ID}/ips`, query: PAGE, status: 200, reply: 'byoip-prefixes/ips', result: many(ByoipAddress, 'byoip-prefixes/ips', 'ips') },
    { name: 'prefix.reload()', call: (c) => prefix(c).reload(), method: 'GET', path: `/v2/byoip_prefixes/${ID}`, status: 200, reply: 'byoip-prefixes/get', result: one(ByoipPrefix, 'byoip-prefixes/get', 'byoip_prefix') },
    { name: 'prefix.destroy()', call: (c) => prefix(c).destroy(), method: 'DELETE', path: `/v2/byoip_prefixes/${ID}`, status: 202, result: nothing },
  ]);

  describe('#waitUntilActive', () => {
    it('polls until the prefix is active and resolves to it, reloaded in place', async () => {
      stubApi('GET', `/v2/byoip_prefixes/${ID}`).reply(200, fixture('byoip-prefixes/get'));
      const p = prefix(testClient(), 'byoip-prefixes/create');
      await expect(p.waitUntilActive({ interval: 1 })).resolves.toBe(p);
      expect([p.status, p.advertised, p.validations?.[0].status]).toEqual(['active', true, 'PASSED']);
    });

    it('rejects with ResourceFailedError when the validation failed', async () => {
      stubApi('GET', `/v2/byoip_prefixes/${ID}`).reply(200, fixture('byoip-prefixes/failed'));
      const error = await prefix(testClient(), 'byoip-prefixes/create').waitUntilActive({ interval: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect((error as ResourceFailedError<ByoipPrefix>).resource.failureReason).toBe('The prefix must be a /24 or larger.');
    });
  });

  itRefuses([
    ['get with a bad id', (c) => c.byoipPrefixes.get('203.0.113.0'), 'uuid'],
    ['create with a prefix that is not CIDR', (c) => c.byoipPrefixes.create({ ...ATTRS, prefix: '203.0.113.0' }), 'attrs.prefix'],
    ['create with an octet above 255', (c) => c.byoipPrefixes.create({ ...ATTRS, prefix: '203.0.313.0/24' }), 'attrs.prefix'],
    ['create without a signature', (c) => c.byoipPrefixes.create({ ...ATTRS, signature: '' }), 'attrs.signature'],
    ['update without advertise', (c) => c.byoipPrefixes.update(ID, {} as never), 'attrs.advertise'],
  ]);
});
