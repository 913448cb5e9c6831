import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A cluster component that is on or off: the routing agent, a GPU device plugin, the CoreDNS autoscaler, ... */
export class KubernetesToggle extends Model {
  /** Whether the component is on. */
  @Field() enabled!: boolean;
}
