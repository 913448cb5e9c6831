import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { RouteContext } from '../router.js';
import { accepted, body, created, defineModule, found, noContent, ok, Store, strings } from '../module.js';
import { unprocessable, type World } from '../world.js';
import { account } from './account.js';
import { loadBalancers } from './load-balancers.js';
import { volumes } from './volumes.js';
import { vpcs } from './vpcs.js';
import { registries } from './registries.js';

/** A Kubernetes node as the API answers it. */
export interface KubernetesNodeJson {
  id: string;
  name: string;
  status: { state: 'provisioning' | 'running' | 'draining' | 'deleting' };
  droplet_id: string;
  created_at: string;
  updated_at: string;
}

/** A node pool as the API answers it. */
export interface KubernetesNodePoolJson {
  [key: string]: unknown;
  id: string;
  name: string;
  size: string;
  count: number;
  tags: string[];
  labels: Record<string, unknown> | null;
  taints: Array<{ key: string; value: string; effect: string }>;
  auto_scale: boolean;
  min_nodes: number;
  max_nodes: number;
  nodes: KubernetesNodeJson[];
}

/** A Kubernetes cluster as the API answers it. */
export interface KubernetesClusterJson {
  [key: string]: unknown;
  id: string;
  name: string;
  region: string;
  version: string;
  cluster_subnet: string;
  service_subnet: string;
  vpc_uuid: string;
  ipv4: string;
  endpoint: string;
  tags: string[];
  node_pools: KubernetesNodePoolJson[];
  maintenance_policy: { start_time: string; duration: string; day: string };
  auto_upgrade: boolean;
  status: { state: string; message: string };
  created_at: string;
  updated_at: string;
  surge_upgrade: boolean;
  ha: boolean;
  registry_enabled: boolean;
  registries: string[];
}

/** A Kubernetes version the options offer. */
export interface KubernetesVersionJson {
  slug: string;
  kubernetes_version: string;
  supported_features: string[];
}

/** A clusterlint run's results. */
interface ClusterlintJson {
  run_id: string;
  requested_at: string;
  completed_at: string;
  diagnostics: Array<{ check_name: string; severity: string; message: string; object: { name: string; kind: string; namespace: string } }>;
}

/** The versions the simulator offers, newest first. */
export const KUBERNETES_VERSIONS: readonly KubernetesVersionJson[] = [
  { slug: '1.33.1-do.0', kubernetes_version: '1.33.1', supported_features: ['cluster-autoscaler', 'docr-integration', 'ha-control-plane', 'token-authentication'] },
  { slug: '1.32.5-do.0', kubernetes_version: '1.32.5', supported_features: ['cluster-autoscaler', 'docr-integration', 'ha-control-plane', 'token-authentication'] },
  { slug: '1.31.9-do.0', kubernetes_version: '1.31.9', supported_features: ['cluster-autoscaler', 'docr-integration', 'token-authentication'] },
];

/** The clusterlint checks the simulator reports on every cluster, by group. */
const LINT_FINDINGS = [
  { group: 'basic', check_name: 'unused-config-map', severity: 'warning', message: 'Unused config map', object: { name: 'settings', kind: 'config map', namespace: 'default' } },
  { group: 'doks', check_name: 'node-name-pod-selector', severity: 'error', message: 'Avoid node name label for node selector.', object: { name: 'web', kind: 'pod', namespace: 'default' } },
  { group: 'security', check_name: 'privileged-containers', severity: 'warning', message: 'Privileged container found', object: { name: 'agent', kind: 'pod', namespace: 'kube-system' } },
];

/** Seconds a kubeconfig or credentials token lasts when no expiry is asked for: 7 days. */
const DEFAULT_EXPIRY = 7 * 24 * 3600;

const minor = (version: string): [number, number] => {
  const [major, minorPart] = version.split('.');
  return [Number(major), Number(minorPart)];
};

/** A resource another module keeps, as the associated-resources answer names it. */
interface Named {
  id: string;
  name: string;
  tags: string[];
}

/**
 * What the Kubernetes module needs of the other resources of the simulator: the one place that
 * reads them, so that it follows wherever they are kept.
 */
