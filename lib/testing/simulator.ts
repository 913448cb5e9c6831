import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { MODULES } from './resources/index.js';
import { routes } from './routes.js';
import { Refusal, World } from './world.js';

/** Options of {@link Simulator.start}. */
export interface SimulatorOptions {
  /** Port to listen on; default 0, a free one. */
  port?: number;
  /** Address to bind; default `127.0.0.1`. */
  host?: string;
  /** The token it accepts; default a random one. */
  token?: string;
  /** Milliseconds every action takes before it completes; default 500. */
  actionDurationMs?: number;
  /**
   * How many droplets the account may have at once, reported as `droplet_limit` by `GET /v2/account`;
   * a create (of one or of many) that would pass it is refused with the API's 422. Default 10,000.
   */
  dropletLimit?: number;
  /** Enforce the API's rate limits: 429 `too_many_requests` past them. Off by default. */
  rateLimit?: {
    /** Requests a minute window; default 250. */
    perMinute?: number;
    /** Requests an hour window; default 5,000. */
    perHour?: number;
    /** The minute window's length in milliseconds (sliding); default 60,000. Shorter scales the real limit down in time. */
    minuteMs?: number;
    /** The hour window's length in milliseconds (sliding); default 3,600,000. */
    hourMs?: number;
  };
  /** The clock, in milliseconds; default `Date.now`. */
  now?: () => number;
  /**
   * Random faults on a share of requests (`rate`, 0 to 1): 500, 502, 503, 429 with retry-after,
   * dropped connections, resets mid-body, HTML pages, truncated JSON and slow answers (`slowMs`,
   * default 2,000). `seed` makes the sequence repeatable.
   */
  randomFaults?: {
    /** The share of requests that fail, 0 to 1. */
    rate: number;
    /** Seeds the sequence; default 1. */
    seed?: number;
    /** Milliseconds a slow answer waits; default 2,000. */
    slowMs?: number;
  };
}

/**
 * A fault for requests matching `method` and `path` (a template such as `/v2/droplets/:id`;
 * `*` matches one segment, a trailing `/**` any rest). It applies `times` times (default once).
 *
 * - `status` (with optional `body` and `headers`): answer that instead of the real response;
 *   the body defaults to the API's error body for the status.
 * - `delayMs`: wait first (then answer normally, unless another option says otherwise).
 * - `drop`: destroy the connection without an answer.
 * - `malformed: 'truncated-json'`: answer 200 (or `status`) with JSON cut off mid-object;
 *   `'html'`: answer 502 (or `status`) with a proxy's HTML error page.
 * - `resetMidBody`: send the real status and headers and half the body, then reset the connection.
 */
export interface HttpFault {
  /** The method matched, e.g. `GET`; default any. */
  method?: string;
  /** The path template matched, e.g. `/v2/droplets/:id`; default any. */
  path?: string;
  /** How many requests it hits; default 1. */
  times?: number;
  /** Answer this status instead of the real response. */
  status?: number;
  /** The body sent with `status`; default the API's error body for it. */
  body?: unknown;
  /** Headers sent with `status` or `malformed`. */
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Destroy the connection without an answer. */
  drop?: boolean;
  /** Answer JSON cut off mid-object, or a proxy's HTML error page. */
  malformed?: 'truncated-json' | 'html';
  /** Send the real status, headers and half the body, then reset the connection. */
  resetMidBody?: boolean;
}

/** The next `times` actions of `actionType` (`*` for any) end `errored` instead of completing. */
export interface ActionFault {
  /** The action type, e.g. `snapshot`, or `*` for any. */
  actionType: string;
  /** How many actions end `errored`; default 1. */
  times?: number;
}

/** A fault that has been injected. */
export interface FaultHandle {
  /** How many requests it has hit so far. */
  readonly hits: number;
  /** Removes it before it is used up. */
  remove(): void;
}

