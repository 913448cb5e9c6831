import { inspect } from 'node:util';
import { NotFoundError, UnprocessableEntityError, VectorDatabase, VectorDatabaseBackup } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

/** How far the simulator's clock runs ahead of real time: moved on instead of sleeping until scheduled changes are due. */
let ahead = 0;
const h = useHarness({ now: () => Date.now() + ahead });

const PROJECT = '4e1c2b3a-5d6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('vector databases end to end', () => {
  it('creates one, waits for it, configures, resizes, tags, reads credentials, restores a backup and deletes it', async () => {
    const { client } = h;
    const db = await client.vectorDatabases.create({ name: 'search', projectId: PROJECT, region: 'tor1', size: 'small', tags: ['ai'] });
    expect(db).toBeInstanceOf(VectorDatabase);
    expect(db.status).toBe('creating');
    await db.waitUntilActive(FAST);
    expect(db.endpoints?.http).toMatch(/^https:\/\/search-tor1-/);
    expect((await client.vectorDatabases.list()).map((d) => d.id)).toEqual([db.id]);

    await db.update({ config: { defaultQuantization: 'pq', enableAutoSchema: false } });
    expect([db.config?.defaultQuantization, db.config?.enableAutoSchema]).toEqual(['pq', false]);
    await client.vectorDatabases.update(db.id, { projectId: '7f6e5d4c-3b2a-4190-8e7d-6c5b4a392817' });
    await db.resize('medium');
    expect(db.size).toBe('medium');
    await client.vectorDatabases.resize(db.id, 'large');
    await db.setTags(['ai', 'prod']);
    expect(db.tags).toEqual(['ai', 'prod']);
    await client.vectorDatabases.setTags(db.id, ['prod']);
    expect(await db.reload()).toMatchObject({ size: 'large', tags: ['prod'], projectId: '7f6e5d4c-3b2a-4190-8e7d-6c5b4a392817' });

    const credentials = await db.credentials();
    expect(inspect(credentials)).not.toContain(credentials.apiToken);
    expect((await client.vectorDatabases.credentials(db.id)).apiToken).toBe(credentials.apiToken);

    const [backup] = await db.backups();
    expect(backup).toBeInstanceOf(VectorDatabaseBackup);
    expect((await client.vectorDatabases.backups(db.id)).length).toBe(1);
    const restore = await db.restore(backup);
    expect(restore.status).toBe('STARTED');
    ahead += 1_000;
    expect((await db.restoreStatus(backup)).status).toBe('SUCCESS');
    await client.vectorDatabases.restore(db.id, backup.backupId);
    expect((await client.vectorDatabases.restoreStatus(db.id, backup.backupId)).backupId).toBe(backup.backupId);
    expect((await client.vectorDatabases.get(db.id)).lastRestoreId).toBe(backup.backupId);
    await expect(db.restore('vectordb-nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.vectorDatabases.create({ name: 'search', projectId: PROJECT, region: 'tor1', size: 'small' })).rejects.toBeInstanceOf(UnprocessableEntityError);

    const other = await client.vectorDatabases.create({ name: 'scratch', projectId: PROJECT, region: 'nyc3', size: 'small' });
    await client.vectorDatabases.delete(other.id);
    await db.destroy();
    await expect(db.reload()).rejects.toBeInstanceOf(NotFoundError);
    expect(await client.vectorDatabases.list()).toEqual([]);
  });

  it('lists every database in creation order', async () => {
    const created = [];
    for (let i = 0; i < 3; i++) created.push(await h.client.vectorDatabases.create({ name: `many-${i}`, projectId: PROJECT, region: 'tor1', size: 'small' }));
    expect((await h.client.vectorDatabases.list()).map((d) => d.name)).toEqual(['many-0', 'many-1', 'many-2']);
    for (const db of created) await db.destroy();
  });

  itAnswersModules(() => h, 'vector-databases');
  itConforms(() => h);
});
