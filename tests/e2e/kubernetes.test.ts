import {
  ResourceFailedError,
  ClusterlintResults,
  DockerCredentials,
  GarbageCollection,
  KubernetesCluster,
  KubernetesCredentials,
  KubernetesNodePool,
  NotFoundError,
  OneClick,
  Registry,
  RegistryManifest,
  RegistryRepository,
  RegistryTag,
  UnprocessableEntityError,
} from '../../lib/index.js';
import { Router } from '../../lib/testing/router.js';
import { OWN_SUITES } from './modules.js';
import { FAST, itConforms, startHarness, useHarness, type Harness } from './support.js';

/** Every `METHOD /template` answered, by the shared harness and by those of single tests. */
const answered = new Set<string>();
const note = (harness: Harness) => {
  for (const key of harness.conformance.checked.keys()) answered.add(key.replace(/ \d+$/, ''));
};
// Retries on, so that the injected 503s on the long-running paths are ridden out; changes take
// long enough (200 ms) that their in-between states can be seen on a loaded machine.
const h = useHarness({ actionDurationMs: 200 }, { maxRetries: 2, retryBaseDelay: 1 });

const LB_RULES = [{ entryProtocol: 'http' as const, entryPort: 80, targetProtocol: 'http' as const, targetPort: 30080 }];

