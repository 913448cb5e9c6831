import nock from 'nock';
import {
  AbortError,
  ResourceFailedError,
  ClusterlintResults,
  KubernetesAssociatedResources,
  KubernetesCluster,
  KubernetesClusterUser,
  KubernetesCredentials,
  KubernetesNodePool,
  KubernetesOptions,
  KubernetesStatusMessage,
  KubernetesVersion,
  WaitTimeoutError,
} from '../../../../lib/index.js';
import { fixture, fixtureText, ORIGIN, stubApi, testClient, TOKEN } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one, whole } from '../../../operations.js';

const ID = 'bd5f5959-5e1e-4205-a714-a914373942af';
const POOL = 'cdda885e-7663-40c8-bc74-3a036c66545d';
const NODE = '478247f8-b1bb-4f7a-8db9-2a5f8d4b8f8f';
const NODE2 = 'ad12e744-c2a9-473d-8aa9-be5680500eb1';
const RUN = '50c2f44c-011d-493e-aee5-361a4a0d1844';
const CLUSTER = `/v2/kubernetes/clusters/${ID}`;
const POOLS = `${CLUSTER}/node_pools`;

/** Expects models of `cls` equal to the fixture's array under `key`, each pool knowing its cluster. */
function pools(name: string, key: string): (value: unknown) => void {
  return (value) => {
    many(KubernetesNodePool, name, key)(value);
    for (const pool of value as KubernetesNodePool[]) {
      expect(pool.clusterId).toBe(ID);
      for (const node of pool.nodes) expect([node.clusterId, node.nodePoolId]).toEqual([ID, pool.id]);
    }
  };
}

const cluster = (c: Parameters<typeof loaded>[0]) => loaded(c, KubernetesCluster, 'kubernetes/get-cluster', 'kubernetes_cluster');
const pool = (c: Parameters<typeof loaded>[0]) => loaded(c, KubernetesNodePool, 'kubernetes/get-node-pool', 'node_pool').adopt(ID);

const CREATE = {
  name: 'prod-cluster-01',
  region: 'nyc3',
  version: '1.32.5-do.0',
  tags: ['production', 'web-team'],
  surgeUpgrade: true,
  controlPlaneFirewall: { enabled: true, allowedAddresses: ['203.0.113.0/24'] },
  clusterAutoscalerConfiguration: { scaleDownUtilizationThreshold: 0.65, scaleDownUnneededTime: '1m0s', expanders: ['priority' as const] },
  routingAgent: { enabled: true },
  nodePools: [
    {
      name: 'frontend-pool',
      size: 's-1vcpu-2gb',
      count: 2,
      tags: ['production', 'web-team'],
      labels: { service: 'frontend', priority: 'high' },
      taints: [{ key: 'priority', value: 'high', effect: 'NoSchedule' as const }],
      autoScale: true,
      minNodes: 2,
      maxNodes: 5,
    },
    { name: 'backend-pool', size: 's-2vcpu-4gb', count: 1 },
  ],
};
const CREATE_BODY = {
  name: 'prod-cluster-01',
  region: 'nyc3',
  version: '1.32.5-do.0',
  tags: ['production', 'web-team'],
  surge_upgrade: true,
  control_plane_firewall: { enabled: true, allowed_addresses: ['203.0.113.0/24'] },
  cluster_autoscaler_configuration: { scale_down_utilization_threshold: 0.65, scale_down_unneeded_time: '1m0s', expanders: ['priority'] },
  routing_agent: { enabled: true },
  node_pools: [
    {
      name: 'frontend-pool',
      size: 's-1vcpu-2gb',
      count: 2,
      tags: ['production', 'web-team'],
      labels: { service: 'frontend', priority: 'high' },
      taints: [{ key: 'priority', value: 'high', effect: 'NoSchedule' }],
      auto_scale: true,
      min_nodes: 2,
      max_nodes: 5,
    },
    { name: 'backend-pool', size: 's-2vcpu-4gb', count: 1 },
  ],
};
const POOL_UPDATE = { name: 'frontend-pool', count: 3, tags: ['production', 'web-team'], labels: { service: 'frontend', priority: 'high' }, taints: [{ key: 'priority', value: 'high', effect: 'NoSchedule' as const }], autoScale: true, minNodes: 2, maxNodes: 5 };
const POOL_UPDATE_BODY = { name: 'frontend-pool', count: 3, tags: ['production', 'web-team'], labels: { service: 'frontend', priority: 'high' }, taints: [{ key: 'priority', value: 'high', effect: 'NoSchedule' }], auto_scale: true, min_nodes: 2, max_nodes: 5 };

