import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Which addresses may reach a Kubernetes cluster's control plane. */
export class KubernetesControlPlaneFirewall extends Model {
  /** Whether the firewall is on. */
  @Field() enabled!: boolean;
  /** The addresses and CIDR ranges allowed, e.g. `['203.0.113.0/24']`. */
  @Field() allowedAddresses!: string[];
}