/** One request and its answer, as the simulator saw them; emitted as `exchange`. */
export interface Exchange {
  /** The request's method. */
  method: string;
  /** Path and query as requested. */
  url: string;
  /** The official description's template of the operation answered, e.g. `/v2/droplets/{droplet_id}`. */
  route: string | undefined;
  /** The status answered; 0 when the connection was dropped. */
  status: number;
  /** The JSON body sent, if any. */
  body: unknown;
  /** Whether an injected fault shaped the answer. */
  faulted: boolean;
}

interface ActiveFault {
  fault: HttpFault;
  pattern: RegExp;
  left: number;
  hits: number;
}

const ERROR_IDS: Record<number, [string, string]> = {
  400: ['bad_request', 'The request could not be understood.'],
  401: ['unauthorized', 'Unable to authenticate you.'],
  403: ['forbidden', 'You do not have access for the attempted action.'],
  404: ['not_found', 'The resource you were accessing could not be found.'],
  422: ['unprocessable_entity', 'The request could not be processed.'],
  429: ['too_many_requests', 'API Rate limit exceeded.'],
  500: ['server_error', 'Unexpected server-side error'],
  502: ['bad_gateway', 'Bad gateway'],
  503: ['service_unavailable', 'The service is temporarily unavailable.'],
  504: ['gateway_timeout', 'Gateway timeout'],
};

const HTML_502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment === '**' ? '.*' : segment === '*' || segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * A local, in-memory DigitalOcean API v2 over real HTTP, for running provisioning scripts and
 * their tests offline. State starts with the real catalogue's regions, sizes, images and kernels;
 * droplets, images and actions behave as the API's do, actions completing after `actionDurationMs`.
 *
 * @example
 * ```ts
 * import { DigitalOcean } from 'digitalocean-models';
 * import { Simulator } from 'digitalocean-models/testing';
 *
 * const sim = await Simulator.start({ actionDurationMs: 200 });
 * const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url });
 * sim.injectFault({ method: 'GET', path: '/v2/droplets/:id', status: 503, times: 2 });
 * // ... the code under test ...
 * await sim.stop();
 * ```
 */
