import { EventEmitter } from 'node:events';
import { inspect } from 'node:util';
import { sleep } from './polling.js';
import { kyTransport, undiciTransport, TransportTimeout, type Outgoing, type Reply, type Transport } from './transport.js';
import {
  AbortError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  DigitalOceanError,
  RateLimitError,
  RequestTimeoutError,
  errorFromResponse,
  resetDate,
  type RequestSummary,
} from './errors.js';
import { toModel } from './fields.js';
import { VERSION } from './version.js';
import { bindConnection, type Model } from '../models/model.js';

/** The API's public endpoint. */
export const DEFAULT_BASE_URL = 'https://api.digitalocean.com/v2/';

/** Options of a {@link DigitalOcean} client. */
export interface ClientOptions {
  /** API token; defaults to `DIGITALOCEAN_TOKEN`, then `DIGITALOCEAN_ACCESS_TOKEN`. */
  token?: string;
  /** API base URL, default `https://api.digitalocean.com/v2/`. Plain http is accepted only for loopback hosts. */
  baseUrl?: string | URL;
  /** Milliseconds one request may take before it fails with `RequestTimeoutError`; default 30,000. */
  timeout?: number;
  /**
   * How many times a failed request is tried again; default 3. GET, HEAD, PUT and DELETE are retried
   * on network errors, timeouts, 429, 500, 502, 503 and 504; POST and PATCH only when the connection
   * was refused before anything was sent.
   */
  maxRetries?: number;
  /** The first retry's backoff ceiling in milliseconds, doubled at each attempt (full jitter); default 500. */
  retryBaseDelay?: number;
  /**
   * The longest wait, in milliseconds, for the rate limit: a 429's `retry-after` or `ratelimit-reset`, or a
   * spent budget's reset. A longer one (the hourly limit) fails at once with `RateLimitError`. Default 60,000.
   */
  maxRetryWait?: number;
  /** The most requests in flight at once across the whole client; default unbounded. */
  maxConcurrency?: number;
  /** Appended to the `User-Agent` header, e.g. `my-tool/1.2`. */
  userAgent?: string;
  /**
   * A `fetch` to send requests with, driven by ky (a proxy-aware fetch, a test double, the global
   * `fetch`). By default requests go straight to `undici.request` on a keep-alive agent: ky builds,
   * clones and signals a WHATWG `Request` for every call, which on Node 20 costs about as much as
   * the whole request does without it.
   */
  fetch?: typeof globalThis.fetch;
}

/** What every event tells: the request, never its headers or token. */
export interface RequestEvent {
  method: string;
  /** Path and query, e.g. `/v2/droplets?page=1&per_page=200`. */
  path: string;
  /** 1 for the first try, 2 for the first retry, ... */
  attempt: number;
}

/** A response arrived (any status). */
export interface ResponseEvent extends RequestEvent {
  status: number;
  /** Milliseconds from sending to the whole body. */
  duration: number;
  /** The `x-request-id` header. */
  requestId: string | undefined;
}

/** A failed attempt will be tried again after `delay` milliseconds. */
export interface RetryEvent extends RequestEvent {
  delay: number;
  /** The failure: an error class name, e.g. `ServerError`. */
  reason: string;
  /** Its HTTP status, if it had one. */
  status: number | undefined;
}

/** The rate limit holds a request back: `wait` milliseconds until `resetAt`. */
export interface RateLimitedEvent extends RequestEvent {
  wait: number;
  resetAt: Date;
  /** The budget left as last reported. */
  remaining: number;
}

/** The events of a client: `client.on('retry', (e) => log(e))`. */
export interface ClientEvents {
  request: [RequestEvent];
  response: [ResponseEvent];
  retry: [RetryEvent];
  rateLimited: [RateLimitedEvent];
}

/** Options every call accepts as its last argument. */
export interface RequestOptions {
  /** Cancels the call; it then rejects with `AbortError`. */
  signal?: AbortSignal;
}

/** The API's rate-limit budget as the last response reported it. */
export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  /** Requests left in the window. */
  remaining: number;
  /** When the budget refills. */
  resetAt: Date;
}

/** Query values; `undefined` ones are left out. */
export type Query = Record<string, string | number | boolean | undefined>;

