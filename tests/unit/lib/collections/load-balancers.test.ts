import { ForwardingRule, GlobalLoadBalancerSettings, HealthCheck, LoadBalancer, LoadBalancerDomain, LoadBalancerFirewall, Region, StickySessions } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '4de7ac8b-495b-4884-9a69-1050c6793cd6';
const lb = (c: Parameters<typeof loaded>[0]) => loaded(c, LoadBalancer, 'load-balancers/get', 'load_balancer');
const HTTP = { entryProtocol: 'http' as const, entryPort: 80, targetProtocol: 'http' as const, targetPort: 8080 };
const HTTP_WIRE = { entry_protocol: 'http', entry_port: 80, target_protocol: 'http', target_port: 8080 };

describe('LoadBalancersCollection and LoadBalancer', () => {
  itSends([
    { name: 'client.loadBalancers.list()', call: (c) => c.loadBalancers.list(), method: 'GET', path: '/v2/load_balancers', query: PAGE, status: 200, reply: 'load-balancers/list', result: many(LoadBalancer, 'load-balancers/list', 'load_balancers') },
    { name: 'client.loadBalancers.get(id)', call: (c) => c.loadBalancers.get(ID), method: 'GET', path: `/v2/load_balancers/${ID}`, status: 200, reply: 'load-balancers/get', result: (v) => {
      one(LoadBalancer, 'load-balancers/get', 'load_balancer')(v);
      const balancer = v as LoadBalancer;
      expect([balancer.forwardingRules[0], balancer.healthCheck, balancer.stickySessions, balancer.firewall, balancer.region, balancer.domains![0], balancer.glbSettings].map((m) => m?.constructor)).toEqual([
        ForwardingRule, HealthCheck, StickySessions, LoadBalancerFirewall, Region, LoadBalancerDomain, GlobalLoadBalancerSettings,
      ]);
      expect(balancer.glbSettings!.regionPriorities).toEqual({ nyc1: 1, fra1: 2 });
    } },
    {
      name: 'client.loadBalancers.create(attrs)',
      call: (c) => c.loadBalancers.create({ name: 'example-lb-01', region: 'nyc3', sizeUnit: 3, forwardingRules: [HTTP], healthCheck: { protocol: 'http', port: 8080, path: '/health' }, stickySessions: { type: 'cookies', cookieName: 'DO-LB', cookieTtlSeconds: 300 }, tag: 'web', redirectHttpToHttps: true }),
      method: 'POST',
      path: '/v2/load_balancers',
      body: { name: 'example-lb-01', region: 'nyc3', size_unit: 3, forwarding_rules: [HTTP_WIRE], health_check: { protocol: 'http', port: 8080, path: '/health' }, sticky_sessions: { type: 'cookies', cookie_name: 'DO-LB', cookie_ttl_seconds: 300 }, tag: 'web', redirect_http_to_https: true },
      status: 202,
      reply: 'load-balancers/get',
      result: one(LoadBalancer, 'load-balancers/get', 'load_balancer'),
    },
    { name: 'client.loadBalancers.update(id, attrs)', call: (c) => c.loadBalancers.update(ID, { name: 'lb', region: 'nyc3', forwardingRules: [HTTP], dropletIds: [3164444] }), method: 'PUT', path: `/v2/load_balancers/${ID}`, body: { name: 'lb', region: 'nyc3', forwarding_rules: [HTTP_WIRE], droplet_ids: [3164444] }, status: 200, reply: 'load-balancers/get', result: one(LoadBalancer, 'load-balancers/get', 'load_balancer') },
    { name: 'client.loadBalancers.delete(id)', call: (c) => c.loadBalancers.delete(ID), method: 'DELETE', path: `/v2/load_balancers/${ID}`, status: 204, result: nothing },
    { name: 'client.loadBalancers.purgeCache(id)', call: (c) => c.loadBalancers.purgeCache(ID), method: 'DELETE', path: `/v2/load_balancers/${ID}/cache`, status: 204, result: nothing },
    { name: 'client.loadBalancers.addDroplets(id, droplets)', call: (c) => c.loadBalancers.addDroplets(ID, [3164446]), method: 'POST', path: `/v2/load_balancers/${ID}/droplets`, body: { droplet_ids: [3164446] }, status: 204, result: nothing },
    { name: 'client.loadBalancers.removeDroplets(id, droplets)', call: (c) => c.loadBalancers.removeDroplets(ID, [3164446]), method: 'DELETE', path: `/v2/load_balancers/${ID}/droplets`, body: { droplet_ids: [3164446] }, status: 204, result: nothing },
    { name: 'client.loadBalancers.addForwardingRules(id, rules)', call: (c) => c.loadBalancers.addForwardingRules(ID, [{ entryProtocol: 'https', entryPort: 443, targetProtocol: 'http', targetPort: 80, certificateId: '892071a0-bb95-49bc-8021-3afd67a210bf' }]), method: 'POST', path: `/v2/load_balancers/${ID}/forwarding_rules`, body: { forwarding_rules: [{ entry_protocol: 'https', entry_port: 443, target_protocol: 'http', target_port: 80, certificate_id: '892071a0-bb95-49bc-8021-3afd67a210bf' }] }, status: 204, result: nothing },
    { name: 'client.loadBalancers.removeForwardingRules(id, rules)', call: (c) => c.loadBalancers.removeForwardingRules(ID, [HTTP]), method: 'DELETE', path: `/v2/load_balancers/${ID}/forwarding_rules`, body: { forwarding_rules: [HTTP_WIRE] }, status: 204, result: nothing },
    { name: 'lb.addDroplets(droplets)', call: (c) => lb(c).addDroplets([3164446]), method: 'POST', path: `/v2/load_balancers/${ID}/droplets`, body: { droplet_ids: [3164446] }, status: 204, result: nothing },
    { name: 'lb.removeForwardingRules(rules)', call: (c) => lb(c).removeForwardingRules([HTTP]), method: 'DELETE', path: `/v2/load_balancers/${ID}/forwarding_rules`, body: { forwarding_rules: [HTTP_WIRE] }, status: 204, result: nothing },
    { name: 'lb.purgeCache()', call: (c) => lb(c).purgeCache(), method: 'DELETE', path: `/v2/load_balancers/${ID}/cache`, status: 204, result: nothing },
    { name: 'lb.destroy()', call: (c) => lb(c).destroy(), method: 'DELETE', path: `/v2/load_balancers/${ID}`, status: 204, result: nothing },
  ]);

  describe('#update', () => {
    it('reloads, then PUTs the current settings with the given ones over them', async () => {
      const client = testClient();
      const balancer = lb(client);
      stubApi('GET', `/v2/load_balancers/${ID}`).reply(200, fixture('load-balancers/get'));
      stubApi('PUT', `/v2/load_balancers/${ID}`).reply(200, (_uri, body) => {
        expect(body).toEqual({
          name: 'renamed',
          region: 'nyc3',
          type: 'REGIONAL',
          forwarding_rules: [
            { entry_protocol: 'http', entry_port: 80, target_protocol: 'http', target_port: 80, tls_passthrough: false },
            { entry_protocol: 'https', entry_port: 443, target_protocol: 'https', target_port: 443, tls_passthrough: true },
          ],
          size_unit: 3,
          health_check: { protocol: 'http', port: 80, path: '/', check_interval_seconds: 10, response_timeout_seconds: 5, healthy_threshold: 5, unhealthy_threshold: 3 },
          sticky_sessions: { type: 'none' },
          redirect_http_to_https: false,
          enable_proxy_protocol: true,
          enable_backend_keepalive: false,
          http_idle_timeout_seconds: 60,
          vpc_uuid: 'c33931f2-a26a-4e61-b85c-4e95a2ec431b',
          firewall: { deny: ['cidr:1.2.0.0/16'], allow: ['ip:1.2.3.4'] },
          droplet_ids: [3164444, 3164445],
        });
        return fixture('load-balancers/get');
      });
      await expect(balancer.update({ name: 'renamed', enableProxyProtocol: true })).resolves.toBe(balancer);
    });

    it('has the URN do:loadbalancer:{id}', () => {
      expect(lb(testClient()).urn).toBe(`do:loadbalancer:${ID}`);
    });
  });

  itRefuses([
    ['create without a region', (c) => c.loadBalancers.create({ name: 'lb', forwardingRules: [HTTP] }), 'attrs.region'],
    ['create without forwarding rules', (c) => c.loadBalancers.create({ name: 'lb', region: 'nyc3', forwardingRules: [] }), 'attrs.forwardingRules'],
    ['a rule with entry protocol "ftp"', (c) => c.loadBalancers.create({ name: 'lb', region: 'nyc3', forwardingRules: [{ ...HTTP, entryProtocol: 'ftp' as never }] }), 'attrs.forwardingRules[0].entryProtocol'],
    ['a rule with port 0', (c) => c.loadBalancers.create({ name: 'lb', region: 'nyc3', forwardingRules: [{ ...HTTP, targetPort: 0 }] }), 'attrs.forwardingRules[0].targetPort'],
    // @ts-expect-error a tag and droplet ids together do not compile; the run-time check stays for untyped callers
    ['both droplets and a tag', (c) => c.loadBalancers.create({ name: 'lb', region: 'nyc3', forwardingRules: [HTTP], tag: 'web', dropletIds: [1] }), 'attrs'],
    ['101 nodes', (c) => c.loadBalancers.create({ name: 'lb', region: 'nyc3', forwardingRules: [HTTP], sizeUnit: 101 }), 'attrs.sizeUnit'],
    ['a health check on "udp"', (c) => c.loadBalancers.create({ name: 'lb', region: 'nyc3', forwardingRules: [HTTP], healthCheck: { protocol: 'udp' as never, port: 53 } }), 'attrs.healthCheck.protocol'],
    ['removeForwardingRules with none', (c) => c.loadBalancers.removeForwardingRules(ID, []), 'rules'],
  ]);
});
