import ky from 'ky';
import { EventEmitter } from 'node:events';
import { Agent, request } from 'undici';

/** @internal One request as the connection sends it: an absolute URL, a method and an optional JSON text body. */
export interface Outgoing {
  method: string;
  url: string;
  /** JSON text; sent with `content-type: application/json`. */
  body: string | undefined;
  signal: AbortSignal | undefined;
}

/** @internal The headers of an answer, read by name. The WHATWG `Headers` is one. */
export interface ReplyHeaders {
  get(name: string): string | null;
  has(name: string): boolean;
}

/** @internal One whole answer, whatever its status. */
export interface Reply {
  status: number;
  headers: ReplyHeaders;
  text: string;
}

/**
 * @internal Sends one request and resolves to the whole answer, whatever its status. Rejects with
 * {@link TransportTimeout} past the timeout, and otherwise with the network's own error.
 */
export type Transport = (outgoing: Outgoing) => Promise<Reply>;

/** @internal What every request of a connection carries. */
export interface TransportOptions {
  /** `accept`, `user-agent` and `authorization`. */
  headers: Readonly<Record<string, string>>;
  /** Milliseconds from sending to the whole body. */
  timeout: number;
}

/** @internal A request got no whole answer within the timeout. */
export class TransportTimeout extends Error {
  override readonly name = 'TransportTimeout';
}

const JSON_TYPE = { 'content-type': 'application/json' } as const;

/** Undici's headers: a plain object with lower-case names. */
class RawHeaders implements ReplyHeaders {
  readonly #raw: Record<string, string | string[] | undefined>;

  constructor(raw: Record<string, string | string[] | undefined>) {
    this.#raw = raw;
  }

  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.#raw[name.toLowerCase()] !== undefined;
  }
}

/**
 * What cancels one request: undici takes an `EventEmitter` with `aborted` and `reason` as its
 * signal, and one costs a fraction of an `AbortController` and its `AbortSignal`.
 */
class Cancel extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }
}

/**
 * Ends one request at its deadline or when the caller's signal aborts, whichever comes first, through
 * `cancel`; `done()` must follow the last read of the body.
 */
class Deadline {
  timedOut = false;
  readonly #timer: NodeJS.Timeout;
  readonly #signal: AbortSignal | undefined;
  readonly #forward: (() => void) | undefined;

  constructor(cancel: { abort(reason?: unknown): void }, timeout: number, signal: AbortSignal | undefined) {
    signal?.throwIfAborted();
    this.#timer = setTimeout(() => {
      this.timedOut = true;
      cancel.abort();
    }, timeout);
    if (signal) {
      this.#signal = signal;
      this.#forward = () => cancel.abort(signal.reason);
      signal.addEventListener('abort', this.#forward, { once: true });
    }
  }

  done(): void {
    clearTimeout(this.#timer);
    if (this.#forward) this.#signal?.removeEventListener('abort', this.#forward);
  }
}

/**
 * The default transport: `undici.request` on a keep-alive agent, with no WHATWG `Request`,
 * `Response` or `Headers` built per call, which on Node 20 cost more than the request itself.
 * Idle sockets are kept for reuse and never hold the process open.
 */
export function undiciTransport(options: TransportOptions): Transport {
  const agent = new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000, connections: 64 });
  const plain = { ...options.headers };
  const withBody = { ...options.headers, ...JSON_TYPE };
  return async ({ method, url, body, signal }) => {
    const cancel = new Cancel();
    const deadline = new Deadline(cancel, options.timeout, signal);
    try {
      const res = await request(url, {
        method: method as 'GET',
        headers: body === undefined ? plain : withBody,
        body,
        signal: cancel,
        dispatcher: agent,
      });
      return { status: res.statusCode, headers: new RawHeaders(res.headers), text: await res.body.text() };
    } catch (error) {
      if (deadline.timedOut) throw new TransportTimeout(`no whole answer within ${options.timeout} ms`);
      throw error;
    } finally {
      deadline.done();
    }
  };
}

/**
 * The transport over a `fetch` of the caller's choosing, driven by ky. The token is set in a
 * `beforeRequest` hook, so it never sits in ky's options.
 */
export function kyTransport(fetch: typeof globalThis.fetch, options: TransportOptions): Transport {
  const { authorization, ...headers } = options.headers;
  const client = ky.create({
    fetch,
    headers,
    // The deadline below covers the body too; ky's own timeout ends when the headers arrive.
    timeout: false,
    retry: 0,
    throwHttpErrors: false,
    hooks: { beforeRequest: [(req) => void req.headers.set('authorization', authorization)] },
  });
  return async ({ method, url, body, signal }) => {
    const controller = new AbortController();
    const deadline = new Deadline(controller, options.timeout, signal);
    const call = { method, signal: controller.signal };
    try {
      const response = await client(url, body === undefined ? call : { ...call, body, headers: JSON_TYPE });
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      if (deadline.timedOut) throw new TransportTimeout(`no whole answer within ${options.timeout} ms`);
      throw error;
    } finally {
      deadline.done();
    }
  };
}