export interface Neighbours {
  /** The region of a VPC, `undefined` when there is none. */
  vpcRegion(id: string): string | undefined;
  /** The load balancers, with their target tag as `tags`. */
  loadBalancers(): Named[];
  /** The volumes. */
  volumes(): Named[];
  /** The volume snapshots. */
  volumeSnapshots(): Named[];
  /** Deletes a load balancer, a volume (detached first) or a volume snapshot. */
  remove(kind: 'load_balancers' | 'volumes' | 'volume_snapshots', id: string): void;
  /** The account's email address. */
  email(): string;
}

/** The other resources of the simulator a request can reach. */
export function neighbours(ctx: RouteContext): Neighbours {
  const { world } = ctx;
  const named = (items: Iterable<{ id: unknown; name: unknown }>, tags: (item: never) => string[]): Named[] =>
    [...items].map((item) => ({ id: String(item.id), name: String(item.name), tags: tags(item as never) }));
  const lbs = world.state(loadBalancers);
  const vols = world.state(volumes);
  return {
    vpcRegion: (id) => world.state(vpcs).items.get(id)?.region,
    loadBalancers: () => named(lbs.items.values(), (lb: { tag?: unknown }) => (typeof lb.tag === 'string' && lb.tag ? [lb.tag] : [])),
    volumes: () => named(vols.items.values(), (v: { tags?: unknown }) => strings(v.tags)),
    volumeSnapshots: () => named(vols.snapshots.items.values(), (v: { tags?: unknown }) => strings(v.tags)),
    remove(kind, id) {
      if (kind === 'load_balancers') {
        const lb = lbs.items.get(id);
        if (lb) lbs.remove(lb);
      } else if (kind === 'volumes') {
        const volume = vols.items.get(id);
        if (volume) {
          volume.droplet_ids = [];
          vols.remove(volume);
        }
      } else {
        vols.snapshots.items.delete(id);
      }
    },
    email: () => String(world.state(account).account().email),
  };
}

/**
 * The account's Kubernetes clusters, with their node pools and nodes, and the catalogue clusters
 * are created from (`/v2/kubernetes/options`). A cluster is `provisioning` until its nodes boot
 * (one action duration), then `running`; an upgrade takes it through `upgrading`. Load balancers
 * targeting the tag `k8s:{cluster id}` and volumes and volume snapshots tagged so are the cluster's
 * associated resources.
 */
export class KubernetesStore extends Store<KubernetesClusterJson, string> {
  /** The versions offered, newest first. */
  readonly versions: KubernetesVersionJson[] = structuredClone([...KUBERNETES_VERSIONS]);
  /** The 1-Click add-ons installed on each cluster, by cluster id. */
  readonly addons = new Map<string, string[]>();
  readonly #lint = new Map<string, ClusterlintJson[]>();
  readonly #messages = new Map<string, Array<{ message: string; timestamp: string }>>();
  #nextDroplet = 430_000_001;

  constructor(world: World) {
    super(world);
  }

  /** The options: versions, available regions and sizes. */
  options(): Record<string, unknown> {
    return {
      regions: this.world.regions.filter((r) => r.available).map((r) => ({ name: r.name, slug: r.slug })),
      versions: this.versions,
      sizes: this.world.sizes.filter((s) => s.available && !s.gpu_info).map((s) => ({ name: s.slug, slug: s.slug })),
    };
  }

  /** The cluster with this id; a 404 otherwise. */
  find(id: string): KubernetesClusterJson {
    return this.get(id);
  }

