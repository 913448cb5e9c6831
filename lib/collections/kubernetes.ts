import { ClusterlintResults } from '../../models/clusterlint-results.js';
import { KubernetesAssociatedResources } from '../../models/kubernetes-associated-resources.js';
import {
  KUBERNETES_CLUSTER_CREATE,
  KubernetesCluster,
  type ClusterlintRunAttributes,
  type KubeconfigOptions,
  type KubernetesClusterCreateAttributes,
  type KubernetesClusterUpdateAttributes,
  type KubernetesCredentialOptions,
  type KubernetesSelectiveDelete,
} from '../../models/kubernetes-cluster.js';
import { KubernetesClusterUser } from '../../models/kubernetes-cluster-user.js';
import { KubernetesCredentials } from '../../models/kubernetes-credentials.js';
import type { KubernetesNodeDeleteOptions } from '../../models/kubernetes-node.js';
import {
  KubernetesNodePool,
  type KubernetesNodePoolCreateAttributes,
  type KubernetesNodePoolUpdateAttributes,
} from '../../models/kubernetes-node-pool.js';
import { KubernetesOptions } from '../../models/kubernetes-options.js';
import { KubernetesStatusMessage } from '../../models/kubernetes-status-message.js';
import { KubernetesVersion } from '../../models/kubernetes-version.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { checkRegistryName } from '../../models/registry.js';
import { arrayOf, optional, required, shape } from '../shape.js';
import { checkUuid } from '../validate.js';
import { Collection } from './collection.js';

const CLUSTER_IDS = shape('a registry integration', {
  /** The clusters' ids. */
  clusterUuids: required(arrayOf(checkUuid, 1)),
});

const CLUSTER_REGISTRIES = shape('a registry integration', {
  /** The clusters' ids. */
  clusterUuids: required(arrayOf(checkUuid, 1)),
  /** The names of the registries. */
  registries: optional(arrayOf(checkRegistryName)),
});

/**
 * `client.kubernetes`: DigitalOcean Kubernetes (DOKS) clusters, their node pools and nodes, by id.
 * Every method taking a cluster id works without loading the cluster first.
 * @example
 * ```ts
 * const cluster = await client.kubernetes.create({ name: 'prod', region: 'nyc3', version: 'latest', nodePools: [{ name: 'web', size: 's-2vcpu-4gb', count: 3 }] });
 * await cluster.waitUntilRunning();
 * ```
 */
export class KubernetesCollection extends Collection {
  /** Every cluster (`GET /v2/kubernetes/clusters`): a lazy listing. */
  list(options?: ListOptions): Paginator<KubernetesCluster> {
    return this.page(KubernetesCluster, 'kubernetes/clusters', 'kubernetes_clusters', {}, options);
  }

  /** One cluster (`GET /v2/kubernetes/clusters/{id}`). @throws NotFoundError when there is none. */
  async get(id: string, options?: RequestOptions): Promise<KubernetesCluster> {
    return this.load(KubernetesCluster, path`kubernetes/clusters/${checkUuid('id', id)}`, 'kubernetes_cluster', options);
  }

  /**
   * Creates a cluster (`POST /v2/kubernetes/clusters`) and resolves to it, `provisioning`:
   * `cluster.waitUntilRunning()` waits for its nodes to boot.
   * @throws ValidationError for bad attributes; UnprocessableEntityError for a version, region or size the API does not offer.
   */
  async create(attrs: KubernetesClusterCreateAttributes, options?: RequestOptions): Promise<KubernetesCluster> {
    return this.write('POST', KubernetesCluster, 'kubernetes/clusters', 'kubernetes_cluster', KUBERNETES_CLUSTER_CREATE.wire('attrs', attrs), options);
  }

