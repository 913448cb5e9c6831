import { createHash, randomUUID } from 'node:crypto';
import { Redis, type Cluster } from 'ioredis';
import type { RateLimitWindow } from '../errors.js';
import type { RateLimitGrant, RateLimitReport, RateLimitState, RateLimitStore } from './store.js';

export type { RateLimitDenied, RateLimitGrant, RateLimitGranted, RateLimitReport, RateLimitState, RateLimitStore } from './store.js';

/** The limits and windows a {@link RedisRateLimitStore} paces to. */
export interface RedisRateLimits {
  /** Requests allowed per minute window. */
  perMinute: number;
  /** The minute window's length in milliseconds. */
  minuteMs: number;
  /** Requests allowed per hour window until a response tells otherwise. */
  perHour: number;
  /** The hour window's length in milliseconds, used until a response tells the reset. */
  hourMs: number;
}

/** Options of a {@link RedisRateLimitStore}: a client or a URL, and the API's limits (the real ones by default). */
export interface RedisRateLimitStoreOptions {
  /**
   * An ioredis client (or cluster) to use. The store never closes it. Give it
   * `enableOfflineQueue: false` so that calls fail at once while Redis is down; the store also
   * skips a client that is not connected and gives up on a call after `timeout`.
   */
  redis?: Redis | Cluster;
  /**
   * Or a Redis URL (`redis://host:6379/0`, `rediss://...`): the store makes its own client, without
   * an offline queue, and {@link RedisRateLimitStore.close} closes it.
   */
  url?: string;
  /** Requests allowed per minute window; default 250. */
  perMinute?: number;
  /** The minute window's length in milliseconds; default 60,000. */
  minuteMs?: number;
  /** Requests allowed per hour window until a response tells otherwise (`ratelimit-limit`); default 5,000. */
  perHour?: number;
  /** The hour window's length in milliseconds, used until a response tells the reset; default 3,600,000. */
  hourMs?: number;
  /** Prefix of every key; default `digitalocean-models:rate-limit:`. */
  keyPrefix?: string;
  /** Milliseconds a call to Redis may take before it counts as failed; default 1,000. */
  timeout?: number;
}

/** Prefix of every key a {@link RedisRateLimitStore} writes, unless told otherwise. */
export const DEFAULT_KEY_PREFIX = 'digitalocean-models:rate-limit:';

// Both scripts take KEYS = { minute, hour, hold } and read the time from Redis, so that every
// machine of the fleet shares one clock. minute: a sorted set of admitted requests scored by when
// they last counted; hour: a hash { limit, remaining, reset (epoch ms), est (1 = not yet from a
// response) }; hold: the epoch ms until which a 429's retry-after holds every request.
const STATE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function state(perMinute, minuteMs, perHour, hourMs)
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - minuteMs)
  local used = redis.call('ZCARD', KEYS[1])
  local h = redis.call('HMGET', KEYS[2], 'limit', 'remaining', 'reset', 'est')
  local limit, remaining, reset, est = tonumber(h[1]) or perHour, tonumber(h[2]), tonumber(h[3]), h[4] or '1'
  if not reset or reset <= now then limit, remaining, reset, est = perHour, perHour, now + hourMs, '1' end
  local hold = tonumber(redis.call('GET', KEYS[3]) or '0')
  local by, wait = 0, 0
  if hold > now then by, wait = 1, hold - now
  elseif remaining <= 0 then by, wait = 2, reset - now
  elseif used >= perMinute then
    by, wait = 1, tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2]) + minuteMs - now
  end
  return { limit = limit, remaining = remaining, reset = reset, est = est, used = used, by = by, wait = wait }
end
local function reply(granted, s)
  return { granted, s.limit, s.remaining, s.reset - now, s.used, s.by, s.wait }
end
`;

/** ARGV = { perMinute, minuteMs, perHour, hourMs, ticket }: admits one request if both windows allow it. */
export const ACQUIRE_SCRIPT = `${STATE}
local s = state(tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]))
if s.by ~= 0 then return reply(0, s) end
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
s.remaining, s.used = s.remaining - 1, s.used + 1
redis.call('HSET', KEYS[2], 'limit', s.limit, 'remaining', s.remaining, 'reset', s.reset, 'est', s.est)
redis.call('PEXPIREAT', KEYS[2], s.reset)
return reply(1, state(tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])))
`;

/**
 * ARGV = { perMinute, minuteMs, perHour, hourMs, ticket, limit, remaining, reset, retryAfterMs } ('' when
 * absent). The ticket's request counts from now on (the API counted it at the latest now); a
 * retry-after holds everyone; the hourly headers replace an estimate or an older window, and
 * lower the same window's count (±1 s: the header is in whole seconds).
 */
export const RECORD_SCRIPT = `${STATE}
local minuteMs = tonumber(ARGV[2])
if ARGV[5] ~= '' then
  redis.call('ZADD', KEYS[1], 'XX', now, ARGV[5])
  redis.call('PEXPIRE', KEYS[1], minuteMs)
