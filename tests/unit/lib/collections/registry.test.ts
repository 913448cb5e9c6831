import { inspect } from 'node:util';
import {
  ResourceFailedError,
  ApiError,
  DockerCredentials,
  GarbageCollection,
  Registry,
  RegistryManifest,
  RegistryOptions,
  RegistryRepository,
  RegistrySubscription,
  RegistryTag,
  type DigitalOcean,
} from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, many, nothing, one, whole } from '../../../operations.js';

const GC = 'eff0feee-49c7-4e8f-ba5c-a320c109c8a8';
const DIGEST = 'sha256:cb8a924afdf0229ef7515d9e5b3024e23b3eb03ddbba287f4a19c6ac90b8d221';

/** The account's registry, loaded through `/v2/registry`. */
async function account(client: DigitalOcean): Promise<Registry> {
  stubApi('GET', '/v2/registry').reply(200, fixture('registry/get'));
  return client.registry.get();
}

/** A named registry, loaded through `/v2/registries`. */
async function named(client: DigitalOcean): Promise<Registry> {
  stubApi('GET', '/v2/registries/example').reply(200, fixture('registry/registries-get'));
  return client.registries.get('example');
}

/** The first repository of a registry's listing. */
async function firstRepository(client: DigitalOcean, family: 'registry' | 'registries'): Promise<RegistryRepository> {
  stubApi('GET', `/v2/${family}/example/repositoriesV2`, PAGE).reply(200, fixture('registry/repositories-v2'));
  return (await (family === 'registry' ? client.registry : client.registries).repositories('example'))[0];
}

const gcRow = (family: 'registry' | 'registries') => `/v2/${family}/example/garbage-collection`;

