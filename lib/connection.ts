import ky, { HTTPError, TimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import { EventEmitter } from 'node:events';
import { inspect } from 'node:util';
import { sleep } from './polling.js';
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
  retryAfterMs,
  type RateLimitWindow,
  type RequestSummary,
} from './errors.js';
import { toModel } from './fields.js';
import { rateLimitKey, type RateLimitReport, type RateLimitState, type RateLimitStore } from './rate-limit/store.js';
import { VERSION } from './version.js';

/** The API's public endpoint. */
export const DEFAULT_BASE_URL = 'https://api.digitalocean.com/v2/';

/** Options of a {@link DigitalOcean} client. */
export interface ClientOptions {
  /** API token; defaults to `DIGITALOCEAN_TOKEN`, then `DIGITALOCEAN_ACCESS_TOKEN`. */
  token?: string;
  /** API base URL, default `https://api.digitalocean.com/v2/`. Plain http is accepted only for loopback hosts. */
  baseUrl?: string | URL;
  /** Milliseconds one request may take, until its whole body has arrived, before it fails with `RequestTimeoutError`; default 30,000. */
  timeout?: number;
  /**
   * How many times a failed request is tried again; default 3. GET, HEAD, PUT and DELETE are retried
   * on network errors, timeouts, unreadable bodies, 429, 500, 502, 503 and 504; POST and PATCH only
   * when the connection failed before anything was sent (refused, or the host name not resolved).
   */
  maxRetries?: number;
  /** The first retry's backoff ceiling in milliseconds, doubled at each attempt up to 30 s (full jitter); default 500. */
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
   * The `fetch` that ky sends requests with; default the global `fetch`. Give one to go through a
   * proxy, or a test double.
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Where the rate-limit budget is kept. Default: in memory, per client, from the responses it has
   * seen. Give a shared store (`RedisRateLimitStore` from `digitalocean-models/redis`) to have every
   * client of the same token, in any process or on any machine, share one budget. A store that fails
   * is skipped, with one `rateLimitStoreError` event per outage, and the client paces itself in
   * memory until the store answers again.
   */
  rateLimitStore?: RateLimitStore;
}

/** What every event tells: the request, never its headers or token. */
export interface RequestEvent {
  /** The HTTP method, e.g. `GET`. */
  method: string;
  /** Path and query, e.g. `/v2/droplets?page=1&per_page=200`. */
  path: string;
  /** 1 for the first try, 2 for the first retry, ... */
  attempt: number;
}

/** A response arrived (any status). */
export interface ResponseEvent extends RequestEvent {
  /** The answer's HTTP status. */
  status: number;
  /** Milliseconds from sending to the whole body. */
  duration: number;
  /** The `x-request-id` header. */
  requestId: string | undefined;
}

/** A failed attempt will be tried again after `delay` milliseconds (the event comes when the retry starts). */
export interface RetryEvent extends RequestEvent {
  /** Milliseconds waited before this retry. */
  delay: number;
  /** The failure: an error class name, e.g. `ServerError`. */
  reason: string;
  /** Its HTTP status, if it had one. */
  status: number | undefined;
}

/** The rate limit holds a request back: `wait` milliseconds until `resetAt`. */
export interface RateLimitedEvent extends RequestEvent {
  /** Milliseconds the request is held back. */
  wait: number;
  /** When the request may go. */
  resetAt: Date;
  /** Which limit holds it: the per-minute burst limit or the hourly budget. */
  window: RateLimitWindow;
  /** The hourly budget left as last reported. */
  remaining: number;
}

/**
 * The shared rate-limit store failed (Redis down or unreachable): the client goes on, pacing itself
 * in memory, and tells once per outage. The next outage, after the store has answered again, tells again.
 */
export interface RateLimitStoreErrorEvent {
  /** What failed, e.g. `Redis failed: connect ECONNREFUSED 127.0.0.1:6390`; never the token. */
  message: string;
}

