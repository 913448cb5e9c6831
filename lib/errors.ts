import type { Action } from '../models/action.js';

/** Base class of every error this package throws. */
export class DigitalOceanError extends Error {
  override name: string = 'DigitalOceanError';
}

/** The request a failed call made: method and path, never headers or the token. */
export interface RequestSummary {
  method: string;
  /** Path and query relative to the API origin, e.g. `/v2/droplets/3164444`. */
  path: string;
}

/** The API's error body: `{ id, message, request_id }`. */
export interface ApiErrorBody {
  id?: string;
  message?: string;
  request_id?: string;
  [key: string]: unknown;
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
  retryAfter: number | undefined;

  constructor(init: {
    status: number;
    id: string;
    message: string;
    requestId?: string;
    body?: ApiErrorBody | string;
    request: RequestSummary;
  }) {
    const where = `${init.request.method} ${init.request.path}`;
    const ref = init.requestId ? `, request ${init.requestId}` : '';
    super(`${init.status} ${init.id}: ${init.message} (${where}${ref})`);
    this.status = init.status;
    this.id = init.id;
    this.requestId = init.requestId;
    this.body = init.body;
    this.request = init.request;
  }
}

/** 401: the token is missing, wrong, expired or revoked. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}

/** 403: the token lacks the scope for this operation. */
export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
}

/** 404: no such resource. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}

/** 422: the API rejected the request's content (unknown size, locked droplet, ...). */
export class UnprocessableEntityError extends ApiError {
  override name = 'UnprocessableEntityError';
}

/** 429: the rate limit is spent. `resetAt` tells when the budget refills. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  /** When the API's `ratelimit-reset` says the budget refills, if it said. */
  resetAt: Date | undefined;
}

/** 5xx: the API failed. Also raised for a non-JSON error page from a proxy. */
export class ServerError extends ApiError {
  override name = 'ServerError';
}

/** The connection failed before a response arrived (refused, reset, DNS). */
export class ConnectionError extends DigitalOceanError {
  override name = 'ConnectionError';
  /** The system error code when there is one, e.g. `ECONNREFUSED`, `ECONNRESET`. */
  code: string | undefined;
}

/** No response arrived within the client's `timeout`. */
export class RequestTimeoutError extends DigitalOceanError {
  override name = 'RequestTimeoutError';
}

/** The client was configured wrongly: no token, a malformed or insecure base URL, a detached model. */
export class ConfigurationError extends DigitalOceanError {
  override name = 'ConfigurationError';
}

/** An argument broke a rule; raised before any request is sent. */
export class ValidationError extends DigitalOceanError {
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
  override name = 'PaginationError';
}

/** An awaited action ended with status `errored`. */
export class ActionFailedError extends DigitalOceanError {
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
  override name = 'WaitTimeoutError';
}

/** A call or wait was cancelled through its `signal`; `cause` is the signal's reason. */
export class AbortError extends DigitalOceanError {
  override name = 'AbortError';
}

const STATUS_ERRORS: Record<number, typeof ApiError> = {
  401: AuthenticationError,
  403: ForbiddenError,
  404: NotFoundError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

const DEFAULT_IDS: Record<number, string> = {
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
      : `the API answered ${status} with ${text === '' ? 'no body' : `a non-JSON body (${headers.get('content-type') ?? 'no content type'})`}`;
  const requestId = (typeof json?.request_id === 'string' ? json.request_id : undefined) ?? headers.get('x-request-id') ?? undefined;
  const ErrorClass = STATUS_ERRORS[status] ?? (status >= 500 ? ServerError : ApiError);
  const error = new ErrorClass({ status, id, message, requestId, body, request });
  if (error instanceof RateLimitError) error.resetAt = resetDate(headers);
  const retryAfter = Number(headers.get('retry-after'));
  if (headers.has('retry-after') && Number.isFinite(retryAfter) && retryAfter >= 0) error.retryAfter = retryAfter * 1000;
  return error;
}

/** Reads `ratelimit-reset` (Unix seconds) as a Date. */
export function resetDate(headers: Pick<Headers, 'get' | 'has'>): Date | undefined {
  const reset = Number(headers.get('ratelimit-reset'));
  return headers.has('ratelimit-reset') && Number.isFinite(reset) ? new Date(reset * 1000) : undefined;
}
