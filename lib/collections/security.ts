import { SecurityAffectedResource } from '../../models/security-affected-resource.js';
import { affectedResourcesPath, suppressWith } from '../../models/security-finding.js';
import { SecurityScan, scanQuery, withFindingsLinked, type SecurityScanQuery } from '../../models/security-scan.js';
import { SecuritySettings, type SecurityTierCoverageMap } from '../../models/security-settings.js';
import {
  SECURITY_SUPPRESSION_CREATE,
  checkResourceList,
  checkResourceUrn,
  type SecurityResourceRef,
  type SecuritySuppression,
  type SecuritySuppressionAttributes,
} from '../../models/security-suppression.js';
import type { Query, RequestOptions } from '../connection.js';
import { ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { arrayOf, optional, shape, type AttributesOf, type Check } from '../shape.js';
import { checkAttrs, checkInt, checkTag, checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/** What one tier of `client.security.updatePlan()` takes. */
export interface SecurityTierCoverageAttributes {
  /** The resources the tier scans: URNs or models with a `urn` (a `Droplet`, ...); none when left out. */
  resources?: SecurityResourceRef[];
  /** The tags whose resources the tier scans; none when left out. */
  tags?: string[];
}

const TIER = shape('a tier coverage', {
  /** The resources the tier scans. */
  resources: optional(checkResourceList(0)),
  /** The tags whose resources the tier scans. */
  tags: optional(arrayOf(checkTag)),
});

/** A tier name such as `basic`. */
const TIER_NAME = /^[a-z][a-z0-9_-]{0,62}$/;

/** Every tier of a plan, each sent with both its resources (as URNs) and its tags. */
const checkTierCoverage: Check<Record<string, SecurityTierCoverageAttributes>> = (field, value) => {
  const tiers = checkAttrs(field, value);
  const out: Record<string, { resources: string[]; tags: string[] }> = {};
  for (const [name, tier] of Object.entries(tiers)) {
    if (!TIER_NAME.test(name)) throw new ValidationError(`${field}.${name}`, 'must be named as a plan tier (lower-case letters, digits, "-" and "_"), e.g. "basic"');
    out[name] = { resources: [], tags: [], ...(TIER.wire(`${field}.${name}`, tier) as { resources?: string[]; tags?: string[] }) };
  }
  return out as Record<string, SecurityTierCoverageAttributes>;
};

const SETTINGS_QUERY = shape('a settings query', {
  /** Which page of the suppressions, from 1 (the API's default is 1). */
  page: optional((field, value) => checkInt(field, value, 1, Number.MAX_SAFE_INTEGER)),
  /** How many suppressions a page holds, 1 to 200 (the API's default is 20). */
  perPage: optional((field, value) => checkInt(field, value, 1, 200)),
});

/** Options of `client.security.settings()`: which page of the suppressions it holds. */
export type SecuritySettingsQuery = AttributesOf<typeof SETTINGS_QUERY>;

/**
 * `client.security`: the account's security (CSPM) scans, their findings and the resources they
 * affect, and the scan settings: the plan's tier coverage, suppressions and scan rules.
 * @example `const scan = await client.security.startScan().then((s) => s.wait()); for (const f of await scan.findings()) console.log(f.severity, f.name);`
 */
export class SecurityCollection extends Collection {
  /** Every scan of the account (`GET /v2/security/scans`), with their findings: a lazy listing. */
  scans(options?: ListOptions): Paginator<SecurityScan> {
    return this.page(SecurityScan, 'security/scans', 'scans', {}, options).map(withFindingsLinked);
  }

  /**
   * One scan with its findings, those of one `severity` or `type` only when asked, a page of them
   * when `page`/`perPage` say (`GET /v2/security/scans/{scan_id}`).
   * @throws ValidationError for an id that is not a UUID or a bad query, before any request.
   * @throws NotFoundError when there is no such scan.
   */
  async scan(id: string, query: SecurityScanQuery = {}, options?: RequestOptions): Promise<SecurityScan> {
    const scanPath = path`security/scans/${checkUuid('id', id)}`;
    return withFindingsLinked(await this.load(SecurityScan, scanPath, 'scan', { query: scanQuery(query), signal: options?.signal }));
  }

  /**
   * Starts a scan of the account's resources (`POST /v2/security/scans`) and resolves to it,
   * `IN_PROGRESS`: `scan.wait()` resolves once it is `COMPLETED`.
   */
  async startScan(options?: RequestOptions): Promise<SecurityScan> {
    return withFindingsLinked(await this.write('POST', SecurityScan, 'security/scans', 'scan', undefined, options));
  }

  /**
   * The latest scan with its findings, filtered as `scan()` filters them
   * (`GET /v2/security/scans/latest`). Its status is `SCAN_NOT_RUN` (and it has no id) when no scan has run.
   * @throws ValidationError for a bad query, before any request.
   */
  async latestScan(query: SecurityScanQuery = {}, options?: RequestOptions): Promise<SecurityScan> {
    return withFindingsLinked(await this.load(SecurityScan, 'security/scans/latest', 'scan', { query: scanQuery(query), signal: options?.signal }));
  }

  /**
   * The resources a finding of a scan applies to, the finding named by its rule's UUID (a
   * finding's `ruleUuid`: the description gives findings no id of their own)
   * (`GET /v2/security/scans/{scan_id}/findings/{finding_uuid}/affected_resources`): a lazy listing.
   * @throws ValidationError when either is not a UUID, before any request.
   */
  affectedResources(scanId: string, findingUuid: string, options?: ListOptions): Paginator<SecurityAffectedResource> {
    return this.page(SecurityAffectedResource, affectedResourcesPath(scanId, findingUuid), 'affected_resources', {}, options);
  }

  /**
   * Marks a resource's findings as false positives: a scan rule that leaves the resource out of
   * later scans (`POST /v2/security/scans/rules`). Takes a URN or any model with a `urn` (a `Droplet`, ...).
   * @throws ValidationError for a resource that is not a URN (`do:<kind>:<id>`) nor a model with one, before any request.
   */
  async excludeResource(resource: SecurityResourceRef, options?: RequestOptions): Promise<void> {
    await this.call('POST', 'security/scans/rules', { json: { resource: checkResourceUrn('resource', resource) }, signal: options?.signal });
  }

  /**
   * The scan settings (`GET /v2/security/settings`): the suppressions (a page of them, as
   * `page`/`perPage` say), what each plan tier covers, and the downgrades to come.
   */
  async settings(query: SecuritySettingsQuery = {}, options?: RequestOptions): Promise<SecuritySettings> {
    const search = SETTINGS_QUERY.wire('query', query) as Query;
    const body = await this.connection.request<object>('GET', 'security/settings', { query: search, signal: options?.signal });
    return this.connection.hydrate(SecuritySettings, body ?? {});
  }

  /**
   * Sets what each plan tier scans (`PUT /v2/security/settings/plan`): per tier name (e.g. `basic`),
   * resources (URNs or models with a `urn`) and tags; a tier's list left out is sent empty.
   * Resolves to the coverage as the API now holds it.
   * @throws ValidationError for a bad tier name, resource or tag, before any request.
   */
  async updatePlan(tierCoverage: Record<string, SecurityTierCoverageAttributes>, options?: RequestOptions): Promise<SecurityTierCoverageMap> {
    const json = { tier_coverage: checkTierCoverage('tierCoverage', tierCoverage) };
    const body = await this.connection.request<{ tier_coverage?: SecurityTierCoverageMap } | undefined>('PUT', 'security/settings/plan', { json, signal: options?.signal });
    return body?.tier_coverage ?? {};
  }

  /**
   * Suppresses the findings of one rule for some resources (`POST /v2/security/settings/suppressions`):
   * later scans do not report them for that rule. Resolves to the suppressions made, one per resource.
   * @throws ValidationError for a rule that is not a UUID, an empty list, or a resource that is not a URN nor a model with one, before any request.
   */
  async suppress(attrs: SecuritySuppressionAttributes, options?: RequestOptions): Promise<SecuritySuppression[]> {
    return suppressWith(this.connection, SECURITY_SUPPRESSION_CREATE.wire('attrs', attrs), options);
  }

  /**
   * Lifts a suppression (`DELETE /v2/security/settings/suppressions/{suppression_uuid}`).
   * @throws ValidationError when `uuid` is not a UUID, before any request.
   */
  async deleteSuppression(uuid: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`security/settings/suppressions/${checkUuid('uuid', uuid)}`, options);
  }
}
