import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The Kubernetes object a clusterlint diagnostic is about. */
export class ClusterlintObject extends Model {
  /** The object's name, e.g. `coredns`. */
  @Field() name!: string;
  /** Its kind, e.g. `config map`, `pod`. */
  @Field() kind!: string;
  /** Its namespace, e.g. `kube-system`. */
  @Field() namespace!: string;
}
