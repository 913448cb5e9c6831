/**
 * One worker of the fleet run (bench/fleet-run.ts), in a process of its own: a client on the shared
 * token, with or without the Redis store, doing a mix of gets, lists and droplet actions from a few
 * concurrent loops until told time is up. Talks to its parent over IPC: `ready`, then `result`.
 */
import { DigitalOcean, DigitalOceanError } from '../lib/index.js';
import { RedisRateLimitStore } from '../lib/rate-limit/redis.js';

/** What the parent sends. */
export interface WorkerTask {
  baseUrl: string;
  token: string;
  /** Redis for the shared store; none: each client paces itself. */
  redisUrl?: string;
  keyPrefix: string;
  /** Milliseconds a Redis call may take before the store counts it failed. */
  storeTimeout?: number;
  perMinute: number;
  minuteMs: number;
  /** The tag of this worker's droplets. */
  tag: string;
  /** This worker's droplets, one per loop. */
  dropletIds: number[];
  /** Epoch ms to start at, and to stop starting operations at. */
  startAt: number;
  stopAt: number;
}

/** What the worker sends back. */
export interface WorkerResult {
  operations: number;
  responses: number;
  status429: number;
  rateLimited: number;
  storeErrors: number;
  /** Failed operations by error class. */
  failures: Record<string, number>;
}

const send = (message: unknown) => process.send?.(message);

process.once('message', (task: WorkerTask) => {
  run(task).then(
    (result) => send({ result }),
    (error: unknown) => send({ error: String((error as Error)?.stack ?? error) }),
  );
});
send({ ready: true });

async function run(task: WorkerTask): Promise<WorkerResult> {
  const store = task.redisUrl
    ? new RedisRateLimitStore({ url: task.redisUrl, keyPrefix: task.keyPrefix, perMinute: task.perMinute, minuteMs: task.minuteMs, timeout: task.storeTimeout })
    : undefined;
  const client = new DigitalOcean({ token: task.token, baseUrl: task.baseUrl, rateLimitStore: store, maxRetries: 10, maxRetryWait: 120_000 });
  const result: WorkerResult = { operations: 0, responses: 0, status429: 0, rateLimited: 0, storeErrors: 0, failures: {} };
  client.on('response', (e) => {
    result.responses++;
    if (e.status === 429) result.status429++;
  });
  client.on('rateLimited', () => result.rateLimited++);
  client.on('rateLimitStoreError', (e) => {
    result.storeErrors++;
    console.error(`fleet worker ${process.pid}: ${e.message}`);
  });
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, task.startAt - Date.now())));

  // Operations still held back by the rate limit when time is up are abandoned, not counted.
  const stop = new AbortController();
  setTimeout(() => stop.abort(), Math.max(0, task.stopAt - Date.now()));
  const { signal } = stop;
  const loop = async (dropletId: number) => {
    let lastAction: number | undefined;
    while (!signal.aborted) {
      const roll = Math.random();
      try {
        if (roll < 0.3) await client.droplets.get(dropletId, { signal });
        else if (roll < 0.4) await client.account.get({ signal });
        else if (roll < 0.5 && lastAction !== undefined) await client.actions.get(lastAction, { signal });
        else if (roll < 0.65) await client.droplets.list({ tagName: task.tag, signal });
        else if (roll < 0.8) await client.regions.list({ signal });
        else lastAction = (await client.droplets.reboot(dropletId, { signal })).id;
        result.operations++;
      } catch (error) {
        if (signal.aborted) break;
        const name = error instanceof DigitalOceanError ? error.name : 'Error';
        result.failures[name] = (result.failures[name] ?? 0) + 1;
      }
    }
  };
  await Promise.all(task.dropletIds.map(loop));
  await store?.close();
  return result;
}
