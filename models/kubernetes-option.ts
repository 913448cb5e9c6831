import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A region or a node size Kubernetes clusters can use. */
export class KubernetesOption extends Model {
  /** The display name, e.g. `New York 3` or `s-1vcpu-2gb`. */
  @Field() name!: string;
  /** The slug to send, e.g. `nyc3` or `s-1vcpu-2gb`. */
  @Field() slug!: string;
}
