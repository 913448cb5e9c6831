// The runtime-neutral end-to-end suite: plain JavaScript that Node, Bun and Deno all run as it is,
// against the packaged library (installed from its tarball) and a simulator in another process.
//
//   <runtime> e2e.mjs '<the JSON line simulator.mjs prints>'
//
// Prints one line per case and, last, "N passed, N failed". It never calls process.exit: the
// runner checks that the process ends on its own, so no timer or socket of the library keeps it alive.
import assert from 'node:assert/strict';
import process from 'node:process';
import { inspect } from 'node:util';
import {
  AbortError,
  Action,
  ApiError,
  ConfigurationError,
  ConnectionError,
  DigitalOcean,
  DigitalOceanError,
  Droplet,
  NotFoundError,
  Paginator,
  Region,
  RequestTimeoutError,
  ServerError,
  ValidationError,
  VERSION,
} from 'digitalocean-models';

const { url, token, control, closed } = JSON.parse(process.argv[2] ?? '{}');
if (!url || !token || !control || !closed) throw new Error("usage: e2e.mjs '<the JSON line simulator.mjs prints>'");

// ---- a tiny harness -------------------------------------------------------------------------
const cases = [];
const test = (name, fn) => cases.push({ name, fn });
const CASE_TIMEOUT = 15_000;

/** Runs `fn` and resolves to the error it rejects with; fails if it resolves. */
async function rejection(fn) {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

/** Milliseconds `fn` took to settle, and how. */
async function timed(fn) {
  const started = Date.now();
  const error = await rejection(fn);
  return { error, ms: Date.now() - started };
}

async function withTimeout(promise, ms) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Injects a fault through the simulator's control endpoint (see simulator.mjs). */
async function fault(spec) {
  const response = await fetch(new URL('faults', control), { method: 'POST', body: JSON.stringify(spec) });
  assert.equal(response.status, 204, await response.text());
}

/** What the simulator has answered so far (see simulator.mjs). */
async function exchanges() {
  return (await fetch(new URL('exchanges', control))).json();
}

async function clearFaults() {
  const response = await fetch(new URL('clear', control), { method: 'POST' });
  await response.arrayBuffer();
}

const runtimeName = globalThis.Deno ? 'deno' : process.versions.bun ? 'bun' : 'node';
const runtimeInspect = globalThis.Bun?.inspect ?? globalThis.Deno?.inspect;
const FAST = { interval: 20, timeout: 10_000 };
const client = (options = {}) => new DigitalOcean({ token, baseUrl: url, retryBaseDelay: 1, ...options });
const tag = `rt-${Math.random().toString(36).slice(2, 10)}`;
const base = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };

// ---- the cases --------------------------------------------------------------------------------
let created;

test('the package exports its classes', () => {
  assert.equal(typeof DigitalOcean, 'function');
  assert.match(VERSION, /^\d+\.\d+\.\d+/);
  assert.ok(new NotFoundError({ status: 404, id: 'not_found', message: 'x', request: { method: 'GET', path: '/' } }) instanceof DigitalOceanError);
  assert.throws(() => new DigitalOcean({ token, baseUrl: 'http://example.com/v2/' }), ConfigurationError);
});

test('creates a droplet and waits until it is active', async () => {
  const api = client();
  const droplet = await api.droplets.create({ name: 'rt-web-1', tags: [tag], ...base });
  assert.ok(droplet instanceof Droplet);
  assert.equal(droplet.status, 'new');
  const progress = [];
  const same = await droplet.waitUntilActive({ ...FAST, onProgress: (d) => progress.push(d.status) });
  assert.equal(same, droplet);
  assert.equal(droplet.status, 'active');
  assert.ok(progress.length >= 1);
  assert.ok(droplet.region instanceof Region);
  assert.equal(droplet.region.slug, 'nyc3');
  assert.ok(droplet.createdAt instanceof Date && !Number.isNaN(droplet.createdAt.getTime()));
  assert.match(droplet.publicIpv4, /^\d+\.\d+\.\d+\.\d+$/);
  created = droplet;
});

