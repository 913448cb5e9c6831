import { readFileSync } from 'node:fs';
import nock from 'nock';
import { DigitalOcean, VERSION, type ClientOptions } from '../lib/index.js';

/** The token every unit-test client uses; asserted absent from output. */
export const TOKEN = 'dop_v1_test0123456789abcdef';
/** The API origin unit tests intercept. */
export const ORIGIN = 'https://api.digitalocean.com';

/** A client for unit tests: no retries, so one interceptor is one request. */
export function testClient(options: ClientOptions = {}): DigitalOcean {
  return new DigitalOcean({ token: TOKEN, maxRetries: 0, ...options });
}

/** A fixture body from tests/fixtures/<name>.json, parsed fresh each call. */
export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** Raw fixture text, for non-JSON bodies. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/**
 * Intercepts one request to the API that carries the client's auth, user agent and accept headers.
 * `path` is absolute (`/v2/droplets/1`); the query must match exactly (`{}` for none).
 */
export function stubApi(method: string, path: string, query: Record<string, string> = {}): nock.Interceptor {
  return nock(ORIGIN)
    .matchHeader('authorization', `Bearer ${TOKEN}`)
    .matchHeader('user-agent', `digitalocean-models/${VERSION}`)
    .matchHeader('accept', 'application/json')
    .intercept(path, method)
    .query(query);
}

/** Headers of a normal API response. */
export const RATE_HEADERS = {
  'ratelimit-limit': '5000',
  'ratelimit-remaining': '4816',
  'ratelimit-reset': '1742468761',
  'content-type': 'application/json; charset=utf-8',
  'x-request-id': 'b1d5c3a2-0e4f-4a77-9d2c-6f8e1a3b5c7d',
};

/** Replaces the fixture's JSON shape of a model for comparison with `JSON.stringify(model)`. */
export function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
