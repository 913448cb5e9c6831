import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The states of a Kubernetes cluster. */
export type KubernetesClusterState = 'running' | 'provisioning' | 'degraded' | 'error' | 'deleted' | 'upgrading' | 'deleting';

/** Where a Kubernetes cluster is in its life. */
export class KubernetesClusterStatus extends Model {
  /** `provisioning` at first, `running` once its nodes have booted; `upgrading`, `degraded`, `error`, `deleting`, `deleted`. */
  @Field() state!: KubernetesClusterState;
  /** A human-readable explanation of the state, when there is one. */
  @Field() message?: string;
}
