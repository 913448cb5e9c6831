import { DigitalOcean, type RateLimitedEvent, type RateLimitStoreErrorEvent } from '../../lib/index.js';
import { RedisRateLimitStore } from '../../lib/rate-limit/redis.js';
import { rateLimitKey } from '../../lib/rate-limit/store.js';
import { Simulator } from '../../lib/testing/index.js';
import { freePort, startRedisServer, storesReady, useRedis, type TestRedis } from '../redis-server.js';

let redis: TestRedis;
let run = 0;
const cleanup: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  redis = await useRedis();
});
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});
afterAll(async () => {
  await redis?.stop();
});

async function simulator(rateLimit: { perMinute: number; minuteMs: number }): Promise<Simulator> {
  const sim = await Simulator.start({ actionDurationMs: 1, rateLimit });
  cleanup.push(() => sim.stop());
  return sim;
}

async function sharedStore(options: { url?: string; perMinute: number; minuteMs: number; keyPrefix?: string }): Promise<RedisRateLimitStore> {
  const store = new RedisRateLimitStore({ url: redis.url, keyPrefix: `client-${process.pid}-${++run}:`, ...options });
  cleanup.push(() => store.close());
  await storesReady(store);
  return store;
}

function count429(sim: Simulator): { n: number } {
  const counter = { n: 0 };
  sim.on('exchange', (e) => void (e.status === 429 && counter.n++));
  return counter;
}