/** @internal Options of one request. */
export interface CallOptions extends RequestOptions {
  query?: Query;
  json?: unknown;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
/** Error codes of connections that failed before any byte of the request was sent. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

function parseBaseUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw new ConfigurationError(`baseUrl ${JSON.stringify(String(raw))} is not a valid absolute URL`);
  }
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    throw new ConfigurationError(
      `baseUrl ${url.origin} uses plain http: the token would travel unencrypted; use https (http is allowed only for loopback hosts)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`baseUrl must be an http(s) URL, got ${url.protocol}`);
  }
  if (url.username || url.password) throw new ConfigurationError('baseUrl must not carry credentials');
  if (url.search || url.hash) throw new ConfigurationError('baseUrl must not have a query or a fragment');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function readToken(option: string | undefined): string {
  const token = option ?? process.env.DIGITALOCEAN_TOKEN ?? process.env.DIGITALOCEAN_ACCESS_TOKEN;
  if (!token || !token.trim()) {
    throw new ConfigurationError(
      'no API token: pass { token } or set DIGITALOCEAN_TOKEN (or DIGITALOCEAN_ACCESS_TOKEN) in the environment',
    );
  }
  if (/[\s\p{Cc}]/u.test(token)) throw new ConfigurationError('the API token must not contain white space or control characters');
  return token;
}

/**
 * The one connection a client and all its models share: transport (undici, or ky over a given
 * `fetch`), auth, base URL, user agent, timeout, retries, rate-limit bookkeeping and hydration.
 */
export class Connection {
  /** The API base URL, always ending in `/`. */
  readonly baseUrl: URL;
  /** Where request, response, retry and rate-limit events go. */
  readonly events = new EventEmitter<ClientEvents>();
  readonly #transport: Transport;
  #rateLimit: RateLimit | undefined;
  readonly #maxRetries: number;
  readonly #retryBaseDelay: number;
  readonly #maxRetryWait: number;
  readonly #maxConcurrency: number;
  #inFlight = 0;
  /** Until when a burst-limit 429 asked every request to wait (epoch ms). */
  #holdUntil = 0;
  /** Whether the last word on the budget was a burst-limit 429, whose `remaining` says nothing of the hour. */
  #burst = false;
  readonly #queue: Array<() => void> = [];

