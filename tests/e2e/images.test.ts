import { Action, ForbiddenError, Image, NotFoundError, UnprocessableEntityError } from '../../lib/index.js';
import { FAST, itConforms, useHarness } from './support.js';

const h = useHarness();

async function snapshotImage(name: string): Promise<Image> {
  const droplet = await h.client.droplets.create({ name, region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
  await droplet.waitUntilActive(FAST);
  await droplet.snapshot(`${name}-snap`).then((a) => a.wait(FAST));
  const [snapshot] = await droplet.snapshots();
  return h.client.images.get(snapshot.id);
}

describe('images end to end', () => {
  it('list filters distribution, application and private images', async () => {
    const distribution = await h.client.images.list({ type: 'distribution' });
    expect(distribution.map((i) => i.slug)).toEqual(expect.arrayContaining(['ubuntu-24-04-x64', 'ubuntu-22-04-x64', 'debian-12-x64', 'fedora-42-x64', 'rockylinux-9-x64']));
    expect(distribution.every((i) => i.public && i.type === 'base')).toBe(true);
    const applications = await h.client.images.list({ type: 'application' });
    expect(applications.map((i) => i.slug)).toEqual(['docker-20-04', 'wordpress-20-04']);
    const snapshot = await snapshotImage('img-list');
    const own = await h.client.images.list({ private: true });
    expect(own.map((i) => i.id)).toContain(snapshot.id);
    expect(own.every((i) => !i.public)).toBe(true);
  });

  it('get finds an image by id and by slug, and 404s otherwise', async () => {
    const bySlug = await h.client.images.get('debian-12-x64');
    const byId = await h.client.images.get(bySlug.id);
    expect(byId).toStrictEqual(bySlug);
    expect(bySlug.createdAt).toBeInstanceOf(Date);
    await expect(h.client.images.get('plan9-x64')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('update renames a private image; a public one is forbidden', async () => {
    const snapshot = await snapshotImage('img-update');
    await snapshot.update({ name: 'golden', description: 'the golden image' });
    expect([snapshot.name, snapshot.description]).toEqual(['golden', 'the golden image']);
    expect((await h.client.images.get(snapshot.id)).name).toBe('golden');
    const updated = await h.client.images.update(snapshot.id, { distribution: 'Debian' });
    expect(updated.distribution).toBe('Debian');
    await expect(h.client.images.update((await h.client.images.get('ubuntu-24-04-x64')).id, { name: 'mine' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('transfer adds the region once the action completes; a second transfer there is a 422', async () => {
    const snapshot = await snapshotImage('img-transfer');
    const action = await snapshot.transfer('ams3');
    expect([action.constructor, action.type, action.resourceType, action.resourceId]).toEqual([Action, 'transfer', 'image', snapshot.id]);
    await action.wait(FAST);
    expect(snapshot.regions).toEqual(['nyc3', 'ams3']);
    await expect(h.client.images.transfer(snapshot.id, 'ams3')).rejects.toBeInstanceOf(UnprocessableEntityError);
    const fetched = await h.client.images.getAction(snapshot.id, action.id);
    expect(fetched.status).toBe('completed');
    expect((await h.client.images.listActions(snapshot.id)).map((a) => a.id)).toEqual([action.id]);
    expect(await action.resource()).toBeInstanceOf(Image);
  });

  it('convert completes on a snapshot', async () => {
    const snapshot = await snapshotImage('img-convert');
    const action = await h.client.images.convert(snapshot.id);
    await expect(action.wait(FAST)).resolves.toMatchObject({ status: 'completed', type: 'convert' });
  });

  it('createCustom imports an image that becomes available', async () => {
    const image = await h.client.images.createCustom({ name: 'custom-noble', url: 'https://images.example.com/noble.qcow2', region: 'fra1', distribution: 'Ubuntu', tags: ['custom'] });
    expect([image.type, image.status, image.regions]).toEqual(['custom', 'NEW', []]);
    await expect(image.waitUntilAvailable(FAST)).resolves.toBe(image);
    expect([image.status, image.regions]).toEqual(['available', ['fra1']]);
    expect((await h.client.images.list({ tagName: 'custom' })).map((i) => i.id)).toEqual([image.id]);
  });

  it('delete removes a private image', async () => {
    const snapshot = await snapshotImage('img-delete');
    await snapshot.destroy();
    await expect(h.client.images.get(snapshot.id)).rejects.toBeInstanceOf(NotFoundError);
    const other = await snapshotImage('img-delete-2');
    await h.client.images.delete(other.id);
    await expect(other.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  itConforms(() => h);
});