  /** Creates a cluster, `provisioning` until its nodes boot. */
  create(attrs: Record<string, unknown>, others: Neighbours): KubernetesClusterJson {
    const name = this.#name(attrs.name);
    if (this.list().some((c) => c.name === name)) throw unprocessable(`a cluster with the name ${name} already exists`);
    const region = this.world.region(attrs.region);
    if (!region || !region.available) throw unprocessable('validation error: invalid region');
    const version = attrs.version === 'latest' ? this.versions[0] : this.versions.find((v) => v.slug === attrs.version);
    if (!version) throw unprocessable('validation error: invalid version slug');
    if (!Array.isArray(attrs.node_pools) || attrs.node_pools.length === 0) throw unprocessable('validation error: at least one node pool is required');
    let vpc = this.world.vpcOf(region.slug);
    if (attrs.vpc_uuid !== undefined) {
      if (others.vpcRegion(String(attrs.vpc_uuid)) !== region.slug) throw unprocessable('validation error: invalid VPC');
      vpc = String(attrs.vpc_uuid);
    }
    const id = randomUUID();
    const now = this.now();
    const cluster: KubernetesClusterJson = {
      id,
      name,
      region: region.slug,
      version: version.slug,
      cluster_subnet: typeof attrs.cluster_subnet === 'string' ? attrs.cluster_subnet : '10.244.0.0/16',
      service_subnet: typeof attrs.service_subnet === 'string' ? attrs.service_subnet : '10.245.0.0/16',
      vpc_uuid: vpc,
      ipv4: '',
      endpoint: `https://${id}.k8s.ondigitalocean.com`,
      tags: ['k8s', `k8s:${id}`, ...strings(attrs.tags)],
      node_pools: [],
      maintenance_policy: { start_time: '00:00', duration: '4h0m0s', day: 'any' },
      auto_upgrade: false,
      status: { state: 'provisioning', message: 'provisioning' },
      created_at: now,
      updated_at: now,
      surge_upgrade: false,
      ha: false,
      registry_enabled: false,
      registries: [],
      isolated_workers: attrs.isolated_workers === true,
    };
    this.#settings(cluster, attrs);
    const pools = (attrs.node_pools as unknown[]).map((pool) => this.#pool(cluster, pool));
    if (new Set(pools.map((p) => p.name)).size !== pools.length) throw unprocessable('validation error: node pool names must be unique');
    cluster.node_pools = pools;
    this.put(id, cluster);
    this.#boot(cluster, () => {
      cluster.status = { state: 'running', message: 'running' };
      cluster.ipv4 = this.#address(id);
    });
    return cluster;
  }

  /** Changes a cluster's name and settings. */
  update(id: string, attrs: Record<string, unknown>): KubernetesClusterJson {
    const cluster = this.find(id);
    cluster.name = this.#name(attrs.name);
    if (cluster.ha && attrs.ha === false) throw unprocessable('validation error: high availability cannot be disabled');
    if (attrs.tags !== undefined) cluster.tags = ['k8s', `k8s:${id}`, ...strings(attrs.tags)];
    this.#settings(cluster, attrs);
    cluster.updated_at = this.now();
    return cluster;
  }

  /** The versions cluster `id` can be upgraded to: newer ones, at most one minor version ahead. */
  upgrades(id: string): KubernetesVersionJson[] {
    const current = this.find(id).version;
    const [major, minorNow] = minor(current);
    const index = this.versions.findIndex((v) => v.slug === current);
    return this.versions.filter((v, i) => i < index && minor(v.slug)[0] === major && minor(v.slug)[1] <= minorNow + 1);
  }

  /** Starts an upgrade to one of `upgrades(id)`: `upgrading`, then `running` on the new version. */
  upgrade(id: string, attrs: Record<string, unknown>): void {
    const cluster = this.find(id);
    const version = this.upgrades(id).find((v) => v.slug === attrs.version);
    if (!version) throw unprocessable(`validation error: ${JSON.stringify(attrs.version)} is not an available upgrade for this cluster`);
    if (cluster.status.state !== 'running') throw unprocessable('the cluster must be running to be upgraded');
    cluster.status = { state: 'upgrading', message: `upgrading to ${version.slug}` };
    this.#message(id, `Cluster upgrade to ${version.slug} started`);
    this.world.schedule(() => {
      if (!this.items.has(id)) return;
      cluster.version = version.slug;
      cluster.status = { state: 'running', message: 'running' };
      cluster.updated_at = this.now();
      this.#message(id, `Cluster upgrade to ${version.slug} completed`);
    });
  }

  /** Deletes a cluster and its nodes. */
  remove(id: string): void {
    this.delete(this.find(id).id);
    this.addons.delete(id);
  }

  /** The load balancers, volumes and volume snapshots cluster `id` made: those of its `k8s:{id}` tag. */
  associated(id: string, others: Neighbours): Record<'load_balancers' | 'volumes' | 'volume_snapshots', Array<{ id: string; name: string }>> {
    this.find(id);
    const tag = `k8s:${id}`;
    const pick = (items: Named[]) => items.filter((item) => item.tags.includes(tag)).map(({ id: itemId, name }) => ({ id: itemId, name }));
    return { load_balancers: pick(others.loadBalancers()), volumes: pick(others.volumes()), volume_snapshots: pick(others.volumeSnapshots()) };
  }

  /** Deletes a cluster with the associated resources named in `selection` (all of them when `undefined`). */
  removeWith(id: string, others: Neighbours, selection?: Record<string, unknown>): void {
    const associated = this.associated(id, others);
    const kinds = ['load_balancers', 'volumes', 'volume_snapshots'] as const;
    const chosen = kinds.map((kind) => {
      const owned = associated[kind].map((item) => item.id);
      if (!selection) return owned;
      const wanted = strings(selection[kind]);
      const foreign = wanted.filter((item) => !owned.includes(item));
      if (foreign.length) throw unprocessable(`validation error: ${foreign.join(', ')} is not associated with this cluster`);
      return wanted;
    });
    this.remove(id);
    kinds.forEach((kind, i) => chosen[i].forEach((itemId) => others.remove(kind, itemId)));
  }

  /** The node pool `poolId` of cluster `id`; a 404 otherwise. */
  pool(id: string, poolId: string): KubernetesNodePoolJson {
    return found(this.find(id).node_pools.find((p) => p.id === poolId));
  }

  /** Adds a node pool; its nodes boot in the background. */
  addPool(id: string, attrs: Record<string, unknown>): KubernetesNodePoolJson {
    const cluster = this.find(id);
    const pool = this.#pool(cluster, attrs);
    if (cluster.node_pools.some((p) => p.name === pool.name)) throw unprocessable('validation error: node pool names must be unique');
    cluster.node_pools.push(pool);
    this.#boot(cluster);
    return pool;
  }

  /** Changes a node pool: name, count (nodes added or drained), labels, taints, autoscaling. */
  updatePool(id: string, poolId: string, attrs: Record<string, unknown>): KubernetesNodePoolJson {
    const cluster = this.find(id);
    const pool = this.pool(id, poolId);
    const name = this.#name(attrs.name);
    if (cluster.node_pools.some((p) => p !== pool && p.name === name)) throw unprocessable('validation error: node pool names must be unique');
    const count = this.#count(attrs.count, attrs.auto_scale ?? pool.auto_scale, attrs.min_nodes ?? pool.min_nodes, attrs.max_nodes ?? pool.max_nodes);
    pool.name = name;
    if (attrs.tags !== undefined) pool.tags = ['k8s', `k8s:${id}`, 'k8s:worker', ...strings(attrs.tags)];
    if (attrs.labels !== undefined) pool.labels = attrs.labels as Record<string, unknown> | null;
    if (attrs.taints !== undefined) pool.taints = this.#taints(attrs.taints);
    for (const key of ['auto_scale', 'min_nodes', 'max_nodes'] as const) if (attrs[key] !== undefined) (pool as Record<string, unknown>)[key] = attrs[key];
    const live = pool.nodes.filter((n) => n.status.state === 'provisioning' || n.status.state === 'running');
    if (count > live.length) {
      for (let i = live.length; i < count; i++) pool.nodes.push(this.#node(pool));
    } else {
      for (const node of live.slice(count)) this.#drain(cluster, pool, node);
    }
    pool.count = count;
    this.#boot(cluster);
    return pool;
  }

  /** Deletes a node pool and its nodes. */
  deletePool(id: string, poolId: string): void {
    const cluster = this.find(id);
    const pool = this.pool(id, poolId);
    cluster.node_pools = cluster.node_pools.filter((p) => p !== pool);
  }

  /** Replaces the named nodes of a pool with new ones. */
  recycle(id: string, poolId: string, attrs: Record<string, unknown>): void {
    const cluster = this.find(id);
    const pool = this.pool(id, poolId);
    const ids = strings(attrs.nodes);
    if (!ids.length) throw unprocessable('validation error: nodes is required');
    for (const nodeId of ids) if (!pool.nodes.some((n) => n.id === nodeId)) throw unprocessable(`validation error: node ${nodeId} is not in this node pool`);
    for (const nodeId of ids) {
      this.#drain(cluster, pool, pool.nodes.find((n) => n.id === nodeId)!);
      pool.nodes.push(this.#node(pool));
    }
    this.#boot(cluster);
  }

  /** Deletes one node (drained first unless `skip_drain`), or with `replace` puts a new one in its place. */
  deleteNode(id: string, poolId: string, nodeId: string, query: URLSearchParams): void {
    const cluster = this.find(id);
    const pool = this.pool(id, poolId);
    const node = found(pool.nodes.find((n) => n.id === nodeId));
    this.#drain(cluster, pool, node, query.get('skip_drain') === '1');
    if (query.get('replace') === '1') {
      pool.nodes.push(this.#node(pool));
      this.#boot(cluster);
    } else {
      pool.count = Math.max(0, pool.count - 1);
    }
  }

  /** The kubeconfig of a cluster, as YAML. */
  kubeconfig(id: string, query: URLSearchParams): string {
    const cluster = this.find(id);
    const credentials = this.credentials(id, query);
    const context = `do-${cluster.region}-${cluster.name}`;
    return [
      'apiVersion: v1',
      'clusters:',
      '- cluster:',
      `    certificate-authority-data: ${credentials.certificate_authority_data}`,
      `    server: ${cluster.endpoint}`,
      `  name: ${context}`,
      'contexts:',
      '- context:',
      `    cluster: ${context}`,
      `    user: ${context}-admin`,
      `  name: ${context}`,
      `current-context: ${context}`,
      'kind: Config',
      'preferences: {}',
      'users:',
      `- name: ${context}-admin`,
      '  user:',
      `    token: ${credentials.token}`,
      '',
    ].join('\n');
  }

  /** A cluster's API server, CA and a fresh token valid for `expiry_seconds` (default 7 days). */
  credentials(id: string, query: URLSearchParams): { server: string; certificate_authority_data: string; client_certificate_data: null; client_key_data: null; token: string; expires_at: string } {
    const cluster = this.find(id);
    const raw = query.get('expiry_seconds');
    const seconds = raw === null || raw === '' ? 0 : Number(raw);
    if (!Number.isInteger(seconds) || seconds < 0) throw unprocessable('validation error: invalid expiry_seconds');
    const ca = `-----BEGIN CERTIFICATE-----\n${createHash('sha256').update(cluster.id).digest('base64')}\n-----END CERTIFICATE-----\n`;
    return {
      server: cluster.endpoint,
      certificate_authority_data: Buffer.from(ca).toString('base64'),
      client_certificate_data: null,
      client_key_data: null,
      token: `doks_${randomBytes(24).toString('hex')}`,
      expires_at: new Date(this.world.now() + (seconds || DEFAULT_EXPIRY) * 1000).toISOString(),
    };
  }

  /** Runs clusterlint: the simulator's findings, less the groups and checks left out. */
  lint(id: string, attrs: Record<string, unknown>): string {
    this.find(id);
    const include = strings(attrs.include_groups);
    const includeChecks = strings(attrs.include_checks);
    const excludeGroups = strings(attrs.exclude_groups);
    const excludeChecks = strings(attrs.exclude_checks);
    const diagnostics = LINT_FINDINGS.filter(
      (f) =>
        (include.length === 0 && includeChecks.length === 0 ? true : include.includes(f.group) || includeChecks.includes(f.check_name)) &&
        !excludeGroups.includes(f.group) &&
        !excludeChecks.includes(f.check_name),
    ).map(({ group: _group, ...rest }) => structuredClone(rest));
    const run: ClusterlintJson = { run_id: randomUUID(), requested_at: this.now(), completed_at: this.now(), diagnostics };
    this.#lint.set(id, [...(this.#lint.get(id) ?? []), run]);
    return run.run_id;
  }

  /** The results of a clusterlint run, the latest without `run_id`; a 404 when there is none. */
  lintResults(id: string, runId: string | null): ClusterlintJson {
    this.find(id);
    const runs = this.#lint.get(id) ?? [];
    return found(runId === null ? runs[runs.length - 1] : runs.find((r) => r.run_id === runId));
  }

  /** The status messages of a cluster, those after `since` when given. */
  messages(id: string, since: string | null): Array<{ message: string; timestamp: string }> {
    this.find(id);
    const after = since === null ? Number.NEGATIVE_INFINITY : Date.parse(since);
    if (Number.isNaN(after)) throw unprocessable('validation error: invalid since');
    return (this.#messages.get(id) ?? []).filter((m) => Date.parse(m.timestamp) >= after);
  }

  /** Turns the container registry integration on or off for clusters. */
  integrate(ctx: RouteContext, add: boolean, named: boolean): void {
    const attrs = body(ctx);
    const ids = strings(attrs.cluster_uuids);
    if (!ids.length) throw unprocessable('validation error: cluster_uuids is required');
    const clusters = ids.map((id) => this.find(id));
    const store = ctx.world.state(registries);
    const names = named ? strings(attrs.registries) : [store.account()?.name ?? ''];
    if (add) for (const name of names) if (!store.registries.has(name)) throw unprocessable(`validation error: registry ${JSON.stringify(name)} does not exist`);
    for (const cluster of clusters) {
      if (add) cluster.registries = [...new Set([...cluster.registries, ...names])];
      else cluster.registries = named ? cluster.registries.filter((n) => !names.includes(n)) : [];
      cluster.registry_enabled = cluster.registries.length > 0;
    }
  }

  #settings(cluster: KubernetesClusterJson, attrs: Record<string, unknown>): void {
    if (attrs.maintenance_policy !== undefined && attrs.maintenance_policy !== null) {
      const policy = attrs.maintenance_policy as Record<string, unknown>;
      if (policy.start_time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(String(policy.start_time))) throw unprocessable('validation error: invalid maintenance window start time');
      cluster.maintenance_policy = { ...cluster.maintenance_policy, ...(policy as object) };
    }
    for (const key of ['auto_upgrade', 'surge_upgrade', 'ha'] as const) if (typeof attrs[key] === 'boolean') cluster[key] = attrs[key];
    for (const key of [
      'control_plane_firewall',
      'cluster_autoscaler_configuration',
      'sso',
      'routing_agent',
      'amd_gpu_device_plugin',
      'amd_gpu_device_metrics_exporter_plugin',
      'nvidia_gpu_device_plugin',
      'rdma_shared_dev_plugin',
      'coredns_autoscaler',
      'p2p_oci_registry_plugin',
    ]) {
      if (attrs[key] !== undefined) cluster[key] = structuredClone(attrs[key]);
    }
  }

  #pool(cluster: KubernetesClusterJson, raw: unknown): KubernetesNodePoolJson {
    if (raw === null || typeof raw !== 'object') throw unprocessable('validation error: invalid node pool');
    const attrs = raw as Record<string, unknown>;
    const name = this.#name(attrs.name);
    if (!this.world.sizes.some((s) => s.slug === attrs.size && s.available && !s.gpu_info)) throw unprocessable('validation error: invalid size');
    const autoScale = attrs.auto_scale === true;
    const minNodes = typeof attrs.min_nodes === 'number' ? attrs.min_nodes : 0;
    const maxNodes = typeof attrs.max_nodes === 'number' ? attrs.max_nodes : 0;
    const count = this.#count(attrs.count, autoScale, minNodes, maxNodes);
    const pool: KubernetesNodePoolJson = {
      id: randomUUID(),
      name,
      size: String(attrs.size),
      count,
      tags: ['k8s', `k8s:${cluster.id}`, 'k8s:worker', ...strings(attrs.tags)],
      labels: (attrs.labels as Record<string, unknown> | undefined) ?? null,
      taints: this.#taints(attrs.taints),
      auto_scale: autoScale,
      min_nodes: minNodes,
      max_nodes: maxNodes,
      nodes: [],
    };
    for (let i = 0; i < count; i++) pool.nodes.push(this.#node(pool));
    return pool;
  }

  #taints(value: unknown): KubernetesNodePoolJson['taints'] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw unprocessable('validation error: invalid taints');
    return value.map((t: Record<string, unknown>) => {
      if (!['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(String(t?.effect)) || typeof t.key !== 'string') throw unprocessable('validation error: invalid taint');
      return { key: t.key, value: String(t.value ?? ''), effect: String(t.effect) };
    });
  }

  #count(value: unknown, autoScale: unknown, min: unknown, max: unknown): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 512) throw unprocessable('validation error: invalid node count');
    if (autoScale === true && (value < Number(min) || value > Number(max))) throw unprocessable('validation error: node count must be within min_nodes and max_nodes');
    if (autoScale !== true && value < 1) throw unprocessable('validation error: a node pool needs at least one node');
    return value;
  }

  #node(pool: KubernetesNodePoolJson): KubernetesNodeJson {
    const now = this.now();
    return {
      id: randomUUID(),
      name: `${pool.name}-${randomBytes(3).toString('hex').slice(0, 5)}`,
      status: { state: 'provisioning' },
      droplet_id: String(this.#nextDroplet++),
      created_at: now,
      updated_at: now,
    };
  }

  /** Drains a node, then removes it after the action duration. */
  #drain(cluster: KubernetesClusterJson, pool: KubernetesNodePoolJson, node: KubernetesNodeJson, skip = false): void {
    node.status = { state: skip ? 'deleting' : 'draining' };
    node.updated_at = this.now();
    this.world.schedule(() => {
      pool.nodes = pool.nodes.filter((n) => n !== node);
      if (this.items.has(cluster.id)) cluster.updated_at = this.now();
    });
  }

  /** Boots every provisioning node of the cluster after the action duration, then runs `then`. */
  #boot(cluster: KubernetesClusterJson, then?: () => void): void {
    this.world.schedule(() => {
      if (!this.items.has(cluster.id)) return;
      for (const pool of cluster.node_pools) {
        for (const node of pool.nodes) {
          if (node.status.state !== 'provisioning') continue;
          node.status = { state: 'running' };
          node.updated_at = this.now();
        }
      }
      then?.();
    });
  }

  #message(id: string, message: string): void {
    this.#messages.set(id, [...(this.#messages.get(id) ?? []), { message, timestamp: this.now() }]);
  }

  #address(id: string): string {
    const h = createHash('sha1').update(id).digest();
    return `157.230.${h[0]}.${h[1] || 1}`;
  }

  #name(value: unknown): string {
    if (typeof value !== 'string' || !value.trim()) throw unprocessable('validation error: name is required');
    return value;
  }
}

