import { Field } from '../lib/fields.js';
import { KubernetesAssociatedResource } from './kubernetes-associated-resource.js';
import { Model } from './model.js';

/** The resources a Kubernetes cluster made for itself, which deleting it may delete too. */
export class KubernetesAssociatedResources extends Model {
  /** Load balancers made for `LoadBalancer` services. */
  @Field({ type: () => KubernetesAssociatedResource }) loadBalancers!: KubernetesAssociatedResource[];
  /** Volumes made for persistent volume claims. */
  @Field({ type: () => KubernetesAssociatedResource }) volumes!: KubernetesAssociatedResource[];
  /** Snapshots of those volumes. */
  @Field({ type: () => KubernetesAssociatedResource }) volumeSnapshots!: KubernetesAssociatedResource[];
}