/** The events of a client: `client.on('retry', (e) => log(e))`. */
export interface ClientEvents {
  /** An attempt is about to be sent. */
  request: [RequestEvent];
  /** An answer arrived, whole, whatever its status. */
  response: [ResponseEvent];
  /** A failed attempt is tried again. */
  retry: [RetryEvent];
  /** The rate limit holds a request back. */
  rateLimited: [RateLimitedEvent];
  /** The shared rate-limit store failed: told once per outage, while the client paces itself. */
  rateLimitStoreError: [RateLimitStoreErrorEvent];
}

/** Options every call accepts as its last argument. */
export interface RequestOptions {
  /** Cancels the call; it then rejects with `AbortError`. */
  signal?: AbortSignal;
}

/**
 * The API's rate limits as the responses reported them. DigitalOcean allows 5,000 requests an hour,
 * reported by every response's `ratelimit-*` headers, and 250 a minute, which speaks only through a
 * 429 with `retry-after`. With a shared `rateLimitStore`, it is the store's view (every client of
 * the token) as of this client's last exchange with the store.
 */
export interface RateLimit {
  /** Requests allowed per hour (`ratelimit-limit`). */
  limit: number;
  /** Requests left this hour (`ratelimit-remaining`). */
  remaining: number;
  /** When the hourly budget refills (`ratelimit-reset`). */
  resetAt: Date;
  /**
   * Which limit holds requests back now: `'minute'` after a 429 with `retry-after`, until
   * `heldUntil`; `'hour'` when the hourly budget is spent, until `resetAt`; `undefined` when
   * requests may go.
   */
  heldBy?: RateLimitWindow;
  /** When requests may go again, while `heldBy` is set. */
  heldUntil?: Date;
}

/** Query values; `undefined` ones are left out. */
export type Query = Record<string, string | number | boolean | undefined>;

/** @internal Options of one request. */
export interface CallOptions extends RequestOptions {
  query?: Query;
  json?: unknown;
  /** How a 2xx answer is read: parsed JSON (the default), text (`text/csv`, YAML), or bytes (a PDF). */
  read?: 'json' | 'text' | 'bytes';
  /** The `accept` header, when not `application/json`. */
  accept?: string;
  /** Further request headers, e.g. `{ 'x-dangerous': 'true' }` for deletes that take dependent resources with them. */
  headers?: Record<string, string>;
}

/** A 2xx answer read as text or bytes, with its content type. */
export interface RawAnswer<T extends string | Uint8Array> {
  body: T;
  contentType: string | undefined;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUSES = [429, 500, 502, 503, 504];
/** Error codes of connections that failed before any byte of the request was sent. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const MAX_BACKOFF = 30_000;
/** After a rate-limit store failed, how long requests skip it before trying it again. */
const STORE_RETRY = 1_000;

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Deno's `HttpClient` for POST and PATCH, made on first use by {@link runtimeFetch}. */
let denoFreshClient: unknown;

/**
 * The global `fetch`; on Deno, POST and PATCH go through an HTTP client that keeps no idle
 * connection. Deno's fetch sends a request again, once, when a connection taken from its pool
 * closes before the answer, although the server may have received and applied it; on a new
 * connection it does not. So a create or an action is never sent twice there either.
 */
const runtimeFetch: typeof globalThis.fetch = (input, init) => {
  const deno = (globalThis as { Deno?: { createHttpClient?: (options: { poolMaxIdlePerHost: number }) => unknown } }).Deno;
  const method = (input instanceof Request ? input.method : (init?.method ?? 'GET')).toUpperCase();
  if (typeof deno?.createHttpClient !== 'function' || IDEMPOTENT.has(method)) return globalThis.fetch(input, init);
  denoFreshClient ??= deno.createHttpClient({ poolMaxIdlePerHost: 0 });
  return globalThis.fetch(input, { ...init, client: denoFreshClient } as RequestInit);
};

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
  const env = typeof process === 'undefined' ? undefined : process.env;
  const token = option ?? env?.DIGITALOCEAN_TOKEN ?? env?.DIGITALOCEAN_ACCESS_TOKEN;
  if (!token || !token.trim()) {
    throw new ConfigurationError(
      'no API token: pass { token } or set DIGITALOCEAN_TOKEN (or DIGITALOCEAN_ACCESS_TOKEN) in the environment',
    );
  }
  if (/[\s\p{Cc}]/u.test(token)) throw new ConfigurationError('the API token must not contain white space or control characters');
  return token;
}

