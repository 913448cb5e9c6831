import type { Exchange } from '../../lib/testing/index.js';
import { FAST, itConforms, useHarness } from './support.js';

const h = useHarness();

const BASE = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };

/** The requests the simulator answered while `run` ran, as `METHOD path?query`. */
async function requestsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (e: Exchange) => seen.push(`${e.method} ${e.url}`);
  h.sim.on('exchange', listener);
  try {
    await run();
  } finally {
    h.sim.off('exchange', listener);
  }
  return seen;
}

describe('models are current once an action started from them completes through wait()', () => {
  it('volume.resize(200) then wait(): sizeGigabytes is 200 without reload()', async () => {
    const volume = await h.client.volumes.create({ name: 'current-data', sizeGigabytes: 100, region: 'nyc3' });
    await volume.resize(200).then((a) => a.wait(FAST));
    expect(volume.sizeGigabytes).toBe(200);
  });

  it("droplet.powerOff() then wait(): status is 'off'; resize() then wait(): size and sizeSlug are the new size's", async () => {
    const droplet = await h.client.droplets.create({ ...BASE, name: 'current-web' }).then((d) => d.waitUntilActive(FAST));
    await droplet.powerOff().then((a) => a.wait(FAST));
    expect(droplet.status).toBe('off');
    await droplet.resize('s-2vcpu-4gb').then((a) => a.wait(FAST));
    expect([droplet.sizeSlug, droplet.size.slug, droplet.vcpus, droplet.memory]).toEqual(['s-2vcpu-4gb', 's-2vcpu-4gb', 2, 4096]);
    await droplet.powerOn().then((a) => a.wait(FAST));
    expect(droplet.status).toBe('active');
  });

  it('the reload is one GET of the model; { reload: false } sends none and leaves the model as it was', async () => {
    const droplet = await h.client.droplets.create({ ...BASE, name: 'current-count' }).then((d) => d.waitUntilActive(FAST));
    const action = await droplet.powerOff();
    const requests = await requestsDuring(() => action.wait(FAST));
    expect(requests.filter((r) => r.startsWith('GET /v2/droplets'))).toEqual([`GET /v2/droplets/${droplet.id}`]);
    const quiet = await droplet.powerOn();
    const none = await requestsDuring(() => quiet.wait({ ...FAST, reload: false }));
    expect(none.filter((r) => r.includes('/droplets'))).toEqual([]);
    expect(droplet.status).toBe('off');
  });

  it('an action started by id reloads nothing', async () => {
    const droplet = await h.client.droplets.create({ ...BASE, name: 'current-by-id' }).then((d) => d.waitUntilActive(FAST));
    const requests = await requestsDuring(() => h.client.droplets.powerOff(droplet.id).then((a) => a.wait(FAST)));
    expect(requests.filter((r) => r.startsWith('GET /v2/droplets'))).toEqual([]);
    expect(droplet.status).toBe('active');
  });

  it('many droplets powered off together are made current by one listing, not one GET each', async () => {
    const droplets = await h.client.droplets.createMany({ ...BASE, names: Array.from({ length: 8 }, (_, i) => `current-fleet-${i}`), tags: ['current-fleet'] });
    await Promise.all(droplets.map((d) => d.waitUntilActive(FAST)));
    const actions = await Promise.all(droplets.map((d) => d.powerOff()));
    // Polled after the actions' 30 ms, every wait sees its action completed in the same round.
    const requests = await requestsDuring(() => Promise.all(actions.map((a) => a.wait({ interval: 100, timeout: 10_000 }))));
    expect(droplets.map((d) => d.status)).toEqual(Array(8).fill('off'));
    expect(requests.filter((r) => r.startsWith('GET /v2/droplets'))).toEqual(['GET /v2/droplets?tag_name=current-fleet&page=1&per_page=200']);
  });

  itConforms(() => h);
});