test('lists across pages: await gives every item, for await streams the same', async () => {
  const api = client();
  const more = await api.droplets.createMany({ names: ['rt-web-2', 'rt-web-3', 'rt-web-4', 'rt-web-5'], tags: [tag], ...base });
  assert.equal(more.length, 4);
  const ids = [created.id, ...more.map((d) => d.id)].sort((a, b) => a - b);

  let requests = 0;
  api.on('request', () => requests++);
  const listing = api.droplets.list({ tagName: tag, perPage: 2 });
  assert.ok(listing instanceof Paginator);
  const all = await listing;
  assert.deepEqual(all.map((d) => d.id).sort((a, b) => a - b), ids);
  assert.ok(all.every((d) => d instanceof Droplet));
  assert.equal(requests, 3);

  const streamed = [];
  for await (const droplet of api.droplets.list({ tagName: tag, perPage: 2 })) streamed.push(droplet.id);
  // Streaming reads page 1, then the last page back to page 2, then page 1 again: every item once.
  assert.deepEqual([...streamed].sort((a, b) => a - b), ids);

  const pages = [];
  for await (const page of api.droplets.list({ tagName: tag, perPage: 2 }).pages()) pages.push([page.page, page.items.length, page.total]);
  assert.deepEqual(pages, [[1, 2, 5], [3, 1, 5], [2, 2, 5]]);

  requests = 0;
  const three = await api.droplets.list({ tagName: tag, perPage: 2 }).take(3);
  assert.equal(three.length, 3);
  assert.equal(requests, 2);
});

test('an action waits until completed and leaves the droplet current', async () => {
  const action = await created.powerOff();
  assert.ok(action instanceof Action);
  assert.equal(action.type, 'power_off');
  assert.equal(action.status, 'in-progress');
  const done = await action.wait(FAST);
  assert.equal(done, action);
  assert.equal(action.status, 'completed');
  assert.ok(action.completedAt instanceof Date);
  await created.reload();
  assert.equal(created.status, 'off');
});

test('a 404 is a NotFoundError', async () => {
  const error = await rejection(() => client().droplets.get(999_999_999));
  assert.ok(error instanceof NotFoundError);
  assert.ok(error instanceof ApiError);
  assert.ok(error instanceof DigitalOceanError);
  assert.ok(error instanceof Error);
  assert.equal(error.name, 'NotFoundError');
  assert.equal(error.status, 404);
  assert.equal(error.id, 'not_found');
  assert.equal(typeof error.requestId, 'string');
  assert.deepEqual(error.request, { method: 'GET', path: '/v2/droplets/999999999' });
  assert.ok(!String(error.stack).includes(token));
});

test('a bad argument is a ValidationError before any request', async () => {
  const api = client();
  let requests = 0;
  api.on('request', () => requests++);
  const bad = await rejection(() => api.droplets.get(-1));
  assert.ok(bad instanceof ValidationError);
  assert.ok(bad instanceof DigitalOceanError);
  const name = await rejection(() => api.droplets.create({ name: 'not a hostname!', ...base }));
  assert.ok(name instanceof ValidationError);
  assert.equal(name.field, 'attrs.name');
  assert.throws(() => api.droplets.list({ perPage: 500 }), ValidationError);
  assert.equal(requests, 0);
});

test('client events reach their listeners and stop with off()', async () => {
  const api = client();
  const seen = [];
  const listener = (e) => seen.push([e.method, e.status, typeof e.duration, typeof e.requestId]);
  api.on('response', listener);
  await api.regions.list();
  api.off('response', listener);
  await api.sizes.list();
  assert.deepEqual(seen, [['GET', 200, 'number', 'string']]);
  assert.equal(api.rateLimit?.limit, 5000);
});

test('an already aborted signal rejects with AbortError', async () => {
  const error = await rejection(() => client().droplets.get(created.id, { signal: AbortSignal.abort() }));
  assert.ok(error instanceof AbortError, String(error));
});

test('aborting mid-request rejects with AbortError at once', async () => {
  await fault({ method: 'GET', path: '/v2/droplets/:id', delayMs: 10_000 });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const { error, ms } = await timed(() => client().droplets.get(created.id, { signal: controller.signal }));
  assert.ok(error instanceof AbortError, String(error));
  assert.ok(ms < 5_000, `took ${ms} ms`);
});

test('AbortSignal.timeout() ends a wait with AbortError', async () => {
  const action = await created.powerOn();
  const { error, ms } = await timed(() => action.wait({ interval: 30_000, signal: AbortSignal.timeout(50) }));
  assert.ok(error instanceof AbortError, String(error));
  assert.ok(ms < 5_000, `took ${ms} ms`);
  await action.wait(FAST);
});

test('a slow answer ends with RequestTimeoutError', async () => {
  await fault({ method: 'GET', path: '/v2/droplets/:id', delayMs: 10_000 });
  const { error, ms } = await timed(() => client({ timeout: 300, maxRetries: 0 }).droplets.get(created.id));
  assert.ok(error instanceof RequestTimeoutError, String(error));
  assert.ok(ms < 5_000, `took ${ms} ms`);
});

test('a 503 is retried, and the retry is told', async () => {
  await fault({ method: 'GET', path: '/v2/droplets/:id', status: 503 });
  const api = client({ maxRetries: 2 });
  const retries = [];
  api.on('retry', (e) => retries.push([e.attempt, e.reason, e.status]));
  const droplet = await api.droplets.get(created.id);
  assert.equal(droplet.id, created.id);
  assert.deepEqual(retries, [[1, 'ServerError', 503]]);
});