function checkOptions(options: ClientOptions): Required<Pick<ClientOptions, 'timeout' | 'maxRetries' | 'retryBaseDelay' | 'maxRetryWait' | 'maxConcurrency'>> {
  const checked = {
    timeout: options.timeout ?? 30_000,
    maxRetries: options.maxRetries ?? 3,
    retryBaseDelay: options.retryBaseDelay ?? 500,
    maxRetryWait: options.maxRetryWait ?? 60_000,
    maxConcurrency: options.maxConcurrency ?? Number.POSITIVE_INFINITY,
  };
  if (!(Number.isFinite(checked.timeout) && checked.timeout > 0)) throw new ConfigurationError('timeout must be a positive number of milliseconds');
  if (!(Number.isInteger(checked.maxRetries) && checked.maxRetries >= 0)) throw new ConfigurationError('maxRetries must be a whole number >= 0');
  for (const name of ['retryBaseDelay', 'maxRetryWait'] as const) {
    if (!(Number.isFinite(checked[name]) && checked[name] >= 0)) throw new ConfigurationError(`${name} must be a number of milliseconds >= 0`);
  }
  const concurrency = checked.maxConcurrency;
  if (!(concurrency >= 1 && (Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY))) {
    throw new ConfigurationError('maxConcurrency must be a whole number >= 1');
  }
  return checked;
}

/** One call through the connection, across its attempts. */
interface Call {
  method: string;
  summary: RequestSummary;
  signal: AbortSignal | undefined;
  /** 1 for the first try. */
  attempt: number;
  /** The wait before the next attempt, as decided when the last one failed. */
  delay: number;
  /** Frees the attempt's place under `maxConcurrency`. */
  release: (() => void) | undefined;
  /** How a 2xx answer is read. */
  read: 'json' | 'text' | 'bytes';
  /** The attempt's place in the shared rate-limit store, reported back with its response. */
  ticket?: string;
}

/** A whole answer, read inside ky's timeout by {@link Connection.#send}. */
interface Body {
  /** The answer as text (empty when it was read as bytes). */
  text: string;
  /** The parsed JSON of a 2xx answer read as JSON (`undefined` for an empty one), or its text or bytes. */
  value: unknown;
  contentType: string | undefined;
}

/** A 2xx answer whose body is not JSON: thrown inside ky so that its retry policy sees it. */
class UnreadableBody extends Error {
  override readonly name = 'UnreadableBody';

  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly text: string,
  ) {
    super('the response body is not valid JSON');
  }
}

/**
 * The one connection a client and all its models share: one ky instance (retries, timeout, and
 * hooks for auth, rate-limit pacing, concurrency and events), the base URL, the user agent and
 * hydration.
 */
export class Connection {
  /** The API base URL, always ending in `/`. */
  readonly baseUrl: URL;
  /** Where request, response, retry and rate-limit events go. */
  readonly events = new EventEmitter<ClientEvents>();
  readonly #ky: KyInstance;
  readonly #fetch: typeof globalThis.fetch;
  readonly #maxRetryWait: number;
  readonly #maxConcurrency: number;
  /** The whole body of each answer, read by {@link #send}; keyed by the answer ky hands back. */
  readonly #bodies = new WeakMap<Response, Body>();
  #rateLimit: RateLimit | undefined;
  #inFlight = 0;
  /** Until when a burst-limit 429 asked every request to wait (epoch ms). */
  #holdUntil = 0;
  /** Whether the last word on the budget was a burst-limit 429, whose `remaining` says nothing of the hour. */
  #burst = false;
  readonly #queue: Array<() => void> = [];
  readonly #store: RateLimitStore | undefined;
  /** The token's key in the store: a truncated SHA-256, never the token. */
  readonly #storeKey: string = '';
  /** The store's view as its last answer told it, and when (epoch ms). */
  #shared: { state: RateLimitState; at: number } | undefined;
  /** Whether the store is failing: set at its first failure (when the event goes out), cleared when it answers. */
  #storeDown = false;
  /** While the store is failing, when to try it again (epoch ms). */
  #storeRetryAt = 0;
  /** Settles when the last attempt in line has had its turn at the store. */
  #storeTurn: Promise<void> = Promise.resolve();
  readonly #redact: (text: string) => string;