  /** Changes a cluster (`PUT /v2/kubernetes/clusters/{id}`; the API requires the name) and resolves to it. */
  async update(id: string, attrs: KubernetesClusterUpdateAttributes, options?: RequestOptions): Promise<KubernetesCluster> {
    return this.ref(KubernetesCluster, { id: checkUuid('id', id) }).update(attrs, options);
  }

  /** Deletes a cluster and its nodes (`DELETE /v2/kubernetes/clusters/{id}`); what it made for itself stays. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.#cluster(id).destroy(options);
  }

  /** The load balancers, volumes and volume snapshots a cluster made (`GET .../destroy_with_associated_resources`). */
  async associatedResources(id: string, options?: RequestOptions): Promise<KubernetesAssociatedResources> {
    return this.#cluster(id).associatedResources(options);
  }

  /** Deletes a cluster with the associated resources named (`DELETE .../destroy_with_associated_resources/selective`). */
  async deleteSelective(id: string, resources: KubernetesSelectiveDelete, options?: RequestOptions): Promise<void> {
    await this.#cluster(id).destroySelective(resources, options);
  }

  /** Deletes a cluster with every associated resource (`DELETE .../destroy_with_associated_resources/dangerous`). */
  async deleteDangerous(id: string, options?: RequestOptions): Promise<void> {
    await this.#cluster(id).destroyDangerous(options);
  }

  /** A cluster's kubeconfig as YAML text (`GET /v2/kubernetes/clusters/{id}/kubeconfig`). */
  async kubeconfig(id: string, options?: KubeconfigOptions): Promise<string> {
    return this.#cluster(id).kubeconfig(options);
  }

  /** A cluster's API server URL, CA and bearer token (`GET /v2/kubernetes/clusters/{id}/credentials`). */
  async credentials(id: string, options?: KubernetesCredentialOptions): Promise<KubernetesCredentials> {
    return this.#cluster(id).credentials(options);
  }

  /** The versions a cluster can be upgraded to (`GET /v2/kubernetes/clusters/{id}/upgrades`). */
  async upgrades(id: string, options?: RequestOptions): Promise<KubernetesVersion[]> {
    return this.#cluster(id).upgrades(options);
  }

  /** Starts an upgrade (`POST /v2/kubernetes/clusters/{id}/upgrade`) and resolves to the cluster, reloaded. */
  async upgrade(id: string, version: string | KubernetesVersion, options?: RequestOptions): Promise<KubernetesCluster> {
    return this.#cluster(id).upgrade(version, options);
  }

  /** Who a cluster sees the token's owner as (`GET /v2/kubernetes/clusters/{id}/user`). */
  async user(id: string, options?: RequestOptions): Promise<KubernetesClusterUser> {
    return this.#cluster(id).user(options);
  }

  /** A cluster's node pools (`GET /v2/kubernetes/clusters/{id}/node_pools`). */
  async nodePools(id: string, options?: RequestOptions): Promise<KubernetesNodePool[]> {
    return this.#cluster(id).nodePools(options);
  }

  /** One node pool (`GET /v2/kubernetes/clusters/{id}/node_pools/{pool}`). */
  async getNodePool(id: string, poolId: string, options?: RequestOptions): Promise<KubernetesNodePool> {
    return this.#cluster(id).nodePool(poolId, options);
  }

  /** Adds a node pool (`POST /v2/kubernetes/clusters/{id}/node_pools`). */
  async createNodePool(id: string, attrs: KubernetesNodePoolCreateAttributes, options?: RequestOptions): Promise<KubernetesNodePool> {
    return this.#cluster(id).addNodePool(attrs, options);
  }

  /** Changes a node pool (`PUT /v2/kubernetes/clusters/{id}/node_pools/{pool}`; name and count required). */
  async updateNodePool(id: string, poolId: string, attrs: KubernetesNodePoolUpdateAttributes, options?: RequestOptions): Promise<KubernetesNodePool> {
    return this.#pool(id, poolId).update(attrs, options);
  }

