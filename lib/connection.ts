import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { inspect } from 'node:util';
import {
  AbortError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  DigitalOceanError,
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
  /** How many times an idempotent request (GET, HEAD, PUT, DELETE) is retried on 429, 5xx or a network error; default 2. */
  maxRetries?: number;
  /** The longest wait, in milliseconds, a retry may take when the API asks to wait (`retry-after`); default 60,000. */
  maxRetryWait?: number;
  /** Appended to the `User-Agent` header, e.g. `my-tool/1.2`. */
  userAgent?: string;
  /** The fetch implementation under ky; default the global `fetch`. */
  fetch?: typeof globalThis.fetch;
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
 * The one connection a client and all its models share: ky instance, auth, base URL,
 * user agent, timeout, retries, rate-limit bookkeeping and hydration.
 */
export class Connection {
  /** The API base URL, always ending in `/`. */
  readonly baseUrl: URL;
  #token: string;
  #ky: KyInstance;
  #rateLimit: RateLimit | undefined;

  constructor(options: ClientOptions = {}) {
    this.#token = readToken(options.token);
    this.baseUrl = parseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    const timeout = options.timeout ?? 30_000;
    if (!(Number.isFinite(timeout) && timeout > 0)) throw new ConfigurationError('timeout must be a positive number of milliseconds');
    const maxRetries = options.maxRetries ?? 2;
    if (!(Number.isInteger(maxRetries) && maxRetries >= 0)) throw new ConfigurationError('maxRetries must be a whole number >= 0');
    const userAgent = `digitalocean-models/${VERSION}${options.userAgent ? ` ${options.userAgent}` : ''}`;
    this.#ky = ky.create({
      prefixUrl: this.baseUrl.href,
      timeout,
      fetch: options.fetch,
      retry: {
        limit: maxRetries,
        methods: ['get', 'head', 'put', 'delete'],
        statusCodes: [429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: options.maxRetryWait ?? 60_000,
      },
      headers: { accept: 'application/json', 'user-agent': userAgent },
      hooks: {
        beforeRequest: [(request) => request.headers.set('authorization', `Bearer ${this.#token}`)],
        afterResponse: [(_request, _options, response) => this.#observe(response)],
      },
    });
  }

  /** The rate-limit budget as the last response reported it, or `undefined` before the first. */
  get rateLimit(): RateLimit | undefined {
    return this.#rateLimit;
  }

  /**
   * Sends one request and resolves to its parsed JSON body (`undefined` for 204).
   * Maps every failure to a {@link DigitalOceanError}.
   */
  async request<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    const searchParams = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) searchParams.set(key, String(value));
    const summary: RequestSummary = {
      method,
      path: new URL(path, this.baseUrl).pathname + (searchParams.size ? `?${searchParams}` : ''),
    };
    let text: string;
    let response: Response;
    try {
      response = await this.#ky(path, { method, searchParams, json: options.json, signal: options.signal });
      text = await response.text();
    } catch (error) {
      throw await this.#translate(error, summary, options.signal);
    }
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError({
        status: response.status,
        id: 'invalid_response',
        message: `the response body is not valid JSON (${response.headers.get('content-type') ?? 'no content type'})`,
        requestId: response.headers.get('x-request-id') ?? undefined,
        body: text,
        request: summary,
      });
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
    const model = toModel(cls, plain);
    bindConnection(model, this);
    return model;
  }

  /** Gives this connection to a model built by hand, and to its nested models. */
  attach<T extends Model>(model: T): T {
    bindConnection(model, this);
    return model;
  }

  #observe(response: Response): void {
    const limit = Number(response.headers.get('ratelimit-limit'));
    const remaining = Number(response.headers.get('ratelimit-remaining'));
    const resetAt = resetDate(response.headers);
    if (response.headers.has('ratelimit-remaining') && Number.isFinite(limit) && Number.isFinite(remaining) && resetAt) {
      this.#rateLimit = { limit, remaining, resetAt };
    }
  }

  async #translate(error: unknown, request: RequestSummary, signal?: AbortSignal): Promise<DigitalOceanError> {
    if (error instanceof DigitalOceanError) return error;
    if (error instanceof HTTPError) {
      // The Request object carries the Authorization header: redact it before keeping the error as cause.
      error.request.headers.set('authorization', 'Bearer [REDACTED]');
      const text = await error.response.text().catch(() => '');
      return Object.assign(errorFromResponse(error.response.status, error.response.headers, text, request), { cause: error });
    }
    if (signal?.aborted) return new AbortError(`${request.method} ${request.path} was aborted`, { cause: signal.reason });
    if (error instanceof TimeoutError) {
      error.request.headers.set('authorization', 'Bearer [REDACTED]');
      return new RequestTimeoutError(`${request.method} ${request.path} got no response in time`, { cause: error });
    }
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return new ConnectionError(`${request.method} ${request.path} failed: ${reason}`, { cause: error });
  }

  /** @internal */
  [inspect.custom](): string {
    return `Connection { baseUrl: '${this.baseUrl.href}', token: [REDACTED] }`;
  }
}
