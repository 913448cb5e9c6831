import { inspect } from 'node:util';
import { SpacesKey } from '../../../../lib/index.js';
import { fixture, json } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const K = '/v2/spaces/keys/DO00QWERTY7EXAMPLE';
const GRANTS = [{ bucket: 'assets', permission: 'readwrite' as const }];
const got = (value: unknown) => {
  expect(value).toBeInstanceOf(SpacesKey);
  expect(json(value)).toEqual(fixture<{ keys: unknown[] }>('spaces-keys/get').keys[0]);
};

describe('SpacesKeysCollection and SpacesKey', () => {
  itSends([
    { name: 'client.spacesKeys.list()', call: (c) => c.spacesKeys.list(), method: 'GET', path: '/v2/spaces/keys', query: PAGE, status: 200, reply: 'spaces-keys/list', result: many(SpacesKey, 'spaces-keys/list', 'keys') },
    { name: 'client.spacesKeys.list(filters)', call: (c) => c.spacesKeys.list({ sort: 'name', sortDirection: 'asc', bucket: 'assets', permission: 'readwrite', name: 'ci-uploads' }), method: 'GET', path: '/v2/spaces/keys', query: { ...PAGE, sort: 'name', sort_direction: 'asc', bucket: 'assets', permission: 'readwrite', name: 'ci-uploads' }, status: 200, reply: 'spaces-keys/list', result: many(SpacesKey, 'spaces-keys/list', 'keys') },
    { name: 'client.spacesKeys.get(accessKey)', call: (c) => c.spacesKeys.get('DO00QWERTY7EXAMPLE'), method: 'GET', path: K, status: 200, reply: 'spaces-keys/get', result: got },
    { name: 'client.spacesKeys.create(attrs)', call: (c) => c.spacesKeys.create({ name: 'ci-uploads', grants: GRANTS }), method: 'POST', path: '/v2/spaces/keys', body: { name: 'ci-uploads', grants: GRANTS }, status: 201, reply: 'spaces-keys/create', result: one(SpacesKey, 'spaces-keys/create', 'key') },
    { name: 'client.spacesKeys.create(full access)', call: (c) => c.spacesKeys.create({ name: 'admin', grants: [{ bucket: '', permission: 'fullaccess' }] }), method: 'POST', path: '/v2/spaces/keys', body: { name: 'admin', grants: [{ bucket: '', permission: 'fullaccess' }] }, status: 201, reply: 'spaces-keys/create', result: one(SpacesKey, 'spaces-keys/create', 'key') },
    { name: 'client.spacesKeys.update(accessKey, attrs)', call: (c) => c.spacesKeys.update('DO00QWERTY7EXAMPLE', { name: 'ci' }), method: 'PATCH', path: K, body: { name: 'ci' }, status: 200, reply: 'spaces-keys/update', result: one(SpacesKey, 'spaces-keys/update', 'key') },
    { name: 'client.spacesKeys.replace(accessKey, attrs)', call: (c) => c.spacesKeys.replace('DO00QWERTY7EXAMPLE', { name: 'ci', grants: GRANTS }), method: 'PUT', path: K, body: { name: 'ci', grants: GRANTS }, status: 200, reply: 'spaces-keys/update', result: one(SpacesKey, 'spaces-keys/update', 'key') },
    { name: 'client.spacesKeys.delete(accessKey)', call: (c) => c.spacesKeys.delete('DO00QWERTY7EXAMPLE'), method: 'DELETE', path: K, status: 204, result: nothing },
    { name: 'key.update(attrs) keeps the secret', call: (c) => loaded(c, SpacesKey, 'spaces-keys/create', 'key').update({ grants: GRANTS }), method: 'PATCH', path: K, body: { grants: GRANTS }, status: 200, reply: 'spaces-keys/update', result: (v) => expect(v).toMatchObject({ name: 'ci', secretKey: 'kT0yR8pXw2Vn5sQh9LmC3bZf6JdA1eUg4iOoYtEr' }) },
    { name: 'key.replace(attrs)', call: (c) => loaded(c, SpacesKey, 'spaces-keys/update', 'key').replace({ name: 'ci', grants: GRANTS }), method: 'PUT', path: K, body: { name: 'ci', grants: GRANTS }, status: 200, reply: 'spaces-keys/update', result: (v) => expect(json(v)).toEqual(fixture<{ key: unknown }>('spaces-keys/update').key) },
    { name: 'key.reload() keeps the secret', call: (c) => loaded(c, SpacesKey, 'spaces-keys/create', 'key').reload(), method: 'GET', path: K, status: 200, reply: 'spaces-keys/get', result: (v) => expect(v).toMatchObject({ name: 'ci-uploads', secretKey: 'kT0yR8pXw2Vn5sQh9LmC3bZf6JdA1eUg4iOoYtEr' }) },
    { name: 'key.destroy()', call: (c) => loaded(c, SpacesKey, 'spaces-keys/create', 'key').destroy(), method: 'DELETE', path: K, status: 204, result: nothing },
  ]);

  itRefuses([
    ['create without grants', (c) => c.spacesKeys.create({ name: 'x', grants: [] }), 'attrs.grants'],
    ['create with an unknown permission', (c) => c.spacesKeys.create({ name: 'x', grants: [{ bucket: 'assets', permission: 'write' as never }] }), 'attrs.grants[0].permission'],
    ['create with a bad bucket name', (c) => c.spacesKeys.create({ name: 'x', grants: [{ bucket: 'My_Bucket', permission: 'read' }] }), 'attrs.grants[0].bucket'],
    ['update with snake_case attributes', (c) => c.spacesKeys.update('DO00QWERTY7EXAMPLE', { access_key: 'x' } as never), 'attrs'],
    ['get with an empty key', (c) => c.spacesKeys.get(''), 'accessKey'],
    ['list sorted sideways', (c) => c.spacesKeys.list({ sortDirection: 'up' as never }), 'sortDirection'],
  ]);

  it('shows the secret as [REDACTED] in util.inspect and keeps it in toJSON()', async () => {
    const { testClient } = await import('../../../helpers.js');
    const key = loaded(testClient(), SpacesKey, 'spaces-keys/create', 'key');
    expect(inspect(key)).not.toContain('kT0yR8pXw2Vn5sQh9LmC3bZf6JdA1eUg4iOoYtEr');
    expect(JSON.stringify(key)).toContain('kT0yR8pXw2Vn5sQh9LmC3bZf6JdA1eUg4iOoYtEr');
  });
});
