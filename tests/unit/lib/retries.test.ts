import { jest } from '@jest/globals';
import { DigitalOcean, RateLimitError, ServerError, type RequestEvent, type ResponseEvent, type RetryEvent } from '../../../lib/index.js';
import { fixture, stubApi, testClient, ORIGIN, TOKEN } from '../../helpers.js';

const ATTRS = { name: 'web-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
const retrying = (options = {}) => testClient({ maxRetries: 3, retryBaseDelay: 1, ...options });
const seconds = (ms: number) => String(Math.ceil((Date.now() + ms) / 1000));

function record(client: DigitalOcean) {
  const events: Array<[string, object]> = [];
  for (const name of ['request', 'response', 'retry', 'rateLimited'] as const) client.on(name, (e: object) => events.push([name, e]));
  return events;
}

describe('retries', () => {
  it.each([[429], [500], [502], [503], [504]])('a GET answered %i is tried again and succeeds', async (status) => {
    stubApi('GET', '/v2/actions/1').reply(status, { id: 'x', message: 'try again' }, { 'retry-after': '0' });
    stubApi('GET', '/v2/actions/1').reply(200, fixture('actions/get'));
    await expect(retrying().actions.get(1)).resolves.toMatchObject({ id: 36804758 });
  });

  it.each([[400], [401], [403], [404], [422]])('a GET answered %i is not tried again', async (status) => {
    stubApi('GET', '/v2/actions/1').reply(status, { id: 'no', message: 'no' }, { 'retry-after': '0' });
    const client = retrying();
    const events = record(client);
    await expect(client.actions.get(1)).rejects.toMatchObject({ status, id: 'no' });
    expect(events.filter(([name]) => name === 'retry')).toEqual([]);
  });

  it('a GET gives up after maxRetries retries with the last error', async () => {
    stubApi('GET', '/v2/actions/1').times(4).reply(502, { id: 'bad_gateway', message: 'Bad gateway' });
    const client = retrying();
    const events = record(client);
    await expect(client.actions.get(1)).rejects.toMatchObject({ name: 'ServerError', status: 502 });
    const retries = events.filter(([name]) => name === 'retry').map(([, e]) => e as RetryEvent);
    expect(retries.map((e) => [e.attempt, e.reason, e.status, e.method, e.path])).toEqual([
      [1, 'ServerError', 502, 'GET', '/v2/actions/1'],
      [2, 'ServerError', 502, 'GET', '/v2/actions/1'],
      [3, 'ServerError', 502, 'GET', '/v2/actions/1'],
    ]);
    for (const [i, e] of retries.entries()) expect(e.delay).toBeLessThanOrEqual(2 ** i);
  });

  it('PUT and DELETE are retried too', async () => {
    stubApi('DELETE', '/v2/droplets/1').reply(503, '');
    stubApi('DELETE', '/v2/droplets/1').reply(204);
    stubApi('PUT', '/v2/images/7').reply(500, '');
    stubApi('PUT', '/v2/images/7').reply(200, fixture('images/update'));
    const client = retrying();
    await client.droplets.delete(1);
    await expect(client.images.update(7, { name: 'x' })).resolves.toMatchObject({ id: 7938269 });
  });

  it('a POST answered 503 is never tried again: no second droplet', async () => {
    stubApi('POST', '/v2/droplets').reply(503, { id: 'service_unavailable', message: 'down' }, { 'retry-after': '0' });
    const client = retrying();
    const attempts: Array<[string, number]> = [];
    client.on('request', (e) => attempts.push([e.method, e.attempt]));
    client.on('retry', (e) => attempts.push([`retry ${e.method}`, e.attempt]));
    await expect(client.droplets.create(ATTRS)).rejects.toBeInstanceOf(ServerError);
    expect(attempts).toEqual([['POST', 1]]);
  });

  it('a POST whose connection was reset is never tried again', async () => {
    const calls: string[] = [];
    const client = retrying({
      fetch: async (raw: string | URL | Request) => {
        const input = raw as Request;
        calls.push(input.method);
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
      },
    });
    await expect(client.droplets.create(ATTRS)).rejects.toMatchObject({ name: 'ConnectionError', code: 'ECONNRESET' });
    expect(calls).toEqual(['POST']);
  });

  it('a POST whose connection was refused (nothing sent) is tried again', async () => {
    const calls: string[] = [];
    const client = retrying({
      fetch: async (raw: string | URL | Request) => {
        const input = raw as Request;
        calls.push(`${input.method} ${input.url}`);
        if (calls.length === 1) throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
        return new Response(JSON.stringify(fixture('droplets/create')), { status: 202, headers: { 'content-type': 'application/json' } });
      },
    });
    await expect(client.droplets.create(ATTRS)).resolves.toMatchObject({ id: 3164500 });
    expect(calls).toEqual([`POST ${ORIGIN}/v2/droplets`, `POST ${ORIGIN}/v2/droplets`]);
  });

  // Deno's fetch errors have no code: only the message tells a refused connection or a DNS failure.
  it.each([
    ['tcp connect error: Connection refused (os error 111)', 'ECONNREFUSED'],
    ['dns error: failed to lookup address information: Name or service not known', 'ENOTFOUND'],
    ['dns error: failed to lookup address information: Temporary failure in name resolution', 'EAI_AGAIN'],
  ])('a POST refused as Deno reports it (%s) is tried again, with code %s', async (failure, code) => {
    const calls: string[] = [];
    const client = retrying({
      maxRetries: 1,
      fetch: async (raw: string | URL | Request) => {
        calls.push((raw as Request).method);
        throw new TypeError('fetch failed', { cause: new Error(`error sending request for url (${ORIGIN}/v2/droplets): client error (Connect): ${failure}`) });
      },
    });
    await expect(client.droplets.create(ATTRS)).rejects.toMatchObject({ name: 'ConnectionError', code });
    expect(calls).toEqual(['POST', 'POST']);
  });

  it('a POST dropped mid-request as Deno reports it is not tried again, and has no code', async () => {
    const calls: string[] = [];
    const client = retrying({
      fetch: async (raw: string | URL | Request) => {
        calls.push((raw as Request).method);
        throw new TypeError('fetch failed', { cause: new Error('client error (SendRequest): connection closed before message completed') });
      },
    });
    const error = await client.droplets.create(ATTRS).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConnectionError', code: undefined });
    expect(calls).toEqual(['POST']);
  });

  it('a GET that timed out is tried again', async () => {
    stubApi('GET', '/v2/actions/1').delay(300).reply(200, fixture('actions/get'));
    stubApi('GET', '/v2/actions/1').reply(200, fixture('actions/get'));
    await expect(retrying({ timeout: 50 }).actions.get(1)).resolves.toMatchObject({ id: 36804758 });
  });

  it('a 429 waits until ratelimit-reset when that is within maxRetryWait', async () => {
    stubApi('GET', '/v2/actions/1').reply(429, fixture('errors/too-many-requests'), { 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': seconds(300) });
    stubApi('GET', '/v2/actions/1').reply(200, fixture('actions/get'));
    const started = Date.now();
    await expect(retrying().actions.get(1)).resolves.toMatchObject({ id: 36804758 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('the hourly limit (no retry-after, reset far off) fails fast with RateLimitError, and so do the next requests', async () => {
    stubApi('GET', '/v2/actions/1').reply(429, fixture('errors/too-many-requests'), { 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': seconds(3_000_000) });
    const client = retrying();
    const started = Date.now();
    const error = (await client.actions.get(1).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.resetAt!.getTime()).toBeGreaterThan(Date.now() + 2_900_000);
    const next = (await client.regions.list().all().catch((e: unknown) => e)) as RateLimitError;
    expect(next).toBeInstanceOf(RateLimitError);
    expect(next.message).toContain('later than maxRetryWait');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a per-minute 429 says so: RateLimitError and client.rateLimit name the minute window and its reset, not the hourly one', async () => {
    const hourly = seconds(3_000_000);
    stubApi('GET', '/v2/actions/1').reply(429, fixture('errors/too-many-requests'), { 'retry-after': '60', 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': hourly });
    const client = retrying({ maxRetryWait: 1_000 });
    const before = Date.now();
    const error = (await client.actions.get(1).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.window).toBe('minute');
    expect(error.retryAfter).toBe(60_000);
    expect(error.resetAt!.getTime()).toBeGreaterThanOrEqual(before + 60_000);
    expect(error.resetAt!.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    const view = client.rateLimit!;
    expect(view).toMatchObject({ limit: 5000, remaining: 0, resetAt: new Date(Number(hourly) * 1000), heldBy: 'minute' });
    expect(Math.abs(view.heldUntil!.getTime() - error.resetAt!.getTime())).toBeLessThan(1_000);
    // The next request fails fast on the same minute, telling the same window.
    const next = (await client.actions.get(1).catch((e: unknown) => e)) as RateLimitError;
    expect(next).toBeInstanceOf(RateLimitError);
    expect(next.window).toBe('minute');
    expect(Math.abs(next.resetAt!.getTime() - error.resetAt!.getTime())).toBeLessThan(1_000);
  });

  it('an hourly 429 says so: window "hour", resetAt from ratelimit-reset, and client.rateLimit held by the hour', async () => {
    const hourly = seconds(3_000_000);
    stubApi('GET', '/v2/actions/1').reply(429, fixture('errors/too-many-requests'), { 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': hourly });
    const client = retrying();
    const error = (await client.actions.get(1).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toMatchObject({ name: 'RateLimitError', window: 'hour', resetAt: new Date(Number(hourly) * 1000), retryAfter: undefined });
    expect(client.rateLimit).toMatchObject({ remaining: 0, resetAt: new Date(Number(hourly) * 1000), heldBy: 'hour' });
    expect(Math.abs(client.rateLimit!.heldUntil!.getTime() - Number(hourly) * 1000)).toBeLessThan(1_000);
    const next = (await client.actions.get(1).catch((e: unknown) => e)) as RateLimitError;
    expect(next).toMatchObject({ window: 'hour' });
    expect(Math.abs(next.resetAt!.getTime() - Number(hourly) * 1000)).toBeLessThan(1_000);
  });

  it('a burst 429 with retry-after holds every request that long, not until the hourly reset', async () => {
    stubApi('GET', '/v2/actions/1').reply(429, fixture('errors/too-many-requests'), { 'retry-after': '1', 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': seconds(3_000_000) });
    stubApi('GET', '/v2/actions/1').reply(200, fixture('actions/get'), { 'ratelimit-limit': '5000', 'ratelimit-remaining': '4000', 'ratelimit-reset': seconds(3_000_000) });
    const client = retrying();
    const events = record(client);
    await expect(client.actions.get(1)).resolves.toMatchObject({ id: 36804758 });
    expect(events.filter(([n]) => n === 'retry').map(([, e]) => (e as RetryEvent).delay)).toEqual([1000]);
  });

  it('a spent budget holds new requests until the reset instead of earning a 429', async () => {
    stubApi('GET', '/v2/actions/1').reply(200, fixture('actions/get'), { 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': seconds(400) });
    stubApi('GET', '/v2/actions/2').reply(200, fixture('actions/get'));
    const client = retrying();
    const events = record(client);
    await client.actions.get(1);
    const started = Date.now();
    await client.actions.get(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    const limited = events.filter(([n]) => n === 'rateLimited').map(([, e]) => e);
    expect(limited).toEqual([{ method: 'GET', path: '/v2/actions/2', attempt: 1, wait: expect.any(Number), resetAt: expect.any(Date), window: 'hour', remaining: 0 }]);
  });

  it('an abort during a backoff ends the call at once', async () => {
    stubApi('GET', '/v2/actions/1').reply(503, '', { 'retry-after': '30' });
    const controller = new AbortController();
    const call = testClient({ maxRetries: 3, maxRetryWait: 60_000 }).actions.get(1, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('maxConcurrency', () => {
  it('bounds the requests in flight across the client', async () => {
    for (let i = 1; i <= 6; i++) stubApi('GET', `/v2/actions/${i}`).delay(30).reply(200, fixture('actions/get'));
    const client = testClient({ maxConcurrency: 2 });
    let inFlight = 0;
    let peak = 0;
    client.on('request', () => (peak = Math.max(peak, ++inFlight)));
    client.on('response', () => inFlight--);
    await Promise.all([1, 2, 3, 4, 5, 6].map((id) => client.actions.get(id)));
    expect(peak).toBe(2);
  });

  it('rejects a bad value at construction', () => {
    expect(() => testClient({ maxConcurrency: 0 })).toThrow('maxConcurrency must be a whole number >= 1');
  });
});

describe('events', () => {
  it('report each request and response with method, path, attempt, status, duration and request id, never the token', async () => {
    stubApi('GET', '/v2/actions/1').reply(503, '', { 'retry-after': '0', 'x-request-id': 'first' });
    stubApi('GET', '/v2/actions/1').reply(200, fixture('actions/get'), { 'x-request-id': 'second' });
    const client = retrying();
    const events = record(client);
    await client.actions.get(1);
    expect(events.map(([name, e]) => [name, (e as RequestEvent).attempt, (e as ResponseEvent).status, (e as ResponseEvent).requestId])).toEqual([
      ['request', 1, undefined, undefined],
      ['response', 1, 503, 'first'],
      ['retry', 1, 503, undefined],
      ['request', 2, undefined, undefined],
      ['response', 2, 200, 'second'],
    ]);
    expect((events[4][1] as ResponseEvent).duration).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(events)).not.toContain(TOKEN);
  });

  it('a listener that throws does not break the request', async () => {
    stubApi('GET', '/v2/actions/1').reply(200, fixture('actions/get'));
    const client = testClient();
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const listener = () => {
      throw new Error('boom');
    };
    client.on('response', listener);
    await expect(client.actions.get(1)).resolves.toMatchObject({ id: 36804758 });
    client.off('response', listener);
    expect(warn.mock.calls).toEqual([['a digitalocean-models "response" listener threw: boom']]);
    warn.mockRestore();
  });
});