  constructor(options: ClientOptions = {}) {
    const token = readToken(options.token);
    this.baseUrl = parseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    const timeout = options.timeout ?? 30_000;
    if (!(Number.isFinite(timeout) && timeout > 0)) throw new ConfigurationError('timeout must be a positive number of milliseconds');
    this.#maxRetries = options.maxRetries ?? 3;
    if (!(Number.isInteger(this.#maxRetries) && this.#maxRetries >= 0)) throw new ConfigurationError('maxRetries must be a whole number >= 0');
    this.#retryBaseDelay = options.retryBaseDelay ?? 500;
    this.#maxRetryWait = options.maxRetryWait ?? 60_000;
    this.#maxConcurrency = options.maxConcurrency ?? Number.POSITIVE_INFINITY;
    for (const [name, value] of [['retryBaseDelay', this.#retryBaseDelay], ['maxRetryWait', this.#maxRetryWait]] as const) {
      if (!(Number.isFinite(value) && value >= 0)) throw new ConfigurationError(`${name} must be a number of milliseconds >= 0`);
    }
    if (!(this.#maxConcurrency >= 1 && (Number.isInteger(this.#maxConcurrency) || this.#maxConcurrency === Number.POSITIVE_INFINITY))) {
      throw new ConfigurationError('maxConcurrency must be a whole number >= 1');
    }
    const userAgent = `digitalocean-models/${VERSION}${options.userAgent ? ` ${options.userAgent}` : ''}`;
    // Retries are this connection's own policy (see #retryDelay), never the transport's.
    const transport = { timeout, headers: { accept: 'application/json', 'user-agent': userAgent, authorization: `Bearer ${token}` } };
    this.#transport = options.fetch ? kyTransport(options.fetch, transport) : undiciTransport(transport);
  }

  /** The rate-limit budget as the last response reported it, or `undefined` before the first. */
  get rateLimit(): RateLimit | undefined {
    return this.#rateLimit;
  }

  /**
   * Sends one request and resolves to its parsed JSON body (`undefined` for 204), retrying as the
   * client's policy allows. Maps every failure to a {@link DigitalOceanError}.
   */
  async request<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    let search = '';
    if (options.query) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(options.query)) if (value !== undefined) params.set(key, String(value));
      if (params.size) search = `?${params}`;
    }
    const summary: RequestSummary = { method, path: this.baseUrl.pathname + path + search };
    const outgoing = {
      method,
      url: this.baseUrl.href + path + search,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
      signal: options.signal,
    };
    const { signal } = options;
    for (let attempt = 1; ; attempt++) {
      const event = { method, path: summary.path, attempt };
      const paced = this.#pace(event, signal);
      if (paced) await paced;
      const slot = this.#slot(signal, summary);
      const release = typeof slot === 'function' ? slot : await slot;
      let failure: DigitalOceanError;
      try {
        return await this.#attempt<T>(outgoing, summary, event);
      } catch (error) {
        failure = error as DigitalOceanError;
      } finally {
        release();
      }
      const delay = this.#retryDelay(method, failure, attempt);
      if (delay === undefined) throw failure;
      this.#emit('retry', () => ({ ...event, delay, reason: failure.name, status: failure instanceof ApiError ? failure.status : undefined }));
      await sleep(delay, signal, `${method} ${summary.path}`);
    }
  }

  async #attempt<T>(outgoing: Outgoing, summary: RequestSummary, event: RequestEvent): Promise<T> {
    const started = performance.now();
    if (this.#rateLimit) this.#rateLimit.remaining = Math.max(0, this.#rateLimit.remaining - 1);
    this.#emit('request', () => event);
    let reply: Reply;
    try {
      reply = await this.#transport(outgoing);
    } catch (error) {
      throw this.#translate(error, summary, outgoing.signal);
    }
    const { status, headers, text } = reply;
    this.#observe(reply);
    const requestId = headers.get('x-request-id') ?? undefined;
    this.#emit('response', () => ({ ...event, status, duration: performance.now() - started, requestId }));
    if (status < 200 || status > 299) throw errorFromResponse(status, headers, text, summary);
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError({
        status,
        id: 'invalid_response',
        message: `the response body is not valid JSON (${headers.get('content-type') ?? 'no content type'})`,
        requestId,
        body: text,
        request: summary,
      });
    }
  }

  /**
   * How long to wait before trying again, or `undefined` to give up. Only failures that cannot have
   * changed anything are retried for POST and PATCH: a refused connection.
   */
  #retryDelay(method: string, failure: DigitalOceanError, attempt: number): number | undefined {
    if (attempt > this.#maxRetries || failure instanceof AbortError) return undefined;
    const neverSent = failure instanceof ConnectionError && NEVER_SENT.has(failure.code ?? '');
    if (!IDEMPOTENT.has(method) && !neverSent) return undefined;
    const backoff = Math.random() * Math.min(30_000, this.#retryBaseDelay * 2 ** (attempt - 1));
    if (failure instanceof ConnectionError || failure instanceof RequestTimeoutError) return backoff;
    if (!(failure instanceof ApiError)) return undefined;
    if (failure.id === 'invalid_response') return backoff;
    if (failure instanceof RateLimitError) {
      const wait = failure.retryAfter ?? (failure.resetAt ? failure.resetAt.getTime() - Date.now() : backoff);
      return wait <= this.#maxRetryWait ? Math.max(0, wait) : undefined;
    }
    if (!RETRY_STATUSES.has(failure.status)) return undefined;
    if (failure.retryAfter !== undefined) return failure.retryAfter <= this.#maxRetryWait ? failure.retryAfter : undefined;
    return backoff;
  }

  /** Holds a request back while the budget is spent, until it refills; fails fast when that is too far off. */
  #pace(event: RequestEvent, signal?: AbortSignal): Promise<void> | undefined {
    const limit = this.#rateLimit;
    const hold = this.#holdUntil === 0 ? 0 : this.#holdUntil - Date.now();
    const spent = limit !== undefined && !this.#burst && limit.remaining <= this.#inFlight;
    const wait = hold > 0 ? hold : spent ? limit.resetAt.getTime() - Date.now() : 0;
    if (wait <= 0) return undefined;
    return this.#hold(event, wait, limit, signal);
  }

  async #hold(event: RequestEvent, wait: number, limit: RateLimit | undefined, signal?: AbortSignal): Promise<void> {
    const resetAt = new Date(Date.now() + wait);
    const remaining = limit?.remaining ?? 0;
    if (wait > this.#maxRetryWait) {
      const error = new RateLimitError({
        status: 429,
        id: 'too_many_requests',
        message: `the rate limit budget is spent (${remaining} left) until ${resetAt.toISOString()}, later than maxRetryWait allows waiting`,
        request: { method: event.method, path: event.path },
      });
      error.resetAt = resetAt;
      throw error;
    }
    this.#emit('rateLimited', () => ({ ...event, wait, resetAt, remaining }));
    await sleep(wait, signal, `${event.method} ${event.path}`);
  }

  /** Waits for a free place under `maxConcurrency`; resolves to the function that frees it. */
  #slot(signal: AbortSignal | undefined, request: RequestSummary): (() => void) | Promise<() => void> {
    if (this.#inFlight < this.#maxConcurrency) return this.#take();
    return this.#queued(signal, request);
  }

  /** Waits for a place; a finishing request hands its place over directly, so the bound is never overshot. */
  async #queued(signal: AbortSignal | undefined, request: RequestSummary): Promise<() => void> {
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = this.#queue.indexOf(go);
        if (index >= 0) this.#queue.splice(index, 1);
        reject(new AbortError(`${request.method} ${request.path} was aborted`, { cause: signal?.reason }));
      };
      const go = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(go);
    });
    return this.#release();
  }

  #take(): () => void {
    this.#inFlight++;
    return this.#release();
  }

  #release(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      if (next) next();
      else this.#inFlight--;
    };
  }

  /** Tells the listeners of `name`, if any: the payload is built only when someone listens. */
  #emit<K extends keyof ClientEvents>(name: K, payload: () => ClientEvents[K][0]): void {
    if (this.events.listenerCount(name) === 0) return;
    try {
      (this.events as EventEmitter).emit(name, payload());
    } catch (error) {
      process.emitWarning(`a digitalocean-models "${name}" listener threw: ${(error as Error)?.message ?? error}`);
    }
  }

  /**
   * Sends one request whose body holds one resource under `key` (`{ "droplet": {...} }`) and
   * resolves to it hydrated as `cls`.
   */
  async one<T extends Model>(cls: new () => T, method: string, path: string, key: string, options: CallOptions = {}): Promise<T> {
    const body = await this.request<Record<string, unknown> | undefined>(method, path, options);
    const raw = body?.[key];
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new ApiError({
        status: 200,
        id: 'invalid_response',
        message: `the response has no "${key}" object`,
        request: { method, path: new URL(path, this.baseUrl).pathname },
      });
    }
    return this.hydrate(cls, raw);
  }

  /** Builds `cls` from API JSON and gives this connection to it and every nested model. */
  hydrate<T extends Model>(cls: new () => T, plain: object): T {
    return toModel(cls, plain, this.#bind);
  }

  /** Gives this connection to each model as the mapper makes it. */
  readonly #bind = (model: object): void => bindConnection(model, this, false);

  /** Gives this connection to a model built by hand, and to its nested models. */
  attach<T extends Model>(model: T): T {
    bindConnection(model, this);
    return model;
  }

  #observe({ status, headers }: Reply): void {
    const retryAfter = Number(headers.get('retry-after'));
    if (status === 429 && headers.has('retry-after') && Number.isFinite(retryAfter)) {
      this.#holdUntil = Math.max(this.#holdUntil, Date.now() + retryAfter * 1000);
      this.#burst = true;
    } else if (status >= 200 && status <= 299) {
      this.#burst = false;
    }
    const limit = Number(headers.get('ratelimit-limit'));
    const remaining = Number(headers.get('ratelimit-remaining'));
    const resetAt = resetDate(headers);
    if (headers.has('ratelimit-remaining') && Number.isFinite(limit) && Number.isFinite(remaining) && resetAt) {
      this.#rateLimit = { limit, remaining, resetAt };
    }
  }

  #translate(error: unknown, request: RequestSummary, signal?: AbortSignal): DigitalOceanError {
    if (signal?.aborted) return new AbortError(`${request.method} ${request.path} was aborted`, { cause: signal.reason });
    if (error instanceof TransportTimeout) return new RequestTimeoutError(`${request.method} ${request.path} got no response in time`, { cause: error });
    // Duck-typed, not instanceof: fetch's errors may come from another realm.
    type Failure = { message?: unknown; code?: unknown; cause?: unknown } | undefined;
    const outer = (typeof error === 'object' && error !== null ? error : undefined) as Failure;
    const inner = (typeof outer?.cause === 'object' && outer.cause !== null ? outer.cause : undefined) as Failure;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const reason = text(inner?.message) ?? text(outer?.message) ?? String(error);
    const failure = new ConnectionError(`${request.method} ${request.path} failed: ${reason}`, { cause: error });
    failure.code = text(inner?.code) ?? text(outer?.code);
    return failure;
  }

  /** @internal */
  [inspect.custom](): string {
    return `Connection { baseUrl: '${this.baseUrl.href}', token: [REDACTED] }`;
  }
}