describe('DigitalOcean with a RedisRateLimitStore', () => {
  it('keeps two clients of one token within the per-minute limit together: no 429, the shared budget holds them back', async () => {
    const sim = await simulator({ perMinute: 10, minuteMs: 1_000 });
    const store = await sharedStore({ perMinute: 10, minuteMs: 1_000 });
    const a = new DigitalOcean({ token: sim.token, baseUrl: sim.url, rateLimitStore: store });
    const b = new DigitalOcean({ token: sim.token, baseUrl: sim.url, rateLimitStore: store });
    const rejected = count429(sim);
    const held: RateLimitedEvent[] = [];
    const failed: RateLimitStoreErrorEvent[] = [];
    for (const client of [a, b]) {
      client.on('rateLimited', (e) => held.push(e));
      client.on('rateLimitStoreError', (e) => failed.push(e));
    }
    const started = Date.now();
    await Promise.all(Array.from({ length: 25 }, (_, i) => (i % 2 ? a : b).regions.list()));
    expect(failed).toEqual([]);
    expect(rejected.n).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(held.length).toBeGreaterThan(0);
    expect(held[0]).toMatchObject({ window: 'minute', method: 'GET', path: '/v2/regions?page=1&per_page=200' });
    expect(held[0].wait).toBeLessThanOrEqual(1_000);
  });

  it('shows the shared budget in client.rateLimit: what the other clients spent too', async () => {
    const sim = await simulator({ perMinute: 100, minuteMs: 60_000 });
    const store = await sharedStore({ perMinute: 100, minuteMs: 60_000 });
    const a = new DigitalOcean({ token: sim.token, baseUrl: sim.url, rateLimitStore: store });
    const b = new DigitalOcean({ token: sim.token, baseUrl: sim.url, rateLimitStore: store });
    for (let i = 0; i < 5; i++) await a.account.get();
    await b.account.get();
    expect(b.rateLimit).toMatchObject({ limit: 5000, remaining: 4994 });
    expect(b.rateLimit?.heldBy).toBeUndefined();
    expect(Math.abs(b.rateLimit!.resetAt.getTime() - (Date.now() + 3_600_000))).toBeLessThan(2_000);
  });

  it("holds every client of the token after one of them got a 429 with retry-after", async () => {
    const sim = await simulator({ perMinute: 100, minuteMs: 60_000 });
    const store = await sharedStore({ perMinute: 100, minuteMs: 60_000 });
    const a = new DigitalOcean({ token: sim.token, baseUrl: sim.url, rateLimitStore: store, maxRetries: 0 });
    const b = new DigitalOcean({ token: sim.token, baseUrl: sim.url, rateLimitStore: store });
    sim.injectFault({ method: 'GET', path: '/v2/account', status: 429, headers: { 'retry-after': '1' } });
    await expect(a.account.get()).rejects.toMatchObject({ name: 'RateLimitError', window: 'minute' });
    expect(a.rateLimit).toMatchObject({ heldBy: 'minute' });
    const held: RateLimitedEvent[] = [];
    b.on('rateLimited', (e) => held.push(e));
    const started = Date.now();
    await b.regions.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect(held[0]).toMatchObject({ window: 'minute', path: '/v2/regions?page=1&per_page=200' });
  });

  it('never writes the token to Redis: no command, key or value holds it', async () => {
    const sim = await simulator({ perMinute: 100, minuteMs: 60_000 });
    const store = await sharedStore({ perMinute: 100, minuteMs: 60_000 });
    const monitor = await redis.client.monitor();
    cleanup.push(() => monitor.disconnect() as unknown as Promise<void>);
    const seen: string[] = [];
    monitor.on('monitor', (_time: string, args: string[]) => seen.push(args.join(' ')));
    const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, rateLimitStore: store });
    await client.account.get();
    await client.regions.list();
    sim.injectFault({ method: 'GET', path: '/v2/account', status: 429, headers: { 'retry-after': '1' } });
    await client.account.get();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.some((command) => command.includes(rateLimitKey(sim.token)))).toBe(true);
    expect(seen.filter((command) => command.includes(sim.token))).toEqual([]);
    const keys = await redis.client.keys(`${store.keyPrefix}*`);
    expect(keys.filter((key) => key.includes(`{${rateLimitKey(sim.token)}}`)).length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).not.toContain(sim.token);
      const type = await redis.client.type(key);
      const value =
        type === 'zset' ? await redis.client.zrange(key, 0, -1, 'WITHSCORES') : type === 'hash' ? Object.entries(await redis.client.hgetall(key)).flat() : [await redis.client.get(key)];
      expect(value.join(' ')).not.toContain(sim.token);
    }
  });

  it('works on its own view when Redis is down from the start, telling once', async () => {
    const sim = await simulator({ perMinute: 100, minuteMs: 60_000 });
    const store = new RedisRateLimitStore({ url: `redis://127.0.0.1:${await freePort()}`, perMinute: 100, minuteMs: 60_000 });
    cleanup.push(() => store.close());
    const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, rateLimitStore: store });
    const errors: RateLimitStoreErrorEvent[] = [];
    client.on('rateLimitStoreError', (e) => errors.push(e));
    await Promise.all(Array.from({ length: 10 }, () => client.account.get()));
    for (let i = 0; i < 3; i++) await client.regions.list();
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^the rate-limit store failed: Redis is not connected/);
    expect(errors[0].message).not.toContain(sim.token);
    // Its own view, from the headers, as without a store.
    expect(client.rateLimit).toMatchObject({ limit: 5000, remaining: 4987 });
  });

  it('goes on when Redis stops mid-run, telling once per outage, and shares again once Redis is back', async () => {
    const own = await startRedisServer();
    cleanup.push(() => own.stop());
    const sim = await simulator({ perMinute: 100, minuteMs: 60_000 });
    const store = await sharedStore({ url: own.url, perMinute: 100, minuteMs: 60_000 });
    const key = store.keys(rateLimitKey(sim.token))[0];
    const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, rateLimitStore: store });
    const errors: RateLimitStoreErrorEvent[] = [];
    client.on('rateLimitStoreError', (e) => errors.push(e));
    await client.account.get();
    expect(await own.client.zcard(key)).toBe(1);
    await own.kill();
    for (let i = 0; i < 5; i++) await client.account.get();
    await Promise.all(Array.from({ length: 5 }, () => client.regions.list()));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).not.toContain(sim.token);

    await own.restart();
    const deadline = Date.now() + 8_000;
    while (Date.now() < deadline && (await own.client.zcard(key).catch(() => 0)) === 0) {
      await client.account.get();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await own.client.zcard(key)).toBeGreaterThan(0);

    await own.kill();
    await client.account.get();
    expect(errors).toHaveLength(2);
  });
});
