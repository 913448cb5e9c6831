import { createHash } from 'node:crypto';
import type { RateLimitWindow } from '../errors.js';

/**
 * The shared budget of one token as a {@link RateLimitStore} sees it, with times relative to the
 * store's own clock (milliseconds from now), so that machines whose clocks differ read it alike.
 */
export interface RateLimitState {
  /** Requests allowed per hour. */
  limit: number;
  /** Requests left this hour: the last `ratelimit-remaining` any client saw, less what was admitted since. */
  remaining: number;
  /** Milliseconds until the hourly budget refills. */
  resetIn: number;
  /** Requests admitted in the last minute window, across every client that shares the store. */
  usedThisMinute: number;
  /** Which limit holds requests back now, if any. */
  heldBy?: RateLimitWindow;
  /** Milliseconds until requests may go again, while `heldBy` is set. */
  heldFor?: number;
}

/** {@link RateLimitStore.acquire} found a place: the request may go. */
export interface RateLimitGranted {
  /** The request may go. */
  granted: true;
  /** Identifies the place: hand it back with the response to {@link RateLimitStore.record}. */
  ticket: string;
  /** The budget, the place taken. */
  state: RateLimitState;
}

/** {@link RateLimitStore.acquire} found no place: ask again after `wait`. */
export interface RateLimitDenied {
  /** The request must wait. */
  granted: false;
  /** Which limit holds it back. */
  window: RateLimitWindow;
  /** Milliseconds until a place may be free. */
  wait: number;
  /** The budget as it stands. */
  state: RateLimitState;
}

/** The answer of {@link RateLimitStore.acquire}. */
export type RateLimitGrant = RateLimitGranted | RateLimitDenied;

/** What one response said about the rate limits, as {@link RateLimitStore.record} takes it. */
export interface RateLimitReport {
  /** The ticket {@link RateLimitStore.acquire} gave the request, if it had one. */
  ticket?: string;
  /** The response's status. */
  status: number;
  /** `ratelimit-limit`, when the response had the hourly headers. */
  limit?: number;
  /** `ratelimit-remaining`, when the response had the hourly headers. */
  remaining?: number;
  /** `ratelimit-reset` as epoch milliseconds, when the response had the hourly headers. */
  resetAt?: number;
  /** A 429's `retry-after`, in milliseconds: every client sharing the store holds until it passes. */
  retryAfter?: number;
}

/**
 * Where the clients of one token keep their shared rate-limit budget (`ClientOptions.rateLimitStore`).
 * Without one, each client paces itself on the responses it has seen, in memory. With one, every
 * attempt first takes a place from the store, and every response is reported to it.
 *
 * `key` is {@link rateLimitKey} of the token: an opaque, truncated SHA-256, never the token. A store
 * that fails (rejects) is skipped: the client then paces itself in memory, as without a store,
 * until the store answers again.
 */
export interface RateLimitStore {
  /** Takes one request's place in the budget of `key`, or tells how long every client must wait. */
  acquire(key: string): Promise<RateLimitGrant>;
  /** Tells the store what a response said: the truth about the hour, and a 429's hold on the minute. */
  record(key: string, report: RateLimitReport): Promise<RateLimitState>;
}

/**
 * The store key of a token: `sha256(token)`, hex, cut to 32 characters (128 bits). One-way: the
 * token cannot be read back from it, so it is what a store may write down instead of the token.
 */
export function rateLimitKey(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 32);
}
