import { runFleet } from '../../bench/fleet-run.js';
import { useRedis, type TestRedis } from '../redis-server.js';

let redis: TestRedis;

beforeAll(async () => {
  redis = await useRedis();
});
afterAll(async () => {
  await redis?.stop();
});

describe('a fleet of worker processes on one token', () => {
  it('earns no 429 with the Redis store, and spends at least 85% of the per-minute budget (4 workers, 250 per 6 s, 12 s)', async () => {
    const result = await runFleet({ workers: 4, loops: 4, perMinute: 250, minuteMs: 6_000, windows: 2, redisUrl: redis.url });
    expect(result).toMatchObject({ status429: 0, storeErrors: 0, failures: {} });
    expect(result.budgetUsed).toBeGreaterThanOrEqual(0.85);
    expect(result.rateLimited).toBeGreaterThan(0);
  }, 45_000);
});
