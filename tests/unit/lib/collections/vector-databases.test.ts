import { inspect } from 'node:util';
import { Paginator, ResourceFailedError, VectorDatabase, VectorDatabaseBackup, VectorDatabaseCredentials, VectorDatabaseRestore } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { itRefuses, itSends, loaded, many, nothing, one, whole } from '../../../operations.js';

const ID = 'c0ffee00-1234-4abc-8def-0123456789ab';
const V = `/v2/vector-databases/${ID}`;
const BACKUP = `vectordb-${ID}-20250602-000000`;
const PROJECT = '4e1c2b3a-5d6f-4a7b-8c9d-0e1f2a3b4c5d';
const db = (c: ReturnType<typeof testClient>) => loaded(c, VectorDatabase, 'vector-databases/get', 'vector_db');
const bare = (cls: abstract new () => object, name: string) => whole(cls, `vector-databases/${name}`);
const dbResult = one(VectorDatabase, 'vector-databases/get', 'vector_db');

describe('VectorDatabasesCollection and VectorDatabase', () => {
  itSends([
    { name: 'client.vectorDatabases.list()', call: (c) => c.vectorDatabases.list(), method: 'GET', path: '/v2/vector-databases', query: { page: '1', per_page: '200' }, status: 200, reply: 'vector-databases/list', result: many(VectorDatabase, 'vector-databases/list', 'vector_dbs') },
    { name: 'client.vectorDatabases.get(id)', call: (c) => c.vectorDatabases.get(ID), method: 'GET', path: V, status: 200, reply: 'vector-databases/get', result: dbResult },
    { name: 'client.vectorDatabases.create(attrs)', call: (c) => c.vectorDatabases.create({ name: 'search', projectId: PROJECT, region: 'tor1', size: 'small', tags: ['ai'] }), method: 'POST', path: '/v2/vector-databases', body: { name: 'search', project_id: PROJECT, region: 'tor1', size: 'small', tags: ['ai'] }, status: 201, reply: 'vector-databases/create', result: one(VectorDatabase, 'vector-databases/create', 'vector_db') },
    { name: 'client.vectorDatabases.update(id, attrs)', call: (c) => c.vectorDatabases.update(ID, { config: { defaultQuantization: 'pq', enableAutoSchema: false, weaviateVersion: '' } }), method: 'PUT', path: V, body: { id: ID, config: { default_quantization: 'pq', enable_auto_schema: false, weaviate_version: '' } }, status: 200, reply: 'vector-databases/get', result: dbResult },
    { name: 'db.update(attrs)', call: (c) => db(c).update({ projectId: PROJECT }), method: 'PUT', path: V, body: { id: ID, project_id: PROJECT }, status: 200, reply: 'vector-databases/get', result: dbResult },
    { name: 'client.vectorDatabases.delete(id)', call: (c) => c.vectorDatabases.delete(ID), method: 'DELETE', path: V, status: 204, result: nothing },
    { name: 'db.destroy()', call: (c) => db(c).destroy(), method: 'DELETE', path: V, status: 204, result: nothing },
    { name: 'db.reload()', call: (c) => db(c).reload(), method: 'GET', path: V, status: 200, reply: 'vector-databases/get', result: dbResult },
    { name: 'client.vectorDatabases.resize(id, size)', call: (c) => c.vectorDatabases.resize(ID, 'medium'), method: 'POST', path: `${V}/resize`, body: { id: ID, size: 'medium' }, status: 200, reply: 'vector-databases/get', result: dbResult },
    { name: 'db.resize(size)', call: (c) => db(c).resize('large'), method: 'POST', path: `${V}/resize`, body: { id: ID, size: 'large' }, status: 200, reply: 'vector-databases/get', result: dbResult },
    { name: 'client.vectorDatabases.setTags(id, tags)', call: (c) => c.vectorDatabases.setTags(ID, ['ai']), method: 'PUT', path: `${V}/tags`, body: { id: ID, tags: ['ai'] }, status: 200, reply: 'vector-databases/get', result: dbResult },
    { name: 'client.vectorDatabases.backups(id)', call: (c) => c.vectorDatabases.backups(ID), method: 'GET', path: `${V}/backups`, status: 200, reply: 'vector-databases/backups', result: many(VectorDatabaseBackup, 'vector-databases/backups', 'backups') },
    { name: 'client.vectorDatabases.restore(id, backupId)', call: (c) => c.vectorDatabases.restore(ID, BACKUP), method: 'POST', path: `${V}/backups/${BACKUP}/restore`, body: { id: ID, backup_id: BACKUP }, status: 200, reply: 'vector-databases/restore', result: bare(VectorDatabaseRestore, 'restore') },
    { name: 'db.restore(backup)', call: (c) => db(c).restore(Object.assign(new VectorDatabaseBackup(), { backupId: BACKUP })), method: 'POST', path: `${V}/backups/${BACKUP}/restore`, body: { id: ID, backup_id: BACKUP }, status: 200, reply: 'vector-databases/restore', result: bare(VectorDatabaseRestore, 'restore') },
    { name: 'client.vectorDatabases.restoreStatus(id, backupId)', call: (c) => c.vectorDatabases.restoreStatus(ID, BACKUP), method: 'GET', path: `${V}/backups/${BACKUP}/restore`, status: 200, reply: 'vector-databases/restore-status', result: bare(VectorDatabaseRestore, 'restore-status') },
    { name: 'client.vectorDatabases.credentials(id)', call: (c) => c.vectorDatabases.credentials(ID), method: 'GET', path: `${V}/credentials`, status: 200, reply: 'vector-databases/credentials', result: bare(VectorDatabaseCredentials, 'credentials') },
  ]);

  itRefuses([
    ['create of an unknown size', (c) => c.vectorDatabases.create({ name: 'x', projectId: PROJECT, region: 'tor1', size: 'huge' as never }), 'attrs.size'],
    ['create without a project', (c) => c.vectorDatabases.create({ name: 'x', projectId: 'default', region: 'tor1', size: 'small' }), 'attrs.projectId'],
    ['an unknown quantization', (c) => c.vectorDatabases.update(ID, { config: { defaultQuantization: 'zz' as never } }), 'attrs.config.defaultQuantization'],
    ['tags with spaces', (c) => c.vectorDatabases.setTags(ID, ['a b']), 'tags[0]'],
    ['resize to xl', (c) => c.vectorDatabases.resize(ID, 'xl' as never), 'size'],
    ['an empty id', (c) => c.vectorDatabases.get(''), 'id'],
  ]);

  it('list() reads page after page, 200 at a time, until the total is reached', async () => {
    const item = fixture<{ vector_dbs: Array<Record<string, unknown>> }>('vector-databases/list').vector_dbs[0];
    const dbs = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ ...item, id: `db-${from + i}` }));
    stubApi('GET', '/v2/vector-databases', { page: '1', per_page: '200' }).reply(200, { total: 201, vector_dbs: dbs(0, 200) });
    stubApi('GET', '/v2/vector-databases', { page: '2', per_page: '200' }).reply(200, { total: 201, vector_dbs: dbs(200, 1) });
    const all = await testClient().vectorDatabases.list();
    expect(all.map((d) => d.id)).toEqual(Array.from({ length: 201 }, (_, i) => `db-${i}`));
    expect(all.every((d) => d instanceof VectorDatabase)).toBe(true);
  });

  it('list() stops after a full page that reaches the total', async () => {
    const item = fixture<{ vector_dbs: Array<Record<string, unknown>> }>('vector-databases/list').vector_dbs[0];
    stubApi('GET', '/v2/vector-databases', { page: '1', per_page: '200' }).reply(200, { total: 200, vector_dbs: Array.from({ length: 200 }, (_, i) => ({ ...item, id: `db-${i}` })) });
    expect((await testClient().vectorDatabases.list()).length).toBe(200);
  });

  it('list() is a lazy listing: streamed, it reads page 1, the last page back to page 2, then page 1 again', async () => {
    const item = fixture<{ vector_dbs: Array<Record<string, unknown>> }>('vector-databases/list').vector_dbs[0];
    const dbs = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ ...item, id: `db-${from + i}` }));
    const client = testClient();
    const pages: number[] = [];
    client.on('request', ({ path }) => pages.push(Number(new URLSearchParams(path.split('?')[1]).get('page'))));
    const listing = client.vectorDatabases.list();
    expect(listing).toBeInstanceOf(Paginator);
    stubApi('GET', '/v2/vector-databases', { page: '1', per_page: '200' }).twice().reply(200, { total: 201, vector_dbs: dbs(0, 200) });
    stubApi('GET', '/v2/vector-databases', { page: '2', per_page: '200' }).reply(200, { total: 201, vector_dbs: dbs(200, 1) });
    const ids: string[] = [];
    for await (const db of listing) ids.push(db.id);
    expect(ids).toEqual(Array.from({ length: 201 }, (_, i) => `db-${i}`));
    expect(pages).toEqual([1, 2, 1]);
  });

  it('waitUntilActive() reloads until active and rejects with ResourceFailedError on errored', async () => {
    const client = testClient();
    const creating = loaded(client, VectorDatabase, 'vector-databases/create', 'vector_db');
    stubApi('GET', V).reply(200, fixture('vector-databases/get'));
    await expect(creating.waitUntilActive({ interval: 5 })).resolves.toBe(creating);
    expect(creating.status).toBe('active');
    const again = loaded(client, VectorDatabase, 'vector-databases/create', 'vector_db');
    stubApi('GET', V).reply(200, { vector_db: { ...fixture<{ vector_db: object }>('vector-databases/get').vector_db, status: 'errored' } });
    const error = await again.waitUntilActive({ interval: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceFailedError);
    expect(error).toMatchObject({ resource: again, state: 'errored', wanted: 'active' });
  });

  it('keeps the API token out of util.inspect', () => {
    const credentials = testClient().attach(Object.assign(new VectorDatabaseCredentials(), { apiToken: 'wv-secret-token', userId: 'u' }));
    expect(inspect(credentials)).not.toContain('wv-secret-token');
    expect(JSON.stringify(credentials)).toContain('wv-secret-token');
  });
});
