import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { RedisRateLimitStore } from '../lib/rate-limit/redis.js';

/** A Redis for tests: its URL, a client on it, and how to let go of it. */
export interface TestRedis {
  url: string;
  port: number;
  /** A plain client for looking at keys. */
  client: Redis;
  /** Stops the server if this helper started it (never the one REDIS_URL names), and closes the client. */
  stop(): Promise<void>;
}

const MISSING =
  'redis-server is not installed, and REDIS_URL is not set: the rate-limit store tests need a real Redis. ' +
  'Run `source .ci/redis.sh` (installs redis-server, starts it and exports REDIS_URL), or install redis-server ' +
  '(apt-get install redis-server) so that the tests can start their own.';

/** The Redis of REDIS_URL (`.ci/redis.sh`), or else one started for the calling test file. Never skips: fails when there is none. */
export async function useRedis(): Promise<TestRedis> {
  const url = process.env.REDIS_URL;
  if (!url) return startRedisServer();
  const client = new Redis(url, { maxRetriesPerRequest: 1, disconnectTimeout: 100, retryStrategy: (times) => (times > 3 ? null : 100) });
  client.on('error', () => undefined);
  await client.ping().catch((error: unknown) => {
    client.disconnect();
    throw new Error(`REDIS_URL=${url} does not answer (${(error as Error).message}): start it with \`source .ci/redis.sh\`, or unset REDIS_URL`);
  });
  return { url, port: Number(new URL(url).port || 6379), client, stop: async () => void (await client.quit()) };
}

/** A free loopback port (nothing listens on it once this resolves). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A `redis-server` of its own, on `port` (default a free one), in a temp dir, saving nothing. Fails loudly when redis-server is not installed. */
export async function startRedisServer(port?: number): Promise<TestRedis & { kill(): Promise<void>; restart(): Promise<void> }> {
  const chosen = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'redis-test-'));
  let child: ChildProcess | undefined;
  const launch = async () => {
    const started = spawn('redis-server', ['--port', String(chosen), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    child = started;
    await new Promise<void>((resolve, reject) => {
      started.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new Error(MISSING) : error));
      started.once('spawn', () => resolve());
    });
    const probe = new Redis(chosen, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, disconnectTimeout: 100 });
    probe.on('error', () => undefined);
    for (let i = 0; ; i++) {
      try {
        await probe.connect();
        await probe.ping();
        break;
      } catch (error) {
        if (i > 100 || started.exitCode !== null || started.signalCode !== null) throw new Error(`redis-server on port ${chosen} did not start: ${error}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    probe.disconnect();
  };
  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await launch();
  const url = `redis://127.0.0.1:${chosen}`;
  const client = new Redis(url, { maxRetriesPerRequest: 1, disconnectTimeout: 100 });
  client.on('error', () => undefined);
  return {
    url,
    port: chosen,
    client,
    kill,
    restart: launch,
    stop: async () => {
      client.disconnect();
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once every store answers an acquisition (each connects on first use); fails with the last error after two seconds. */
export async function storesReady(...stores: RedisRateLimitStore[]): Promise<void> {
  let last: unknown;
  for (let i = 0; i < 100; i++) {
    try {
      await Promise.all(stores.map((s) => s.acquire('warm-up')));
      return;
    } catch (error) {
      last = error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  throw new Error(`the rate-limit store did not answer within two seconds: ${(last as Error).message}`, { cause: last });
}
