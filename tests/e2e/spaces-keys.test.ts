import { inspect } from 'node:util';
import { NotFoundError, SpacesKey, UnprocessableEntityError } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { itConforms, useHarness } from './support.js';

const h = useHarness();

describe('Spaces keys end to end', () => {
  it('creates a key whose secret is shown once, filters, renames, regrants, replaces and deletes', async () => {
    const { client } = h;
    const key = await client.spacesKeys.create({ name: 'ci-uploads', grants: [{ bucket: 'assets', permission: 'readwrite' }] });
    expect(key).toBeInstanceOf(SpacesKey);
    expect(key.secretKey).toMatch(/^[A-Za-z0-9+/=]{40}$/);
    expect(inspect(key)).not.toContain(key.secretKey!);
    const admin = await client.spacesKeys.create({ name: 'admin', grants: [{ bucket: '', permission: 'fullaccess' }] });
    const fetched = await client.spacesKeys.get(key.accessKey);
    expect(fetched.secretKey).toBeUndefined();
    expect(fetched.grants.map((g) => [g.bucket, g.permission])).toEqual([['assets', 'readwrite']]);
    expect((await client.spacesKeys.list({ bucket: 'assets' })).map((k) => k.accessKey)).toEqual([key.accessKey]);
    expect((await client.spacesKeys.list({ permission: 'fullaccess' })).map((k) => k.name)).toEqual(['admin']);
    expect((await client.spacesKeys.list({ sort: 'name', sortDirection: 'asc' })).map((k) => k.name)).toEqual(['admin', 'ci-uploads']);
    expect((await client.spacesKeys.list({ name: 'admin' })).length).toBe(1);

    await key.update({ name: 'ci' });
    expect([key.name, key.grants.length, typeof key.secretKey]).toEqual(['ci', 1, 'string']);
    await client.spacesKeys.update(key.accessKey, { grants: [{ bucket: 'assets', permission: 'read' }, { bucket: 'logs', permission: 'readwrite' }] });
    await key.reload();
    expect(key.grants.map((g) => g.bucket)).toEqual(['assets', 'logs']);
    await key.replace({ name: 'ci-2', grants: [{ bucket: 'assets', permission: 'read' }] });
    await client.spacesKeys.replace(admin.accessKey, { name: 'root', grants: [{ bucket: '', permission: 'fullaccess' }] });
    expect((await admin.reload()).name).toBe('root');
    await expect(client.spacesKeys.replace(admin.accessKey, { name: 'root', grants: [{ bucket: 'assets', permission: 'fullaccess' }] })).rejects.toBeInstanceOf(UnprocessableEntityError);

    await key.destroy();
    await client.spacesKeys.delete(admin.accessKey);
    await expect(client.spacesKeys.get(key.accessKey)).rejects.toBeInstanceOf(NotFoundError);
    expect(await client.spacesKeys.list()).toEqual([]);
  });

  itAnswersModules(() => h, 'spaces-keys');
  itConforms(() => h);
});
