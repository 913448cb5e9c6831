import {
  ActionFailedError,
  AuthenticationError,
  ConnectionError,
  DigitalOcean,
  RateLimitError,
  RequestTimeoutError,
  ServerError,
  type Droplet,
  type RetryEvent,
} from '../../lib/index.js';
import { Simulator } from '../../lib/testing/index.js';

const FAST = { interval: 10, timeout: 10_000 };
const BASE = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };

let sim: Simulator;
let client: DigitalOcean;
let retries: RetryEvent[];
let droplet: Droplet;

beforeAll(async () => {
  sim = await Simulator.start({ actionDurationMs: 20 });
});
afterAll(() => sim.stop());
beforeEach(async () => {
  sim.clearFaults();
  client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, maxRetries: 3, retryBaseDelay: 5, timeout: 2_000 });
  retries = [];
  client.on('retry', (e) => retries.push(e));
  droplet ??= await client.droplets.create({ ...BASE, name: 'faults' }).then((d) => d.waitUntilActive(FAST));
});

/** Droplets the simulator has made, whatever the client saw. */
const made = () => sim.world.createdDroplets.reduce((a, b) => a + b, 0);

describe('fault injection', () => {
  it('a 429 storm: GETs ride it out with retries; a create fails once and makes nothing', async () => {
    sim.injectFault({ method: 'GET', path: '/v2/droplets/:id', status: 429, headers: { 'retry-after': '0' }, times: 3 });
    await expect(client.droplets.get(droplet.id)).resolves.toMatchObject({ id: droplet.id });
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
    await expect(client.droplets.list()).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ id: droplet.id })]));
    const actionsBefore = sim.world.actions.size;
    sim.injectFault({ method: 'POST', path: '/v2/droplets/:id/actions', status: 503 });
    await expect(droplet.reboot()).rejects.toBeInstanceOf(ServerError);
    expect(sim.world.actions.size).toBe(actionsBefore);
    const before = made();
    sim.injectFault({ method: 'POST', path: '/v2/droplets', status: 500 });
    await expect(client.droplets.createMany({ ...BASE, names: ['burst-1', 'burst-2'] })).rejects.toBeInstanceOf(ServerError);
    expect(made()).toBe(before);
  });

  it('a connection reset mid-body: a GET recovers; a create that reached the server is not repeated', async () => {
    sim.injectFault({ method: 'GET', path: '/v2/droplets/:id', resetMidBody: true });
    await expect(client.droplets.get(droplet.id)).resolves.toMatchObject({ id: droplet.id });
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
    sim.injectFault({ method: 'GET', path: '/v2/droplets/:id', delayMs: 400 });
    await expect(impatient.droplets.get(droplet.id)).resolves.toMatchObject({ id: droplet.id });
    const before = made();
    sim.injectFault({ method: 'POST', path: '/v2/droplets', delayMs: 400 });
    await expect(impatient.droplets.create({ ...BASE, name: 'slow' })).rejects.toBeInstanceOf(RequestTimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(made()).toBe(before + 1);
  });

  it('an HTML 502 page: retried for a GET, a ServerError once retries run out', async () => {
    sim.injectFault({ path: '/v2/sizes', malformed: 'html' });
    await expect(client.sizes.list()).resolves.toHaveLength(11);
    sim.injectFault({ path: '/v2/sizes', malformed: 'html', times: 4 });
    const error = (await client.sizes.list().all().catch((e: unknown) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(502);
  });

  it('truncated JSON: retried for a GET, an ApiError once retries run out', async () => {
    sim.injectFault({ path: '/v2/droplets/:id', malformed: 'truncated-json' });
    await expect(client.droplets.get(droplet.id)).resolves.toMatchObject({ id: droplet.id });
    sim.injectFault({ path: '/v2/droplets/:id', malformed: 'truncated-json', times: 4 });
    await expect(client.droplets.get(droplet.id)).rejects.toMatchObject({ name: 'ApiError', id: 'invalid_response' });
  });

  it('a 401 mid-run is an AuthenticationError at once, never retried', async () => {
    sim.injectFault({ path: '/v2/droplets/:id', status: 401 });
    await expect(client.droplets.get(droplet.id)).rejects.toBeInstanceOf(AuthenticationError);
    expect(retries).toEqual([]);
  });

  it('an action that errors ends the wait with ActionFailedError', async () => {
    sim.injectFault({ actionType: 'power_cycle' });
    const action = await droplet.powerCycle();
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
