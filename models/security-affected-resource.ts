import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/**
 * A resource a security finding applies to. It has a `urn`, so it can be given as it is to
 * `finding.suppress()` or `client.security.excludeResource()`.
 */
export class SecurityAffectedResource extends Model {
  /** The resource's URN, e.g. `do:droplet:3164444`. */
  @Field() urn!: string;
  /** The resource's name. */
  @Field() name?: string;
  /** The kind of resource, e.g. `Droplet`. */
  @Field() type?: string;
}
