import { AbortError, ValidationError, WaitTimeoutError } from './errors.js';

/** Options of every `wait*` method. */
export interface WaitOptions<T> {
  /** Milliseconds between two checks; default 5,000. */
  interval?: number;
  /** Milliseconds before the wait gives up with `WaitTimeoutError`; default 1,800,000 (30 minutes). */
  timeout?: number;
  /** Cancels the wait: it rejects with `AbortError` and stops polling at once. */
  signal?: AbortSignal;
  /** Called with the subject each time it has been reloaded, before it is checked (not for the first check, made before any reload). */
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

interface Waiter<T> {
  subject: T;
  settled: (subject: T) => boolean;
  what: string;
  interval: number;
  timeout: number;
  deadline: number;
  due: number;
  options: WaitOptions<T>;
  resolve: (subject: T) => void;
  reject: (error: unknown) => void;
  onAbort?: () => void;
}

/**
 * The one polling primitive behind every `wait*`. A wait checks its subject with `settled` and,
 * until it is settled, has it refreshed every `interval` until `timeout`; `settled` may throw to
 * end the wait with an error (an errored action). Waits on one coalescer share their refreshes:
 * every waiter whose interval has come is refreshed by one call of `refresh` (one listing request
 * for many actions instead of one request each), and each waiter's promise settles on its own,
 * with its own timeout, signal and progress callback. An abort ends the wait at once and, when it
 * was the last, clears the coalescer's timer.
 */
export class Coalescer<T> {
  static readonly #shared = new WeakMap<object, Map<string, Coalescer<unknown>>>();

  /** The one coalescer of `owner` (a connection) for one kind of subject, made on first use. */
  static of<T>(owner: object, kind: string, refresh: (subjects: T[]) => Promise<void>): Coalescer<T> {
    let kinds = Coalescer.#shared.get(owner);
    if (!kinds) Coalescer.#shared.set(owner, (kinds = new Map()));
    let coalescer = kinds.get(kind) as Coalescer<T> | undefined;
    if (!coalescer) kinds.set(kind, (coalescer = new Coalescer<T>(refresh)) as Coalescer<unknown>);
    return coalescer;
  }

  readonly #refresh: (subjects: T[]) => Promise<void>;
  readonly #waiters = new Set<Waiter<T>>();
  #timer: NodeJS.Timeout | undefined;
  #sweeping = false;

  constructor(refresh: (subjects: T[]) => Promise<void>) {
    this.#refresh = refresh;
  }

  /** Waits for `subject` to be settled, sharing refreshes with every other wait of this coalescer. */
  wait(subject: T, settled: (subject: T) => boolean, what: string, options: WaitOptions<T> = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      checkDuration('interval', options.interval);
      checkDuration('timeout', options.timeout);
      const { signal } = options;
      if (signal?.aborted) return reject(abortError(signal, what));
      if (settled(subject)) return resolve(subject);
      const interval = options.interval ?? DEFAULT_INTERVAL;
      const timeout = options.timeout ?? DEFAULT_WAIT_TIMEOUT;
      const now = Date.now();
      const waiter: Waiter<T> = { subject, settled, what, interval, timeout, deadline: now + timeout, due: now + interval, options, resolve, reject };
      if (signal) {
        waiter.onAbort = () => this.#finish(waiter, abortError(signal, what));
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#waiters.add(waiter);
      this.#schedule();
    });
  }

  #finish(waiter: Waiter<T>, error: unknown, subject?: T): void {
    if (!this.#waiters.delete(waiter)) return;
    if (waiter.onAbort) waiter.options.signal?.removeEventListener('abort', waiter.onAbort);
    if (error === undefined) waiter.resolve(subject as T);
    else waiter.reject(error);
    if (this.#waiters.size === 0 && this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }

  #schedule(): void {
    if (this.#timer || this.#sweeping || this.#waiters.size === 0) return;
    let next = Number.POSITIVE_INFINITY;
    for (const w of this.#waiters) next = Math.min(next, w.due, w.deadline);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#sweep();
    }, Math.max(0, next - Date.now()));
  }

  async #sweep(): Promise<void> {
    this.#sweeping = true;
    try {
      const now = Date.now();
      for (const w of this.#waiters) {
        if (now >= w.deadline) this.#finish(w, new WaitTimeoutError(`${w.what} did not settle within ${w.timeout} ms`));
      }
      // Waits that fall due about now go along with this round rather than costing one of their own.
      const due = [...this.#waiters].filter((w) => w.due <= now + Math.max(10, w.interval / 4));
      if (due.length === 0) return;
      try {
        await this.#refresh([...new Set(due.map((w) => w.subject))]);
      } catch (error) {
        for (const w of due) this.#finish(w, error);
        return;
      }
      for (const w of due) {
        if (!this.#waiters.has(w)) continue;
        w.options.onProgress?.(w.subject);
        let done: boolean;
        try {
          done = w.settled(w.subject);
        } catch (error) {
          this.#finish(w, error);
          continue;
        }
        if (done) this.#finish(w, undefined, w.subject);
        else w.due = Date.now() + w.interval;
      }
    } finally {
      this.#sweeping = false;
      this.#schedule();
    }
  }
}