  constructor(options: ClientOptions = {}) {
    const token = readToken(options.token);
    this.#redact = (text) => text.split(token).join('[REDACTED]');
    this.#store = options.rateLimitStore;
    if (this.#store) this.#storeKey = rateLimitKey(token);
    this.baseUrl = parseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    const { timeout, maxRetries, retryBaseDelay, maxRetryWait, maxConcurrency } = checkOptions(options);
    this.#maxRetryWait = maxRetryWait;
    this.#maxConcurrency = maxConcurrency;
    const given = options.fetch;
    this.#fetch = given ?? runtimeFetch;
    const authorization = `Bearer ${token}`;
    this.#ky = ky.create({
      prefixUrl: this.baseUrl.href,
      headers: { accept: 'application/json', 'user-agent': `digitalocean-models/${VERSION}${options.userAgent ? ` ${options.userAgent}` : ''}` },
      // Covers the whole body too: #send resolves only once the body has been read.
      timeout,
      // The API never redirects; a 3xx is an error, never followed, so the token stays with the base URL's host.
      redirect: 'manual',
      throwHttpErrors: true,
      retry: {
        limit: maxRetries,
        // Every method reaches shouldRetry, which refuses POST and PATCH unless nothing was sent.
        methods: ['get', 'head', 'put', 'delete', 'options', 'post', 'patch'],
        statusCodes: RETRY_STATUSES,
        // Only when #shouldRetry leaves the choice to ky, which it does for answers with retry-after or a 429's reset.
        afterStatusCodes: RETRY_STATUSES,
        delay: (attempt) => retryBaseDelay * 2 ** (attempt - 1),
        backoffLimit: MAX_BACKOFF,
        jitter: true,
        retryOnTimeout: true,
      },
      hooks: {
        // The token is set here, so it never sits in ky's options.
        beforeRequest: [
          async (request, kyOptions, { retryCount }) => {
            request.headers.set('authorization', authorization);
            await this.#admit(callOf(kyOptions), retryCount + 1);
          },
        ],
        beforeRetry: [
          ({ options: kyOptions, error }) => {
            const call = callOf(kyOptions);
            const failure = this.#translate(error, call);
            this.#emit('retry', () => ({
              method: call.method,
              path: call.summary.path,
              attempt: call.attempt,
              delay: call.delay,
              reason: failure.name,
              status: failure instanceof ApiError ? failure.status : undefined,
            }));
          },
        ],
      },
    });
  }

  /**
   * The rate limits as the last responses reported them, or `undefined` before the first. With a
   * working shared store: the store's view as of this client's last exchange with it (every
   * attempt and every response is one), so as fresh as the client is busy.
   */
  get rateLimit(): RateLimit | undefined {
    const shared = this.#shared;
    if (shared && !this.#storeDown) {
      const { state, at } = shared;
      const view: RateLimit = { limit: state.limit, remaining: state.remaining, resetAt: new Date(at + state.resetIn) };
      if (state.heldBy && at + (state.heldFor ?? 0) > Date.now()) {
        view.heldBy = state.heldBy;
        view.heldUntil = new Date(at + (state.heldFor ?? 0));
      }
      return view;
    }
    const limit = this.#rateLimit;
    if (!limit) return undefined;
    const held = this.#held();
    return held ? { ...limit, heldBy: held.window, heldUntil: new Date(Date.now() + held.wait) } : { ...limit };
  }

  /**
   * Sends one request and resolves to its parsed JSON body (`undefined` for an empty one), retrying
   * as the client's policy allows. Maps every failure to a {@link DigitalOceanError}.
   */
  async request<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    return (await this.#exchange(method, path, options)).value as T;
  }

  /** Sends one request through ky and resolves to its whole answer, read as `options.read` says. */
  async #exchange(method: string, path: string, options: CallOptions): Promise<Body> {
    const searchParams = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) searchParams.set(key, String(value));
    const search = searchParams.size ? `?${searchParams}` : '';
    const call: Call = {
      method,
      summary: { method, path: this.baseUrl.pathname + path + search },
      signal: options.signal,
      attempt: 0,
      delay: 0,
      release: undefined,
      read: options.read ?? 'json',
    };
    const kyOptions: KyOptions = {
      method,
      signal: options.signal,
      context: { call },
      fetch: (request, init) => this.#send(call, request as Request, init ?? {}),
      // Per call, to know the method and to tell the retry event the wait ky is about to take.
      retry: {
        shouldRetry: ({ error }) => this.#shouldRetry(call, error),
        jitter: (backoff) => (call.delay = Math.random() * backoff),
      },
    };
    if (search) kyOptions.searchParams = searchParams;
    if (options.json !== undefined) kyOptions.json = options.json;
    if (options.accept || options.headers) kyOptions.headers = { ...options.headers, ...(options.accept ? { accept: options.accept } : {}) };
    try {
      const response = await this.#ky(path, kyOptions);
      return this.#bodies.get(response) ?? { text: '', value: undefined, contentType: undefined };
    } catch (error) {
      throw this.#translate(error, call);
    } finally {
      call.release?.();
    }
  }

  /**
   * The `fetch` ky is given: sends one attempt and reads its whole body before resolving, so ky's
   * timeout covers a body that trickles in, and so that the rate-limit bookkeeping and the events
   * read the answer without the copy an `afterResponse` hook would cost (ky clones the response
   * for every such hook).
   */
  async #send(call: Call, request: Request, init: RequestInit): Promise<Response> {
    const started = performance.now();
    const event = { method: call.method, path: call.summary.path, attempt: call.attempt };
    try {
      if (this.#rateLimit) this.#rateLimit.remaining = Math.max(0, this.#rateLimit.remaining - 1);
      this.#emit('request', () => event);
      const response = await this.#fetch(request, init);
      const bytes = response.ok && call.read === 'bytes' ? new Uint8Array(await response.arrayBuffer()) : undefined;
      const text = bytes ? '' : await response.text();
      this.#observe(response);
      if (this.#store) await this.#report(call, response);
      this.#emit('response', () => ({ ...event, status: response.status, duration: performance.now() - started, requestId: response.headers.get('x-request-id') ?? undefined }));
      let value: unknown = bytes ?? text;
      if (call.read === 'json') {
        value = undefined;
        if (response.ok && text !== '') {
          try {
            value = JSON.parse(text);
          } catch {
            throw new UnreadableBody(response.status, response.headers, text);
          }
        }
      }
      this.#bodies.set(response, { text, value, contentType: response.headers.get('content-type') ?? undefined });
      return response;
    } finally {
      call.release?.();
      call.release = undefined;
    }
  }

  /**
   * Before each attempt: waits out the rate limit (the shared store's when there is one and it
   * answers, else this client's own view), then for a place under `maxConcurrency`.
   */
  async #admit(call: Call, attempt: number): Promise<void> {
    call.attempt = attempt;
    call.ticket = undefined;
    if (!this.#store || !(await this.#acquire(call))) {
      const held = this.#held();
      if (held) await this.#hold(call, held, this.#rateLimit?.remaining ?? 0);
    }
    const slot = this.#slot(call);
    call.release = typeof slot === 'function' ? slot : await slot;
  }

  /**
   * Whether to try again after a failure. `false` stops; `true` retries after ky's backoff (full
   * jitter); `undefined` leaves the wait to ky, which then honours `retry-after` or a 429's
   * `ratelimit-reset`. Only failures that cannot have changed anything are retried for POST and PATCH.
   */
  #shouldRetry(call: Call, error: unknown): boolean | undefined {
    if (call.signal?.aborted || error instanceof DigitalOceanError) return false;
    const neverSent = NEVER_SENT.has(failureCode(error) ?? '');
    if (!IDEMPOTENT.has(call.method) && !neverSent) return false;
    if (!(error instanceof HTTPError)) return true;
    const { status, headers } = error.response;
    if (!RETRY_STATUSES.includes(status)) return false;
    const retryAfter = retryAfterMs(headers);
    const reset = status === 429 && retryAfter === undefined ? resetDate(headers) : undefined;
    const wait = retryAfter ?? (reset ? reset.getTime() - Date.now() : undefined);
    if (wait === undefined) return true;
    if (wait > this.#maxRetryWait) return false;
    call.delay = Math.max(0, wait);
    return undefined;
  }

  /** What holds requests back now, if anything: a burst-limit 429's wait, or a spent hourly budget. */
  #held(): { window: RateLimitWindow; wait: number } | undefined {
    const now = Date.now();
    if (this.#holdUntil > now) return { window: 'minute', wait: this.#holdUntil - now };
    const limit = this.#rateLimit;
    if (limit && !this.#burst && limit.remaining <= this.#inFlight) {
      const wait = limit.resetAt.getTime() - now;
      if (wait > 0) return { window: 'hour', wait };
    }
    return undefined;
  }

  /**
   * Takes the attempt's place in the shared store, holding it back while the store says to wait.
   * The attempts of one client ask the store one at a time, in turn, so that a freed place wakes
   * one request per client rather than all of them. Resolves to `false` when the store fails (or
   * failed less than a second ago): the caller then paces on this client's own view.
   */
  async #acquire(call: Call): Promise<boolean> {
    const store = this.#store as RateLimitStore;
    const previous = this.#storeTurn;
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.#storeTurn = previous.then(() => mine);
    try {
      await new Promise<void>((resolve, reject) => {
        const { signal, summary } = call;
        const onAbort = () => reject(new AbortError(`${summary.method} ${summary.path} was aborted`, { cause: signal?.reason }));
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        void previous.then(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        });
      });
      for (;;) {
        if (this.#storeDown && Date.now() < this.#storeRetryAt) return false;
        let grant;
        try {
          grant = await store.acquire(this.#storeKey);
        } catch (error) {
          this.#storeFailed(error);
          return false;
        }
        this.#storeAnswered(grant.state);
        if (grant.granted) {
          call.ticket = grant.ticket;
          return true;
        }
        await this.#hold(call, { window: grant.window, wait: grant.wait }, grant.state.remaining);
      }
    } finally {
      done();
    }
  }

  /** Tells the shared store what a response said; a failure only switches to this client's own pacing. */
  async #report(call: Call, { status, headers }: Response): Promise<void> {
    if (this.#storeDown && Date.now() < this.#storeRetryAt) return;
    const report: RateLimitReport = { status, ticket: call.ticket };
    const retryAfter = retryAfterMs(headers);
    const budget = hourlyBudget(headers);
    // A burst-limit 429's remaining says nothing of the hour.
    if (status === 429 && retryAfter !== undefined) report.retryAfter = retryAfter;
    else if (budget) Object.assign(report, { ...budget, resetAt: budget.resetAt.getTime() });
    try {
      this.#storeAnswered(await (this.#store as RateLimitStore).record(this.#storeKey, report));
    } catch (error) {
      this.#storeFailed(error);
    }
  }

  #storeAnswered(state: RateLimitState): void {
    this.#storeDown = false;
    this.#shared = { state, at: Date.now() };
  }

  /** Switches to this client's own pacing for a while, telling the listeners once per outage. */
  #storeFailed(error: unknown): void {
    this.#storeRetryAt = Date.now() + STORE_RETRY;
    if (this.#storeDown) return;
    this.#storeDown = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.#emit('rateLimitStoreError', () => ({ message: this.#redact(`the rate-limit store failed: ${reason}; pacing on this client's own view until it answers`) }));
  }

  /** Holds a request back until the limit lets it go; fails fast when that is further off than `maxRetryWait`. */
  async #hold(call: Call, { window, wait }: { window: RateLimitWindow; wait: number }, remaining: number): Promise<void> {
    const resetAt = new Date(Date.now() + wait);
    const event = { method: call.method, path: call.summary.path, attempt: call.attempt };
    if (wait > this.#maxRetryWait) {
      throw new RateLimitError({
        status: 429,
        id: 'too_many_requests',
        message: `the ${window === 'hour' ? 'hourly budget is spent' : 'per-minute limit holds requests'} (${remaining} left this hour) until ${resetAt.toISOString()}, later than maxRetryWait allows waiting`,
        request: call.summary,
        window,
        resetAt,
      });
    }
    this.#emit('rateLimited', () => ({ ...event, wait, resetAt, window, remaining }));
    await sleep(wait, call.signal, `${call.method} ${call.summary.path}`);
  }

  /** Waits for a free place under `maxConcurrency`; resolves to the function that frees it. */
  #slot(call: Call): (() => void) | Promise<() => void> {
    if (this.#inFlight < this.#maxConcurrency) {
      this.#inFlight++;
      return this.#release();
    }
    return this.#queued(call);
  }

  /** Waits for a place; a finishing request hands its place over directly, so the bound is never overshot. */
  async #queued({ signal, summary }: Call): Promise<() => void> {
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = this.#queue.indexOf(go);
        if (index >= 0) this.#queue.splice(index, 1);
        reject(new AbortError(`${summary.method} ${summary.path} was aborted`, { cause: signal?.reason }));
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
      const message = `a digitalocean-models "${name}" listener threw: ${(error as Error)?.message ?? error}`;
      if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') process.emitWarning(message);
      else console.warn(message);
    }
  }

  /**
   * Sends one request whose answer is not JSON (CSV, YAML, a PDF) and resolves to it as text or
   * bytes, with its content type; retries, errors, events and rate limits as for {@link request}.
   */
  async raw(method: string, path: string, options: CallOptions & { read: 'text' }): Promise<RawAnswer<string>>;
  async raw(method: string, path: string, options: CallOptions & { read: 'bytes' }): Promise<RawAnswer<Uint8Array>>;
  async raw(method: string, path: string, options: CallOptions & { read: 'text' | 'bytes' }): Promise<RawAnswer<string | Uint8Array>> {
    const { value, contentType } = await this.#exchange(method, path, options);
    return { body: value as string | Uint8Array, contentType };
  }

  /**
   * Sends one request whose body holds one resource under `key` (`{ "droplet": {...} }`) and
   * resolves to it hydrated as `cls`.
   */
  async one<T extends object>(cls: new () => T, method: string, path: string, key: string, options: CallOptions = {}): Promise<T> {
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

  /**
   * Sends one request whose body holds a whole, unpaged list under `key` (`{ "sinks": [...] }`)
   * and resolves to its items hydrated as `cls`; none when the key is missing. A paged listing is
   * a `Paginator` (`paginate()`) instead.
   */
  async many<T extends object>(cls: new () => T, method: string, path: string, key: string, options: CallOptions = {}): Promise<T[]> {
    const body = await this.request<Record<string, unknown> | undefined>(method, path, options);
    const items = body?.[key];
    return Array.isArray(items) ? items.map((json: object) => this.hydrate(cls, json)) : [];
  }

  /** Builds `cls` from API JSON (through class-transformer); the model and every nested one call back through this connection. */
  hydrate<T extends object>(cls: new () => T, plain: object): T {
    return toModel(cls, plain, this);
  }

  #observe({ status, headers }: Response): void {
    const retryAfter = retryAfterMs(headers);
    if (status === 429 && retryAfter !== undefined) {
      this.#holdUntil = Math.max(this.#holdUntil, Date.now() + retryAfter);
      this.#burst = true;
    } else if (status >= 200 && status <= 299) {
      this.#burst = false;
    }
    this.#rateLimit = hourlyBudget(headers) ?? this.#rateLimit;
  }

  /** Maps whatever ky or fetch threw to this project's errors: the one place that does. */
  #translate(error: unknown, { summary, signal, method }: Call): DigitalOceanError {
    const where = `${summary.method} ${summary.path}`;
    if (error instanceof DigitalOceanError) return error;
    if (signal?.aborted) return new AbortError(`${where} was aborted`, { cause: signal.reason });
    if (error instanceof HTTPError) {
      const { status, headers } = error.response;
      return errorFromResponse(status, headers, this.#bodies.get(error.response)?.text ?? '', summary);
    }
    if (error instanceof UnreadableBody) {
      return new ApiError({
        status: error.status,
        id: 'invalid_response',
        message: `the response body is not valid JSON (${error.headers.get('content-type') ?? 'no content type'})`,
        requestId: error.headers.get('x-request-id') ?? undefined,
        body: error.text,
        request: summary,
      });
    }
    if (error instanceof TimeoutError) {
      const applied = IDEMPOTENT.has(method)
        ? ''
        : `; the API may have applied it: check (for example, list by name or tag) before sending it again`;
      // ky's TimeoutError holds the request, headers and token included: it is not kept as the cause.
      return new RequestTimeoutError(`${where} got no response in time${applied}`);
    }
    // Duck-typed, not instanceof: fetch's errors may come from another realm.
    type Failure = { message?: unknown; cause?: unknown } | undefined;
    const outer = (typeof error === 'object' && error !== null ? error : undefined) as Failure;
    const inner = (typeof outer?.cause === 'object' && outer.cause !== null ? outer.cause : undefined) as Failure;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const reason = text(inner?.message) ?? text(outer?.message) ?? String(error);
    const failure = new ConnectionError(`${where} failed: ${reason}`, { cause: error });
    failure.code = failureCode(error);
    return failure;
  }

  /** @internal */
  [inspect.custom](): string {
    return `Connection { baseUrl: '${this.baseUrl.href}', token: [REDACTED] }`;
  }
}

