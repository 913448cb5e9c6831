import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Who the cluster sees the API token's owner as: a user name and groups for RBAC rules. */
export class KubernetesClusterUser extends Model {
  /** The user name, the account's email address. */
  @Field() username!: string;
  /** The groups the user is in, e.g. `k8saas:authenticated`. */
  @Field() groups!: string[];
}
