import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A load balancer, volume or volume snapshot a Kubernetes cluster made for itself. */
export class KubernetesAssociatedResource extends Model {
  /** The resource's id. */
  @Field() id!: string;
  /** The resource's name. */
  @Field() name!: string;
}
