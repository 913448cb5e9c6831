import { Field } from '../lib/fields.js';
import { KubernetesOption } from './kubernetes-option.js';
import { KubernetesVersion } from './kubernetes-version.js';
import { Model } from './model.js';

/** What Kubernetes clusters can be created with: versions, regions and node sizes. */
export class KubernetesOptions extends Model {
  /** The regions clusters can be created in. */
  @Field({ type: () => KubernetesOption }) regions!: KubernetesOption[];
  /** The versions clusters can be created with, newest first. */
  @Field({ type: () => KubernetesVersion }) versions!: KubernetesVersion[];
  /** The sizes node pools can use. */
  @Field({ type: () => KubernetesOption }) sizes!: KubernetesOption[];
}
