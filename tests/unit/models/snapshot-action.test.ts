import { DigitalOceanError, Droplet, Image, SnapshotAction } from '../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../helpers.js';

type Body = Record<string, unknown>;
const ID = 3164444;
const ACTION = 36804758;
const PAGE = { page: '1', per_page: '200' };
const action = (status: string, changes: Body = {}) => ({
  action: { ...fixture<{ action: Body }>('droplets/action').action, type: 'snapshot', status, ...(status === 'completed' ? { completed_at: '2025-03-20T11:06:06Z' } : {}), ...changes },
});
const image = (id: number, name: string, createdAt: string) => ({ ...fixture<{ snapshots: Body[] }>('droplets/snapshots').snapshots[0], id, name, created_at: createdAt });
const snapshots = (...images: Body[]) => ({ snapshots: images, links: {}, meta: { total: images.length } });

async function loadDroplet(): Promise<Droplet> {
  stubApi('GET', `/v2/droplets/${ID}`).reply(200, fixture('droplets/get'));
  return testClient().droplets.get(ID);
}

async function snapshotted(name?: string): Promise<SnapshotAction> {
  const droplet = await loadDroplet();
  stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, action('in-progress'));
  const started = await droplet.snapshot(name);
  stubApi('GET', `/v2/actions/${ACTION}`).reply(200, action('completed'));
  stubApi('GET', `/v2/droplets/${ID}`).reply(200, fixture('droplets/get'));
  return started.wait({ interval: 1 });
}

describe('SnapshotAction', () => {
  it('is what droplet.snapshot() and client.droplets.snapshot() resolve to', async () => {
    const droplet = await loadDroplet();
    stubApi('POST', `/v2/droplets/${ID}/actions`).twice().reply(201, action('in-progress'));
    await expect(droplet.snapshot('nightly')).resolves.toBeInstanceOf(SnapshotAction);
    await expect(testClient().droplets.snapshot(ID, 'nightly')).resolves.toBeInstanceOf(SnapshotAction);
  });

  describe('#image', () => {
    it("resolves to the droplet's snapshot with the given name made while the action ran", async () => {
      const done = await snapshotted('nightly');
      stubApi('GET', `/v2/droplets/${ID}/snapshots`, PAGE).reply(
        200,
        snapshots(
          image(101, 'nightly', '2025-03-19T11:05:30Z'), // yesterday's, same name
          image(102, 'before-upgrade', '2025-03-20T11:05:40Z'), // another name
          image(103, 'nightly', '2025-03-20T11:05:50Z'),
        ),
      );
      const made = await done.image();
      expect(made).toBeInstanceOf(Image);
      expect([made.id, made.name]).toEqual([103, 'nightly']);
    });

    it('without a name, resolves to the snapshot made while the action ran', async () => {
      const done = await snapshotted();
      stubApi('GET', `/v2/droplets/${ID}/snapshots`, PAGE).reply(200, snapshots(image(101, 'old', '2025-03-19T11:05:30Z'), image(104, 'web-1-1742468750', '2025-03-20T11:05:50Z')));
      await expect(done.image()).resolves.toMatchObject({ id: 104 });
    });

    it('rejects before any request while the action has not completed', async () => {
      const droplet = await loadDroplet();
      stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, action('in-progress'));
      const started = await droplet.snapshot('nightly');
      await expect(started.image()).rejects.toThrow(`action ${ACTION} (snapshot) is in-progress: wait() for it to complete before asking for its image`);
    });

    it('rejects when the droplet has no such snapshot any more', async () => {
      const done = await snapshotted('nightly');
      stubApi('GET', `/v2/droplets/${ID}/snapshots`, PAGE).reply(200, snapshots(image(101, 'nightly', '2025-03-19T11:05:30Z')));
      const error = await done.image().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DigitalOceanError);
      expect((error as Error).message).toBe(`droplet ${ID} has no snapshot named "nightly" made by action ${ACTION}; was it deleted?`);
    });

    it('works on snapshot actions started by tag, each for its droplet', async () => {
      stubApi('POST', '/v2/droplets/actions', { tag_name: 'web' }).reply(201, { actions: [action('completed').action] });
      const [done] = await testClient().droplets.actByTag('web', 'snapshot', { name: 'nightly' });
      stubApi('GET', `/v2/droplets/${ID}/snapshots`, PAGE).reply(200, snapshots(image(105, 'nightly', '2025-03-20T11:05:50Z')));
      await expect(done.image()).resolves.toMatchObject({ id: 105, name: 'nightly' });
    });
  });
});

describe('SnapshotAction#image when several snapshots match', () => {
  it('rejects rather than guess, asking for distinct names', async () => {
    const droplet = await loadDroplet();
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, action('completed'));
    const done = await droplet.snapshot();
    stubApi('GET', `/v2/droplets/${ID}`).reply(200, fixture('droplets/get'));
    await done.wait();
    stubApi('GET', `/v2/droplets/${ID}/snapshots`, PAGE).reply(200, snapshots(image(106, 'a', '2025-03-20T11:05:30Z'), image(107, 'b', '2025-03-20T11:05:31Z')));
    await expect(done.image()).rejects.toThrow(`droplet ${ID} has 2 snapshots made at the time of action ${ACTION} (106, 107): give each snapshot its own name`);
  });
});
