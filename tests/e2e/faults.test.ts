import {
  ActionFailedError,
  ConnectionError,
  DigitalOcean,
  NotFoundError,
  RateLimitError,
  RequestTimeoutError,
  ServerError,
  type Droplet,
} from '../../lib/index.js';
import { Simulator } from '../../lib/testing/index.js';
import { FAST, itConforms, startHarness, type Harness } from './support.js';

let h: Harness;
let droplet: Droplet;
beforeAll(async () => {
  h = await startHarness();
  droplet = await h.client.droplets.create({ name: 'faulty', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
  await droplet.waitUntilActive(FAST);
});
afterEach(() => h.sim.clearFaults());
afterAll(() => h.sim.stop());

describe('injected faults end to end', () => {
  it('a 503 is a ServerError; with retries the GET recovers, hitting the fault twice', async () => {
    h.sim.injectFault({ method: 'GET', path: '/v2/droplets/:id', status: 503 });
    await expect(h.client.droplets.get(droplet.id)).rejects.toMatchObject({ name: 'ServerError', status: 503, id: 'service_unavailable' });
    const fault = h.sim.injectFault({ method: 'GET', path: '/v2/droplets/:id', status: 503, times: 2, headers: { 'retry-after': '0' } });
    const retrying = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 2 });
    await expect(retrying.droplets.get(droplet.id)).resolves.toMatchObject({ id: droplet.id });
    expect(fault.hits).toBe(2);
  });

  it('a 500 on create is a ServerError and creates nothing', async () => {
    const creates = h.sim.world.createdDroplets.length;
    h.sim.injectFault({ method: 'POST', path: '/v2/droplets', status: 500 });
    await expect(h.client.droplets.create({ name: 'never', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' })).rejects.toBeInstanceOf(ServerError);
    expect(h.sim.world.createdDroplets.length).toBe(creates);
    expect(await h.client.droplets.list({ name: 'never' })).toEqual([]);
  });

  it('an injected 429 is a RateLimitError with resetAt; a 404 a NotFoundError', async () => {
    h.sim.injectFault({ path: '/v2/regions', status: 429 });
    const error = await h.client.regions.list().all().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).resetAt).toBeInstanceOf(Date);
    h.sim.injectFault({ path: '/v2/sizes', status: 404 });
    await expect(h.client.sizes.list().all()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a custom status and body reach the error', async () => {
    h.sim.injectFault({ path: '/v2/droplets/*/actions', method: 'POST', status: 422, body: { id: 'unprocessable_entity', message: 'Region is under maintenance', request_id: 'r-1' } });
    await expect(droplet.reboot()).rejects.toMatchObject({ name: 'UnprocessableEntityError', message: expect.stringContaining('Region is under maintenance'), requestId: 'r-1' });
  });

  it('an answer slower than the timeout is a RequestTimeoutError', async () => {
    h.sim.injectFault({ path: '/v2/droplets/:id', delayMs: 300 });
    const impatient = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 0, timeout: 50 });
    await expect(impatient.droplets.get(droplet.id)).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('a delay within the timeout only slows the answer', async () => {
    h.sim.injectFault({ path: '/v2/droplets/:id', delayMs: 30 });
    await expect(h.client.droplets.get(droplet.id)).resolves.toMatchObject({ id: droplet.id });
  });

  it('a dropped connection is a ConnectionError', async () => {
    h.sim.injectFault({ path: '/v2/droplets/:id', drop: true });
    await expect(h.client.droplets.get(droplet.id)).rejects.toBeInstanceOf(ConnectionError);
  });

  it('a connection reset mid-body is a ConnectionError', async () => {
    h.sim.injectFault({ path: '/v2/droplets/:id', resetMidBody: true });
    await expect(h.client.droplets.get(droplet.id)).rejects.toBeInstanceOf(ConnectionError);
  });

  it('an HTML 502 page is a ServerError, not a parse crash', async () => {
    h.sim.injectFault({ path: '/v2/droplets/:id', malformed: 'html' });
    const error = (await h.client.droplets.get(droplet.id).catch((e: unknown) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect([error.status, error.message]).toEqual([502, expect.stringContaining('non-JSON body (text/html)')]);
    expect(error.body).toContain('502 Bad Gateway');
  });

  it('truncated JSON is an ApiError saying the body is not JSON', async () => {
    h.sim.injectFault({ path: '/v2/droplets/:id', malformed: 'truncated-json' });
    await expect(h.client.droplets.get(droplet.id)).rejects.toMatchObject({ name: 'ApiError', id: 'invalid_response' });
  });

  it('an action fault makes the action end errored: ActionFailedError', async () => {
    h.sim.injectFault({ actionType: 'snapshot' });
    const action = await droplet.snapshot('doomed');
    await expect(action.wait(FAST)).rejects.toBeInstanceOf(ActionFailedError);
    expect(await droplet.snapshots()).toEqual([]);
  });

  it('faults apply only to matching methods and paths, and only as many times as asked', async () => {
    const fault = h.sim.injectFault({ method: 'DELETE', path: '/v2/droplets/:id', status: 500, times: 1 });
    await expect(h.client.droplets.get(droplet.id)).resolves.toMatchObject({ id: droplet.id });
    await expect(h.client.regions.list()).resolves.toHaveLength(11);
    expect(fault.hits).toBe(0);
    fault.remove();
    await expect(h.client.droplets.get(droplet.id)).resolves.toBeDefined();
  });

  itConforms(() => h);
});

describe('rate-limit enforcement end to end', () => {
  it('answers 429 too_many_requests with retry-after past the per-minute limit', async () => {
    const sim = await Simulator.start({ rateLimit: { perMinute: 3, perHour: 100 } });
    try {
      const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, maxRetries: 0 });
      for (let i = 0; i < 3; i++) await client.regions.list();
      expect(client.rateLimit).toMatchObject({ limit: 100, remaining: 97 });
      const error = (await client.regions.list().all().catch((e: unknown) => e)) as RateLimitError;
      expect(error).toBeInstanceOf(RateLimitError);
      expect([error.status, error.id]).toEqual([429, 'too_many_requests']);
      expect(client.rateLimit?.remaining).toBe(0);
      const raw = await fetch(`${sim.url}regions`, { headers: { authorization: `Bearer ${sim.token}` } });
      expect([raw.status, Number(raw.headers.get('retry-after')) > 0]).toEqual([429, true]);
    } finally {
      await sim.stop();
    }
  });

  it('answers 429 without retry-after past the hourly limit', async () => {
    const sim = await Simulator.start({ rateLimit: { perMinute: 100, perHour: 2 } });
    try {
      const headers = { authorization: `Bearer ${sim.token}` };
      for (let i = 0; i < 2; i++) expect((await fetch(`${sim.url}sizes`, { headers })).status).toBe(200);
      const raw = await fetch(`${sim.url}sizes`, { headers });
      expect([raw.status, raw.headers.get('retry-after'), raw.headers.get('ratelimit-remaining')]).toEqual([429, null, '0']);
    } finally {
      await sim.stop();
    }
  });
});
