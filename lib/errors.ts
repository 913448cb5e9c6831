import type { Action } from '../models/action.js';

/** Base class of every error this package throws. */
export class DigitalOceanError extends Error {
  /** The class's name, e.g. `NotFoundError`: what `error.name` and the stack show. */
  override name: string = 'DigitalOceanError';
}

/** The request a failed call made: method and path, never headers or the token. */
export interface RequestSummary {
  /** The HTTP method, e.g. `GET`. */
  method: string;
  /** Path and query relative to the API origin, e.g. `/v2/droplets/3164444`. */
  path: string;
}

/** The API's error body: `{ id, message, request_id }`. */
export interface ApiErrorBody {
  /** The API's short error id, e.g. `not_found`. */
  id?: string;
  /** The API's explanation. */
  message?: string;
  /** The request's id, for support tickets. */
  request_id?: string;
  [key: string]: unknown;
}

/** What an {@link ApiError} is made of. */
export interface ApiErrorInit {
  /** HTTP status code. */
  status: number;
  /** The API's short error id, e.g. `not_found`. */
  id: string;
  /** The API's explanation; the error's message adds the status, id, request and request id. */
  message: string;
  /** The request id from the body or the `x-request-id` header. */
  requestId?: string;
  /** The parsed error body, or the raw text when it was not JSON. */
  body?: ApiErrorBody | string;
  /** The request that failed. */
  request: RequestSummary;
  /** Milliseconds the API asked to wait (`retry-after`). */
  retryAfter?: number;
}

/**
 * The API answered with a non-2xx status.
 *
 * @example
 * ```ts
 * try { await client.droplets.get(1); }
 * catch (e) { if (e instanceof NotFoundError) console.log(e.requestId); }
 * ```
 */
export class ApiError extends DigitalOceanError {
  /** The class's name, e.g. `NotFoundError`. */
  override name: string = 'ApiError';
  /** HTTP status code. */
  readonly status: number;
  /** The API's short error id, e.g. `not_found`. */
  readonly id: string;
  /** The request id from the body or the `x-request-id` header, for support tickets. */
  readonly requestId: string | undefined;
  /** The parsed error body, or the raw text when it was not JSON. */
  readonly body: ApiErrorBody | string | undefined;
  /** The request that failed. */
  readonly request: RequestSummary;
  /** How long the API asked to wait before trying again (`retry-after`), in milliseconds. */
  readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit) {
    const where = `${init.request.method} ${init.request.path}`;
    const ref = init.requestId ? `, request ${init.requestId}` : '';
    super(`${init.status} ${init.id}: ${init.message} (${where}${ref})`);
    this.status = init.status;
    this.id = init.id;
    this.requestId = init.requestId;
    this.body = init.body;
    this.request = init.request;
    this.retryAfter = init.retryAfter;
  }
}

/** 401: the token is missing, wrong, expired or revoked. */
export class AuthenticationError extends ApiError {
  /** Always `'AuthenticationError'`. */
  override name = 'AuthenticationError';
}

/** 403: the token lacks the scope for this operation. */
export class ForbiddenError extends ApiError {
  /** Always `'ForbiddenError'`. */
  override name = 'ForbiddenError';
}

/** 404: no such resource. */
export class NotFoundError extends ApiError {
  /** Always `'NotFoundError'`. */
  override name = 'NotFoundError';
}

/** 422: the API rejected the request's content (unknown size, locked droplet, ...). */
export class UnprocessableEntityError extends ApiError {
  /** Always `'UnprocessableEntityError'`. */
  override name = 'UnprocessableEntityError';
}

/** Which of the API's rate limits spoke: 250 requests a minute, or 5,000 an hour. */
export type RateLimitWindow = 'minute' | 'hour';

/**
 * 429: a rate limit is spent, as the API answered, or as the client knew before sending when the
 * wait would be longer than `maxRetryWait`. `window` tells which: `'minute'` (the 250-a-minute burst
 * limit, which answers with `retry-after`) or `'hour'` (the 5,000-an-hour budget); `resetAt` tells
 * when that one lets requests go again.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof RateLimitError) console.log(`${e.window} limit, try again at ${e.resetAt?.toISOString()}`); }
 * ```
 */
export class RateLimitError extends ApiError {
  /** Always `'RateLimitError'`. */
  override name = 'RateLimitError';
  /** The limit that spoke: `'minute'` when the answer had `retry-after` (or the burst limit held the request back), else `'hour'`. */
  readonly window: RateLimitWindow;
  /**
   * When that limit lets requests go again: now plus `retry-after` for the per-minute limit,
   * `ratelimit-reset` for the hourly one (`undefined` if the answer said neither); for a request
   * held back before sending, when the hold ends.
   */
  readonly resetAt: Date | undefined;

  constructor(init: ApiErrorInit & { window?: RateLimitWindow; resetAt?: Date }) {
    super(init);
    this.window = init.window ?? (init.retryAfter !== undefined ? 'minute' : 'hour');
    this.resetAt = init.resetAt;
  }
}