/** The call a ky hook runs for, from the context {@link Connection.request} gave ky. */
function callOf(options: { context: Record<string, unknown> }): Call {
  return options.context.call as Call;
}

/** The hourly budget a response reports (`ratelimit-limit`, `-remaining` and `-reset`), when it reports all three. */
function hourlyBudget(headers: Headers): Pick<RateLimit, 'limit' | 'remaining' | 'resetAt'> | undefined {
  const limit = Number(headers.get('ratelimit-limit'));
  const remaining = Number(headers.get('ratelimit-remaining'));
  const resetAt = resetDate(headers);
  return headers.has('ratelimit-remaining') && Number.isFinite(limit) && Number.isFinite(remaining) && resetAt ? { limit, remaining, resetAt } : undefined;
}

/**
 * Deno's fetch errors carry no code, only a message (`tcp connect error: Connection refused (os
 * error 111)`, `dns error: ...`): the codes of failures before anything was sent are read from it.
 */
const MESSAGE_CODES: Array<[RegExp, string]> = [
  [/\bconnect error: connection refused\b/i, 'ECONNREFUSED'],
  [/\bdns error: .*\btemporary failure\b/i, 'EAI_AGAIN'],
  [/\bdns error: /i, 'ENOTFOUND'],
];

/** The system error code of a network failure (`ECONNREFUSED`), on the error or its cause. */
function failureCode(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const field = (value: unknown, name: 'code' | 'message') => {
    const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
    return typeof found === 'string' ? found : undefined;
  };
  const code = field(cause, 'code') ?? field(error, 'code');
  if (code !== undefined) return code;
  const message = `${field(cause, 'message') ?? ''}\n${field(error, 'message') ?? ''}`;
  return MESSAGE_CODES.find(([pattern]) => pattern.test(message))?.[1];
}
