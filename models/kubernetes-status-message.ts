import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A message about something that affects a Kubernetes cluster's life, such as an incident. */
export class KubernetesStatusMessage extends Model {
  /** The message. */
  @Field() message!: string;
  /** When it was emitted. */
  @Field({ type: () => Date }) timestamp!: Date;
}
