import nock from 'nock';
import { LoadBalancer, ResourceFailedError, WaitTimeoutError } from '../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../helpers.js';

type Body = Record<string, unknown>;
const ID = '4de7ac8b-495b-4884-9a69-1050c6793cd6';
const body = (changes: Body) => ({ load_balancer: { ...fixture<{ load_balancer: Body }>('load-balancers/get').load_balancer, ...changes } });

async function newLoadBalancer(): Promise<LoadBalancer> {
  stubApi('GET', `/v2/load_balancers/${ID}`).reply(200, body({ status: 'new', ip: '' }));
  return testClient().loadBalancers.get(ID);
}

describe('LoadBalancer', () => {
  describe('#waitUntilActive', () => {
    it('reloads until the status is active and resolves to the load balancer, with its IP', async () => {
      const lb = await newLoadBalancer();
      stubApi('GET', `/v2/load_balancers/${ID}`).reply(200, body({ status: 'new', ip: '' }));
      stubApi('GET', `/v2/load_balancers/${ID}`).reply(200, body({ status: 'active', ip: '104.131.186.241' }));
      const seen: string[] = [];
      const result = await lb.waitUntilActive({ interval: 1, onProgress: (l) => seen.push(l.status) });
      expect(result).toBe(lb);
      expect([lb.status, lb.ip]).toEqual(['active', '104.131.186.241']);
      expect(seen).toEqual(['new', 'active']);
    });

    it('resolves at once, without a request, when it is already active', async () => {
      stubApi('GET', `/v2/load_balancers/${ID}`).reply(200, body({ status: 'active' }));
      const lb = await testClient().loadBalancers.get(ID);
      await expect(lb.waitUntilActive({ interval: 1 })).resolves.toBe(lb);
    });

    it('rejects with ResourceFailedError carrying the load balancer when it is errored', async () => {
      const lb = await newLoadBalancer();
      stubApi('GET', `/v2/load_balancers/${ID}`).reply(200, body({ status: 'errored', ip: '' }));
      const error = (await lb.waitUntilActive({ interval: 1 }).catch((e: unknown) => e)) as ResourceFailedError<LoadBalancer>;
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect(error.name).toBe('ResourceFailedError');
      expect([error.resource, error.state, error.wanted]).toEqual([lb, 'errored', 'active']);
      expect(error.message).toBe(`load balancer ${ID}: status is errored, so it will not become active`);
    });

    it('rejects with WaitTimeoutError after the timeout, and AbortError when the signal aborts', async () => {
      const lb = await newLoadBalancer();
      stubApi('GET', `/v2/load_balancers/${ID}`).times(100).reply(200, body({ status: 'new', ip: '' }));
      await expect(lb.waitUntilActive({ interval: 5, timeout: 30 })).rejects.toBeInstanceOf(WaitTimeoutError);
      await expect(lb.waitUntilActive({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
      nock.cleanAll();
    });

    it('waits on many share one listing per round', async () => {
      const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
      const list = (status: string) => ({ load_balancers: ids.map((id) => body({ id, status }).load_balancer), links: {}, meta: { total: 3 } });
      const client = testClient();
      stubApi('GET', '/v2/load_balancers', { page: '1', per_page: '200' }).reply(200, list('new'));
      const lbs = await client.loadBalancers.list();
      stubApi('GET', '/v2/load_balancers', { page: '1', per_page: '200' }).reply(200, list('active'));
      await Promise.all(lbs.map((lb) => lb.waitUntilActive({ interval: 5 })));
      expect(lbs.map((lb) => lb.status)).toEqual(['active', 'active', 'active']);
    });
  });
});
