import { DropletBackupPolicy, DropletDestroyStatus, Image, ImageAccountTransfer, NotFoundError, ResourceFailedError, SupportedBackupPolicy, type Droplet } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

let web: Droplet;
let plain: Droplet;
// The simulator's clock is held still where a test reads a state that lasts one action (30 ms).
let frozenAt: number | undefined;
const h = useHarness({ now: () => frozenAt ?? Date.now() });
beforeAll(async () => {
  web = await h.client.droplets.create({ name: 'extra-web', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', backups: true });
  plain = await h.client.droplets.create({ name: 'extra-plain', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
  await Promise.all([web.waitUntilActive(FAST), plain.waitUntilActive(FAST)]);
});

describe('droplet backup policies, destruction with associated resources, image transfers end to end', () => {
  it('backup policies: per droplet, for every droplet, and the supported plans', async () => {
    const policy = await web.backupPolicy();
    expect(policy).toBeInstanceOf(DropletBackupPolicy);
    expect([policy.dropletId, policy.backupEnabled, policy.backupPolicy?.plan, policy.nextBackupWindow?.start instanceof Date]).toEqual([web.id, true, 'weekly', true]);
    expect((await h.client.droplets.backupPolicy(plain.id)).backupEnabled).toBe(false);
    const all = await h.client.droplets.backupPolicies();
    expect(all.map((p) => [p.dropletId, p.backupEnabled])).toEqual([
      [web.id, true],
      [plain.id, false],
    ]);
    const supported = await h.client.droplets.supportedBackupPolicies();
    expect(supported.every((p) => p instanceof SupportedBackupPolicy)).toBe(true);
    expect(supported.map((p) => p.name)).toEqual(['weekly', 'daily']);
    expect(await h.client.droplets.neighborIds()).toEqual([]);
  });

  it('destroy with chosen resources: a failed volume is reported, retried, then everything is gone', async () => {
    const volume = await h.client.volumes.create({ name: 'extra-data', sizeGigabytes: 10, region: 'nyc3' });
    await volume.attach(web).then((a) => a.wait(FAST));
    const volumeSnapshot = await volume.snapshot('extra-data-1');
    const image = await web.snapshot('extra-web-1').then((a) => a.wait(FAST)).then((a) => a.image());
    const ip = await h.client.reservedIps.create({ region: 'nyc3' });
    await ip.assign(web).then((a) => a.wait(FAST));

    const associated = await web.associatedResources();
    expect([associated.volumes?.map((v) => v.id), associated.volumeSnapshots?.map((s) => s.id), associated.snapshots?.map((s) => s.id), associated.reservedIps?.map((r) => r.id)]).toEqual([
      [volume.id],
      [volumeSnapshot.id],
      [String(image.id)],
      [ip.ip],
    ]);
    expect((await h.client.droplets.associatedResources(web.id)).volumes?.[0].cost).toBe('1.00');

    h.sim.injectFault({ actionType: 'destroy_volume' });
    frozenAt = Date.now();
    const status = await web.destroyWithAssociatedResources({ volumes: [volume], volumeSnapshots: [volumeSnapshot.id], snapshots: [image], reservedIps: [ip] }).finally(() => {
      frozenAt = undefined;
    });
    expect(status).toBeInstanceOf(DropletDestroyStatus);
    expect([status.droplet.id, status.completedAt, status.all.length]).toEqual([String(web.id), undefined, 4]);
    const error = await status.wait(FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceFailedError);
    expect([status.failures, status.failed.map((r) => r.id), status.droplet.destroyedAt instanceof Date]).toEqual([1, [volume.id], true]);
    await expect(h.client.droplets.get(web.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await h.client.volumes.get(volume.id)).dropletIds).toEqual([]);

    await status.retry();
    await status.wait(FAST);
    expect([status.failures, status.all.every((r) => r.destroyedAt instanceof Date)]).toEqual([0, true]);
    await expect(h.client.volumes.get(volume.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.reservedIps.get(ip.ip)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.images.get(image.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.snapshots.get(volumeSnapshot.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await h.client.droplets.destroyStatus(web.id)).failures).toBe(0);
  });

  it('destroy with every associated resource, by id: a failed droplet leaves its volume attached, and a retry destroys both', async () => {
    const volume = await h.client.volumes.create({ name: 'extra-plain-data', sizeGigabytes: 5, region: 'nyc3' });
    await volume.attach(plain).then((a) => a.wait(FAST));
    h.sim.injectFault({ actionType: 'destroy' });
    const status = await h.client.droplets.destroyWithAllAssociatedResources(plain.id);
    expect(status.resources?.volumes?.map((v) => v.id)).toEqual([volume.id]);
    await expect(status.wait(FAST)).rejects.toBeInstanceOf(ResourceFailedError);
    expect(status.droplet.errorMessage).toMatch(/failed/);
    expect([status.failures, status.failed.map((r) => [r.id, r.errorMessage])]).toEqual([2, [[volume.id, 'The volume is attached to a droplet; detach it first.']]]);
    const retried = await h.client.droplets.retryDestroy(plain.id);
    await retried.wait(FAST);
    await expect(plain.reload()).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.volumes.get(volume.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('image transfers: offer by email and cancel, offer and decline, offer to a team and accept', async () => {
    const source = await h.client.droplets.create({ name: 'extra-src', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
    await source.waitUntilActive(FAST);
    const image = await source.snapshot('extra-src-1').then((a) => a.wait(FAST)).then((a) => a.image());
    expect(image).toBeInstanceOf(Image);
    const first = await image.transferToAccount({ recipientEmail: 'ana@example.com' });
    expect(first).toBeInstanceOf(ImageAccountTransfer);
    expect(first.imageId).toBe(image.id);
    await expect(image.transferToAccount({ recipientEmail: 'bo@example.com' })).rejects.toMatchObject({ status: 400 });
    await first.cancel();
    const second = await h.client.images.transferToAccount(image.id, { recipientEmail: 'bo@example.com' });
    await h.client.images.declineTransfer(image.id, second.transferId);
    await expect(second.cancel()).rejects.toBeInstanceOf(NotFoundError);
    const team = '0f5d2b8a-1f1e-4e69-9c2b-8a5e2f6c7d10';
    const third = await image.transferToAccount({ recipientUuid: team });
    await expect(third.accept('11111111-2222-4333-8444-555555555555')).rejects.toMatchObject({ status: 400 });
    const fourth = await h.client.images.transferToAccount(image.id, { recipientEmail: 'cy@example.com' }).catch((e: unknown) => e);
    expect(fourth).toMatchObject({ status: 400 });
    await h.client.images.cancelTransfer(image.id, third.transferId);
    const fifth = await image.transferToAccount({ recipientUuid: team });
    await h.client.images.acceptTransfer(image.id, fifth.transferId, team);
    await expect(image.reload()).rejects.toBeInstanceOf(NotFoundError);
    await expect(third.accept(team)).rejects.toBeInstanceOf(NotFoundError);
  });

  itAnswersModules(() => h, 'droplet-lifecycle-extras');
  itConforms(() => h);
});
