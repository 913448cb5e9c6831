import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { arrayOf, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkUrnRef, checkUuid } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import { Model } from './model.js';

/** A resource as the security endpoints take it: its URN (`do:droplet:3164444`), or any model with a `urn` (a `Droplet`, a `SecurityAffectedResource`, ...). */
export type SecurityResourceRef =
  | string
  | {
      /** The resource's URN, e.g. `do:droplet:3164444`. */
      readonly urn: string;
    };


/**
 * The URN of a resource given as a URN or as a model with a `urn`: `do:<kind>:<id>`.
 * @internal
 */
export const checkResourceUrn: Check<string> = (field, value) => checkUrnRef(field, value);

/** A list of resources (URNs or models with a `urn`), sent as their URNs; `min` of them at least. @internal */
export function checkResourceList(min: number): Check<SecurityResourceRef[]> {
  return (field, value) => arrayOf(checkResourceUrn, min)(field, value);
}

/** What `client.security.suppress()` takes. */
export const SECURITY_SUPPRESSION_CREATE = shape('a suppression', {
  /** The UUID of the rule whose findings are suppressed (a finding's `ruleUuid`). */
  ruleUuid: required(checkUuid),
  /** The resources the rule no longer reports: at least one, as URNs or models with a `urn`. */
  resources: required(checkResourceList(1)),
});

/** Attributes of `client.security.suppress()`. */
export type SecuritySuppressionAttributes = AttributesOf<typeof SECURITY_SUPPRESSION_CREATE>;

/**
 * One resource whose findings of one rule are suppressed: later scans do not report it for that
 * rule. `destroy()` lifts the suppression.
 * @example `const [suppression] = await finding.suppress([droplet]); await suppression.destroy();`
 */
export class SecuritySuppression extends Model {
  /** The suppression's UUID. */
  @Field() id!: string;
  /** The UUID of the suppressed rule. */
  @Field() ruleUuid!: string;
  /** The suppressed rule's name, e.g. `Droplet Backups Not Enabled`. */
  @Field() ruleName?: string;
  /** The id of the suppressed resource, e.g. `3164444` for a droplet. */
  @Field() resourceId!: string;
  /** The kind of the suppressed resource, e.g. `Droplet`. */
  @Field() resourceType?: string;

  /** Lifts the suppression (`DELETE /v2/security/settings/suppressions/{suppression_uuid}`). */
  async destroy(options?: RequestOptions): Promise<void> {
    await this.connection.request('DELETE', path`security/settings/suppressions/${checkUuid('id', this.id)}`, options);
  }
}
