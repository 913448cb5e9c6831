import { Adopt } from '../lib/adopt.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, checkBoolean, checkJson, objectOf, oneOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkInt, checkSlug, checkTag, checkText, checkUuid } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import { KubernetesNode, nodeDeleteQuery, type KubernetesNodeDeleteOptions } from './kubernetes-node.js';
import { KubernetesTaint } from './kubernetes-taint.js';
import { Resource } from './resource.js';

/** The most nodes one pool may have. */
export const MAX_POOL_NODES = 512;

const checkCount = (field: string, value: unknown): number => checkInt(field, value, 1, MAX_POOL_NODES);
const checkBound = (field: string, value: unknown): number => checkInt(field, value, 0, MAX_POOL_NODES);

/** A taint as node pool requests take it. */
export const KUBERNETES_TAINT = shape('a taint', {
  /** The taint's key, e.g. `priority`. */
  key: required(checkText),
  /** The taint's value, e.g. `high`. */
  value: required((field, value) => checkText(field, value, 63)),
  /** `NoSchedule`, `PreferNoSchedule` or `NoExecute`. */
  effect: required(oneOf(['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const)),
});

/** What a node pool is created with, alone or in a cluster create. */
export const KUBERNETES_NODE_POOL_CREATE = shape('a node pool', {
  /** The pool's name, unique in the cluster, e.g. `web`. */
  name: required(checkText),
  /** The droplet size of its nodes, e.g. `s-1vcpu-2gb` (see `client.kubernetes.options()`). */
  size: required(checkSlug),
  /** How many nodes, 1 to 512. */
  count: required(checkCount),
  /** Tags given to every node's droplet. */
  tags: optional(arrayOf(checkTag)),
  /** Kubernetes labels given to every node, e.g. `{ service: 'web' }`. */
  labels: optional(checkJson),
  /** Taints given to every node. */
  taints: optional(arrayOf(objectOf(KUBERNETES_TAINT))),
  /** Let the cluster autoscaler change the count between `minNodes` and `maxNodes`. */
  autoScale: optional(checkBoolean),
  /** The fewest nodes the autoscaler keeps. */
  minNodes: optional(checkBound),
  /** The most nodes the autoscaler makes. */
  maxNodes: optional(checkBound),
});

const { size: _size, ...POOL_UPDATE_ATTRIBUTES } = KUBERNETES_NODE_POOL_CREATE.attributes;
/** What a node pool update takes: what a create takes but the size (name and count are required by the API). */
export const KUBERNETES_NODE_POOL_UPDATE = shape('a node pool update', POOL_UPDATE_ATTRIBUTES);

/** Attributes of a new node pool. */
export type KubernetesNodePoolCreateAttributes = AttributesOf<typeof KUBERNETES_NODE_POOL_CREATE>;
/** Attributes of `client.kubernetes.updateNodePool()` (name and count required). */
export type KubernetesNodePoolUpdateAttributes = AttributesOf<typeof KUBERNETES_NODE_POOL_UPDATE>;
/** Attributes of `pool.update()`: the pool's own name and count are sent when left out. */
export type KubernetesNodePoolChange = Partial<KubernetesNodePoolUpdateAttributes>;

/** The node ids of a recycle: UUIDs, at least one. @internal */
export const checkNodeIds = arrayOf(checkUuid, 1);

/**
 * A group of identical worker nodes of a Kubernetes cluster.
 * @example `const [web] = await cluster.nodePools(); await web.resize(5); await web.waitUntilReady();`
 */
export class KubernetesNodePool extends Resource {
  /** The pool's id (a UUID). */
  @Field() id!: string;
  /** Its name, unique in the cluster. */
  @Field() name!: string;
  /** The droplet size of its nodes, e.g. `s-1vcpu-2gb`. */
  @Field() size!: string;
  /** How many nodes it should have. */
  @Field() count!: number;
  /** Tags of its nodes' droplets (the API adds `k8s`, `k8s:{cluster id}` and `k8s:worker`). */
  @Field() tags!: string[];
  /** Kubernetes labels of its nodes. */
  @Field({ json: true }) labels!: Record<string, string> | null;
  /** Taints of its nodes. */
  @Field({ type: () => KubernetesTaint }) taints!: KubernetesTaint[];
  /** Whether the cluster autoscaler sets the count. */
  @Field() autoScale!: boolean;
  /** The fewest nodes the autoscaler keeps. */
  @Field() minNodes!: number;
  /** The most nodes the autoscaler makes. */
  @Field() maxNodes!: number;
  /** Its nodes, as they are now. */
  @Field({ type: () => KubernetesNode })
  @Adopt<KubernetesNode[]>((nodes, pool) => nodes.forEach((node) => (node.nodePoolId = String(pool.id))))
  nodes!: KubernetesNode[];
  /** The cluster the pool belongs to (not part of the API's node pool body). */
  clusterId!: string;

  protected get resourcePath(): string {
    return path`kubernetes/clusters/${this.clusterId}/node_pools/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'node_pool';
  }

  /** Tells the pool and its nodes which cluster they belong to. @internal */
  adopt(clusterId: string): this {
    this.clusterId = clusterId;
    for (const node of this.nodes ?? []) Object.assign(node, { clusterId, nodePoolId: this.id });
    return this;
  }

  /** @internal */
  protected override replaceWith(fresh: this): this {
    return super.replaceWith(fresh).adopt(this.clusterId);
  }

  /**
   * Changes the pool (`PUT /v2/kubernetes/clusters/{id}/node_pools/{pool}`) and updates it in place;
   * the API requires its name and count, so the pool's own are sent when `attrs` leaves them out.
   */
  async update(attrs: KubernetesNodePoolChange, options?: RequestOptions): Promise<this> {
    const json = KUBERNETES_NODE_POOL_UPDATE.wire('attrs', { name: this.name, count: this.count, ...attrs });
    return this.save('PUT', json, options);
  }

  /**
   * Sets the number of nodes (`PUT` with `count`); nodes are added or removed in the background:
   * `waitUntilReady()` waits for them.
   * @example `await (await pool.resize(3)).waitUntilReady();`
   */
  async resize(count: number, options?: RequestOptions): Promise<this> {
    return this.update({ count: checkCount('count', count) }, options);
  }

  /**
   * Replaces the given nodes with new ones (`POST .../node_pools/{pool}/recycle`), then reloads the
   * pool; `waitUntilReady()` waits for the new nodes.
   */
  async recycle(nodes: ReadonlyArray<string | KubernetesNode>, options?: RequestOptions): Promise<this> {
    const ids = checkNodeIds('nodes', Array.isArray(nodes) ? nodes.map((n) => (typeof n === 'object' && n !== null ? n.id : n)) : nodes);
    await this.callAt('POST', 'recycle', { ...options, json: { nodes: ids } });
    return this.reload(options);
  }

  /** Deletes one node of the pool (`DELETE .../nodes/{node}`); see {@link KubernetesNode.destroy}. */
  async deleteNode(nodeId: string, options: KubernetesNodeDeleteOptions = {}): Promise<void> {
    const where = `${this.resourcePath}/${path`nodes/${checkUuid('nodeId', nodeId)}`}`;
    await this.connection.request('DELETE', where, { query: nodeDeleteQuery(options), signal: options.signal });
  }

  /** Whether the pool has `count` nodes and every one is `running`. */
  get ready(): boolean {
    return (this.nodes ?? []).length === this.count && this.nodes.every((node) => node.status?.state === 'running');
  }

  /**
   * Polls the pool (`GET .../node_pools/{pool}`) until it has `count` nodes, all `running`, and
   * resolves to it, reloaded in place.
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilReady(options?: WaitOptions<KubernetesNodePool>): Promise<this> {
    return this.waitForState({ field: 'ready', wanted: true }, options as WaitOptions<this>);
  }
}