describe('Kubernetes, container registries and 1-Click apps end to end', () => {
  it('creates a cluster with two pools, waits for it, resizes a pool, upgrades it, fetches its kubeconfig, lists a seeded repository, collects garbage, and deletes it all', async () => {
    const options = await h.client.kubernetes.options();
    expect(options.versions.map((v) => v.slug)).toEqual(['1.33.1-do.0', '1.32.5-do.0', '1.31.9-do.0']);
    expect(options.regions.map((r) => r.slug)).toContain('nyc3');
    expect(options.sizes.map((s) => s.slug)).toContain('s-2vcpu-4gb');

    const cluster = await h.client.kubernetes.create({
      name: 'prod',
      region: 'nyc3',
      version: '1.32.5-do.0',
      tags: ['prod'],
      nodePools: [
        { name: 'web', size: 's-1vcpu-2gb', count: 2 },
        { name: 'workers', size: 's-2vcpu-4gb', count: 1, labels: { role: 'worker' }, taints: [{ key: 'batch', value: 'true', effect: 'NoSchedule' }] },
      ],
    });
    expect(cluster).toBeInstanceOf(KubernetesCluster);
    expect(cluster.state).toBe('provisioning');
    expect(cluster.tags).toEqual(['k8s', `k8s:${cluster.id}`, 'prod']);
    expect(cluster.pools.map((p) => [p.name, p.count, p.nodes.length, p.clusterId])).toEqual([
      ['web', 2, 2, cluster.id],
      ['workers', 1, 1, cluster.id],
    ]);

    // A failing poll is retried: the wait still ends running.
    const fault = h.sim.injectFault({ method: 'GET', path: `/v2/kubernetes/clusters/${cluster.id}`, status: 503 });
    await cluster.waitUntilRunning(FAST);
    expect(fault.hits).toBe(1);
    expect(cluster.state).toBe('running');
    expect(cluster.ipv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(cluster.pools.every((pool) => pool.ready)).toBe(true);
    expect((await h.client.kubernetes.list()).map((c) => c.id)).toEqual([cluster.id]);

    const [web, workers] = await cluster.nodePools();
    expect(web).toBeInstanceOf(KubernetesNodePool);
    expect(workers.taints.map((t) => t.effect)).toEqual(['NoSchedule']);
    await web.resize(3);
    expect([web.count, web.ready]).toEqual([3, false]);
    h.sim.injectFault({ method: 'GET', path: `/v2/kubernetes/clusters/${cluster.id}/node_pools/${web.id}`, status: 503 });
    await web.waitUntilReady(FAST);
    expect(web.nodes.map((n) => n.status.state)).toEqual(['running', 'running', 'running']);

    const upgrades = await cluster.upgrades();
    expect(upgrades.map((v) => v.slug)).toEqual(['1.33.1-do.0']);
    await expect(cluster.upgrade('1.31.9-do.0')).rejects.toBeInstanceOf(UnprocessableEntityError);
    await cluster.upgrade(upgrades[0]);
    expect(cluster.state).toBe('upgrading');
    await cluster.waitUntilRunning(FAST);
    expect(cluster.version).toBe('1.33.1-do.0');
    expect(await cluster.upgrades()).toEqual([]);

    const kubeconfig = await cluster.kubeconfig({ expirySeconds: 3600 });
    expect(typeof kubeconfig).toBe('string');
    expect(kubeconfig).toContain('apiVersion: v1');
    expect(kubeconfig).toContain(`server: ${cluster.endpoint}`);
    expect(kubeconfig).toMatch(/token: doks_[0-9a-f]+/);

    const registry = await h.client.registry.get();
    expect(registry).toBeInstanceOf(Registry);
    expect([registry.name, registry.subscription?.tier.slug]).toEqual(['example', 'basic']);
    const web1 = registry.repository('web');
    const tags = await web1.tags();
    expect(tags.map((t) => [t.constructor, t.tag])).toEqual([
      [RegistryTag, 'latest'],
      [RegistryTag, 'v1.1.0'],
      [RegistryTag, 'v1.0.0'],
    ]);
    expect((await web1.manifests()).map((m) => m.tags)).toEqual([['latest', 'v1.1.0'], ['v1.0.0'], []]);
    const before = registry.storageUsageBytes;

    const gc = await registry.garbageCollect();
    expect(gc).toBeInstanceOf(GarbageCollection);
    expect(gc.status).toBe('requested');
    h.sim.injectFault({ method: 'GET', path: '/v2/registry/example/garbage-collections', status: 503 });
    await gc.wait(FAST);
    expect(gc.status).toBe('succeeded');
    expect([gc.blobsDeleted, gc.freedBytes > 0]).toEqual([3, true]);
    expect((await web1.manifests()).map((m) => m.tags)).toEqual([['latest', 'v1.1.0'], ['v1.0.0']]);
    expect((await registry.reload()).storageUsageBytes).toBeLessThan(before);

    // What the cluster made for itself: a load balancer targeting its tag, and a volume tagged with it.
    const lb = await h.client.loadBalancers.create({ name: 'prod-ingress', region: 'nyc3', forwardingRules: LB_RULES, tag: `k8s:${cluster.id}` });
    const volume = await h.client.volumes.create({ name: 'pvc-data', sizeGigabytes: 10, region: 'nyc3', tags: [`k8s:${cluster.id}`] });
    const associated = await cluster.associatedResources();
    expect(associated.loadBalancers.map((r) => r.id)).toEqual([lb.id]);
    expect(associated.volumes.map((r) => [r.id, r.name])).toEqual([[volume.id, 'pvc-data']]);
    await cluster.destroySelective({ loadBalancers: [lb.id], volumes: [volume.id] });
    await expect(cluster.reload()).rejects.toBeInstanceOf(NotFoundError);
    await expect(lb.reload()).rejects.toBeInstanceOf(NotFoundError);
    await expect(volume.reload()).rejects.toBeInstanceOf(NotFoundError);
    expect(await h.client.kubernetes.list()).toEqual([]);
  });

  it('every other cluster, node pool and node operation, the registry integration and 1-Click add-ons', async () => {
    const cluster = await h.client.kubernetes.create({ name: 'staging', region: 'ams3', version: 'latest', nodePools: [{ name: 'pool-a', size: 's-1vcpu-2gb', count: 1 }] });
    expect(cluster.version).toBe('1.33.1-do.0');
    await expect(h.client.kubernetes.create({ name: 'staging', region: 'ams3', version: 'latest', nodePools: [{ name: 'x', size: 's-1vcpu-2gb', count: 1 }] })).rejects.toBeInstanceOf(
      UnprocessableEntityError,
    );
    await expect(cluster.upgrade('1.33.1-do.0')).rejects.toBeInstanceOf(UnprocessableEntityError);
    await h.client.kubernetes.get(cluster.id).then((c) => c.waitUntilRunning(FAST));

    const updated = await h.client.kubernetes.update(cluster.id, { name: 'staging-2', tags: ['staging'], autoUpgrade: true, maintenancePolicy: { startTime: '03:00', day: 'sunday' } });
    expect([updated.name, updated.autoUpgrade, updated.maintenancePolicy?.day, updated.tags]).toEqual(['staging-2', true, 'sunday', ['k8s', `k8s:${cluster.id}`, 'staging']]);
    await cluster.reload();
    await cluster.update({ surgeUpgrade: true });
    expect([cluster.name, cluster.surgeUpgrade]).toEqual(['staging-2', true]);

    const credentials = await h.client.kubernetes.credentials(cluster.id, { expirySeconds: 600 });
    expect(credentials).toBeInstanceOf(KubernetesCredentials);
    expect(credentials.server).toBe(cluster.endpoint);
    expect(credentials.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(600_000);
    expect((await cluster.credentials()).token).toMatch(/^doks_/);
    expect(await h.client.kubernetes.kubeconfig(cluster.id)).toContain('kind: Config');
    expect(await cluster.user()).toMatchObject({ username: 'sammy@example.com', groups: ['k8saas:authenticated'] });
    expect((await h.client.kubernetes.user(cluster.id)).groups).toEqual(['k8saas:authenticated']);
    expect((await h.client.kubernetes.upgrades(cluster.id)).length).toBe(0);

    const runId = await cluster.runClusterlint({ excludeGroups: ['security'] });
    const results = await cluster.clusterlintResults(runId);
    expect(results).toBeInstanceOf(ClusterlintResults);
    expect(results.diagnostics.map((d) => d.checkName)).toEqual(['unused-config-map', 'node-name-pod-selector']);
    const latestRun = await h.client.kubernetes.runClusterlint(cluster.id, { includeChecks: ['privileged-containers'] });
    expect((await h.client.kubernetes.clusterlintResults(cluster.id)).runId).toBe(latestRun);

    // Node pools and nodes by id.
    const pool = await h.client.kubernetes.createNodePool(cluster.id, { name: 'pool-b', size: 's-2vcpu-4gb', count: 2, autoScale: true, minNodes: 1, maxNodes: 4 });
    expect(pool.clusterId).toBe(cluster.id);
    await pool.waitUntilReady(FAST);
    const fetched = await h.client.kubernetes.getNodePool(cluster.id, pool.id);
    expect(fetched.nodes.map((n) => [n.clusterId, n.nodePoolId, n.status.state])).toEqual([
      [cluster.id, pool.id, 'running'],
      [cluster.id, pool.id, 'running'],
    ]);
    const renamed = await h.client.kubernetes.updateNodePool(cluster.id, pool.id, { name: 'pool-b2', count: 3, autoScale: true, minNodes: 1, maxNodes: 4 });
    expect([renamed.name, renamed.count]).toEqual(['pool-b2', 3]);
    await renamed.waitUntilReady(FAST);
    const [first, second, third] = renamed.nodes;
    const recycled = await h.client.kubernetes.recycleNodePool(cluster.id, pool.id, [first.id]);
    expect(recycled.nodes.filter((n) => n.id === first.id).map((n) => n.status.state)).not.toContain('running');
    await recycled.waitUntilReady(FAST);
    expect(recycled.nodes.map((n) => n.id)).not.toContain(first.id);
    await h.client.kubernetes.deleteNode(cluster.id, pool.id, second.id, { replace: true });
    await third.destroy({ skipDrain: true });
    await renamed.reload();
    expect(renamed.count).toBe(2);
    await renamed.waitUntilReady(FAST);
    expect(renamed.nodes.map((n) => n.id)).not.toContain(second.id);
    await renamed.deleteNode(renamed.nodes[0].id);
    await h.client.kubernetes.deleteNodePool(cluster.id, pool.id);
    const added = await cluster.addNodePool({ name: 'pool-c', size: 's-1vcpu-2gb', count: 1 });
    expect((await h.client.kubernetes.nodePools(cluster.id)).map((p) => p.name)).toEqual(['pool-a', 'pool-c']);
    expect((await cluster.nodePool(added.id)).name).toBe('pool-c');
    await cluster.deleteNodePool(added.id);
    await expect(cluster.nodePool(added.id)).rejects.toBeInstanceOf(NotFoundError);

    // The container registry integration.
    await h.client.kubernetes.addRegistry([cluster.id]);
    expect(await cluster.reload()).toMatchObject({ registryEnabled: true, registries: ['example'] });
    await h.client.kubernetes.removeRegistry([cluster.id]);
    expect((await cluster.reload()).registryEnabled).toBe(false);
    await h.client.kubernetes.addRegistries({ clusterUuids: [cluster.id], registries: ['example'] });
    expect((await cluster.reload()).registries).toEqual(['example']);
    await h.client.kubernetes.removeRegistries({ clusterUuids: [cluster.id], registries: ['example'] });
    expect((await cluster.reload()).registries).toEqual([]);

    // 1-Click add-ons.
    const apps = await h.client.oneClicks.list({ type: 'kubernetes' });
    expect(apps.every((app) => app instanceof OneClick && app.type === 'kubernetes')).toBe(true);
    expect((await h.client.oneClicks.list()).some((app) => app.type === 'droplet')).toBe(true);
    expect(await h.client.oneClicks.installKubernetes({ clusterUuid: cluster.id, addonSlugs: ['monitoring'] })).toMatch(/kicked off/);
    expect(await cluster.installOneClicks(['cert-manager'])).toMatch(/kicked off/);
    await expect(cluster.installOneClicks(['wordpress-20-04'])).rejects.toBeInstanceOf(UnprocessableEntityError);

    // An upgrade leaves status messages.
    const since = new Date(Date.now() - 1000);
    expect(await cluster.statusMessages()).toEqual([]);

    // Deleting with every associated resource, a volume snapshot among them.
    const volume = await h.client.volumes.create({ name: 'pvc-logs', sizeGigabytes: 5, region: 'ams3', tags: [`k8s:${cluster.id}`] });
    const snapshot = await volume.snapshot('pvc-logs-1', { tags: [`k8s:${cluster.id}`] });
    expect((await h.client.kubernetes.associatedResources(cluster.id)).volumeSnapshots.map((s) => s.id)).toEqual([snapshot.id]);
    await h.client.kubernetes.deleteDangerous(cluster.id);
    await expect(h.client.volumes.get(volume.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.snapshots.get(snapshot.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await h.client.kubernetes.statusMessages(cluster.id, { since }).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);

    // Plain deletes, by id and from the model.
    const old = await h.client.kubernetes.create({ name: 'old', region: 'nyc3', version: '1.31.9-do.0', nodePools: [{ name: 'p', size: 's-1vcpu-2gb', count: 1 }] });
    await old.waitUntilRunning(FAST);
    await old.upgrade('1.32.5-do.0');
    await old.waitUntilRunning(FAST);
    expect((await old.statusMessages({ since })).map((m) => m.message)).toEqual(['Cluster upgrade to 1.32.5-do.0 started', 'Cluster upgrade to 1.32.5-do.0 completed']);
    const doomed = await h.client.kubernetes.create({ name: 'doomed', region: 'nyc3', version: 'latest', nodePools: [{ name: 'p', size: 's-1vcpu-2gb', count: 1 }] });
    await h.client.kubernetes.deleteSelective(doomed.id, {});
    const waiting = doomed.waitUntilRunning(FAST);
    await expect(waiting).rejects.toBeInstanceOf(NotFoundError);
    await h.client.kubernetes.delete(old.id);
    await expect(old.destroy()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('the account registry and named registries: repositories, tags, manifests, garbage collections, subscription, options, names, credentials', async () => {
    // A clock of its own, so that garbage collections move on only when the test says.
    let clock = Date.now();
    const own = await startHarness({ now: () => clock });
    try {
      await registryWorkflow(own, (ms) => (clock += ms));
      expect(own.conformance.violations).toEqual([]);
    } finally {
      note(own);
      await own.sim.stop();
    }
  });

  it('named registries: repositories by name, their tags and manifests, and deleting a repository', async () => {
    // The simulator seeds the account registry: a fresh simulator shows it under /v2/registries too.
    const own = await startHarness();
    try {
      const registries = own.client.registries;
      expect((await registries.list()).map((r) => r.name)).toEqual(['example']);
      const repository = registries.repository('example', 'web');
      expect((await repository.tags()).map((t) => t.tag)).toEqual(['latest', 'v1.1.0', 'v1.0.0']);
      expect((await registries.tags('example', 'web')).length).toBe(3);
      const manifests = await registries.manifests('example', 'web');
      expect(manifests.length).toBe(3);
      await registries.deleteTag('example', 'web', 'v1.0.0');
      await registries.deleteManifest('example', 'web', manifests[0].digest);
      expect((await repository.manifests()).length).toBe(2);
      await repository.destroy();
      await registries.deleteRepository('example', 'worker');
      expect(await registries.repositories('example')).toEqual([]);
      expect(own.conformance.violations).toEqual([]);
    } finally {
      note(own);
      await own.sim.stop();
    }
  });

  it('answers every operation of the Kubernetes, registry and 1-Click modules', () => {
    note(h);
    const router = new Router();
    for (const module of OWN_SUITES.kubernetes) module.routes(router);
    expect(router.operations.filter((op) => !answered.has(op))).toEqual([]);
    expect(router.operations.length).toBe(67);
  });

  itConforms(() => h);
});

/** The registry workflow, on a simulator whose clock `advance` moves on. */
async function registryWorkflow(h: Harness, advance: (ms: number) => void): Promise<void> {
  const registry = await h.client.registry.get();
  const sub = await h.client.registry.subscription();
  expect(sub.tier.slug).toBe('basic');
  expect((await h.client.registry.updateSubscription('professional')).tier.slug).toBe('professional');
  await expect(h.client.registry.updateSubscription('starter')).rejects.toBeInstanceOf(UnprocessableEntityError);
  const options = await h.client.registry.options();
  expect(options.availableRegions).toEqual(['nyc3', 'sfo3', 'ams3', 'sgp1', 'fra1']);
  expect(options.subscriptionTiers.find((t) => t.slug === 'starter')?.eligibilityReasons).toEqual(['OverRepositoryLimit']);
  expect(await h.client.registry.validateName('example')).toBe(false);
  expect(await h.client.registry.validateName('fresh-name')).toBe(true);
  const credentials = await h.client.registry.dockerCredentials({ readWrite: true, expirySeconds: 3600 });
  expect(credentials).toBeInstanceOf(DockerCredentials);
  expect(Buffer.from(credentials.auth!, 'base64').toString()).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  const readOnly = (await registry.dockerCredentials()).auth;
  expect(Buffer.from(readOnly!, 'base64').toString()).toMatch(/^([0-9a-f]{64}):\1$/);
  expect(readOnly).not.toBe(credentials.auth);

  const legacy = await h.client.registry.legacyRepositories('example');
  expect(legacy.map((r) => [r.name, r.latestTag?.tag, r.tagCount])).toEqual([
    ['web', 'latest', 3],
    ['worker', 'latest', 1],
  ]);
  const repositories = await registry.repositories();
  expect(repositories.map((r) => [r.constructor, r.name, r.manifestCount])).toEqual([
    [RegistryRepository, 'web', 3],
    [RegistryRepository, 'worker', 1],
  ]);
  expect((await h.client.registry.repositories('example')).length).toBe(2);
  expect((await h.client.registry.tags('example', 'web')).map((t) => t.tag)).toEqual(['latest', 'v1.1.0', 'v1.0.0']);
  const manifests = await h.client.registry.manifests('example', 'web');
  expect(manifests[0]).toBeInstanceOf(RegistryManifest);
  await h.client.registry.deleteTag('example', 'web', 'v1.1.0');
  const [web] = repositories;
  await web.deleteTag('v1.0.0');
  expect((await web.tags()).map((t) => t.tag)).toEqual(['latest']);
  const [latestTag] = await web.tags();
  await latestTag.destroy();
  expect(await web.tags()).toEqual([]);
  expect((await web.manifests()).map((m) => m.tags)).toEqual([[], [], []]);
  await h.client.registry.deleteManifest('example', 'web', manifests[1].digest);
  await web.deleteManifest(manifests[0].digest);
  expect((await web.manifests()).map((m) => m.digest)).toEqual([manifests[2].digest]);
  const [worker] = await h.client.registry.manifests('example', 'worker');
  await worker.destroy();

  // A garbage collection runs alone and can be cancelled.
  const gc = await h.client.registry.garbageCollect('example', { type: 'unreferenced blobs only' });
  await expect(registry.garbageCollect()).rejects.toMatchObject({ status: 409 });
  expect((await h.client.registry.garbageCollection('example')).uuid).toBe(gc.uuid);
  expect((await registry.garbageCollection()).uuid).toBe(gc.uuid);
  const cancelled = await h.client.registry.cancelGarbageCollection('example', gc.uuid);
  expect(cancelled.status).toBe('cancelled');
  await expect(gc.wait(FAST)).rejects.toBeInstanceOf(ResourceFailedError);
  advance(60_000);
  expect((await h.client.registry.garbageCollections('example')).map((c) => c.status)).toEqual(['cancelled']);
  const collected = await registry.garbageCollect();
  const done = collected.wait(FAST);
  advance(60_000);
  await registry.reload();
  advance(60_000);
  await done;
  expect((await registry.garbageCollections()).map((c) => c.status)).toEqual(['succeeded', 'cancelled']);
  expect(await web.manifests()).toEqual([]);
  await expect(h.client.registry.garbageCollection('example')).rejects.toBeInstanceOf(NotFoundError);

  // The account's registry: deleted, then made again.
  await registry.destroy();
  await expect(h.client.registry.get()).rejects.toBeInstanceOf(NotFoundError);
  const made = await h.client.registry.create({ name: 'example-2', subscriptionTierSlug: 'basic', region: 'fra1' });
  expect([made.name, made.region, made.subscription?.tier.slug]).toEqual(['example-2', 'fra1', 'basic']);
  await h.client.registry.delete();

  // Named registries.
  const one = await h.client.registries.create({ name: 'team-a', region: 'sfo2', subscriptionTierSlug: 'professional' });
  const two = await h.client.registries.create({ name: 'team-b' });
  expect((await h.client.registries.list()).map((r) => r.name)).toEqual(['team-a', 'team-b']);
  expect((await h.client.registries.get('team-a')).region).toBe('sfo2');
  expect((await h.client.registries.subscription()).tier.slug).toBe('professional');
  expect((await h.client.registries.updateSubscription('basic')).tier.slug).toBe('basic');
  expect((await h.client.registries.options()).availableRegions).toContain('syd1');
  expect(await h.client.registries.validateName('team-a')).toBe(false);
  expect(Buffer.from((await h.client.registries.dockerCredentials('team-a')).auth!, 'base64').toString()).toMatch(/^([0-9a-f]{64}):\1$/);
  expect(Buffer.from((await one.dockerCredentials()).auth!, 'base64').toString()).toMatch(/^([0-9a-f]{64}):\1$/);
  expect(await h.client.registries.repositories('team-a')).toEqual([]);
  expect(await one.repositories()).toEqual([]);
  const gc2 = await one.garbageCollect();
  expect((await h.client.registries.garbageCollection('team-a')).uuid).toBe(gc2.uuid);
  const waited = gc2.wait(FAST);
  advance(60_000);
  await h.client.registries.get('team-a');
  advance(60_000);
  await waited;
  const gc3 = await h.client.registries.garbageCollect('team-a');
  await h.client.registries.cancelGarbageCollection('team-a', gc3.uuid);
  expect((await h.client.registries.garbageCollections('team-a')).map((c) => c.uuid)).toEqual([gc3.uuid, gc2.uuid]);
  await two.destroy();
  await h.client.registries.delete('team-a');
  expect(await h.client.registries.list()).toEqual([]);
}
