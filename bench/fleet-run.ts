/**
 * The fleet run: `workers` processes share one token against the simulator, its per-minute limit
 * scaled down in time (`perMinute` requests per `minuteMs`), with or without the Redis rate-limit
 * store. Used by `npm run bench:fleet` and by tests/fleet/fleet.test.ts.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Simulator } from '../lib/testing/index.js';
import { droplets as dropletModule } from '../lib/testing/resources/droplets.js';
import type { WorkerResult, WorkerTask } from './fleet-worker.js';

/** Options of {@link runFleet}. */
export interface FleetOptions {
  workers: number;
  /** Concurrent loops in each worker. */
  loops: number;
  perMinute: number;
  minuteMs: number;
  /** How long the workers go on, in minute windows. */
  windows: number;
  /** Redis for the shared store; none: each worker paces itself. */
  redisUrl?: string;
  /** The store's `timeout` in each worker; default the store's own. */
  storeTimeout?: number;
}

/** What a fleet run measured, on the simulator's side and the workers'. */
export interface FleetResult {
  /** Answers the simulator gave in the run's time (429s excepted): requests the budget let through. */
  accepted: number;
  /** 429s the simulator gave. */
  status429: number;
  /** `accepted` over what the limit allows in that time (`perMinute` per window). */
  budgetUsed: number;
  /** Accepted requests per second. */
  throughput: number;
  seconds: number;
  operations: number;
  /** Requests held back by the (shared or own) rate limit, all workers. */
  rateLimited: number;
  storeErrors: number;
  failures: Record<string, number>;
}

const WORKER = fileURLToPath(new URL('./fleet-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs one fleet and resolves to what it measured; every worker process has exited by then. */
export async function runFleet(options: FleetOptions): Promise<FleetResult> {
  const { workers, loops, perMinute, minuteMs, windows } = options;
  const sim = await Simulator.start({ actionDurationMs: 1, rateLimit: { perMinute, minuteMs, perHour: 100_000 } });
  const children: ChildProcess[] = [];
  try {
    // Each worker lists its own tag: small pages, so that the machine's CPU is not what limits the fleet.
    const droplets = Array.from({ length: workers }, (_, w) =>
      sim.world.state(dropletModule).create(
        Array.from({ length: loops }, (_, l) => `fleet-${w + 1}-${l + 1}`),
        { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', tags: ['fleet', `fleet-${w + 1}`] },
      ).droplets,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    sim.world.advance();

    const ready: Array<Promise<void>> = [];
    const results: Array<Promise<WorkerResult>> = [];
    for (let w = 0; w < workers; w++) {
      const child = fork(WORKER, [], { cwd: ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      ready.push(new Promise((resolve, reject) => {
        child.once('message', () => resolve());
        child.once('exit', (code) => reject(new Error(`fleet worker ${w} exited with ${code} before it was ready`)));
      }));
    }
    await Promise.all(ready);

    const startAt = Date.now() + 300;
    const stopAt = startAt + windows * minuteMs;
    let accepted = 0;
    let status429 = 0;
    sim.on('exchange', (exchange) => {
      const now = Date.now();
      if (now < startAt || now > stopAt) return;
      if (exchange.status === 429) status429++;
      else if (exchange.status > 0) accepted++;
    });
    const keyPrefix = `digitalocean-models:fleet-${process.pid}-${startAt}:`;
    children.forEach((child, w) => {
      results.push(new Promise((resolve, reject) => {
        child.on('message', (message: { result?: WorkerResult; error?: string }) => {
          if (message.result) resolve(message.result);
          else reject(new Error(`fleet worker ${w} failed: ${message.error}`));
        });
        child.once('exit', (code) => reject(new Error(`fleet worker ${w} exited with ${code}`)));
      }));
      const task: WorkerTask = {
        baseUrl: sim.url,
        token: sim.token,
        redisUrl: options.redisUrl,
        storeTimeout: options.storeTimeout,
        keyPrefix,
        perMinute,
        minuteMs,
        tag: `fleet-${w + 1}`,
        dropletIds: droplets[w].map((d) => d.id),
        startAt,
        stopAt,
      };
      child.send(task);
    });
    const done = await Promise.all(results);
    const seconds = (stopAt - startAt) / 1000;
    const failures: Record<string, number> = {};
    for (const r of done) for (const [name, n] of Object.entries(r.failures)) failures[name] = (failures[name] ?? 0) + n;
    return {
      accepted,
      status429,
      budgetUsed: accepted / (perMinute * windows),
      throughput: accepted / seconds,
      seconds,
      operations: done.reduce((n, r) => n + r.operations, 0),
      rateLimited: done.reduce((n, r) => n + r.rateLimited, 0),
      storeErrors: done.reduce((n, r) => n + r.storeErrors, 0),
      failures,
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    await sim.stop();
  }
}
