/**
 * Fleet benchmark: 8 worker processes on one token against the simulator, its per-minute limit
 * scaled down in time (250 requests per 6 s), each doing gets, lists and droplet actions from 4
 * loops: once with the Redis rate-limit store, once without. Prints 429s, the share of the budget
 * used and throughput for each.
 *
 *   npm run bench:fleet        (WINDOWS=2 for a shorter run; REDIS_URL to use a running Redis,
 *                               else it starts redis-server on a free port)
 */
import { availableParallelism, loadavg } from 'node:os';
import { runFleet, type FleetOptions, type FleetResult } from './fleet-run.js';
import { useRedis } from '../tests/redis-server.js';

const WINDOWS = Number(process.env.WINDOWS ?? 4);
const base: FleetOptions = { workers: 8, loops: 4, perMinute: 250, minuteMs: 6_000, windows: WINDOWS };

const redis = await useRedis();
let shared: FleetResult;
let alone: FleetResult;
try {
  shared = await runFleet({ ...base, redisUrl: redis.url });
  alone = await runFleet(base);
} finally {
  await redis.stop();
}

const rows: Array<[string, FleetResult]> = [
  ['with RedisRateLimitStore', shared],
  ['without (each paces itself)', alone],
];
const failed = (r: FleetResult) => Object.entries(r.failures).map(([name, n]) => `${n} ${name}`).join(', ') || '0';
console.log(
  `fleet: ${base.workers} processes x ${base.loops} loops, one token, ${base.perMinute} requests per ${base.minuteMs / 1000} s, ${WINDOWS * base.minuteMs / 1000} s each run` +
    ` (${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)})\n`,
);
console.table(
  Object.fromEntries(
    rows.map(([name, r]) => [
      name,
      {
        '429s': r.status429,
        'budget used (%)': Number((r.budgetUsed * 100).toFixed(1)),
        'throughput (req/s)': Number(r.throughput.toFixed(1)),
        accepted: r.accepted,
        'held back': r.rateLimited,
        'failed operations': failed(r),
      },
    ]),
  ),
);
if (shared.status429 > 0) process.exitCode = 1;
