import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { ConfigurationError } from '../lib/errors.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { checkUuid } from '../lib/validate.js';
import type { Connection, RequestOptions } from '../lib/connection.js';
import { Model } from './model.js';
import { SecurityAffectedResource } from './security-affected-resource.js';
import { SecurityMitigationStep } from './security-mitigation-step.js';
import { SECURITY_SUPPRESSION_CREATE, SecuritySuppression, type SecurityResourceRef } from './security-suppression.js';

/** How severe a finding is, from the most: the API's `severity` values. */
export const SECURITY_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
/** How severe a finding is: `CRITICAL`, `HIGH`, `MEDIUM` or `LOW`. */
export type SecuritySeverity = (typeof SECURITY_SEVERITIES)[number];

/** The path of a finding's affected resources, the finding named by its rule's UUID (its schema has no id of its own). @internal */
export function affectedResourcesPath(scanId: unknown, findingUuid: unknown): string {
  return path`security/scans/${checkUuid('scanId', scanId)}/findings/${checkUuid('findingUuid', findingUuid)}/affected_resources`;
}

/**
 * What a scan found: one rule that resources broke, with its severity, the risk, and the steps
 * that resolve it. The description gives a finding no id of its own: within its scan this client
 * names it by its rule's UUID (`ruleUuid`), in the path of its affected resources too.
 * @example `for (const finding of await scan.findings({ severity: 'CRITICAL' })) console.log(finding.name, await finding.affectedResources());`
 */
export class SecurityFinding extends Model {
  /** The UUID of the rule the resources broke; this client names the finding by it within its scan. */
  @Field() ruleUuid!: string;
  /** The rule's name, e.g. `Droplet Backups Not Enabled`. */
  @Field() name!: string;
  /** The risk the finding stands for. */
  @Field() details?: string;
  /** When it was found. */
  @Field({ type: () => Date }) foundAt?: Date;
  /** How severe it is: `CRITICAL`, `HIGH`, `MEDIUM` or `LOW`. */
  @Field() severity!: SecuritySeverity;
  /** What the risk means for the business. */
  @Field() businessImpact?: string;
  /** The technical background of the finding. */
  @Field() technicalDetails?: string;
  /** The steps that resolve it, in order. */
  @Field({ type: () => SecurityMitigationStep }) mitigationSteps?: SecurityMitigationStep[];
  /** How many resources break the rule. */
  @Field() affectedResourcesCount!: number;

  /** The UUID of the scan that found it; set when the finding is read through its scan. */
  scanId?: string;

  /**
   * The resources that break the rule
   * (`GET /v2/security/scans/{scan_id}/findings/{finding_uuid}/affected_resources`): a lazy listing.
   * @throws ConfigurationError when the finding was not read through a scan (it does not know its scan).
   */
  affectedResources(options?: ListOptions): Paginator<SecurityAffectedResource> {
    if (this.scanId === undefined) {
      throw new ConfigurationError('this SecurityFinding does not know its scan: read it through scan.findings() or scan.results, or use client.security.affectedResources(scanId, ruleUuid)');
    }
    return paginate(this.connection, SecurityAffectedResource, affectedResourcesPath(this.scanId, this.ruleUuid), 'affected_resources', {}, options);
  }

  /**
   * Suppresses this finding's rule for `resources` (`POST /v2/security/settings/suppressions`): later
   * scans do not report them for it. Resolves to the suppressions made, one per resource.
   * @throws ValidationError for an empty list or a resource that is not a URN (`do:<kind>:<id>`) nor a model with one, before any request.
   */
  async suppress(resources: SecurityResourceRef[], options?: RequestOptions): Promise<SecuritySuppression[]> {
    return suppressWith(this.connection, SECURITY_SUPPRESSION_CREATE.wire('attrs', { ruleUuid: this.ruleUuid, resources }), options);
  }
}

/** Sends a suppression (`POST /v2/security/settings/suppressions`) and hydrates the suppressions made. @internal */
export async function suppressWith(
  connection: Connection,
  json: Record<string, unknown>,
  options?: RequestOptions,
): Promise<SecuritySuppression[]> {
  return connection.many(SecuritySuppression, 'POST', 'security/settings/suppressions', 'resources', { json, signal: options?.signal });
}
