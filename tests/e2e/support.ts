import { existsSync } from 'node:fs';
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { DigitalOcean, type ClientOptions } from '../../lib/index.js';
import { Simulator, type Exchange, type SimulatorOptions } from '../../lib/testing/index.js';
import { loadDescription, SPEC_PATH } from '../../spec/description.js';

const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

/** A response that did not match its operation's schema. */
export interface Violation {
  operation: string;
  status: number;
  errors: string[];
}

/**
 * Validates every answer a simulator sends against the response schema of its operation in the
 * official OpenAPI description (deliberately faulted answers excepted).
 */
export class Conformance {
  /** Validated answers per `METHOD /template status`. */
  readonly checked = new Map<string, number>();
  readonly violations: Violation[] = [];
  readonly #validators = new Map<string, { validate?: ValidateFunction } | null>();
  readonly #ajv: InstanceType<typeof Ajv>;

  /** Throws when the description is missing: a conformance check never silently turns itself off. */
  constructor() {
    if (!existsSync(SPEC_PATH)) {
      throw new Error(`the official OpenAPI description is missing: ${SPEC_PATH} not found (it belongs to the repository: see spec/README.md)`);
    }
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, unicodeRegExp: false });
    addFormats(ajv);
    for (const format of ['float', 'double', 'int32', 'int64', 'uint32', 'uint64']) ajv.addFormat(format, { type: 'number', validate: () => true });
    // The description writes `format: string` on some ids: nothing to check.
    ajv.addFormat('string', { type: 'string', validate: () => true });
    // An IPv4 block such as 192.168.0.0/20, as the description writes cluster subnets.
    ajv.addFormat('cidr', { type: 'string', validate: (value: string) => /^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/.test(value) });
    ajv.addSchema({ $id: 'do', components: loadDescription().components });
    this.#ajv = ajv;
  }

  /** Checks one exchange. */
  check(exchange: Exchange): void {
    if (exchange.faulted || !exchange.route || exchange.status === 0) return;
    const key = `${exchange.method} ${exchange.route} ${exchange.status}`;
    let validate: ValidateFunction | undefined | null;
    try {
      validate = this.#validator(exchange.method, exchange.route, exchange.status);
    } catch (error) {
      this.violations.push({ operation: key, status: exchange.status, errors: [`the schema does not compile: ${(error as Error).message}`] });
      return;
    }
    if (validate === null) {
      this.violations.push({ operation: key, status: exchange.status, errors: ['the description declares no such response'] });
      return;
    }
    this.checked.set(key, (this.checked.get(key) ?? 0) + 1);
    if (validate === undefined) {
      if (exchange.body !== undefined) this.violations.push({ operation: key, status: exchange.status, errors: ['a body where the description declares none'] });
      return;
    }
    if (!validate(exchange.body)) {
      this.violations.push({ operation: key, status: exchange.status, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) });
    }
  }

  /** The validator of an operation's response: `undefined` for a response without a body, `null` when not declared. */
  #validator(method: string, route: string, status: number): ValidateFunction | undefined | null {
    const key = `${method} ${route} ${status}`;
    if (!this.#validators.has(key)) this.#validators.set(key, this.#compile(method, route, status));
    const entry = this.#validators.get(key)!;
    return entry === null ? null : entry.validate;
  }

  #compile(method: string, route: string, status: number): { validate?: ValidateFunction } | null {
    const operation = loadDescription().paths[route]?.[method.toLowerCase()];
    const declared = operation?.responses[String(status)] ?? operation?.responses.default;
    if (!declared) return null;
    if (!declared.$ref) {
      // A response declared inline: its schema, with its references pointed at the shared components.
      const schema = (declared.content?.['application/json'] as { schema?: unknown } | undefined)?.schema;
      return schema === undefined ? {} : { validate: this.#ajv.compile(JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"do#/'))) };
    }
    const hasJson = Boolean(this.#resolve(declared.$ref).content?.['application/json']);
    if (!hasJson) return {};
    return { validate: this.#ajv.compile({ $ref: `${declared.$ref.replace('#/', 'do#/')}/content/application~1json/schema` }) };
  }

  #resolve(ref: string): { content?: Record<string, unknown> } {
    let node: unknown = loadDescription();
    for (const part of ref.replace('#/', '').split('/')) node = (node as Record<string, unknown>)[part];
    return node as { content?: Record<string, unknown> };
  }
}

/** A simulator with a client on it, whose every answer is checked for conformance. */
export interface Harness {
  sim: Simulator;
  client: DigitalOcean;
  conformance: Conformance;
}

/** Starts a simulator (fast actions by default) and a client for it. */
export async function startHarness(options: SimulatorOptions = {}, clientOptions: ClientOptions = {}): Promise<Harness> {
  const sim = await Simulator.start({ actionDurationMs: 30, ...options });
  const conformance = new Conformance();
  sim.on('exchange', (exchange) => conformance.check(exchange));
  const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, maxRetries: 0, ...clientOptions });
  return { sim, client, conformance };
}

/**
 * Starts a harness (as {@link startHarness}) before the suite's tests and stops it after them. The
 * harness returned reads the one started: use it in hooks and tests, not while the suite is declared.
 * A `beforeAll` declared after this call runs once the harness is up.
 */
export function useHarness(options: SimulatorOptions = {}, clientOptions: ClientOptions = {}): Harness {
  let started: Harness | undefined;
  const current = (): Harness => {
    if (!started) throw new Error('the harness starts before the first test: read it in a hook or a test');
    return started;
  };
  beforeAll(async () => {
    started = await startHarness(options, clientOptions);
  });
  afterAll(async () => {
    await started?.sim.stop();
  });
  return {
    get sim() {
      return current().sim;
    },
    get client() {
      return current().client;
    },
    get conformance() {
      return current().conformance;
    },
  };
}

/** Declares the test that every answer of the suite's simulator conformed to the description. */
export function itConforms(harness: () => Harness): void {
  it('sent only answers that conform to the official OpenAPI description', () => {
    const { conformance } = harness();
    expect(conformance.checked.size).toBeGreaterThan(0);
    expect(conformance.violations).toEqual([]);
    if (process.env.CONFORMANCE_REPORT) console.log([...conformance.checked].map(([k, n]) => `${k}: ${n}`).join('\n'));
  });
}

/** Wait options fast enough for the simulator's short actions. */
export const FAST = { interval: 10, timeout: 10_000 };
