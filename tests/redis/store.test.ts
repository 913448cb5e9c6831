import { RedisRateLimitStore, DEFAULT_KEY_PREFIX } from '../../lib/rate-limit/redis.js';
import { rateLimitKey } from '../../lib/rate-limit/store.js';
import { storesReady, useRedis, type TestRedis } from '../redis-server.js';

let redis: TestRedis;
const stores: RedisRateLimitStore[] = [];
let run = 0;

beforeAll(async () => {
  redis = await useRedis();
});
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await redis?.stop();
});

/** A store on the test Redis, under a key prefix of its own so that tests never share state. */
function store(options: { perMinute?: number; minuteMs?: number; perHour?: number; hourMs?: number; keyPrefix?: string } = {}): RedisRateLimitStore {
  const made = new RedisRateLimitStore({ url: redis.url, keyPrefix: `test-${process.pid}-${++run}:`, ...options });
  stores.push(made);
  return made;
}

describe('rateLimitKey', () => {
  it('is a 32-character hex SHA-256 prefix of the token, the same for the same token', () => {
    const key = rateLimitKey('dop_v1_secret');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(rateLimitKey('dop_v1_secret')).toBe(key);
    expect(rateLimitKey('dop_v1_other')).not.toBe(key);
  });
});

describe('RedisRateLimitStore', () => {
  it('defaults to the real limits and windows: 250 a minute, 5,000 an hour', () => {
    const made = store();
    expect(made.limits).toEqual({ perMinute: 250, minuteMs: 60_000, perHour: 5_000, hourMs: 3_600_000 });
    expect(new RedisRateLimitStore({ redis: redis.client }).keyPrefix).toBe(DEFAULT_KEY_PREFIX);
  });

  it('refuses to be built without a client or a URL, or with a limit that is not a whole number > 0', () => {
    expect(() => new RedisRateLimitStore({})).toThrow(/needs \{ redis \}/);
    expect(() => new RedisRateLimitStore({ redis: redis.client, perMinute: 0 })).toThrow(/perMinute/);
    expect(() => new RedisRateLimitStore({ redis: redis.client, minuteMs: 1.5 })).toThrow(/minuteMs/);
  });

  describe('#acquire', () => {
    it('admits perMinute requests in the window, then holds the next for the rest of the window', async () => {
      const made = store({ perMinute: 5, minuteMs: 2_000 });
      await storesReady(made);
      const grants = [];
      for (let i = 0; i < 5; i++) grants.push(await made.acquire('k'));
      expect(grants.every((g) => g.granted)).toBe(true);
      expect(grants.map((g) => g.state.usedThisMinute)).toEqual([1, 2, 3, 4, 5]);
      expect(grants.map((g) => g.state.remaining)).toEqual([4999, 4998, 4997, 4996, 4995]);
      const held = await made.acquire('k');
      expect(held).toMatchObject({ granted: false, window: 'minute', state: { heldBy: 'minute', usedThisMinute: 5 } });
      if (held.granted) throw new Error('unreachable');
      expect(held.wait).toBeGreaterThan(1_500);
      expect(held.wait).toBeLessThanOrEqual(2_000);
    });

    it('is atomic: of 60 concurrent acquisitions from two stores (two machines) exactly perMinute are admitted', async () => {
      const prefix = `test-${process.pid}-shared-${++run}:`;
      const a = store({ perMinute: 25, minuteMs: 10_000, keyPrefix: prefix });
      const b = store({ perMinute: 25, minuteMs: 10_000, keyPrefix: prefix });
      await storesReady(a, b);
      const grants = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).acquire('k')));
      expect(grants.filter((g) => g.granted)).toHaveLength(25);
      expect(new Set(grants.filter((g) => g.granted).map((g) => (g.granted ? g.ticket : '')))).toHaveProperty('size', 25);
    });

    it('frees a place one window after it was taken', async () => {
      const made = store({ perMinute: 2, minuteMs: 300 });
      await storesReady(made);
      expect((await made.acquire('k')).granted).toBe(true);
      expect((await made.acquire('k')).granted).toBe(true);
      expect((await made.acquire('k')).granted).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 320));
      expect((await made.acquire('k')).granted).toBe(true);
    });

    it('keeps each token to its own budget', async () => {
      const made = store({ perMinute: 1, minuteMs: 5_000 });
      await storesReady(made);
      expect((await made.acquire('token-a')).granted).toBe(true);
      expect((await made.acquire('token-b')).granted).toBe(true);
      expect((await made.acquire('token-a')).granted).toBe(false);
    });
  });

  describe('#record', () => {
    it("counts a request from its response on: the ticket's place is freed one window after the answer", async () => {
      const made = store({ perMinute: 1, minuteMs: 400 });
      await storesReady(made);
      const grant = await made.acquire('k');
      if (!grant.granted) throw new Error('not granted');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await made.record('k', { status: 200, ticket: grant.ticket });
      await new Promise((resolve) => setTimeout(resolve, 200));
      // 500 ms after the acquisition, but only 200 ms after the answer: still counted.
      expect((await made.acquire('k')).granted).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await made.acquire('k')).granted).toBe(true);
    });

    it("holds every client for a 429's retry-after, and never shortens a longer hold", async () => {
      const made = store({ perMinute: 100, minuteMs: 60_000 });
      await storesReady(made);
      const state = await made.record('k', { status: 429, retryAfter: 2_000 });
      expect(state).toMatchObject({ heldBy: 'minute' });
      expect(state.heldFor).toBeGreaterThan(1_900);
      await made.record('k', { status: 429, retryAfter: 1_000 });
      const held = await made.acquire('k');
      expect(held).toMatchObject({ granted: false, window: 'minute' });
      if (!held.granted) expect(held.wait).toBeGreaterThan(1_800);
    });

    it('takes the hourly headers as the truth over its own estimate, then only lowers the count within the same reset', async () => {
      const made = store();
      await storesReady(made);
      const reset = Date.now() + 1_800_000;
      await made.acquire('k');
      let state = await made.record('k', { status: 200, limit: 5000, remaining: 4100, resetAt: reset });
      expect(state).toMatchObject({ limit: 5000, remaining: 4100 });
      expect(state.resetIn).toBeGreaterThan(1_790_000);
      expect(state.resetIn).toBeLessThanOrEqual(1_800_000);
      await made.acquire('k');
      // A late answer of the same window, from before the last acquisition: the lower count stays.
      state = await made.record('k', { status: 200, limit: 5000, remaining: 4100, resetAt: reset + 400 });
      expect(state.remaining).toBe(4099);
      // Another client of the token (not sharing the store) spent more: the header wins.
      state = await made.record('k', { status: 200, limit: 5000, remaining: 3000, resetAt: reset });
      expect(state.remaining).toBe(3000);
      // An answer of an older window is ignored; a newer window replaces.
      state = await made.record('k', { status: 200, limit: 5000, remaining: 4999, resetAt: reset - 600_000 });
      expect(state.remaining).toBe(3000);
      state = await made.record('k', { status: 200, limit: 5000, remaining: 4990, resetAt: reset + 60_000 });
      expect(state.remaining).toBe(4990);
    });

    it("holds requests for the hour when the budget is spent, until the headers' reset", async () => {
      const made = store();
      await storesReady(made);
      await made.record('k', { status: 429, limit: 5000, remaining: 0, resetAt: Date.now() + 900_000 });
      const held = await made.acquire('k');
      expect(held).toMatchObject({ granted: false, window: 'hour', state: { remaining: 0, heldBy: 'hour' } });
      if (!held.granted) expect(held.wait).toBeGreaterThan(890_000);
    });
  });

  it('writes only hashed keys under its prefix, each with an expiry', async () => {
    const made = store({ perMinute: 10, minuteMs: 5_000 });
    await storesReady(made);
    const key = rateLimitKey('dop_v1_keys');
    const grant = await made.acquire(key);
    await made.record(key, { status: 429, retryAfter: 1_000, ticket: grant.granted ? grant.ticket : undefined });
    const keys = (await redis.client.keys(`${made.keyPrefix}{${key}}*`)).sort();
    expect(keys).toEqual(made.keys(key).sort());
    for (const k of keys) expect(await redis.client.pttl(k)).toBeGreaterThan(0);
  });

  it('fails fast, without waiting for a connection, when Redis is not there', async () => {
    const port = (await import('../redis-server.js')).freePort;
    const made = new RedisRateLimitStore({ url: `redis://:hunter2@127.0.0.1:${await port()}` });
    stores.push(made);
    const started = Date.now();
    await expect(made.acquire('k')).rejects.toThrow(/Redis is not connected/);
    await expect(made.record('k', { status: 200 })).rejects.not.toThrow(/hunter2/);
    expect(Date.now() - started).toBeLessThan(200);
  });
});
