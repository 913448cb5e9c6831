import { createServer } from 'node:net';
import { inspect } from 'node:util';
import nock from 'nock';
import { ConfigurationError, DigitalOcean, VERSION } from '../../../lib/index.js';
import { fixture, stubApi, testClient, ORIGIN, RATE_HEADERS, TOKEN } from '../../helpers.js';

const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

describe('Connection', () => {
  describe('the token', () => {
    const saved = { ...process.env };
    afterEach(() => {
      process.env = { ...saved };
    });

    it('comes from the token option first', async () => {
      process.env.DIGITALOCEAN_TOKEN = 'from-env';
      nock(ORIGIN).matchHeader('authorization', 'Bearer from-option').get('/v2/actions/1').reply(200, fixture('actions/get'));
      await new DigitalOcean({ token: 'from-option', maxRetries: 0, fetch: globalFetch }).actions.get(1);
    });

    it('falls back to DIGITALOCEAN_TOKEN, then DIGITALOCEAN_ACCESS_TOKEN', async () => {
      delete process.env.DIGITALOCEAN_TOKEN;
      process.env.DIGITALOCEAN_ACCESS_TOKEN = 'access-token';
      nock(ORIGIN).matchHeader('authorization', 'Bearer access-token').get('/v2/actions/1').reply(200, fixture('actions/get'));
      await new DigitalOcean({ maxRetries: 0, fetch: globalFetch }).actions.get(1);
      process.env.DIGITALOCEAN_TOKEN = 'do-token';
      nock(ORIGIN).matchHeader('authorization', 'Bearer do-token').get('/v2/actions/1').reply(200, fixture('actions/get'));
      await new DigitalOcean({ maxRetries: 0, fetch: globalFetch }).actions.get(1);
    });

    it('missing everywhere is a ConfigurationError naming the variables', () => {
      delete process.env.DIGITALOCEAN_TOKEN;
      delete process.env.DIGITALOCEAN_ACCESS_TOKEN;
      expect(() => new DigitalOcean()).toThrow(
        new ConfigurationError('no API token: pass { token } or set DIGITALOCEAN_TOKEN (or DIGITALOCEAN_ACCESS_TOKEN) in the environment'),
      );
      expect(() => new DigitalOcean({ token: '' })).toThrow(ConfigurationError);
    });

    it('with a line break is refused', () => {
      expect(() => new DigitalOcean({ token: 'abc\nX-Injected: 1' })).toThrow(ConfigurationError);
    });
  });

  describe('the base URL', () => {
    it.each([['not a url'], ['ftp://api.example.com/v2/'], ['http://api.example.com/v2/'], ['http://10.0.0.5:8080/v2/'], ['https://user:pw@api.example.com/v2/']])(
      'refuses %s with a ConfigurationError',
      (baseUrl) => {
        expect(() => testClient({ baseUrl })).toThrow(ConfigurationError);
      },
    );

    it('accepts plain http to loopback hosts and adds the trailing slash', () => {
      expect(testClient({ baseUrl: 'http://127.0.0.1:8080/v2' }).baseUrl).toBe('http://127.0.0.1:8080/v2/');
      expect(testClient({ baseUrl: 'http://localhost:3000/v2/' }).baseUrl).toBe('http://localhost:3000/v2/');
      expect(testClient({ baseUrl: 'http://[::1]:3000/v2/' }).baseUrl).toBe('http://[::1]:3000/v2/');
    });

    it('sends requests to a custom base URL', async () => {
      nock('https://proxy.example.com').get('/do/v2/actions/1').reply(200, fixture('actions/get'));
      await testClient({ baseUrl: 'https://proxy.example.com/do/v2/' }).actions.get(1);
    });
  });

  describe('requests', () => {
    it('send auth, user agent, accept and JSON content type', async () => {
      nock(ORIGIN)
        .matchHeader('authorization', `Bearer ${TOKEN}`)
        .matchHeader('user-agent', `digitalocean-models/${VERSION} provisioner/2.1`)
        .matchHeader('accept', 'application/json')
        .matchHeader('content-type', 'application/json')
        .post('/v2/droplets/1/actions', { type: 'reboot' })
        .reply(201, fixture('droplets/action'));
      await testClient({ userAgent: 'provisioner/2.1' }).droplets.reboot(1);
    });

    it('record the rate-limit headers of every response', async () => {
      const client = testClient();
      expect(client.rateLimit).toBeUndefined();
      stubApi('GET', '/v2/actions/1').reply(200, fixture('actions/get'), RATE_HEADERS);
      await client.actions.get(1);
      expect(client.rateLimit).toEqual({ limit: 5000, remaining: 4816, resetAt: new Date(1742468761 * 1000) });
      stubApi('GET', '/v2/actions/1').reply(404, fixture('errors/not-found'), { ...RATE_HEADERS, 'ratelimit-remaining': '4815' });
      await expect(client.actions.get(1)).rejects.toMatchObject({ name: 'NotFoundError', status: 404, id: 'not_found' });
      expect(client.rateLimit?.remaining).toBe(4815);
    });

    it('time out with RequestTimeoutError', async () => {
      stubApi('GET', '/v2/actions/1').delay(500).reply(200, fixture('actions/get'));
      await expect(testClient({ timeout: 50 }).actions.get(1)).rejects.toMatchObject({
        name: 'RequestTimeoutError',
        message: 'GET /v2/actions/1 got no response in time',
      });
    });

    it('fail with ConnectionError when the connection is refused', async () => {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      await new Promise((resolve) => server.close(resolve));
      const client = testClient({ baseUrl: `http://127.0.0.1:${port}/v2/` });
      await expect(client.actions.get(1)).rejects.toMatchObject({ name: 'ConnectionError', message: expect.stringContaining('GET /v2/actions/1 failed') });
    });

    it('reject with AbortError when their signal aborts', async () => {
      stubApi('GET', '/v2/actions/1').delay(500).reply(200, fixture('actions/get'));
      const controller = new AbortController();
      const call = testClient().actions.get(1, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      await expect(call).rejects.toMatchObject({ name: 'AbortError', message: 'GET /v2/actions/1 was aborted' });
    });

    it('fail with a typed ApiError when a 2xx body is not JSON', async () => {
      stubApi('GET', '/v2/actions/1').reply(200, '{"action": {"id": 1', { 'content-type': 'application/json' });
      await expect(testClient().actions.get(1)).rejects.toMatchObject({ name: 'ApiError', status: 200, id: 'invalid_response' });
    });

    it('fail with a typed ApiError when the body lacks the resource', async () => {
      stubApi('GET', '/v2/actions/1').reply(200, { droplet: {} });
      await expect(testClient().actions.get(1)).rejects.toMatchObject({ id: 'invalid_response', message: expect.stringContaining('no "action" object') });
    });

    it('on Deno, send POST and PATCH through one client without idle connections, and the rest through the pool', async () => {
      const saved = { fetch: globalThis.fetch, deno: (globalThis as { Deno?: unknown }).Deno };
      const fresh = { fresh: true };
      const made: unknown[] = [];
      const sent: Array<[string, unknown]> = [];
      (globalThis as { Deno?: unknown }).Deno = { createHttpClient: (options: unknown) => (made.push(options), fresh) };
      globalThis.fetch = async (input, init) => {
        const method = (input as Request).method;
        sent.push([method, (init as { client?: unknown } | undefined)?.client]);
        const body = method === 'POST' ? fixture('droplets/action') : fixture('actions/get');
        return new Response(JSON.stringify(body), { status: method === 'POST' ? 201 : 200, headers: { 'content-type': 'application/json' } });
      };
      try {
        const client = testClient();
        await client.actions.get(1);
        await client.droplets.reboot(1);
        await client.droplets.reboot(1);
      } finally {
        globalThis.fetch = saved.fetch;
        (globalThis as { Deno?: unknown }).Deno = saved.deno;
      }
      expect(sent).toEqual([['GET', undefined], ['POST', fresh], ['POST', fresh]]);
      expect(made).toEqual([{ poolMaxIdlePerHost: 0 }]);
    });
  });

  describe('retries', () => {
    it('retry an idempotent GET after a 503 and succeed', async () => {
      stubApi('GET', '/v2/actions/1').reply(503, fixture('errors/server-error'), { 'retry-after': '0' });
      stubApi('GET', '/v2/actions/1').reply(200, fixture('actions/get'));
      await expect(testClient({ maxRetries: 1 }).actions.get(1)).resolves.toMatchObject({ id: 36804758 });
    });

    it('never retry a POST', async () => {
      stubApi('POST', '/v2/droplets/1/actions').reply(503, fixture('errors/server-error'), { 'retry-after': '0' });
      await expect(testClient({ maxRetries: 3 }).droplets.reboot(1)).rejects.toMatchObject({ name: 'ServerError', status: 503 });
    });
  });

  describe('inspection', () => {
    it('shows neither the client token nor the connection token', () => {
      const client = testClient();
      expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(TOKEN);
      expect(inspect(client.droplets, { depth: 10, showHidden: true })).not.toContain(TOKEN);
      expect(JSON.stringify(client)).not.toContain(TOKEN);
    });
  });
});