  /** Deletes a node pool (`DELETE /v2/kubernetes/clusters/{id}/node_pools/{pool}`). */
  async deleteNodePool(id: string, poolId: string, options?: RequestOptions): Promise<void> {
    await this.#cluster(id).deleteNodePool(poolId, options);
  }

  /** Replaces nodes of a pool with new ones (`POST .../node_pools/{pool}/recycle`) and resolves to the pool. */
  async recycleNodePool(id: string, poolId: string, nodeIds: readonly string[], options?: RequestOptions): Promise<KubernetesNodePool> {
    return this.#pool(id, poolId).recycle(nodeIds, options);
  }

  /** Deletes (or with `replace`, replaces) one node (`DELETE .../node_pools/{pool}/nodes/{node}`). */
  async deleteNode(id: string, poolId: string, nodeId: string, options: KubernetesNodeDeleteOptions = {}): Promise<void> {
    await this.#pool(id, poolId).deleteNode(nodeId, options);
  }

  /** The versions, regions and node sizes clusters can be created with (`GET /v2/kubernetes/options`). */
  async options(options?: RequestOptions): Promise<KubernetesOptions> {
    return this.load(KubernetesOptions, 'kubernetes/options', 'options', options);
  }

  /** Starts a clusterlint run (`POST /v2/kubernetes/clusters/{id}/clusterlint`); resolves to its run id. */
  async runClusterlint(id: string, attrs?: ClusterlintRunAttributes, options?: RequestOptions): Promise<string> {
    return this.#cluster(id).runClusterlint(attrs, options);
  }

  /** The results of a clusterlint run, the latest without `runId` (`GET .../clusterlint`). */
  async clusterlintResults(id: string, runId?: string, options?: RequestOptions): Promise<ClusterlintResults> {
    return this.#cluster(id).clusterlintResults(runId, options);
  }

  /** Messages about what affects a cluster (`GET .../status_messages`), those since `since` when given. */
  async statusMessages(id: string, options?: RequestOptions & { since?: Date }): Promise<KubernetesStatusMessage[]> {
    return this.#cluster(id).statusMessages(options);
  }

  /** Integrates the account's container registry (`client.registry`) with clusters (`POST /v2/kubernetes/registry`). */
  async addRegistry(clusterIds: readonly string[], options?: RequestOptions): Promise<void> {
    await this.call('POST', 'kubernetes/registry', { ...options, json: CLUSTER_IDS.wire('attrs', { clusterUuids: clusterIds }) });
  }

  /** Removes the account's container registry from clusters (`DELETE /v2/kubernetes/registry`). */
  async removeRegistry(clusterIds: readonly string[], options?: RequestOptions): Promise<void> {
    await this.call('DELETE', 'kubernetes/registry', { ...options, json: CLUSTER_IDS.wire('attrs', { clusterUuids: clusterIds }) });
  }

  /** Integrates named registries (`client.registries`) with clusters (`POST /v2/kubernetes/registries`). */
  async addRegistries(attrs: { clusterUuids: readonly string[]; registries?: readonly string[] }, options?: RequestOptions): Promise<void> {
    await this.call('POST', 'kubernetes/registries', { ...options, json: CLUSTER_REGISTRIES.wire('attrs', attrs) });
  }

  /** Removes named registries from clusters (`DELETE /v2/kubernetes/registries`). */
  async removeRegistries(attrs: { clusterUuids: readonly string[]; registries?: readonly string[] }, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', 'kubernetes/registries', { ...options, json: CLUSTER_REGISTRIES.wire('attrs', attrs) });
  }

  #cluster(id: string): KubernetesCluster {
    return this.ref(KubernetesCluster, { id: checkUuid('id', id) });
  }

  #pool(id: string, poolId: string): KubernetesNodePool {
    return this.ref(KubernetesNodePool, { id: checkUuid('poolId', poolId) }).adopt(checkUuid('id', id));
  }
}