/** 5xx: the API failed. Also raised for a non-JSON error page from a proxy. */
export class ServerError extends ApiError {
  /** Always `'ServerError'`. */
  override name = 'ServerError';
}

/** The connection failed before a response arrived (refused, reset, DNS). */
export class ConnectionError extends DigitalOceanError {
  /** Always `'ConnectionError'`. */
  override name = 'ConnectionError';
  /** The system error code when there is one, e.g. `ECONNREFUSED`, `ECONNRESET`. */
  code: string | undefined;
}

/**
 * No whole response arrived within the client's `timeout`. For a POST or PATCH the API may still
 * have applied the request (a droplet may exist): the message says so, and it is never retried.
 */
export class RequestTimeoutError extends DigitalOceanError {
  /** Always `'RequestTimeoutError'`. */
  override name = 'RequestTimeoutError';
}

/** The client was configured wrongly: no token, a malformed or insecure base URL, a detached model. */
export class ConfigurationError extends DigitalOceanError {
  /** Always `'ConfigurationError'`. */
  override name = 'ConfigurationError';
}

/** An argument broke a rule; raised before any request is sent. */
export class ValidationError extends DigitalOceanError {
  /** Always `'ValidationError'`. */
  override name = 'ValidationError';
  /** The argument or field at fault, e.g. `id` or `attrs.name`. */
  readonly field: string;

  constructor(field: string, rule: string) {
    super(`${field} ${rule}`);
    this.field = field;
  }
}

/** A paginated listing answered with a `next` link that does not advance. */
export class PaginationError extends DigitalOceanError {
  /** Always `'PaginationError'`. */
  override name = 'PaginationError';
}

/** An awaited action ended with status `errored`. */
export class ActionFailedError extends DigitalOceanError {
  /** Always `'ActionFailedError'`. */
  override name = 'ActionFailedError';
  /** The errored action, as last loaded. */
  readonly action: Action;

  constructor(action: Action) {
    super(`action ${action.id} (${action.type} on ${action.resourceType} ${action.resourceId}) errored`);
    this.action = action;
  }
}

/** A wait did not settle within its `timeout`. */
export class WaitTimeoutError extends DigitalOceanError {
  /** Always `'WaitTimeoutError'`. */
  override name = 'WaitTimeoutError';
}

/** A call or wait was cancelled through its `signal`; `cause` is the signal's reason. */
export class AbortError extends DigitalOceanError {
  /** Always `'AbortError'`. */
  override name = 'AbortError';
}

const STATUS_ERRORS: Record<number, typeof ApiError> = {
  401: AuthenticationError,
  403: ForbiddenError,
  404: NotFoundError,
  422: UnprocessableEntityError,
};

const DEFAULT_IDS: Record<number, string> = {
  301: 'redirect',
  302: 'redirect',
  303: 'redirect',
  307: 'redirect',
  308: 'redirect',
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  422: 'unprocessable_entity',
  429: 'too_many_requests',
};

/**
 * Builds the error for a non-2xx response from its status, headers and body text.
 * A body that is not the API's JSON (an HTML page from a proxy) still gives a typed error.
 */
export function errorFromResponse(
  status: number,
  headers: Pick<Headers, 'get' | 'has'>,
  text: string,
  request: RequestSummary,
): ApiError {
  let body: ApiErrorBody | string | undefined = text === '' ? undefined : text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as ApiErrorBody;
  } catch {
    // not JSON: keep the text
  }
  const json = typeof body === 'object' ? body : undefined;
  const id = typeof json?.id === 'string' ? json.id : (DEFAULT_IDS[status] ?? (status >= 500 ? 'server_error' : 'error'));
  const message =
    typeof json?.message === 'string'
      ? json.message
      : status >= 300 && status <= 399
        ? `the API answered ${status}, a redirect, which is never followed (the token goes only to the base URL's host)`
        : `the API answered ${status} with ${text === '' ? 'no body' : `a non-JSON body (${headers.get('content-type') ?? 'no content type'})`}`;
  const requestId = (typeof json?.request_id === 'string' ? json.request_id : undefined) ?? headers.get('x-request-id') ?? undefined;
  const retryAfter = retryAfterMs(headers);
  const init = { status, id, message, requestId, body, request, retryAfter };
  if (status === 429) {
    const resetAt = retryAfter !== undefined ? new Date(Date.now() + retryAfter) : resetDate(headers);
    return new RateLimitError({ ...init, resetAt });
  }
  const ErrorClass = STATUS_ERRORS[status] ?? (status >= 500 ? ServerError : ApiError);
  return new ErrorClass(init);
}

/** Reads `ratelimit-reset` (Unix seconds) as a Date. */
export function resetDate(headers: Pick<Headers, 'get' | 'has'>): Date | undefined {
  const reset = Number(headers.get('ratelimit-reset'));
  return headers.has('ratelimit-reset') && Number.isFinite(reset) ? new Date(reset * 1000) : undefined;
}

/** Reads `retry-after` (whole seconds) as milliseconds; `undefined` when it is missing, empty or not a number >= 0. */
export function retryAfterMs(headers: Pick<Headers, 'get'>): number | undefined {
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