/** Kubernetes: `/v2/kubernetes/...`. */
export const kubernetes = defineModule('kubernetes', (world) => new KubernetesStore(world), (route) => {
  const cluster = '/v2/kubernetes/clusters/{cluster_id}';
  const pool = `${cluster}/node_pools/{node_pool_id}`;
  route('GET', '/v2/kubernetes/options', (_ctx, k8s) => ok({ options: k8s.options() }));
  route('GET', '/v2/kubernetes/clusters', (ctx, k8s) => ok(k8s.page(ctx, 'kubernetes_clusters')));
  route('POST', '/v2/kubernetes/clusters', (ctx, k8s) => created({ kubernetes_cluster: k8s.create(body(ctx), neighbours(ctx)) }));
  route('GET', cluster, (ctx, k8s) => ok({ kubernetes_cluster: k8s.find(ctx.params.cluster_id) }));
  route('PUT', cluster, (ctx, k8s) => accepted({ kubernetes_cluster: k8s.update(ctx.params.cluster_id, body(ctx)) }));
  route('DELETE', cluster, (ctx, k8s) => {
    k8s.remove(ctx.params.cluster_id);
    return noContent();
  });
  route('GET', `${cluster}/destroy_with_associated_resources`, (ctx, k8s) => ok(k8s.associated(ctx.params.cluster_id, neighbours(ctx))));
  route('DELETE', `${cluster}/destroy_with_associated_resources/selective`, (ctx, k8s) => {
    k8s.removeWith(ctx.params.cluster_id, neighbours(ctx), ctx.body === undefined ? {} : body(ctx));
    return noContent();
  });
  route('DELETE', `${cluster}/destroy_with_associated_resources/dangerous`, (ctx, k8s) => {
    k8s.removeWith(ctx.params.cluster_id, neighbours(ctx));
    return noContent();
  });
  route('GET', `${cluster}/kubeconfig`, (ctx, k8s) => ({ status: 200, text: { body: k8s.kubeconfig(ctx.params.cluster_id, ctx.query), contentType: 'application/yaml' } }));
  route('GET', `${cluster}/credentials`, (ctx, k8s) => ok(k8s.credentials(ctx.params.cluster_id, ctx.query)));
  route('GET', `${cluster}/upgrades`, (ctx, k8s) => ok({ available_upgrade_versions: k8s.upgrades(ctx.params.cluster_id) }));
  route('POST', `${cluster}/upgrade`, (ctx, k8s) => {
    k8s.upgrade(ctx.params.cluster_id, body(ctx));
    return accepted(undefined);
  });
  route('GET', `${cluster}/node_pools`, (ctx, k8s) => ok({ node_pools: k8s.find(ctx.params.cluster_id).node_pools }));
  route('POST', `${cluster}/node_pools`, (ctx, k8s) => created({ node_pool: k8s.addPool(ctx.params.cluster_id, body(ctx)) }));
  route('GET', pool, (ctx, k8s) => ok({ node_pool: k8s.pool(ctx.params.cluster_id, ctx.params.node_pool_id) }));
  route('PUT', pool, (ctx, k8s) => accepted({ node_pool: k8s.updatePool(ctx.params.cluster_id, ctx.params.node_pool_id, body(ctx)) }));
  route('DELETE', pool, (ctx, k8s) => {
    k8s.deletePool(ctx.params.cluster_id, ctx.params.node_pool_id);
    return noContent();
  });
  route('DELETE', `${pool}/nodes/{node_id}`, (ctx, k8s) => {
    k8s.deleteNode(ctx.params.cluster_id, ctx.params.node_pool_id, ctx.params.node_id, ctx.query);
    return accepted(undefined);
  });
  route('POST', `${pool}/recycle`, (ctx, k8s) => {
    k8s.recycle(ctx.params.cluster_id, ctx.params.node_pool_id, body(ctx));
    return accepted(undefined);
  });
  route('GET', `${cluster}/user`, (ctx, k8s) => {
    k8s.find(ctx.params.cluster_id);
    return ok({ kubernetes_cluster_user: { username: neighbours(ctx).email(), groups: ['k8saas:authenticated'] } });
  });
  route('POST', `${cluster}/clusterlint`, (ctx, k8s) => accepted({ run_id: k8s.lint(ctx.params.cluster_id, ctx.body === undefined ? {} : body(ctx)) }));
  route('GET', `${cluster}/clusterlint`, (ctx, k8s) => ok(k8s.lintResults(ctx.params.cluster_id, ctx.query.get('run_id'))));
  route('GET', `${cluster}/status_messages`, (ctx, k8s) => ok({ messages: k8s.messages(ctx.params.cluster_id, ctx.query.get('since')) }));
  route('POST', '/v2/kubernetes/registry', (ctx, k8s) => {
    k8s.integrate(ctx, true, false);
    return noContent();
  });
  route('DELETE', '/v2/kubernetes/registry', (ctx, k8s) => {
    k8s.integrate(ctx, false, false);
    return noContent();
  });
  route('POST', '/v2/kubernetes/registries', (ctx, k8s) => {
    k8s.integrate(ctx, true, true);
    return noContent();
  });
  route('DELETE', '/v2/kubernetes/registries', (ctx, k8s) => {
    k8s.integrate(ctx, false, true);
    return noContent();
  });
});