test('a proxy HTML page is a ServerError', async () => {
  await fault({ method: 'GET', path: '/v2/regions', malformed: 'html' });
  const error = await rejection(() => client({ maxRetries: 0 }).regions.list());
  assert.ok(error instanceof ServerError, String(error));
  assert.equal(error.status, 502);
});

test('a redirect is an ApiError, never followed', async () => {
  await fault({ method: 'GET', path: '/v2/account', status: 302, body: '', headers: { location: `${closed}account` } });
  const error = await rejection(() => client({ maxRetries: 0 }).account.get());
  assert.ok(error instanceof ApiError, String(error));
  assert.equal(error.status, 302);
  assert.equal(error.id, 'redirect');
});

test('a dropped connection is a ConnectionError', async () => {
  // Twice: Bun and Deno send an idempotent request again, once, when a reused connection drops.
  await fault({ method: 'GET', path: '/v2/sizes', drop: true, times: 2 });
  const error = await rejection(() => client({ maxRetries: 0 }).sizes.list());
  assert.ok(error instanceof ConnectionError, String(error));
  // The code as each runtime reports it (Deno's fetch gives none for a dropped connection).
  assert.equal(error.code, { node: 'UND_ERR_SOCKET', bun: 'ECONNRESET', deno: undefined }[runtimeName]);
});

test('a POST whose connection dropped fails once, never sent twice', async () => {
  const api = client({ maxRetries: 3 });
  await api.regions.list(); // a connection to reuse
  await fault({ method: 'POST', path: '/v2/droplets', drop: true });
  const before = (await exchanges()).length;
  const error = await rejection(() => api.droplets.create({ name: 'rt-dropped', tags: [tag], ...base }));
  assert.ok(error instanceof ConnectionError, String(error));
  const posts = (await exchanges()).slice(before).filter((e) => e.method === 'POST');
  assert.deepEqual(posts, [{ method: 'POST', url: '/v2/droplets', status: 0, faulted: true }]);
});

test('a refused connection is a ConnectionError with code ECONNREFUSED, and a POST is tried again', async () => {
  const api = new DigitalOcean({ token, baseUrl: closed, maxRetries: 1, retryBaseDelay: 1 });
  const retries = [];
  api.on('retry', (e) => retries.push([e.method, e.reason]));
  const error = await rejection(() => api.droplets.create({ name: 'rt-refused', ...base }));
  assert.ok(error instanceof ConnectionError, String(error));
  assert.equal(error.code, 'ECONNREFUSED');
  assert.deepEqual(retries, [['POST', 'ConnectionError']]);
});

test('JSON and inspect never show the token', async () => {
  const api = client();
  const droplet = await api.droplets.get(created.id);
  const json = JSON.stringify(droplet);
  assert.equal(JSON.parse(json).size_slug, 's-1vcpu-1gb');
  assert.equal(JSON.parse(json).region.slug, 'nyc3');
  const error = await rejection(() => api.droplets.get(999_999_999));
  const shown = [
    json,
    JSON.stringify(api),
    JSON.stringify(error),
    inspect(api, { depth: 10, showHidden: true }),
    inspect(droplet, { depth: 10, showHidden: true }),
    inspect(error, { depth: 10, showHidden: true }),
    inspect(api.droplets, { depth: 10, showHidden: true }),
  ];
  if (runtimeInspect) shown.push(runtimeInspect(api, { depth: 10 }), runtimeInspect(droplet, { depth: 10 }), runtimeInspect(error, { depth: 10 }));
  for (const text of shown) assert.ok(!text.includes(token), `the token shows in ${text.slice(0, 200)}`);
  assert.match(inspect(api), /DigitalOcean \{ baseUrl: 'http:\/\/127\.0\.0\.1:\d+\/v2\/' \}/);
});

test('deletes what it made', async () => {
  const api = client();
  const mine = await api.droplets.list({ tagName: tag });
  await api.droplets.deleteByTag(tag);
  const left = await api.droplets.list({ tagName: tag });
  assert.equal(mine.length, 5);
  assert.equal(left.length, 0);
});

// ---- run ------------------------------------------------------------------------------------
console.log(`# ${runtimeName} ${globalThis.Deno?.version.deno ?? process.versions.bun ?? process.versions.node}`);
let passed = 0;
let failed = 0;
for (const { name, fn } of cases) {
  try {
    await withTimeout(Promise.resolve().then(fn), CASE_TIMEOUT);
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}: ${error?.stack ?? error}`);
  } finally {
    await clearFaults().catch(() => {});
  }
}
console.log(`${passed} passed, ${failed} failed`);
