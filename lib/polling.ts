import { AbortError, ValidationError, WaitTimeoutError } from './errors.js';

/** Options of every `wait*` method. */
export interface WaitOptions<T> {
  /** Milliseconds between two checks; default 5,000. */
  interval?: number;
  /** Milliseconds before the wait gives up with `WaitTimeoutError`; default 1,800,000 (30 minutes). */
  timeout?: number;
  /** Cancels the wait: it rejects with `AbortError` and stops polling at once. */
  signal?: AbortSignal;
  /** Called with the subject after every check. */
  onProgress?: (subject: T) => void;
}

/** Default milliseconds between two checks. */
export const DEFAULT_INTERVAL = 5_000;
/** Default milliseconds a wait may last. */
export const DEFAULT_WAIT_TIMEOUT = 30 * 60_000;

function abortError(signal: AbortSignal, what: string): AbortError {
  return new AbortError(`waiting for ${what} was aborted`, { cause: signal.reason });
}

/** Resolves after `ms`, or rejects with `AbortError` as soon as `signal` aborts; leaves no timer behind. */
export function sleep(ms: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal, what));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!, what));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function checkDuration(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    throw new ValidationError(name, `must be a number of milliseconds >= 0, got ${String(value)}`);
  }
}

/**
 * The one polling primitive behind every `wait*`: checks `subject` with `settled`, and until it
 * is settled sleeps `interval` and calls `refresh`. `settled` may throw to end the wait with an
 * error (an errored action). Resolves to the settled subject.
 */
export async function poll<T>(
  subject: T,
  refresh: (signal: AbortSignal | undefined) => Promise<T>,
  settled: (subject: T) => boolean,
  what: string,
  options: WaitOptions<T> = {},
): Promise<T> {
  checkDuration('interval', options.interval);
  checkDuration('timeout', options.timeout);
  const interval = options.interval ?? DEFAULT_INTERVAL;
  const timeout = options.timeout ?? DEFAULT_WAIT_TIMEOUT;
  const { signal } = options;
  const deadline = Date.now() + timeout;
  if (signal?.aborted) throw abortError(signal, what);
  while (!settled(subject)) {
    const left = deadline - Date.now();
    if (left <= 0) throw new WaitTimeoutError(`${what} did not settle within ${timeout} ms`);
    await sleep(Math.min(interval, left), signal, what);
    try {
      subject = await refresh(signal);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal, what);
      throw error;
    }
    options.onProgress?.(subject);
  }
  return subject;
}
