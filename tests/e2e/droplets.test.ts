import {
  Action,
  ActionFailedError,
  AuthenticationError,
  DigitalOcean,
  Droplet,
  Image,
  Kernel,
  NotFoundError,
  SnapshotAction,
  UnprocessableEntityError,
} from '../../lib/index.js';
import { FAST, itConforms, startHarness, useHarness } from './support.js';

const h = useHarness();

const BASE = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };

async function activeDroplet(name: string, extra: object = {}): Promise<Droplet> {
  const droplet = await h.client.droplets.create({ ...BASE, name, ...extra });
  return droplet.waitUntilActive(FAST);
}

describe('droplets end to end', () => {
  it('create answers a new droplet that becomes active with addresses', async () => {
    const droplet = await h.client.droplets.create({ ...BASE, name: 'e2e-create', tags: ['e2e'], ipv6: true });
    expect(droplet).toBeInstanceOf(Droplet);
    expect([droplet.status, droplet.publicIpv4, droplet.region.slug, droplet.size.slug, droplet.image.slug]).toEqual([
      'new',
      undefined,
      'nyc3',
      's-1vcpu-1gb',
      'ubuntu-24-04-x64',
    ]);
    await droplet.waitUntilActive(FAST);
    expect(droplet.status).toBe('active');
    expect(droplet.publicIpv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(droplet.privateIpv4).toMatch(/^10\./);
    expect(droplet.publicIpv6).toMatch(/^2604:/);
    expect(droplet.tags).toEqual(['e2e']);
    expect(droplet.createdAt).toBeInstanceOf(Date);
  });

  it('createMany creates one droplet per name, and list filters by tag and name', async () => {
    const droplets = await h.client.droplets.createMany({ ...BASE, names: ['e2e-many-1', 'e2e-many-2', 'e2e-many-3'], tags: ['many'] });
    expect(droplets.map((d) => d.name)).toEqual(['e2e-many-1', 'e2e-many-2', 'e2e-many-3']);
    const tagged = await h.client.droplets.list({ tagName: 'many' });
    expect(tagged.map((d) => d.id)).toEqual(droplets.map((d) => d.id));
    const named = await h.client.droplets.list({ name: 'e2e-many-2' });
    expect(named.map((d) => d.id)).toEqual([droplets[1].id]);
    expect(await h.client.droplets.list({ type: 'gpus' })).toEqual([]);
  });

  it('get answers the droplet, and 404 for an unknown one', async () => {
    const droplet = await activeDroplet('e2e-get');
    const loaded = await h.client.droplets.get(droplet.id);
    expect(loaded).toStrictEqual(droplet);
    await expect(h.client.droplets.get(999_999_999)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('create with an unknown region, size or image is a 422', async () => {
    await expect(h.client.droplets.create({ ...BASE, name: 'x', region: 'mars1' })).rejects.toMatchObject({
      name: 'UnprocessableEntityError',
      message: expect.stringContaining('invalid region'),
    });
    await expect(h.client.droplets.create({ ...BASE, name: 'x', size: 's-99vcpu' })).rejects.toBeInstanceOf(UnprocessableEntityError);
    await expect(h.client.droplets.create({ ...BASE, name: 'x', image: 'plan9-x64' })).rejects.toBeInstanceOf(UnprocessableEntityError);
    await expect(h.client.droplets.create({ ...BASE, name: 'x', region: 'sgp1', size: 's-1vcpu-512mb-10gb' })).rejects.toBeInstanceOf(
      UnprocessableEntityError,
    );
  });

  it('a wrong token is a 401', async () => {
    const stranger = new DigitalOcean({ token: 'not-the-token', baseUrl: h.sim.url, maxRetries: 0 });
    await expect(stranger.droplets.list()).rejects.toMatchObject({ name: 'AuthenticationError', status: 401, id: 'unauthorized' });
    await expect(stranger.regions.list()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('power off, power on, shutdown, reboot and power cycle change the status, current once each wait() resolves', async () => {
    const droplet = await activeDroplet('e2e-power');
    const statuses: string[] = [];
    for (const verb of ['powerOff', 'powerOn', 'shutdown', 'reboot', 'powerCycle'] as const) {
      const action = await droplet[verb]();
      expect(action.status).toBe('in-progress');
      await action.wait(FAST);
      expect(action.status).toBe('completed');
      statuses.push(droplet.status);
    }
    expect(statuses).toEqual(['off', 'active', 'off', 'active', 'active']);
  });

  it('a second action while one is in progress is a 422 (the droplet is locked)', async () => {
    // Actions of a second or more, so that the lock holds however busy the machine is.
    const slow = await startHarness({ actionDurationMs: 1_500 });
    try {
      const droplet = await slow.client.droplets.create({ ...BASE, name: 'e2e-locked' }).then((d) => d.waitUntilActive(FAST));
      const first = await droplet.reboot();
      expect((await droplet.reload()).locked).toBe(true);
      await expect(droplet.powerOff()).rejects.toMatchObject({ name: 'UnprocessableEntityError', message: expect.stringContaining('pending event') });
      await first.wait(FAST);
      expect((await droplet.reload()).locked).toBe(false);
    } finally {
      await slow.sim.stop();
    }
  });

  it('enable ipv6, backups and private networking, and disable backups, change the droplet', async () => {
    const droplet = await activeDroplet('e2e-features');
    await droplet.enableIpv6().then((a) => a.wait(FAST));
    expect(droplet.publicIpv6).toMatch(/^2604:/);
    expect(droplet.features).toContain('ipv6');
    await droplet.enableBackups().then((a) => a.wait(FAST));
    expect(droplet.features).toContain('backups');
    expect(droplet.nextBackupWindow?.start).toBeInstanceOf(Date);
    await droplet.disableBackups().then((a) => a.wait(FAST));
    expect(droplet.features).not.toContain('backups');
    expect(droplet.nextBackupWindow).toBeNull();
    await droplet.enablePrivateNetworking().then((a) => a.wait(FAST));
    await droplet.passwordReset().then((a) => a.wait(FAST));
    expect((await droplet.actions()).map((a) => a.type)).toEqual([
      'password_reset',
      'enable_private_networking',
      'disable_backups',
      'enable_backups',
      'enable_ipv6',
      'create',
    ]);
  });

  it('resize works only while off, and changes the size, current once wait() resolves', async () => {
    const droplet = await activeDroplet('e2e-resize');
    await expect(droplet.resize('s-2vcpu-4gb')).rejects.toMatchObject({ message: expect.stringContaining('powered off') });
    await droplet.powerOff().then((a) => a.wait(FAST));
    expect(droplet.status).toBe('off');
    await droplet.resize('s-2vcpu-4gb', { disk: true }).then((a) => a.wait(FAST));
    expect([droplet.sizeSlug, droplet.size.slug, droplet.memory, droplet.vcpus, droplet.disk]).toEqual(['s-2vcpu-4gb', 's-2vcpu-4gb', 4096, 2, 80]);
  });

  it('rename, rebuild and change kernel change the droplet', async () => {
    const droplet = await activeDroplet('e2e-rename');
    await droplet.rename('e2e-renamed').then((a) => a.wait(FAST));
    await droplet.rebuild('debian-12-x64').then((a) => a.wait(FAST));
    const [kernel] = await droplet.kernels();
    expect(kernel).toBeInstanceOf(Kernel);
    await droplet.changeKernel(kernel).then((a) => a.wait(FAST));
    expect([droplet.name, droplet.image.slug, droplet.kernel?.id]).toEqual(['e2e-renamed', 'debian-12-x64', kernel.id]);
  });

  it('snapshot makes an image listed by snapshots() and images.get(), and restore takes it', async () => {
    const droplet = await activeDroplet('e2e-snap');
    const action = await droplet.snapshot('e2e-snap-golden');
    const done = await action.wait(FAST);
    expect(done.type).toBe('snapshot');
    const snapshots = await droplet.snapshots();
    expect(snapshots.map((s) => [s.constructor, s.name, s.type, s.regions])).toEqual([[Image, 'e2e-snap-golden', 'snapshot', ['nyc3']]]);
    const image = await h.client.images.get(snapshots[0].id);
    expect(image.name).toBe('e2e-snap-golden');
    expect(droplet.snapshotIds).toEqual([image.id]);
    await droplet.restore(image).then((a) => a.wait(FAST));
    expect(await droplet.backups()).toEqual([]);
  });

  it('a snapshot action gives the image it made, by name among the droplet\'s snapshots, or unnamed', async () => {
    const droplet = await activeDroplet('e2e-snap-image');
    const first = await droplet.snapshot('e2e-nightly-1').then((a) => a.wait(FAST));
    const second = await droplet.snapshot('e2e-nightly-2').then((a) => a.wait(FAST));
    expect(second).toBeInstanceOf(SnapshotAction);
    const [a, b] = await Promise.all([first.image(), second.image()]);
    expect([a, b].map((i) => [i.constructor, i.type, i.name])).toEqual([[Image, 'snapshot', 'e2e-nightly-1'], [Image, 'snapshot', 'e2e-nightly-2']]);
    expect(droplet.snapshotIds).toEqual([a.id, b.id]);
    const byId = await h.client.droplets.snapshot(droplet.id, 'e2e-by-id').then((x) => x.wait(FAST));
    await expect(byId.image()).resolves.toMatchObject({ name: 'e2e-by-id', regions: ['nyc3'] });
    await b.transfer('sfo3').then((x) => x.wait(FAST));
    expect(b.regions).toEqual(['nyc3', 'sfo3']);
    const other = await activeDroplet('e2e-snap-unnamed');
    const unnamed = await other.snapshot().then((x) => x.wait(FAST)).then((x) => x.image());
    expect([unnamed.name, other.snapshotIds]).toEqual([expect.stringMatching(/^e2e-snap-unnamed-/), [unnamed.id]]);
  });

  it('an action made to fail ends with ActionFailedError', async () => {
    const droplet = await activeDroplet('e2e-fail');
    h.sim.injectFault({ actionType: 'power_off' });
    const action = await droplet.powerOff();
    const error = await action.wait(FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionFailedError);
    expect((error as ActionFailedError).action.status).toBe('errored');
    expect((await droplet.reload()).status).toBe('active');
  });

  it('actions by id, getAction, listActions, neighbors and action.resource()', async () => {
    const droplet = await activeDroplet('e2e-by-id');
    const action = await h.client.droplets.shutdown(droplet.id);
    expect(action).toBeInstanceOf(Action);
    await action.waitUntilComplete(FAST);
    const fetched = await h.client.droplets.getAction(droplet.id, action.id);
    expect([fetched.id, fetched.status, fetched.resourceId]).toEqual([action.id, 'completed', droplet.id]);
    expect((await h.client.droplets.listActions(droplet.id)).map((a) => a.type)).toEqual(['shutdown', 'create']);
    expect(await h.client.droplets.neighbors(droplet.id)).toEqual([]);
    const resource = await action.resource();
    expect(resource).toBeInstanceOf(Droplet);
    expect([resource.id, (resource as Droplet).status]).toEqual([droplet.id, 'off']);
  });

  it('every id-based form acts on the droplet without loading it', async () => {
    const { id } = await activeDroplet('e2e-ids');
    const d = h.client.droplets;
    for (const start of [
      () => d.powerOff(id),
      () => d.resize(id, 's-2vcpu-2gb'),
      () => d.powerOn(id),
      () => d.rename(id, 'e2e-ids-2'),
      () => d.rebuild(id, 'fedora-42-x64'),
      () => d.changeKernel(id, 8211),
      () => d.enableIpv6(id),
      () => d.enableBackups(id),
      () => d.disableBackups(id),
      () => d.enablePrivateNetworking(id),
      () => d.passwordReset(id),
      () => d.reboot(id),
      () => d.powerCycle(id),
      () => d.snapshot(id, 'e2e-ids-snap'),
    ]) {
      await (await start()).wait(FAST);
    }
    const [snapshot] = await d.snapshots(id);
    await d.restore(id, snapshot.id).then((a) => a.wait(FAST));
    const loaded = await d.get(id);
    expect([loaded.name, loaded.sizeSlug, loaded.image.slug, loaded.kernel?.id, loaded.status, loaded.snapshotIds]).toEqual([
      'e2e-ids-2',
      's-2vcpu-2gb',
      'fedora-42-x64',
      8211,
      'active',
      [snapshot.id],
    ]);
    expect((await d.listActions(id)).map((a) => a.type)).toEqual([
      'restore', 'snapshot', 'power_cycle', 'reboot', 'password_reset', 'enable_private_networking', 'disable_backups',
      'enable_backups', 'enable_ipv6', 'change_kernel', 'rebuild', 'rename', 'power_on', 'resize', 'power_off', 'create',
    ]);
    expect((await d.kernels(id)).map((k) => k.id)).toContain(8211);
    expect(await d.backups(id)).toEqual([]);
    const image = await h.client.images.get(snapshot.id);
    expect((await image.actions()).map((a) => a.type)).toEqual([]);
    await image.convert().then((a) => a.wait(FAST));
    expect((await image.actions()).map((a) => a.type)).toEqual(['convert']);
  });

  it('delete and deleteByTag remove droplets', async () => {
    const one = await activeDroplet('e2e-delete');
    await one.destroy();
    await expect(h.client.droplets.get(one.id)).rejects.toBeInstanceOf(NotFoundError);
    await h.client.droplets.createMany({ ...BASE, names: ['e2e-tagged-1', 'e2e-tagged-2'], tags: ['doomed'] });
    await h.client.droplets.deleteByTag('doomed');
    expect(await h.client.droplets.list({ tagName: 'doomed' })).toEqual([]);
    const other = await activeDroplet('e2e-delete-by-id');
    await h.client.droplets.delete(other.id);
    await expect(other.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  itConforms(() => h);
});