end
local retryAfter = tonumber(ARGV[9])
if retryAfter and retryAfter > 0 and now + retryAfter > tonumber(redis.call('GET', KEYS[3]) or '0') then
  redis.call('SET', KEYS[3], now + retryAfter, 'PX', retryAfter)
end
local reset, remaining = tonumber(ARGV[8]), tonumber(ARGV[7])
if reset and remaining and reset > now then
  local h = redis.call('HMGET', KEYS[2], 'remaining', 'reset', 'est')
  local known, knownReset = tonumber(h[1]), tonumber(h[2])
  local current = known and knownReset and knownReset > now and h[3] == '0'
  if current and reset < knownReset - 1000 then remaining = nil
  elseif current and reset <= knownReset + 1000 then remaining = math.min(known, remaining) end
  if remaining then
    redis.call('HSET', KEYS[2], 'limit', tonumber(ARGV[6]) or ARGV[3], 'remaining', remaining, 'reset', reset, 'est', '0')
    redis.call('PEXPIREAT', KEYS[2], reset)
  end
end
return reply(1, state(tonumber(ARGV[1]), minuteMs, tonumber(ARGV[3]), tonumber(ARGV[4])))
`;

const WINDOWS: Array<RateLimitWindow | undefined> = [undefined, 'minute', 'hour'];

/** The `reply()` of both scripts. */
type Reply = [granted: number, limit: number, remaining: number, resetIn: number, used: number, heldBy: number, heldFor: number];

/**
 * A {@link RateLimitStore} in Redis: every client of one token, in any process on any machine,
 * shares one budget of `perMinute` requests per sliding minute window and the hourly budget the
 * responses report. Each admission and each response is one atomic script run on Redis's clock.
 *
 * Keys are `<keyPrefix>{<key>}:minute|hour|hold`, where `key` is a truncated SHA-256 of the token
 * (the braces keep one token's keys on one Redis Cluster slot). Neither the token nor anything of
 * the requests (paths, bodies) is written: only request counts, times and random tickets.
 *
 * @example
 * ```ts
 * import { DigitalOcean } from 'digitalocean-models';
 * import { RedisRateLimitStore } from 'digitalocean-models/redis';
 *
 * const store = new RedisRateLimitStore({ url: process.env.REDIS_URL });
 * const client = new DigitalOcean({ rateLimitStore: store });
 * // ... and at the end: await store.close();
 * ```
 */
export class RedisRateLimitStore implements RateLimitStore {
  /** The limits and windows this store paces to. */
  readonly limits: Readonly<RedisRateLimits>;
  /** Prefix of every key. */
  readonly keyPrefix: string;
  readonly #redis: Redis | Cluster;
  readonly #owned: boolean;
  readonly #timeout: number;
  readonly #sha = new Map<string, string>();

  /** @throws TypeError when neither `redis` nor `url` is given, or a limit is not a positive number. */
  constructor(options: RedisRateLimitStoreOptions) {
    const limits: RedisRateLimits = {
      perMinute: options.perMinute ?? 250,
      minuteMs: options.minuteMs ?? 60_000,
      perHour: options.perHour ?? 5_000,
      hourMs: options.hourMs ?? 3_600_000,
    };
    for (const [name, value] of Object.entries(limits)) {
      if (!(Number.isInteger(value) && value > 0)) throw new TypeError(`RedisRateLimitStore: ${name} must be a whole number > 0`);
    }
    this.limits = Object.freeze(limits);
    this.keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.#timeout = options.timeout ?? 1_000;
    if (options.redis) {
      this.#redis = options.redis;
      this.#owned = false;
    } else if (options.url) {
      const redis = new Redis(options.url, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: this.#timeout,
        // ioredis keeps this timer running after disconnect() when the socket had already closed.
        disconnectTimeout: 100,
        retryStrategy: (times) => Math.min(100 * times, 2_000),
      });
      // Failures reach the client through the calls; without a listener ioredis would print each one.
      redis.on('error', () => undefined);
      this.#redis = redis;
      this.#owned = true;
    } else {
      throw new TypeError('RedisRateLimitStore needs { redis } (an ioredis client) or { url }');
    }
  }

  /** The keys of one token's budget. */
  keys(key: string): [minute: string, hour: string, hold: string] {
    const base = `${this.keyPrefix}{${key}}`;
    return [`${base}:minute`, `${base}:hour`, `${base}:hold`];
  }

  /**
   * Admits one request if the minute window, the hourly budget and any 429 hold allow it.
   * @throws Error when Redis is not connected, fails or does not answer within `timeout`.
   */
  async acquire(key: string): Promise<RateLimitGrant> {
    const ticket = randomUUID();
    const reply = await this.#run(ACQUIRE_SCRIPT, key, [ticket]);
    const state = toState(reply);
    if (reply[0] === 1) return { granted: true, ticket, state };
    return { granted: false, window: state.heldBy ?? 'minute', wait: Math.max(1, state.heldFor ?? 1), state };
  }

  /**
   * Records one response: its request counts in the minute window from now; a 429's retry-after
   * holds every client; the hourly headers refresh the budget.
   * @throws Error when Redis is not connected, fails or does not answer within `timeout`.
   */
  async record(key: string, report: RateLimitReport): Promise<RateLimitState> {
    const text = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '' : String(Math.round(value)));
    const reply = await this.#run(RECORD_SCRIPT, key, [
      report.ticket ?? '',
      text(report.limit),
      text(report.remaining),
      text(report.resetAt),
      text(report.retryAfter),
    ]);
    return toState(reply);
  }

  /** Closes the Redis client the store made from `url`; a client given as `redis` is left open. */
  async close(): Promise<void> {
    if (!this.#owned) return;
    const redis = this.#redis;
    if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
    else redis.disconnect();
  }

  /** Resolves when the client is ready, fails or the timeout passes, whichever comes first. */
  async #connected(): Promise<void> {
    const redis = this.#redis;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done).off('error', done).off('end', done);
        resolve();
      };
      const timer = setTimeout(done, this.#timeout);
      redis.once('ready', done).once('error', done).once('end', done);
    });
  }

  async #run(script: string, key: string, args: string[]): Promise<Reply> {
    const redis = this.#redis;
    if (redis.status === 'wait') redis.connect().catch(() => undefined);
    // A connection under way (at start, or a reconnection's attempt) is waited for, within the timeout.
    if (redis.status === 'connecting' || redis.status === 'connect') await this.#connected();
    if (redis.status !== 'ready') throw new Error(`Redis is not connected (${redis.status})`);
    const { perMinute, minuteMs, perHour, hourMs } = this.limits;
    const argv = [String(perMinute), String(minuteMs), String(perHour), String(hourMs), ...args];
    const keys = this.keys(key);
    let sha = this.#sha.get(script);
    if (!sha) this.#sha.set(script, (sha = createHash('sha1').update(script).digest('hex')));
    const call = async (): Promise<Reply> => {
      try {
        return (await redis.evalsha(sha, keys.length, ...keys, ...argv)) as Reply;
      } catch (error) {
        if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
        return (await redis.eval(script, keys.length, ...keys, ...argv)) as Reply;
      }
    };
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      // After the timers of a busy event loop come its pending reads: an answer already there wins.
      const fail = () => reject(new Error(`Redis did not answer within ${this.#timeout} ms`));
      timer = setTimeout(() => setImmediate(fail), this.#timeout);
      timer.unref?.();
    });
    try {
      return await Promise.race([call(), late]);
    } catch (error) {
      throw new Error(`Redis failed: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}

function toState([, limit, remaining, resetIn, used, heldBy, heldFor]: Reply): RateLimitState {
  const state: RateLimitState = { limit, remaining, resetIn, usedThisMinute: used };
  const window = WINDOWS[heldBy];
  if (window) {
    state.heldBy = window;
    state.heldFor = heldFor;
  }
  return state;
}

/** An error's code or first line, with any URL credentials cut out. */
function describe(error: unknown): string {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message.split('\n')[0] : String(error);
  const safe = text.replace(/\/\/[^/@\s]*@/g, '//[REDACTED]@').slice(0, 200);
  return typeof code === 'string' && !safe.includes(code) ? `${code}: ${safe}` : safe;
}
