import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A Kubernetes version DigitalOcean offers, to create a cluster with or upgrade one to. */
export class KubernetesVersion extends Model {
  /** The version slug a cluster is created or upgraded with, e.g. `1.33.1-do.0`. */
  @Field() slug!: string;
  /** The upstream Kubernetes version, e.g. `1.33.1`. */
  @Field() kubernetesVersion!: string;
  /** The features of the version, e.g. `cluster-autoscaler`, `docr-integration`. */
  @Field() supportedFeatures!: string[];
}
