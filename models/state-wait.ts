import type { Connection } from '../lib/connection.js';
import { Coalescer, type WaitOptions } from '../lib/polling.js';
import { ResourceFailedError } from '../lib/resource-failed-error.js';

/** A model that reloads itself in place. */
interface Reloadable {
  reload(): Promise<unknown>;
}

/** What {@link waitForField} waits for. @internal */
export interface FieldWait<T, K extends keyof T> {
  /** The model's connection (its coalescer is shared by every wait of the kind). */
  connection: Connection;
  /** The kind of resource, e.g. `vpc_nat_gateway`. */
  kind: string;
  /** How the resource is named in messages, e.g. `NAT gateway 70e1b58d-...`. */
  what: string;
  /** The field holding the state. */
  field: K;
  /** The state awaited. */
  wanted: T[K];
  /** States from which it will not reach `wanted`: the wait rejects with `ResourceFailedError`. */
  failed?: ReadonlyArray<T[K]>;
}

/**
 * Polls `model` (reloading it in place through the kind's shared coalescer) until `field` is
 * `wanted` (string states compared regardless of case: the API writes some in both), and resolves to it.
 * @throws ResourceFailedError when it holds one of the `failed` states.
 * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
 * @internal
 */
export function waitForField<T extends Reloadable & object, K extends keyof T>(model: T, wait: FieldWait<T, K>, options?: WaitOptions<T>): Promise<T> {
  const { connection, kind, what, field, wanted, failed = [] } = wait;
  const coalescer = Coalescer.of<T>(connection, kind, async (subjects) => {
    await Promise.all(subjects.map((subject) => subject.reload()));
  });
  const same = (a: unknown, b: unknown) => (typeof a === 'string' && typeof b === 'string' ? a.toUpperCase() === b.toUpperCase() : a === b);
  const settled = (subject: T): boolean => {
    const current = subject[field];
    if (failed.some((state) => same(state, current))) throw new ResourceFailedError({ resource: subject, state: String(current), wanted: String(wanted), what, field: String(field) });
    return same(current, wanted);
  };
  return coalescer.wait(model, settled, `${what} to become ${String(wanted)}`, options);
}
