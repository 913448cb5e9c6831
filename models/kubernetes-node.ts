import { Field } from '../lib/fields.js';
import { ValidationError } from '../lib/errors.js';
import { path } from '../lib/path.js';
import type { Query, RequestOptions } from '../lib/connection.js';
import { KubernetesNodeStatus } from './kubernetes-node-status.js';
import { Model } from './model.js';

/** Options of deleting a node (`node.destroy()`, `pool.deleteNode()`, `client.kubernetes.deleteNode()`). */
export interface KubernetesNodeDeleteOptions extends RequestOptions {
  /** Delete the node without draining its pods first. */
  skipDrain?: boolean;
  /** Put a new node in its place (the pool keeps its count). */
  replace?: boolean;
}

/** The query of a node deletion: `skip_drain` and `replace` as the API's 0 or 1, only those given. @internal */
export function nodeDeleteQuery(options: KubernetesNodeDeleteOptions = {}): Query {
  const query: Query = {};
  for (const [key, wire] of [['skipDrain', 'skip_drain'], ['replace', 'replace']] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') throw new ValidationError(key, 'must be a boolean');
    query[wire] = value ? 1 : 0;
  }
  return query;
}

/** One worker node (a droplet) of a Kubernetes node pool. */
export class KubernetesNode extends Model {
  /** The node's id (a UUID). */
  @Field() id!: string;
  /** Its generated name, e.g. `pool-web-abc12`. */
  @Field() name!: string;
  /** Where it is in its life: `status.state` is `provisioning`, `running`, `draining` or `deleting`. */
  @Field({ type: () => KubernetesNodeStatus }) status!: KubernetesNodeStatus;
  /** The id of the droplet behind the node, as a string. */
  @Field() dropletId!: string;
  /** When the node was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
  /** The cluster the node belongs to (not part of the API's node body). */
  clusterId!: string;
  /** The node pool the node belongs to (not part of the API's node body). */
  nodePoolId!: string;

  /**
   * Deletes the node (`DELETE /v2/kubernetes/clusters/{id}/node_pools/{pool}/nodes/{node}`), draining
   * it first unless `skipDrain`; with `replace`, a new node takes its place. Resolves once the API
   * accepted it (the node goes on through `draining` and `deleting`).
   */
  async destroy(options: KubernetesNodeDeleteOptions = {}): Promise<void> {
    const where = path`kubernetes/clusters/${this.clusterId}/node_pools/${this.nodePoolId}/nodes/${this.id}`;
    await this.connection.request('DELETE', where, { query: nodeDeleteQuery(options), signal: options.signal });
  }

  /** Replaces the node with a new one (`destroy({ replace: true })`). */
  async replace(options: Omit<KubernetesNodeDeleteOptions, 'replace'> = {}): Promise<void> {
    await this.destroy({ ...options, replace: true });
  }
}
