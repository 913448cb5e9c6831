import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The states of a Kubernetes node. */
export type KubernetesNodeState = 'provisioning' | 'running' | 'draining' | 'deleting';

/** Where a Kubernetes node is in its life. */
export class KubernetesNodeStatus extends Model {
  /** `provisioning`, `running`, `draining` or `deleting`. */
  @Field() state!: KubernetesNodeState;
}