describe('RegistryCollection, RegistriesCollection, Registry, RegistryRepository, RegistryTag, RegistryManifest and GarbageCollection', () => {
  describe.each(['registry', 'registries'] as const)('what both families share, through /v2/%s', (family) => {
    const col = (c: DigitalOcean) => (family === 'registry' ? c.registry : c.registries);
    const base = `/v2/${family}/example`;
    itSends([
      { name: `client.${family}.subscription()`, call: (c) => col(c).subscription(), method: 'GET', path: `/v2/${family}/subscription`, status: 200, reply: 'registry/subscription', result: one(RegistrySubscription, 'registry/subscription', 'subscription') },
      { name: `client.${family}.updateSubscription(tier)`, call: (c) => col(c).updateSubscription('basic'), method: 'POST', path: `/v2/${family}/subscription`, body: { tier_slug: 'basic' }, status: 200, reply: 'registry/subscription', result: one(RegistrySubscription, 'registry/subscription', 'subscription') },
      { name: `client.${family}.options()`, call: (c) => col(c).options(), method: 'GET', path: `/v2/${family}/options`, status: 200, reply: 'registry/options', result: one(RegistryOptions, 'registry/options', 'options') },
      { name: `client.${family}.validateName(name) when free`, call: (c) => col(c).validateName('example-2'), method: 'POST', path: `/v2/${family}/validate-name`, body: { name: 'example-2' }, status: 204, result: (v) => expect(v).toBe(true) },
      { name: `client.${family}.repositories(name)`, call: (c) => col(c).repositories('example'), method: 'GET', path: `${base}/repositoriesV2`, query: PAGE, status: 200, reply: 'registry/repositories-v2', result: many(RegistryRepository, 'registry/repositories-v2', 'repositories') },
      { name: `client.${family}.tags(name, repository)`, call: (c) => col(c).tags('example', 'web'), method: 'GET', path: `${base}/repositories/web/tags`, query: PAGE, status: 200, reply: 'registry/tags', result: many(RegistryTag, 'registry/tags', 'tags') },
      { name: `client.${family}.tags(name, a repository with a slash) encodes it`, call: (c) => col(c).tags('example', 'team/api'), method: 'GET', path: `${base}/repositories/team%2Fapi/tags`, query: PAGE, status: 200, reply: 'registry/tags', result: many(RegistryTag, 'registry/tags', 'tags') },
      { name: `client.${family}.deleteTag(name, repository, tag)`, call: (c) => col(c).deleteTag('example', 'web', 'v1.1.0'), method: 'DELETE', path: `${base}/repositories/web/tags/v1.1.0`, status: 204, result: nothing },
      { name: `client.${family}.manifests(name, repository)`, call: (c) => col(c).manifests('example', 'web'), method: 'GET', path: `${base}/repositories/web/digests`, query: PAGE, status: 200, reply: 'registry/manifests', result: many(RegistryManifest, 'registry/manifests', 'manifests') },
      { name: `client.${family}.deleteManifest(name, repository, digest)`, call: (c) => col(c).deleteManifest('example', 'web', DIGEST), method: 'DELETE', path: `${base}/repositories/web/digests/${DIGEST}`, status: 204, result: nothing },
      { name: `client.${family}.garbageCollection(name)`, call: (c) => col(c).garbageCollection('example'), method: 'GET', path: gcRow(family), status: 200, reply: 'registry/garbage-collection', result: one(GarbageCollection, 'registry/garbage-collection', 'garbage_collection') },
      { name: `client.${family}.garbageCollections(name)`, call: (c) => col(c).garbageCollections('example'), method: 'GET', path: `${base}/garbage-collections`, query: PAGE, status: 200, reply: 'registry/garbage-collections', result: many(GarbageCollection, 'registry/garbage-collections', 'garbage_collections') },
      { name: `client.${family}.cancelGarbageCollection(name, uuid)`, call: (c) => col(c).cancelGarbageCollection('example', GC), method: 'PUT', path: `${base}/garbage-collection/${GC}`, body: { cancel: true }, status: 200, reply: 'registry/garbage-collection-cancelled', result: one(GarbageCollection, 'registry/garbage-collection-cancelled', 'garbage_collection') },
      { name: `client.${family}.garbageCollect(name)`, call: (c) => col(c).garbageCollect('example'), method: 'POST', path: gcRow(family), status: 201, reply: 'registry/garbage-collection', result: one(GarbageCollection, 'registry/garbage-collection', 'garbage_collection') },
      { name: `client.${family}.repository(name, repo).tags()`, call: (c) => col(c).repository('example', 'web').tags(), method: 'GET', path: `${base}/repositories/web/tags`, query: PAGE, status: 200, reply: 'registry/tags', result: many(RegistryTag, 'registry/tags', 'tags') },
    ]);

    it(`client.${family}.validateName(name) resolves to false when the API answers 409`, async () => {
      stubApi('POST', `/v2/${family}/validate-name`).reply(409, { id: 'conflict', message: 'Registry name is not available.' });
      await expect(col(testClient()).validateName('example')).resolves.toBe(false);
    });

    it(`client.${family}.validateName(name) rethrows other failures`, async () => {
      stubApi('POST', `/v2/${family}/validate-name`).reply(422, { id: 'unprocessable_entity', message: 'no' });
      await expect(col(testClient()).validateName('example')).rejects.toBeInstanceOf(ApiError);
    });

    it(`models listed through /v2/${family} reach their sub-resources through it`, async () => {
      const client = testClient();
      const repository = await firstRepository(client, family);
      stubApi('GET', `${base}/repositories/web/tags`, PAGE).reply(200, fixture('registry/tags'));
      const [tag] = await repository.tags();
      stubApi('DELETE', `${base}/repositories/web/tags/latest`).reply(204);
      await tag.destroy();
      stubApi('GET', `${base}/repositories/web/digests`, PAGE).reply(200, fixture('registry/manifests'));
      const [manifest] = await repository.manifests();
      stubApi('DELETE', `${base}/repositories/web/digests/${DIGEST}`).reply(204);
      await manifest.destroy();
      stubApi('DELETE', `${base}/repositories/web/tags/v1.0.0`).reply(204);
      await repository.deleteTag('v1.0.0');
      stubApi('DELETE', `${base}/repositories/web/digests/${DIGEST}`).reply(204);
      await repository.deleteManifest(DIGEST);
      stubApi('DELETE', '/v2/registries/example/repositories/web').reply(204);
      await repository.destroy();
    });
  });

  itSends([
    { name: 'client.registry.get()', call: (c) => c.registry.get(), method: 'GET', path: '/v2/registry', status: 200, reply: 'registry/get', result: one(Registry, 'registry/get', 'registry') },
    { name: 'client.registry.create(attrs)', call: (c) => c.registry.create({ name: 'example', subscriptionTierSlug: 'basic', region: 'nyc3' }), method: 'POST', path: '/v2/registry', body: { name: 'example', subscription_tier_slug: 'basic', region: 'nyc3' }, status: 201, reply: 'registry/get', result: one(Registry, 'registry/get', 'registry') },
    { name: 'client.registry.delete()', call: (c) => c.registry.delete(), method: 'DELETE', path: '/v2/registry', status: 204, result: nothing },
    { name: 'client.registry.dockerCredentials({ expirySeconds, readWrite })', call: (c) => c.registry.dockerCredentials({ expirySeconds: 3600, readWrite: true }), method: 'GET', path: '/v2/registry/docker-credentials', query: { expiry_seconds: '3600', read_write: 'true' }, status: 200, reply: 'registry/docker-credentials', result: whole(DockerCredentials, 'registry/docker-credentials') },
    { name: 'client.registry.legacyRepositories(name)', call: (c) => c.registry.legacyRepositories('example'), method: 'GET', path: '/v2/registry/example/repositories', query: PAGE, status: 200, reply: 'registry/repositories', result: many(RegistryRepository, 'registry/repositories', 'repositories') },
    { name: 'client.registry.garbageCollect(name, { type })', call: (c) => c.registry.garbageCollect('example', { type: 'untagged manifests only' }), method: 'POST', path: '/v2/registry/example/garbage-collection', body: { type: 'untagged manifests only' }, status: 201, reply: 'registry/garbage-collection', result: one(GarbageCollection, 'registry/garbage-collection', 'garbage_collection') },
    { name: 'client.registries.list()', call: (c) => c.registries.list(), method: 'GET', path: '/v2/registries', status: 200, reply: 'registry/registries-list', result: many(Registry, 'registry/registries-list', 'registries') },
    { name: 'client.registries.get(name)', call: (c) => c.registries.get('example'), method: 'GET', path: '/v2/registries/example', status: 200, reply: 'registry/registries-get', result: one(Registry, 'registry/registries-get', 'registry') },
    { name: 'client.registries.create(attrs)', call: (c) => c.registries.create({ name: 'example', region: 'syd1' }), method: 'POST', path: '/v2/registries', body: { name: 'example', region: 'syd1' }, status: 201, reply: 'registry/registries-get', result: one(Registry, 'registry/registries-get', 'registry') },
    { name: 'client.registries.delete(name)', call: (c) => c.registries.delete('example'), method: 'DELETE', path: '/v2/registries/example', status: 204, result: nothing },
    { name: 'client.registries.dockerCredentials(name)', call: (c) => c.registries.dockerCredentials('example'), method: 'GET', path: '/v2/registries/example/docker-credentials', status: 200, reply: 'registry/docker-credentials', result: whole(DockerCredentials, 'registry/docker-credentials') },
    { name: 'client.registries.deleteRepository(name, repository)', call: (c) => c.registries.deleteRepository('example', 'team/api'), method: 'DELETE', path: '/v2/registries/example/repositories/team%2Fapi', status: 204, result: nothing },
  ]);

  describe('Registry verbs, through the family it was loaded from', () => {
    it('the account registry: reload, repositories, garbage collections, credentials and destroy through /v2/registry', async () => {
      const client = testClient();
      const registry = await account(client);
      expect([registry.endpoint, registry.subscription?.tier.slug]).toEqual(['registry.digitalocean.com/example', 'basic']);
      stubApi('GET', '/v2/registry').reply(200, fixture('registry/get'));
      expect(await registry.reload()).toBe(registry);
      stubApi('GET', '/v2/registry/example/repositoriesV2', PAGE).reply(200, fixture('registry/repositories-v2'));
      expect((await registry.repositories()).map((r) => r.name)).toEqual(['web', 'team/api']);
      stubApi('POST', '/v2/registry/example/garbage-collection').reply(201, fixture('registry/garbage-collection'));
      expect((await registry.garbageCollect()).uuid).toBe(GC);
      stubApi('GET', '/v2/registry/example/garbage-collection').reply(200, fixture('registry/garbage-collection'));
      expect((await registry.garbageCollection()).status).toBe('requested');
      stubApi('GET', '/v2/registry/example/garbage-collections', PAGE).reply(200, fixture('registry/garbage-collections'));
      expect((await registry.garbageCollections()).map((gc) => gc.status)).toEqual(['succeeded']);
      stubApi('GET', '/v2/registry/docker-credentials', { read_write: 'true' }).reply(200, fixture('registry/docker-credentials'));
      const credentials = await registry.dockerCredentials({ readWrite: true });
      expect(credentials.auth).toMatch(/^YjdkMDNh/);
      expect(inspect(credentials)).not.toContain('YjdkMDNh');
      stubApi('GET', '/v2/registry/example/repositories/web/tags', PAGE).reply(200, fixture('registry/tags'));
      expect((await registry.repository('web').tags()).length).toBe(2);
      stubApi('DELETE', '/v2/registry').reply(204);
      await registry.destroy();
    });

    it('a named registry: reload, repositories, garbage collection, credentials and destroy through /v2/registries/{name}', async () => {
      const client = testClient();
      const registry = await named(client);
      stubApi('GET', '/v2/registries/example').reply(200, fixture('registry/registries-get'));
      await registry.reload();
      stubApi('GET', '/v2/registries/example/repositoriesV2', PAGE).reply(200, fixture('registry/repositories-v2'));
      expect((await registry.repositories()).length).toBe(2);
      let sent: unknown = 'none';
      stubApi('POST', '/v2/registries/example/garbage-collection').reply(201, (_uri, body) => ((sent = body), fixture('registry/garbage-collection')));
      await registry.garbageCollect();
      expect(sent).toBe('');
      stubApi('GET', '/v2/registries/example/docker-credentials').reply(200, fixture('registry/docker-credentials'));
      expect((await registry.dockerCredentials()).auth).toBe('YjdkMDNhNjk0N2IyMTdlZmI2ZjNlYzNiZDM1MDQ1ODI6YjdkMDNhNjk0N2IyMTdlZmI2ZjNlYzNiZDM1MDQ1ODIK');
      stubApi('DELETE', '/v2/registries/example').reply(204);
      await registry.destroy();
    });

    it('refuses what only the /v2/registry endpoints take, on a named registry', async () => {
      const registry = await named(testClient());
      await expect(registry.garbageCollect({ type: 'unreferenced blobs only' })).rejects.toMatchObject({ name: 'ValidationError', field: 'type' });
      await expect(registry.dockerCredentials({ readWrite: true })).rejects.toMatchObject({ name: 'ValidationError', field: 'options' });
    });
  });

  describe('GarbageCollection', () => {
    it('gc.wait() reloads through the listing until it succeeded and resolves to it', async () => {
      const client = testClient();
      stubApi('POST', '/v2/registry/example/garbage-collection').reply(201, fixture('registry/garbage-collection'));
      const gc = await client.registry.garbageCollect('example');
      stubApi('GET', '/v2/registry/example/garbage-collections', PAGE)
        .reply(200, fixture('registry/garbage-collections-running'))
        .get('/v2/registry/example/garbage-collections')
        .query(PAGE)
        .reply(200, fixture('registry/garbage-collections'));
      const seen: string[] = [];
      await expect(gc.wait({ interval: 1, onProgress: (g) => seen.push(g.status) })).resolves.toBe(gc);
      expect(seen).toEqual(['scanning manifests', 'succeeded']);
      expect([gc.done, gc.blobsDeleted, gc.freedBytes]).toEqual([true, 42, 667]);
    });

    it('gc.waitUntilComplete() rejects with ResourceFailedError carrying it when it failed', async () => {
      const client = testClient();
      stubApi('POST', '/v2/registries/example/garbage-collection').reply(201, fixture('registry/garbage-collection'));
      const gc = await client.registries.garbageCollect('example');
      stubApi('GET', '/v2/registries/example/garbage-collections', PAGE).reply(200, fixture('registry/garbage-collections-failed'));
      const error = await gc.waitUntilComplete({ interval: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect(error).toMatchObject({ resource: gc, state: 'failed', wanted: 'succeeded' });
    });

    it('gc.reload() falls back to the running one when the listing does not hold it', async () => {
      const client = testClient();
      stubApi('POST', '/v2/registry/example/garbage-collection').reply(201, fixture('registry/garbage-collection'));
      const gc = await client.registry.garbageCollect('example');
      stubApi('GET', '/v2/registry/example/garbage-collections', PAGE).reply(200, { garbage_collections: [], links: {}, meta: { total: 0 } });
      stubApi('GET', '/v2/registry/example/garbage-collection').reply(200, fixture('registry/garbage-collection-cancelled'));
      expect((await gc.reload()).status).toBe('cancelled');
    });

    it('gc.cancel() PUTs cancel and updates it in place', async () => {
      const client = testClient();
      stubApi('POST', '/v2/registry/example/garbage-collection').reply(201, fixture('registry/garbage-collection'));
      const gc = await client.registry.garbageCollect('example');
      let sent: unknown;
      stubApi('PUT', `/v2/registry/example/garbage-collection/${GC}`).reply(200, (_uri, body) => ((sent = body), fixture('registry/garbage-collection-cancelled')));
      expect(await gc.cancel()).toBe(gc);
      expect([sent, gc.status]).toEqual([{ cancel: true }, 'cancelled']);
    });
  });

  itRefuses([
    ['create with an uppercase name', (c) => c.registry.create({ name: 'Example', subscriptionTierSlug: 'basic' }), 'attrs.name'],
    ['create without a tier', (c) => c.registry.create({ name: 'example' } as never), 'attrs.subscriptionTierSlug'],
    ['create in a region the account registry cannot use', (c) => c.registry.create({ name: 'example', subscriptionTierSlug: 'basic', region: 'syd1' as never }), 'attrs.region'],
    ['registries.create with an unknown tier', (c) => c.registries.create({ name: 'example', subscriptionTierSlug: 'gold' as never }), 'attrs.subscriptionTierSlug'],
    ['updateSubscription to an unknown tier', (c) => c.registry.updateSubscription('gold' as never), 'tierSlug'],
    ['validateName with a dot', (c) => c.registries.validateName('my.registry'), 'name'],
    ['tags of a repository with spaces', (c) => c.registry.tags('example', 'my repo'), 'repository'],
    ['tags of a registry named with a path', (c) => c.registries.tags('../x', 'web'), 'name'],
    ['deleteRepository with an uppercase name', (c) => c.registries.deleteRepository('example', 'Web'), 'repository'],
    ['garbageCollect of an unknown type', (c) => c.registry.garbageCollect('example', { type: 'everything' as never }), 'type'],
    ['dockerCredentials with a fractional expiry', (c) => c.registry.dockerCredentials({ expirySeconds: 1.5 }), 'expirySeconds'],
    ['repository with a bad name', async (c) => c.registry.repository('example', 'a//b').tags(), 'repository'],
  ]);
});
