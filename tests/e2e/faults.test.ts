import {
  ActionFailedError,
  ConnectionError,
  DigitalOcean,
  NotFoundError,
  RateLimitError,
  RequestTimeoutError,
  ServerError,
  AuthenticationError,
  type Droplet,
  type RetryEvent,
} from '../../lib/index.js';
import { Simulator } from '../../lib/testing/index.js';
import { Conformance, FAST, itConforms, useHarness } from './support.js';

let droplet: Droplet;
const h = useHarness();
beforeAll(async () => {
  droplet = await h.client.droplets.create({ name: 'faulty', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
  await droplet.waitUntilActive(FAST);
});
afterEach(() => h.sim.clearFaults());

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
    await expect(h.client.droplets.get(droplet.id)).resolves.toMatchObject({ id: droplet.id, name: 'faulty' });
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

describe('recovery under faults, with retries on', () => {
  const BASE = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };

  let sim: Simulator;
  let client: DigitalOcean;
  let retries: RetryEvent[];
  let subject: Droplet;

  const conformance = new Conformance();

  beforeAll(async () => {
    sim = await Simulator.start({ actionDurationMs: 20 });
    sim.on('exchange', (exchange) => conformance.check(exchange));
  });
  afterAll(() => sim.stop());
  beforeEach(async () => {
    sim.clearFaults();
    client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, maxRetries: 3, retryBaseDelay: 5, timeout: 2_000 });
    retries = [];
    client.on('retry', (e) => retries.push(e));
    subject ??= await client.droplets.create({ ...BASE, name: 'faults' }).then((d) => d.waitUntilActive(FAST));
  });

  /** Droplets the simulator has made, whatever the client saw. */
  const made = () => sim.world.createdDroplets.reduce((a, b) => a + b, 0);

  describe('fault injection', () => {
    it('a 429 storm: GETs ride it out with retries; a create fails once and makes nothing', async () => {
      sim.injectFault({ method: 'GET', path: '/v2/droplets/:id', status: 429, headers: { 'retry-after': '0' }, times: 3 });
      await expect(client.droplets.get(subject.id)).resolves.toMatchObject({ id: subject.id });
      expect(retries.map((r) => r.status)).toEqual([429, 429, 429]);
      const before = made();
      sim.injectFault({ method: 'POST', path: '/v2/droplets', status: 429, headers: { 'retry-after': '0' }, times: 5 });
      await expect(client.droplets.create({ ...BASE, name: 'storm' })).rejects.toBeInstanceOf(RateLimitError);
      expect(made()).toBe(before);
    });

    it('a storm longer than the retries gives RateLimitError', async () => {
      sim.injectFault({ method: 'GET', path: '/v2/regions', status: 429, headers: { 'retry-after': '0' }, times: 10 });
      await expect(client.regions.list().all()).rejects.toBeInstanceOf(RateLimitError);
      expect(retries).toHaveLength(3);
    });

    it('a 5xx burst: GETs recover; actions and creates are not repeated', async () => {
      sim.injectFault({ method: 'GET', path: '/v2/droplets', status: 502, times: 2 });
      await expect(client.droplets.list()).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ id: subject.id })]));
      expect(retries.map((r) => [r.method, r.status])).toEqual([['GET', 502], ['GET', 502]]);
      const actionsBefore = sim.world.actions.size;
      sim.injectFault({ method: 'POST', path: '/v2/droplets/:id/actions', status: 503 });
      await expect(subject.reboot()).rejects.toBeInstanceOf(ServerError);
      expect(sim.world.actions.size).toBe(actionsBefore);
      expect(retries).toHaveLength(2);
      const before = made();
      sim.injectFault({ method: 'POST', path: '/v2/droplets', status: 500 });
      await expect(client.droplets.createMany({ ...BASE, names: ['burst-1', 'burst-2'] })).rejects.toBeInstanceOf(ServerError);
      expect(made()).toBe(before);
    });

    it('a connection reset mid-body: a GET recovers; a create that reached the server is not repeated', async () => {
      sim.injectFault({ method: 'GET', path: '/v2/droplets/:id', resetMidBody: true });
      await expect(client.droplets.get(subject.id)).resolves.toMatchObject({ id: subject.id });
      expect(retries.map((r) => r.reason)).toEqual(['ConnectionError']);
      const before = made();
      sim.injectFault({ method: 'POST', path: '/v2/droplets', resetMidBody: true });
      await expect(client.droplets.create({ ...BASE, name: 'reset' })).rejects.toBeInstanceOf(ConnectionError);
      // The droplet was made before the answer broke: exactly one, never two.
      expect(made()).toBe(before + 1);
      expect(await client.droplets.list({ name: 'reset' })).toHaveLength(1);
    });

    it('an answer slower than the timeout: a GET tries again; a POST fails with RequestTimeoutError, once', async () => {
      const impatient = new DigitalOcean({ token: sim.token, baseUrl: sim.url, maxRetries: 2, retryBaseDelay: 5, timeout: 100 });
      const impatientRetries: RetryEvent[] = [];
      impatient.on('retry', (e) => impatientRetries.push(e));
      sim.injectFault({ method: 'GET', path: '/v2/droplets/:id', delayMs: 400 });
      await expect(impatient.droplets.get(subject.id)).resolves.toMatchObject({ id: subject.id });
      expect(impatientRetries.map((r) => [r.method, r.reason])).toEqual([['GET', 'RequestTimeoutError']]);
      const before = made();
      sim.injectFault({ method: 'POST', path: '/v2/droplets', delayMs: 400 });
      await expect(impatient.droplets.create({ ...BASE, name: 'slow' })).rejects.toBeInstanceOf(RequestTimeoutError);
      expect(impatientRetries).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(made()).toBe(before + 1);
    });

    it('an HTML 502 page: retried for a GET, a ServerError once retries run out', async () => {
      sim.injectFault({ path: '/v2/sizes', malformed: 'html' });
      await expect(client.sizes.list()).resolves.toHaveLength(11);
      expect(retries.map((r) => [r.reason, r.status])).toEqual([['ServerError', 502]]);
      sim.injectFault({ path: '/v2/sizes', malformed: 'html', times: 4 });
      const error = (await client.sizes.list().all().catch((e: unknown) => e)) as ServerError;
      expect(error).toBeInstanceOf(ServerError);
      expect(error.status).toBe(502);
      expect(retries).toHaveLength(1 + 3);
    });

    it('truncated JSON: retried for a GET, an ApiError once retries run out', async () => {
      sim.injectFault({ path: '/v2/droplets/:id', malformed: 'truncated-json' });
      await expect(client.droplets.get(subject.id)).resolves.toMatchObject({ id: subject.id });
      expect(retries).toHaveLength(1);
      sim.injectFault({ path: '/v2/droplets/:id', malformed: 'truncated-json', times: 4 });
      await expect(client.droplets.get(subject.id)).rejects.toMatchObject({ name: 'ApiError', id: 'invalid_response' });
      expect(retries).toHaveLength(1 + 3);
    });

    it('a 401 mid-run is an AuthenticationError at once, never retried', async () => {
      sim.injectFault({ path: '/v2/droplets/:id', status: 401 });
      await expect(client.droplets.get(subject.id)).rejects.toBeInstanceOf(AuthenticationError);
      expect(retries).toEqual([]);
    });

    it('an action that errors ends the wait with ActionFailedError', async () => {
      sim.injectFault({ actionType: 'power_cycle' });
      const action = await subject.powerCycle();
      await expect(action.wait(FAST)).rejects.toBeInstanceOf(ActionFailedError);
    });

    it('pagination neither loses nor repeats a droplet while droplets are created and deleted between pages', async () => {
      const fleet = await client.droplets.createMany({ ...BASE, names: Array.from({ length: 10 }, (_, i) => `churn-${i}`), tags: ['churn'] });
      const more = await client.droplets.createMany({ ...BASE, names: Array.from({ length: 10 }, (_, i) => `churn-${10 + i}`), tags: ['churn'] });
      const all = [...fleet, ...more];
      const doomed = new Set([all[1].id, all[2].id, all[3].id, all[8].id]);
      const survivors = all.filter((d) => !doomed.has(d.id)).map((d) => d.id);
      const seen: number[] = [];
      let page = 0;
      for await (const { items } of client.droplets.list({ tagName: 'churn', perPage: 4 }).pages()) {
        seen.push(...items.map((d) => d.id));
        page++;
        if (page === 2) {
          for (const id of doomed) await client.droplets.delete(id);
          await client.droplets.createMany({ ...BASE, names: ['churn-new-1', 'churn-new-2'], tags: ['churn'] });
        }
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(survivors.filter((id) => !seen.includes(id))).toEqual([]);
      await client.droplets.deleteByTag('churn');
    });
  });

  itConforms(() => ({ sim, client, conformance }));
});
