import { DigitalOcean, Paginator, ValidationError, type Model } from '../lib/index.js';
import { toModel } from '../lib/fields.js';
import { fixture, json, stubApi, testClient } from './helpers.js';

/** One API operation as a unit test sees it: the call, the exact request, the reply, and what it resolves to. */
export interface Operation {
  /** What is called, e.g. `client.sshKeys.get(id)`. */
  name: string;
  call: (client: DigitalOcean) => Promise<unknown> | Paginator<unknown>;
  method: string;
  path: string;
  query?: Record<string, string>;
  /** The exact JSON body expected; none when left out. */
  body?: unknown;
  status: number;
  /** The reply body's fixture; none when left out. */
  reply?: string;
  /** Checks the hydrated result. */
  result: (value: unknown) => void;
}

/** The query of a first page of 200. */
export const PAGE = { page: '1', per_page: '200' };

/** A model of `cls` built from `fixture(name)[key]` and attached to `client`, as if loaded. */
export function loaded<T extends Model>(client: DigitalOcean, cls: new () => T, name: string, key: string): T {
  return client.attach(toModel(cls, fixture<Record<string, object>>(name)[key]));
}

/** Expects one model of `cls` equal to `fixture(name)[key]`. */
export function one(cls: abstract new () => Model, name: string, key: string): (value: unknown) => void {
  return (value) => {
    expect(value).toBeInstanceOf(cls);
    expect(json(value)).toEqual(fixture<Record<string, unknown>>(name)[key]);
  };
}

/** Expects a model of `cls` equal to the whole `fixture(name)` (an answer not wrapped in a key). */
export function whole(cls: abstract new () => object, name: string): (value: unknown) => void {
  return (value) => {
    expect(value).toBeInstanceOf(cls);
    expect(json(value)).toEqual(fixture(name));
  };
}

/** Expects models of `cls` equal to the array `fixture(name)[key]`, which must not be empty. */
export function many(cls: abstract new () => Model, name: string, key: string): (value: unknown) => void {
  return (value) => {
    const expected = fixture<Record<string, unknown[]>>(name)[key];
    // An empty fixture would check neither the class nor a single field.
    expect(expected.length).toBeGreaterThan(0);
    expect(Array.isArray(value)).toBe(true);
    expect(value).toHaveLength(expected.length);
    for (const item of value as unknown[]) expect(item).toBeInstanceOf(cls);
    expect(json(value)).toEqual(expected);
  };
}

/** Expects nothing back (a 204). */
export function nothing(value: unknown): void {
  expect(value).toBeUndefined();
}

/** One test per operation: the exact request (method, path, query, body, headers) and the hydrated result. */
export function itSends(operations: Operation[]): void {
  it.each(operations.map((op) => [op.name, op] as const))('%s sends the exact request and resolves to the hydrated result', async (_name, op) => {
    let sent: unknown;
    stubApi(op.method, op.path, op.query ?? {}).reply(op.status, (_uri, body) => {
      sent = body;
      return op.reply ? fixture(op.reply) : '';
    });
    const pending = op.call(testClient());
    const value = pending instanceof Paginator ? await pending.all() : await pending;
    expect(sent).toEqual(op.body === undefined ? '' : op.body);
    op.result(value);
  });
}

/** One test per bad call: a ValidationError naming `field`, and no request (no interceptor is defined). */
export function itRefuses(cases: Array<[string, (client: DigitalOcean) => Promise<unknown> | Paginator<unknown>, string]>): void {
  it.each(cases)('%s is refused with a ValidationError before any request', async (_name, call, field) => {
    const error = await (async () => {
      const pending = call(testClient());
      return pending instanceof Paginator ? pending.all() : pending;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
  });
}