describe('KubernetesCollection, KubernetesCluster, KubernetesNodePool and KubernetesNode', () => {
  itSends([
    { name: 'client.kubernetes.list()', call: (c) => c.kubernetes.list(), method: 'GET', path: '/v2/kubernetes/clusters', query: PAGE, status: 200, reply: 'kubernetes/list-clusters', result: many(KubernetesCluster, 'kubernetes/list-clusters', 'kubernetes_clusters') },
    { name: 'client.kubernetes.get(id)', call: (c) => c.kubernetes.get(ID), method: 'GET', path: CLUSTER, status: 200, reply: 'kubernetes/get-cluster', result: one(KubernetesCluster, 'kubernetes/get-cluster', 'kubernetes_cluster') },
    { name: 'client.kubernetes.create(attrs)', call: (c) => c.kubernetes.create(CREATE), method: 'POST', path: '/v2/kubernetes/clusters', body: CREATE_BODY, status: 201, reply: 'kubernetes/get-cluster-provisioning', result: one(KubernetesCluster, 'kubernetes/get-cluster-provisioning', 'kubernetes_cluster') },
    { name: 'client.kubernetes.update(id, attrs)', call: (c) => c.kubernetes.update(ID, { name: 'prod-cluster-01', autoUpgrade: true, maintenancePolicy: { startTime: '12:00', day: 'any' } }), method: 'PUT', path: CLUSTER, body: { name: 'prod-cluster-01', auto_upgrade: true, maintenance_policy: { start_time: '12:00', day: 'any' } }, status: 202, reply: 'kubernetes/get-cluster', result: one(KubernetesCluster, 'kubernetes/get-cluster', 'kubernetes_cluster') },
    { name: 'client.kubernetes.delete(id)', call: (c) => c.kubernetes.delete(ID), method: 'DELETE', path: CLUSTER, status: 204, result: nothing },
    { name: 'client.kubernetes.associatedResources(id)', call: (c) => c.kubernetes.associatedResources(ID), method: 'GET', path: `${CLUSTER}/destroy_with_associated_resources`, status: 200, reply: 'kubernetes/associated-resources', result: whole(KubernetesAssociatedResources, 'kubernetes/associated-resources') },
    { name: 'client.kubernetes.deleteSelective(id, resources)', call: (c) => c.kubernetes.deleteSelective(ID, { loadBalancers: ['4de7ac8b-495b-4884-9a69-1050c6793cd6'], volumes: ['ba49449a-7435-11ea-b89e-0a58ac14480f'], volumeSnapshots: ['edb0478d-7436-11ea-86e6-0a58ac144b91'] }), method: 'DELETE', path: `${CLUSTER}/destroy_with_associated_resources/selective`, body: { load_balancers: ['4de7ac8b-495b-4884-9a69-1050c6793cd6'], volumes: ['ba49449a-7435-11ea-b89e-0a58ac14480f'], volume_snapshots: ['edb0478d-7436-11ea-86e6-0a58ac144b91'] }, status: 204, result: nothing },
    { name: 'client.kubernetes.deleteDangerous(id)', call: (c) => c.kubernetes.deleteDangerous(ID), method: 'DELETE', path: `${CLUSTER}/destroy_with_associated_resources/dangerous`, status: 204, result: nothing },
    { name: 'client.kubernetes.credentials(id, { expirySeconds })', call: (c) => c.kubernetes.credentials(ID, { expirySeconds: 300 }), method: 'GET', path: `${CLUSTER}/credentials`, query: { expiry_seconds: '300' }, status: 200, reply: 'kubernetes/credentials', result: whole(KubernetesCredentials, 'kubernetes/credentials') },
    { name: 'client.kubernetes.upgrades(id)', call: (c) => c.kubernetes.upgrades(ID), method: 'GET', path: `${CLUSTER}/upgrades`, status: 200, reply: 'kubernetes/upgrades', result: many(KubernetesVersion, 'kubernetes/upgrades', 'available_upgrade_versions') },
    { name: 'client.kubernetes.user(id)', call: (c) => c.kubernetes.user(ID), method: 'GET', path: `${CLUSTER}/user`, status: 200, reply: 'kubernetes/user', result: one(KubernetesClusterUser, 'kubernetes/user', 'kubernetes_cluster_user') },
    { name: 'client.kubernetes.nodePools(id)', call: (c) => c.kubernetes.nodePools(ID), method: 'GET', path: POOLS, status: 200, reply: 'kubernetes/list-node-pools', result: pools('kubernetes/list-node-pools', 'node_pools') },
    { name: 'client.kubernetes.getNodePool(id, pool)', call: (c) => c.kubernetes.getNodePool(ID, POOL), method: 'GET', path: `${POOLS}/${POOL}`, status: 200, reply: 'kubernetes/get-node-pool', result: one(KubernetesNodePool, 'kubernetes/get-node-pool', 'node_pool') },
    { name: 'client.kubernetes.createNodePool(id, attrs)', call: (c) => c.kubernetes.createNodePool(ID, CREATE.nodePools[0]), method: 'POST', path: POOLS, body: CREATE_BODY.node_pools[0], status: 201, reply: 'kubernetes/get-node-pool', result: one(KubernetesNodePool, 'kubernetes/get-node-pool', 'node_pool') },
    { name: 'client.kubernetes.updateNodePool(id, pool, attrs)', call: (c) => c.kubernetes.updateNodePool(ID, POOL, POOL_UPDATE), method: 'PUT', path: `${POOLS}/${POOL}`, body: POOL_UPDATE_BODY, status: 202, reply: 'kubernetes/get-node-pool-resizing', result: one(KubernetesNodePool, 'kubernetes/get-node-pool-resizing', 'node_pool') },
    { name: 'client.kubernetes.deleteNodePool(id, pool)', call: (c) => c.kubernetes.deleteNodePool(ID, POOL), method: 'DELETE', path: `${POOLS}/${POOL}`, status: 204, result: nothing },
    { name: 'client.kubernetes.deleteNode(id, pool, node, { skipDrain, replace })', call: (c) => c.kubernetes.deleteNode(ID, POOL, NODE, { skipDrain: true, replace: false }), method: 'DELETE', path: `${POOLS}/${POOL}/nodes/${NODE}`, query: { skip_drain: '1', replace: '0' }, status: 202, result: nothing },
    { name: 'client.kubernetes.options()', call: (c) => c.kubernetes.options(), method: 'GET', path: '/v2/kubernetes/options', status: 200, reply: 'kubernetes/options', result: one(KubernetesOptions, 'kubernetes/options', 'options') },
    { name: 'client.kubernetes.runClusterlint(id, attrs)', call: (c) => c.kubernetes.runClusterlint(ID, { includeGroups: ['basic', 'doks'], excludeChecks: ['default-namespace'] }), method: 'POST', path: `${CLUSTER}/clusterlint`, body: { include_groups: ['basic', 'doks'], exclude_checks: ['default-namespace'] }, status: 202, reply: 'kubernetes/clusterlint-run', result: (v) => expect(v).toBe(RUN) },
    { name: 'client.kubernetes.clusterlintResults(id, runId)', call: (c) => c.kubernetes.clusterlintResults(ID, RUN), method: 'GET', path: `${CLUSTER}/clusterlint`, query: { run_id: RUN }, status: 200, reply: 'kubernetes/clusterlint', result: whole(ClusterlintResults, 'kubernetes/clusterlint') },
    { name: 'client.kubernetes.statusMessages(id, { since })', call: (c) => c.kubernetes.statusMessages(ID, { since: new Date('2025-05-20T00:00:00Z') }), method: 'GET', path: `${CLUSTER}/status_messages`, query: { since: '2025-05-20T00:00:00.000Z' }, status: 200, reply: 'kubernetes/status-messages', result: many(KubernetesStatusMessage, 'kubernetes/status-messages', 'messages') },
    { name: 'client.kubernetes.addRegistry(ids)', call: (c) => c.kubernetes.addRegistry([ID]), method: 'POST', path: '/v2/kubernetes/registry', body: { cluster_uuids: [ID] }, status: 204, result: nothing },
    { name: 'client.kubernetes.removeRegistry(ids)', call: (c) => c.kubernetes.removeRegistry([ID]), method: 'DELETE', path: '/v2/kubernetes/registry', body: { cluster_uuids: [ID] }, status: 204, result: nothing },
    { name: 'client.kubernetes.addRegistries(attrs)', call: (c) => c.kubernetes.addRegistries({ clusterUuids: [ID], registries: ['example', 'example-staging'] }), method: 'POST', path: '/v2/kubernetes/registries', body: { cluster_uuids: [ID], registries: ['example', 'example-staging'] }, status: 204, result: nothing },
    { name: 'client.kubernetes.removeRegistries(attrs)', call: (c) => c.kubernetes.removeRegistries({ clusterUuids: [ID], registries: ['example'] }), method: 'DELETE', path: '/v2/kubernetes/registries', body: { cluster_uuids: [ID], registries: ['example'] }, status: 204, result: nothing },
    // The model's verbs.
    { name: 'cluster.reload()', call: (c) => cluster(c).reload(), method: 'GET', path: CLUSTER, status: 200, reply: 'kubernetes/get-cluster', result: one(KubernetesCluster, 'kubernetes/get-cluster', 'kubernetes_cluster') },
    { name: 'cluster.update(attrs) sends its own name', call: (c) => cluster(c).update({ ha: true }), method: 'PUT', path: CLUSTER, body: { name: 'prod-cluster-01', ha: true }, status: 202, reply: 'kubernetes/get-cluster', result: one(KubernetesCluster, 'kubernetes/get-cluster', 'kubernetes_cluster') },
    { name: 'cluster.destroy()', call: (c) => cluster(c).destroy(), method: 'DELETE', path: CLUSTER, status: 204, result: nothing },
    { name: 'cluster.nodePools()', call: (c) => cluster(c).nodePools(), method: 'GET', path: POOLS, status: 200, reply: 'kubernetes/list-node-pools', result: pools('kubernetes/list-node-pools', 'node_pools') },
    { name: 'cluster.nodePool(id)', call: (c) => cluster(c).nodePool(POOL), method: 'GET', path: `${POOLS}/${POOL}`, status: 200, reply: 'kubernetes/get-node-pool', result: one(KubernetesNodePool, 'kubernetes/get-node-pool', 'node_pool') },
    { name: 'cluster.addNodePool(attrs)', call: (c) => cluster(c).addNodePool({ name: 'backend-pool', size: 's-2vcpu-4gb', count: 1 }), method: 'POST', path: POOLS, body: { name: 'backend-pool', size: 's-2vcpu-4gb', count: 1 }, status: 201, reply: 'kubernetes/get-node-pool', result: one(KubernetesNodePool, 'kubernetes/get-node-pool', 'node_pool') },
    { name: 'cluster.deleteNodePool(id)', call: (c) => cluster(c).deleteNodePool(POOL), method: 'DELETE', path: `${POOLS}/${POOL}`, status: 204, result: nothing },
    { name: 'cluster.upgrades()', call: (c) => cluster(c).upgrades(), method: 'GET', path: `${CLUSTER}/upgrades`, status: 200, reply: 'kubernetes/upgrades', result: many(KubernetesVersion, 'kubernetes/upgrades', 'available_upgrade_versions') },
    { name: 'cluster.credentials()', call: (c) => cluster(c).credentials(), method: 'GET', path: `${CLUSTER}/credentials`, status: 200, reply: 'kubernetes/credentials', result: whole(KubernetesCredentials, 'kubernetes/credentials') },
    { name: 'cluster.user()', call: (c) => cluster(c).user(), method: 'GET', path: `${CLUSTER}/user`, status: 200, reply: 'kubernetes/user', result: one(KubernetesClusterUser, 'kubernetes/user', 'kubernetes_cluster_user') },
    { name: 'cluster.associatedResources()', call: (c) => cluster(c).associatedResources(), method: 'GET', path: `${CLUSTER}/destroy_with_associated_resources`, status: 200, reply: 'kubernetes/associated-resources', result: whole(KubernetesAssociatedResources, 'kubernetes/associated-resources') },
    { name: 'cluster.destroySelective(resources)', call: (c) => cluster(c).destroySelective({ volumes: ['ba49449a-7435-11ea-b89e-0a58ac14480f'] }), method: 'DELETE', path: `${CLUSTER}/destroy_with_associated_resources/selective`, body: { volumes: ['ba49449a-7435-11ea-b89e-0a58ac14480f'] }, status: 204, result: nothing },
    { name: 'cluster.destroyDangerous()', call: (c) => cluster(c).destroyDangerous(), method: 'DELETE', path: `${CLUSTER}/destroy_with_associated_resources/dangerous`, status: 204, result: nothing },
    { name: 'cluster.runClusterlint()', call: (c) => cluster(c).runClusterlint(), method: 'POST', path: `${CLUSTER}/clusterlint`, body: {}, status: 202, reply: 'kubernetes/clusterlint-run', result: (v) => expect(v).toBe(RUN) },
    { name: 'cluster.clusterlintResults() (the latest run)', call: (c) => cluster(c).clusterlintResults(), method: 'GET', path: `${CLUSTER}/clusterlint`, status: 200, reply: 'kubernetes/clusterlint', result: whole(ClusterlintResults, 'kubernetes/clusterlint') },
    { name: 'cluster.statusMessages()', call: (c) => cluster(c).statusMessages(), method: 'GET', path: `${CLUSTER}/status_messages`, status: 200, reply: 'kubernetes/status-messages', result: many(KubernetesStatusMessage, 'kubernetes/status-messages', 'messages') },
    { name: 'cluster.installOneClicks(slugs)', call: (c) => cluster(c).installOneClicks(['monitoring']), method: 'POST', path: '/v2/1-clicks/kubernetes', body: { addon_slugs: ['monitoring'], cluster_uuid: ID }, status: 200, reply: 'one-clicks/install', result: (v) => expect(v).toBe('Successfully kicked off addon job.') },
    { name: 'pool.update(attrs) sends its own name and count', call: (c) => pool(c).update({ labels: { service: 'frontend' } }), method: 'PUT', path: `${POOLS}/${POOL}`, body: { name: 'frontend-pool', count: 2, labels: { service: 'frontend' } }, status: 202, reply: 'kubernetes/get-node-pool', result: one(KubernetesNodePool, 'kubernetes/get-node-pool', 'node_pool') },
    { name: 'pool.resize(count)', call: (c) => pool(c).resize(3), method: 'PUT', path: `${POOLS}/${POOL}`, body: { name: 'frontend-pool', count: 3 }, status: 202, reply: 'kubernetes/get-node-pool-resizing', result: one(KubernetesNodePool, 'kubernetes/get-node-pool-resizing', 'node_pool') },
    { name: 'pool.reload()', call: (c) => pool(c).reload(), method: 'GET', path: `${POOLS}/${POOL}`, status: 200, reply: 'kubernetes/get-node-pool', result: one(KubernetesNodePool, 'kubernetes/get-node-pool', 'node_pool') },
    { name: 'pool.destroy()', call: (c) => pool(c).destroy(), method: 'DELETE', path: `${POOLS}/${POOL}`, status: 204, result: nothing },
    { name: 'pool.deleteNode(id)', call: (c) => pool(c).deleteNode(NODE), method: 'DELETE', path: `${POOLS}/${POOL}/nodes/${NODE}`, status: 202, result: nothing },
    { name: 'node.destroy({ replace })', call: (c) => pool(c).nodes[1].destroy({ replace: true }), method: 'DELETE', path: `${POOLS}/${POOL}/nodes/${NODE2}`, query: { replace: '1' }, status: 202, result: nothing },
    { name: 'node.replace()', call: (c) => pool(c).nodes[0].replace(), method: 'DELETE', path: `${POOLS}/${POOL}/nodes/${NODE}`, query: { replace: '1' }, status: 202, result: nothing },
  ]);

  describe('requests of two steps', () => {
    it('client.kubernetes.upgrade(id, version) POSTs the version, then resolves to the cluster reloaded (upgrading)', async () => {
      let sent: unknown;
      stubApi('POST', `${CLUSTER}/upgrade`).reply(202, (_uri, body) => ((sent = body), ''));
      stubApi('GET', CLUSTER).reply(200, fixture('kubernetes/get-cluster-upgrading'));
      const result = await testClient().kubernetes.upgrade(ID, '1.33.1-do.0');
      expect(sent).toEqual({ version: '1.33.1-do.0' });
      expect([result.id, result.state]).toEqual([ID, 'upgrading']);
    });

    it('cluster.upgrade(version model) sends its slug and updates the cluster in place', async () => {
      const client = testClient();
      const c = cluster(client);
      const version = Object.assign(new KubernetesVersion(), { slug: '1.33.1-do.0', kubernetesVersion: '1.33.1' });
      let sent: unknown;
      stubApi('POST', `${CLUSTER}/upgrade`).reply(202, (_uri, body) => ((sent = body), ''));
      stubApi('GET', CLUSTER).reply(200, fixture('kubernetes/get-cluster-upgrading'));
      expect(await c.upgrade(version)).toBe(c);
      expect(sent).toEqual({ version: '1.33.1-do.0' });
      expect(c.state).toBe('upgrading');
    });

    it('client.kubernetes.recycleNodePool(id, pool, nodes) POSTs the node ids, then resolves to the pool reloaded', async () => {
      let sent: unknown;
      stubApi('POST', `${POOLS}/${POOL}/recycle`).reply(202, (_uri, body) => ((sent = body), ''));
      stubApi('GET', `${POOLS}/${POOL}`).reply(200, fixture('kubernetes/get-node-pool'));
      const result = await testClient().kubernetes.recycleNodePool(ID, POOL, [NODE]);
      expect(sent).toEqual({ nodes: [NODE] });
      expect(result).toBeInstanceOf(KubernetesNodePool);
      expect(result.clusterId).toBe(ID);
    });

    it('pool.recycle(nodes) takes node models too', async () => {
      const p = pool(testClient());
      let sent: unknown;
      stubApi('POST', `${POOLS}/${POOL}/recycle`).reply(202, (_uri, body) => ((sent = body), ''));
      stubApi('GET', `${POOLS}/${POOL}`).reply(200, fixture('kubernetes/get-node-pool'));
      expect(await p.recycle([p.nodes[0], NODE2])).toBe(p);
      expect(sent).toEqual({ nodes: [NODE, NODE2] });
      expect(p.nodes.every((n) => n.clusterId === ID && n.nodePoolId === POOL)).toBe(true);
    });
  });

  describe('kubeconfig', () => {
    const yaml = fixtureText('kubernetes/kubeconfig.yaml');
    const stub = (query: Record<string, string>) =>
      nock(ORIGIN).matchHeader('authorization', `Bearer ${TOKEN}`).matchHeader('accept', 'application/yaml').get(`${CLUSTER}/kubeconfig`).query(query).reply(200, yaml, { 'content-type': 'application/yaml' });

    it('client.kubernetes.kubeconfig(id, options) asks for YAML and resolves to the text', async () => {
      stub({ expiry_seconds: '3600', type: 'token' });
      const text = await testClient().kubernetes.kubeconfig(ID, { expirySeconds: 3600, type: 'token' });
      expect(text).toBe(yaml);
    });

    it('cluster.kubeconfig() resolves to the YAML as it came', async () => {
      stub({});
      await expect(cluster(testClient()).kubeconfig()).resolves.toBe(yaml);
    });
  });

  describe('hydration', () => {
    it('nests pools, nodes, statuses and settings as models that know their cluster and pool', async () => {
      stubApi('GET', CLUSTER).reply(200, fixture('kubernetes/get-cluster'));
      const c = await testClient().kubernetes.get(ID);
      expect([c.state, c.urn, c.createdAt]).toEqual(['running', `do:kubernetes:${ID}`, new Date('2025-05-19T19:35:21Z')]);
      expect(c.pools.map((p) => [p.clusterId, p.nodes.map((n) => [n.clusterId, n.nodePoolId])])).toEqual([
        [ID, [[ID, POOL], [ID, POOL]]],
        [ID, [[ID, 'f49f4379-7e7f-4af5-aeb6-0354bd840778']]],
      ]);
      expect([c.controlPlaneFirewall?.allowedAddresses, c.routingAgent?.enabled, c.maintenancePolicy?.duration]).toEqual([['203.0.113.0/24'], true, '4h0m0s']);
      expect([c.pools[0].ready, c.pools[1].ready]).toEqual([true, false]);
    });

    it('keeps the credentials token out of inspect', async () => {
      stubApi('GET', `${CLUSTER}/credentials`).reply(200, fixture('kubernetes/credentials'));
      const credentials = await testClient().kubernetes.credentials(ID);
      const { inspect } = await import('node:util');
      expect(inspect(credentials)).not.toContain('doks_7f3c');
      expect(credentials.token).toBe('doks_7f3c1e0a9b2d4c6e8f0a1b3c5d7e9f1a');
    });
  });

  describe('waits', () => {
    it('cluster.waitUntilRunning() reloads until the state is running and resolves to the cluster', async () => {
      stubApi('POST', '/v2/kubernetes/clusters').reply(201, fixture('kubernetes/get-cluster-provisioning'));
      const client = testClient();
      const c = await client.kubernetes.create(CREATE);
      stubApi('GET', CLUSTER).reply(200, fixture('kubernetes/get-cluster-provisioning')).get(CLUSTER).reply(200, fixture('kubernetes/get-cluster'));
      const seen: string[] = [];
      await expect(c.waitUntilRunning({ interval: 1, onProgress: (x) => seen.push(x.state!) })).resolves.toBe(c);
      expect(seen).toEqual(['provisioning', 'running']);
    });

    it('cluster.waitUntilRunning() rejects with ResourceFailedError carrying the cluster when it errors', async () => {
      const c = loaded(testClient(), KubernetesCluster, 'kubernetes/get-cluster-provisioning', 'kubernetes_cluster');
      stubApi('GET', CLUSTER).reply(200, fixture('kubernetes/get-cluster-error'));
      const error = await c.waitUntilRunning({ interval: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect(error).toMatchObject({ resource: c, state: 'error', wanted: 'running' });
    });

    it('cluster.waitUntilRunning() rejects with WaitTimeoutError after the timeout', async () => {
      const c = loaded(testClient(), KubernetesCluster, 'kubernetes/get-cluster-provisioning', 'kubernetes_cluster');
      stubApi('GET', CLUSTER).times(10).optionally().reply(200, fixture('kubernetes/get-cluster-provisioning'));
      await expect(c.waitUntilRunning({ interval: 5, timeout: 20 })).rejects.toBeInstanceOf(WaitTimeoutError);
    });

    it('cluster.waitUntilRunning() rejects with AbortError at once when its signal aborts, and sends nothing more', async () => {
      const c = loaded(testClient(), KubernetesCluster, 'kubernetes/get-cluster-provisioning', 'kubernetes_cluster');
      const controller = new AbortController();
      const waiting = c.waitUntilRunning({ interval: 60_000, signal: controller.signal });
      controller.abort();
      await expect(waiting).rejects.toBeInstanceOf(AbortError);
    });

    it('pool.waitUntilReady() reloads until every node runs', async () => {
      const p = loaded(testClient(), KubernetesNodePool, 'kubernetes/get-node-pool-resizing', 'node_pool').adopt(ID);
      expect(p.ready).toBe(false);
      const done = fixture<{ node_pool: { nodes: Array<{ status: { state: string } }> } }>('kubernetes/get-node-pool-resizing');
      for (const node of done.node_pool.nodes) node.status.state = 'running';
      stubApi('GET', `${POOLS}/${POOL}`).reply(200, fixture('kubernetes/get-node-pool-resizing')).get(`${POOLS}/${POOL}`).reply(200, done);
      await expect(p.waitUntilReady({ interval: 1 })).resolves.toBe(p);
      expect(p.nodes.map((n) => [n.status.state, n.clusterId])).toEqual([['running', ID], ['running', ID], ['running', ID]]);
    });
  });

  itRefuses([
    ['get with a path instead of an id', (c) => c.kubernetes.get('../droplets'), 'id'],
    ['create without node pools', (c) => c.kubernetes.create({ ...CREATE, nodePools: [] }), 'attrs.nodePools'],
    ['create with a pool of no nodes', (c) => c.kubernetes.create({ ...CREATE, nodePools: [{ name: 'p', size: 's-1vcpu-2gb', count: 0 }] }), 'attrs.nodePools[0].count'],
    ['create with a bad taint effect', (c) => c.kubernetes.create({ ...CREATE, nodePools: [{ name: 'p', size: 's-1vcpu-2gb', count: 1, taints: [{ key: 'k', value: 'v', effect: 'Never' as never }] }] }), 'attrs.nodePools[0].taints[0].effect'],
    ['create with a bad subnet', (c) => c.kubernetes.create({ ...CREATE, clusterSubnet: '10.0.0.0' }), 'attrs.clusterSubnet'],
    ['create with a bad maintenance time', (c) => c.kubernetes.create({ ...CREATE, maintenancePolicy: { startTime: '25:00' } }), 'attrs.maintenancePolicy.startTime'],
    ['create with an unknown attribute', (c) => c.kubernetes.create({ ...CREATE, node_pools: [] } as never), 'attrs'],
    ['update without a name', (c) => c.kubernetes.update(ID, { autoUpgrade: true } as never), 'attrs.name'],
    ['updateNodePool without a count', (c) => c.kubernetes.updateNodePool(ID, POOL, { name: 'p' } as never), 'attrs.count'],
    ['resize to 0 nodes', (c) => pool(c).resize(0), 'count'],
    ['recycle no nodes', (c) => c.kubernetes.recycleNodePool(ID, POOL, []), 'nodes'],
    ['deleteNode with a node name', (c) => c.kubernetes.deleteNode(ID, POOL, 'frontend-pool-3s9k1'), 'nodeId'],
    ['deleteNode with replace as a number', (c) => c.kubernetes.deleteNode(ID, POOL, NODE, { replace: 1 as never }), 'replace'],
    ['deleteSelective with a name instead of an id', (c) => c.kubernetes.deleteSelective(ID, { volumes: ['pvc-data'] }), 'resources.volumes[0]'],
    ['kubeconfig with a negative expiry', (c) => c.kubernetes.kubeconfig(ID, { expirySeconds: -1 }), 'expirySeconds'],
    ['kubeconfig of an unknown type', (c) => c.kubernetes.kubeconfig(ID, { type: 'oidc' as never }), 'type'],
    ['upgrade to a version with a space', (c) => c.kubernetes.upgrade(ID, '1.33 latest'), 'version'],
    ['clusterlintResults with a bad run id', (c) => c.kubernetes.clusterlintResults(ID, 'latest'), 'runId'],
    ['statusMessages since a string', (c) => c.kubernetes.statusMessages(ID, { since: '2025-01-01' as never }), 'since'],
    ['addRegistry to no cluster', (c) => c.kubernetes.addRegistry([]), 'attrs.clusterUuids'],
    ['addRegistries with a bad registry name', (c) => c.kubernetes.addRegistries({ clusterUuids: [ID], registries: ['Example'] }), 'attrs.registries[0]'],
    ['installOneClicks with nothing to install', (c) => cluster(c).installOneClicks([]), 'addonSlugs'],
  ]);
});
