import { Droplet, Firewall, FirewallRule, FirewallTarget } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = 'bb4b2611-3d72-467b-8602-280330ecd65c';
const fw = (c: Parameters<typeof loaded>[0]) => loaded(c, Firewall, 'firewalls/get', 'firewall');
const SSH = { protocol: 'tcp' as const, ports: '22', sources: { addresses: ['0.0.0.0/0', '::/0'] } };
const SSH_WIRE = { protocol: 'tcp', ports: '22', sources: { addresses: ['0.0.0.0/0', '::/0'] } };

describe('FirewallsCollection and Firewall', () => {
  itSends([
    { name: 'client.firewalls.list()', call: (c) => c.firewalls.list(), method: 'GET', path: '/v2/firewalls', query: PAGE, status: 200, reply: 'firewalls/list', result: many(Firewall, 'firewalls/list', 'firewalls') },
    { name: 'client.firewalls.get(id)', call: (c) => c.firewalls.get(ID), method: 'GET', path: `/v2/firewalls/${ID}`, status: 200, reply: 'firewalls/get', result: (v) => {
      one(Firewall, 'firewalls/get', 'firewall')(v);
      const firewall = v as Firewall;
      expect(firewall.inboundRules![0]).toBeInstanceOf(FirewallRule);
      expect(firewall.inboundRules![0].sources).toBeInstanceOf(FirewallTarget);
      expect(firewall.inboundRules![1].sources!.tags).toEqual(['gateway']);
      expect(firewall.createdAt).toEqual(new Date('2025-03-15T16:38:30Z'));
    } },
    {
      name: 'client.firewalls.create(attrs)',
      call: (c) => c.firewalls.create({ name: 'firewall', inboundRules: [SSH, { protocol: 'icmp', sources: { tags: ['gateway'] } }], outboundRules: [{ protocol: 'udp', ports: '53', destinations: { addresses: ['0.0.0.0/0'] } }], dropletIds: [8043964], tags: ['gateway'] }),
      method: 'POST',
      path: '/v2/firewalls',
      body: { name: 'firewall', inbound_rules: [SSH_WIRE, { protocol: 'icmp', sources: { tags: ['gateway'] } }], outbound_rules: [{ protocol: 'udp', ports: '53', destinations: { addresses: ['0.0.0.0/0'] } }], droplet_ids: [8043964], tags: ['gateway'] },
      status: 202,
      reply: 'firewalls/get',
      result: one(Firewall, 'firewalls/get', 'firewall'),
    },
    { name: 'client.firewalls.update(id, attrs)', call: (c) => c.firewalls.update(ID, { name: 'firewall', inboundRules: [SSH] }), method: 'PUT', path: `/v2/firewalls/${ID}`, body: { name: 'firewall', inbound_rules: [SSH_WIRE] }, status: 200, reply: 'firewalls/get', result: one(Firewall, 'firewalls/get', 'firewall') },
    { name: 'client.firewalls.delete(id)', call: (c) => c.firewalls.delete(ID), method: 'DELETE', path: `/v2/firewalls/${ID}`, status: 204, result: nothing },
    { name: 'client.firewalls.addDroplets(id, droplets)', call: (c) => c.firewalls.addDroplets(ID, [49696269, loaded(c, Droplet, 'droplets/get', 'droplet')]), method: 'POST', path: `/v2/firewalls/${ID}/droplets`, body: { droplet_ids: [49696269, 3164444] }, status: 204, result: nothing },
    { name: 'client.firewalls.removeDroplets(id, droplets)', call: (c) => c.firewalls.removeDroplets(ID, [49696269]), method: 'DELETE', path: `/v2/firewalls/${ID}/droplets`, body: { droplet_ids: [49696269] }, status: 204, result: nothing },
    { name: 'client.firewalls.addTags(id, tags)', call: (c) => c.firewalls.addTags(ID, ['frontend']), method: 'POST', path: `/v2/firewalls/${ID}/tags`, body: { tags: ['frontend'] }, status: 204, result: nothing },
    { name: 'client.firewalls.removeTags(id, tags)', call: (c) => c.firewalls.removeTags(ID, ['frontend']), method: 'DELETE', path: `/v2/firewalls/${ID}/tags`, body: { tags: ['frontend'] }, status: 204, result: nothing },
    { name: 'client.firewalls.addRules(id, rules)', call: (c) => c.firewalls.addRules(ID, { inboundRules: [SSH] }), method: 'POST', path: `/v2/firewalls/${ID}/rules`, body: { inbound_rules: [SSH_WIRE] }, status: 204, result: nothing },
    { name: 'client.firewalls.removeRules(id, rules)', call: (c) => c.firewalls.removeRules(ID, { outboundRules: [{ protocol: 'tcp', ports: '80', destinations: { addresses: ['0.0.0.0/0', '::/0'] } }] }), method: 'DELETE', path: `/v2/firewalls/${ID}/rules`, body: { outbound_rules: [{ protocol: 'tcp', ports: '80', destinations: { addresses: ['0.0.0.0/0', '::/0'] } }] }, status: 204, result: nothing },
    { name: 'firewall.addDroplets(droplets)', call: (c) => fw(c).addDroplets([3164444]), method: 'POST', path: `/v2/firewalls/${ID}/droplets`, body: { droplet_ids: [3164444] }, status: 204, result: nothing },
    { name: 'firewall.removeTags(tags)', call: (c) => fw(c).removeTags(['gateway']), method: 'DELETE', path: `/v2/firewalls/${ID}/tags`, body: { tags: ['gateway'] }, status: 204, result: nothing },
    { name: 'firewall.addRules(rules)', call: (c) => fw(c).addRules({ outboundRules: [{ protocol: 'tcp', ports: '443', destinations: { addresses: ['0.0.0.0/0'] } }] }), method: 'POST', path: `/v2/firewalls/${ID}/rules`, body: { outbound_rules: [{ protocol: 'tcp', ports: '443', destinations: { addresses: ['0.0.0.0/0'] } }] }, status: 204, result: nothing },
    { name: 'droplet.firewalls()', call: (c) => loaded(c, Droplet, 'droplets/get', 'droplet').firewalls(), method: 'GET', path: '/v2/droplets/3164444/firewalls', query: PAGE, status: 200, reply: 'firewalls/list', result: many(Firewall, 'firewalls/list', 'firewalls') },
  ]);

  describe('#update', () => {
    it('reloads, then PUTs the current settings with the given ones over them', async () => {
      const client = testClient();
      const firewall = fw(client);
      const current = fixture<{ firewall: Record<string, unknown> }>('firewalls/get');
      stubApi('GET', `/v2/firewalls/${ID}`).reply(200, current);
      stubApi('PUT', `/v2/firewalls/${ID}`).reply(200, (_uri, body) => {
        expect(body).toEqual({
          name: 'edge',
          inbound_rules: current.firewall.inbound_rules,
          outbound_rules: current.firewall.outbound_rules,
          droplet_ids: [8043964],
          tags: ['gateway'],
        });
        return { firewall: { ...current.firewall, name: 'edge' } };
      });
      await expect(firewall.update({ name: 'edge' })).resolves.toBe(firewall);
      expect(firewall.name).toBe('edge');
    });
  });

  itRefuses([
    ['create with a space in the name', (c) => c.firewalls.create({ name: 'my firewall' }), 'attrs.name'],
    ['a rule with protocol "http"', (c) => c.firewalls.create({ name: 'fw', inboundRules: [{ protocol: 'http' as never, ports: '80', sources: { addresses: ['0.0.0.0/0'] } }] }), 'rules.inboundRules[0].protocol'],
    ['a tcp rule without ports', (c) => c.firewalls.create({ name: 'fw', inboundRules: [{ protocol: 'tcp', sources: { addresses: ['0.0.0.0/0'] } }] }), 'rules.inboundRules[0].ports'],
    ['a port over 65535', (c) => c.firewalls.create({ name: 'fw', inboundRules: [{ protocol: 'tcp', ports: '70000', sources: { addresses: ['0.0.0.0/0'] } }] }), 'rules.inboundRules[0].ports'],
    ['a backwards range', (c) => c.firewalls.create({ name: 'fw', inboundRules: [{ protocol: 'tcp', ports: '9000-8000', sources: { addresses: ['0.0.0.0/0'] } }] }), 'rules.inboundRules[0].ports'],
    ['a rule with no sources', (c) => c.firewalls.create({ name: 'fw', inboundRules: [{ protocol: 'tcp', ports: '22', sources: {} }] }), 'rules.inboundRules[0].sources'],
    ['an outbound rule with sources', (c) => c.firewalls.create({ name: 'fw', outboundRules: [{ protocol: 'tcp', ports: '22', sources: { addresses: ['0.0.0.0/0'] } } as never] }), 'rules.outboundRules[0]'],
    ['a bad tag in the targets', (c) => c.firewalls.addRules('bb4b2611-3d72-467b-8602-280330ecd65c', { inboundRules: [{ protocol: 'tcp', ports: '22', sources: { tags: ['not ok'] } }] }), 'rules.inboundRules[0].sources.tags[0]'],
    ['addRules with no rules', (c) => c.firewalls.addRules(ID, {}), 'rules'],
    ['addDroplets with none', (c) => c.firewalls.addDroplets(ID, []), 'droplets'],
    ['a non-UUID id', (c) => c.firewalls.get('123'), 'id'],
  ]);
});
