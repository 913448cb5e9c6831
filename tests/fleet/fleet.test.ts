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
  // On an idle machine the fleet asks for far more than the budget and is held back all along; on
  // a loaded one it may ask for less. What it spends is measured by `npm run bench:fleet`.
  it('earns no 429 with the Redis store (4 workers, 250 per 6 s, 12 s)', async () => {
    const result = await runFleet({ workers: 4, loops: 4, perMinute: 250, minuteMs: 6_000, windows: 2, redisUrl: redis.url, storeTimeout: 5_000 });
    expect(result).toMatchObject({ status429: 0, storeErrors: 0, failures: {} });
    expect(result.accepted).toBeGreaterThan(0);
  }, 45_000);
});
