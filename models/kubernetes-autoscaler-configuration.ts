import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The strategies the cluster autoscaler may pick node pools by. */
export type KubernetesAutoscalerExpander = 'random' | 'priority' | 'least_waste';

/** How the cluster autoscaler of a Kubernetes cluster scales down. */
export class KubernetesAutoscalerConfiguration extends Model {
  /** The utilization (0 to 1) below which a node may be removed, e.g. `0.65`. */
  @Field() scaleDownUtilizationThreshold!: number;
  /** How long a node must be unneeded before it is removed, e.g. `1m0s`. */
  @Field() scaleDownUnneededTime!: string;
  /** The expanders, in order: `random`, `priority`, `least_waste`. */
  @Field() expanders?: KubernetesAutoscalerExpander[];
}