export class Simulator extends EventEmitter<{
  /** Every request and its answer. */
  exchange: [Exchange];
}> {
  /** The base URL to pass as `baseUrl`, ending in `/v2/`. */
  readonly url: string;
  /** A token the simulator accepts. */
  readonly token: string;
  /** The simulated state: the clock, actions, the catalogue, and each module's state (`world.state(module)`). */
  readonly world: World;
  readonly #server: Server;
  readonly #origin: string;
  readonly #router = routes(MODULES);
  readonly #faults: ActiveFault[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();
  /** The rate limits with their defaults, counted and reported in the headers even when not enforced. */
  readonly #limits: { perMinute: number; perHour: number; minuteMs: number; hourMs: number };
  /** Whether requests past the limits are refused (`rateLimit` given). */
  readonly #enforceLimits: boolean;
  readonly #hour: number[] = [];
  readonly #random: { rate: number; next: () => number; slowMs: number } | undefined;
  #requests = 0;
  #connections = 0;

  private constructor(server: Server, origin: string, token: string, world: World, options: SimulatorOptions) {
    super();
    this.#server = server;
    this.#origin = origin;
    this.url = `${origin}/v2/`;
    this.token = token;
    this.world = world;
    // Every module's state is made now, so that each hears the world's events from the start.
    for (const module of MODULES) world.state(module);
    const limits = options.rateLimit ?? {};
    this.#limits = { perMinute: limits.perMinute ?? 250, perHour: limits.perHour ?? 5000, minuteMs: limits.minuteMs ?? 60_000, hourMs: limits.hourMs ?? 3_600_000 };
    this.#enforceLimits = options.rateLimit !== undefined;
    if (options.randomFaults) {
      let state = (options.randomFaults.seed ?? 1) >>> 0 || 1;
      const next = () => {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return (state >>> 0) / 4_294_967_296;
      };
      this.#random = { rate: options.randomFaults.rate, next, slowMs: options.randomFaults.slowMs ?? 2_000 };
    }
  }

  /** Starts a simulator and resolves once it listens. */
  static async start(options: SimulatorOptions = {}): Promise<Simulator> {
    const limit = options.dropletLimit;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) throw new RangeError(`dropletLimit must be a whole number >= 0, got ${String(limit)}`);
    const world = new World({ actionDurationMs: options.actionDurationMs ?? 500, dropletLimit: limit, now: options.now });
    const token = options.token ?? `dop_v1_sim_${randomBytes(16).toString('hex')}`;
    const server = createServer({ keepAlive: true });
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const simulator = new Simulator(server, origin, token, world, options);
    server.on('request', (request, response) => void simulator.#handle(request, response));
    server.on('connection', () => simulator.#connections++);
    return simulator;
  }

  /** How many requests it has received. */
  get requestCount(): number {
    return this.#requests;
  }

  /** How many TCP connections clients have opened to it: far fewer than requests when sockets are reused. */
  get connectionCount(): number {
    return this.#connections;
  }

  /** Makes matching requests fail, or makes actions error. */
  injectFault(fault: HttpFault | ActionFault): FaultHandle {
    if ('actionType' in fault) {
      this.world.failActions(fault.actionType, fault.times ?? 1);
      return { hits: 0, remove: () => this.world.failActions(fault.actionType, -(fault.times ?? 1)) };
    }
    const active: ActiveFault = { fault, pattern: patternOf(fault.path ?? '/**'), left: fault.times ?? 1, hits: 0 };
    this.#faults.push(active);
    return {
      get hits() {
        return active.hits;
      },
      remove: () => {
        active.left = 0;
      },
    };
  }

  /** Removes every injected HTTP fault. */
  clearFaults(): void {
    this.#faults.length = 0;
  }

  /** Stops listening and closes every connection. */
  async stop(): Promise<void> {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, ms);
      this.#timers.add(timer);
    });
  }

  #takeFault(method: string, path: string): HttpFault | undefined {
    const active = this.#faults.find((f) => f.left > 0 && (!f.fault.method || f.fault.method.toUpperCase() === method) && f.pattern.test(path));
    if (!active) return this.#randomFault();
    active.left -= 1;
    active.hits += 1;
    return active.fault;
  }

  #randomFault(): HttpFault | undefined {
    const random = this.#random;
    if (!random || random.next() >= random.rate) return undefined;
    const faults: HttpFault[] = [
      { status: 500 },
      { status: 502 },
      { status: 503 },
      { status: 429, headers: { 'retry-after': '1' } },
      { drop: true },
      { resetMidBody: true },
      { malformed: 'html' },
      { malformed: 'truncated-json' },
      { delayMs: random.slowMs },
    ];
    return faults[Math.floor(random.next() * faults.length)];
  }

  /** Counts a request against the limits; answers how long to wait when it is over them. */
  #admit(now: number): { over: false } | { over: true; retryAfter?: number } {
    const hourAgo = now - this.#limits.hourMs;
    while (this.#hour.length && this.#hour[0] <= hourAgo) this.#hour.shift();
    if (!this.#enforceLimits) {
      this.#hour.push(now);
      return { over: false };
    }
    if (this.#hour.length >= this.#limits.perHour) return { over: true };
    const { minuteMs } = this.#limits;
    const minuteAgo = now - minuteMs;
    let inMinute = 0;
    for (let i = this.#hour.length - 1; i >= 0 && this.#hour[i] > minuteAgo; i--) inMinute++;
    if (inMinute >= this.#limits.perMinute) {
      const oldest = this.#hour[this.#hour.length - inMinute];
      return { over: true, retryAfter: Math.max(1, Math.ceil((oldest + minuteMs - now) / 1000)) };
    }
    this.#hour.push(now);
    return { over: false };
  }

  #rateHeaders(now: number, over: boolean): Record<string, string> {
    const limit = this.#limits.perHour;
    const oldest = this.#hour[0] ?? now;
    return {
      'ratelimit-limit': String(limit),
      'ratelimit-remaining': String(over ? 0 : Math.max(0, limit - this.#hour.length)),
      'ratelimit-reset': String(Math.ceil((oldest + this.#limits.hourMs) / 1000)),
    };
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.#requests += 1;
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', this.#origin);
    const requestId = randomUUID();
    const text = await readBody(request).catch(() => '');
    const exchange: Exchange = { method, url: url.pathname + url.search, route: undefined, status: 0, body: undefined, faulted: false };
    let limited = false;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}, raw?: string | Uint8Array) => {
      exchange.status = status;
      exchange.body = body;
      const payload = raw ?? (body === undefined ? '' : JSON.stringify(body));
      if (!response.destroyed && !response.headersSent) {
        response.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-request-id': requestId,
          ...this.#rateHeaders(this.world.now(), limited),
          ...headers,
        });
        response.end(payload);
      }
      this.emit('exchange', exchange);
    };

    const route = this.#router.match(method, url.pathname);
    exchange.route = route?.template;
    const fault = this.#takeFault(method, url.pathname);
    if (fault) {
      exchange.faulted = true;
      if (fault.delayMs) await this.#sleep(fault.delayMs);
      if (fault.drop) {
        request.socket.destroy();
        exchange.status = 0;
        this.emit('exchange', exchange);
        return;
      }
      if (fault.malformed === 'html') return send(fault.status ?? 502, undefined, { 'content-type': 'text/html', ...fault.headers }, HTML_502);
      if (fault.malformed === 'truncated-json') return send(fault.status ?? 200, undefined, fault.headers, '{"droplet": {"id": 3164444, "name": "web-');
      if (fault.status !== undefined) {
        const [id, message] = ERROR_IDS[fault.status] ?? ['error', 'Injected fault'];
        return send(fault.status, fault.body ?? { id, message, request_id: requestId }, fault.headers);
      }
    }

    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return send(401, { id: 'unauthorized', message: 'Unable to authenticate you' });
    }
    const now = this.world.now();
    const admitted = this.#admit(now);
    if (admitted.over) {
      limited = true;
      return send(
        429,
        { id: 'too_many_requests', message: 'API Rate limit exceeded.' },
        admitted.retryAfter === undefined ? {} : { 'retry-after': String(admitted.retryAfter) },
      );
    }

    this.world.advance();
    if (!route) return send(404, { id: 'not_found', message: 'The resource you were accessing could not be found.', request_id: requestId });
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return send(400, { id: 'bad_request', message: 'error parsing request body', request_id: requestId });
      }
    }
    try {
      const result = route.handler({ params: route.params, query: url.searchParams, body, world: this.world, origin: this.#origin, path: url.pathname, headers: request.headers });
      if (result.text) return send(result.status, undefined, { 'content-type': result.text.contentType }, result.text.body);
      const payload = result.body === undefined ? undefined : JSON.parse(JSON.stringify(result.body));
      if (fault?.resetMidBody && payload !== undefined) {
        const full = JSON.stringify(payload);
        exchange.status = result.status;
        response.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(full)), 'x-request-id': requestId });
        response.write(full.slice(0, Math.floor(full.length / 2)));
        setImmediate(() => request.socket.destroy());
        this.emit('exchange', exchange);
        return;
      }
      return send(result.status, payload);
    } catch (error) {
      if (error instanceof Refusal) return send(error.status, { id: error.id, message: error.message, request_id: requestId });
      return send(500, { id: 'server_error', message: `Unexpected server-side error: ${(error as Error).message}`, request_id: requestId });
    }
  }
}
