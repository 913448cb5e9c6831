import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { ValidationError } from '../lib/errors.js';
import type { WaitOptions } from '../lib/polling.js';
import type { Query, RequestOptions } from '../lib/connection.js';
import { oneOf, optional, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkInt } from '../lib/validate.js';
import { Resource } from './resource.js';
import { SECURITY_SEVERITIES, SecurityFinding } from './security-finding.js';

/** The most findings the API answers a page. */
const MAX_FINDINGS_PAGE = 200;

/** Where a scan stands, as the API writes it. */
export const SECURITY_SCAN_STATUSES = ['IN_PROGRESS', 'COMPLETED', 'FAILED', 'CSPM_NOT_ENABLED', 'SCAN_NOT_RUN'] as const;
/**
 * Where a scan stands: `IN_PROGRESS` while it runs, then `COMPLETED` or `FAILED`;
 * `CSPM_NOT_ENABLED` when scanning is not enabled on the account, `SCAN_NOT_RUN` when no scan has run.
 */
export type SecurityScanStatus = (typeof SECURITY_SCAN_STATUSES)[number];

/** A finding type such as `CSPM`: letters, digits and `_`. */
const checkFindingType: Check<string> = (field, value) => {
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(value)) {
    throw new ValidationError(field, `must be a finding type such as "CSPM", got ${JSON.stringify(value ?? null)}`);
  }
  return value;
};

/** Which findings a scan is read with: `client.security.scan()`, `latestScan()` and `scan.findings()` take it. */
export const SECURITY_SCAN_QUERY = shape('a scan query', {
  /** Only the findings of this severity: `CRITICAL`, `HIGH`, `MEDIUM` or `LOW`. */
  severity: optional(oneOf(SECURITY_SEVERITIES)),
  /** Only the findings of this type, e.g. `CSPM`. */
  type: optional(checkFindingType),
  /** Which page of the findings, from 1 (the API's default is 1). */
  page: optional((field, value) => checkInt(field, value, 1, Number.MAX_SAFE_INTEGER)),
  /** How many findings a page holds, 1 to 200 (the API's default is 20). */
  perPage: optional((field, value) => checkInt(field, value, 1, 200)),
});

/** Options of `client.security.scan()`, `client.security.latestScan()` and `scan.findings()`. */
export type SecurityScanQuery = AttributesOf<typeof SECURITY_SCAN_QUERY>;

/** The query string of a scan read with `query`. @internal */
export function scanQuery(query: SecurityScanQuery = {}): Query {
  return SECURITY_SCAN_QUERY.wire('query', query) as Query;
}

/** Tells each finding of `scan` which scan it belongs to, and resolves to the scan. @internal */
export function withFindingsLinked<T extends SecurityScan>(scan: T): T {
  for (const finding of scan.results ?? []) finding.scanId = scan.id;
  return scan;
}

/**
 * A security (CSPM) scan of the account's resources: `IN_PROGRESS` while it runs, then
 * `COMPLETED` with its findings, or `FAILED`. `reload()` uses `GET /v2/security/scans/{scan_id}`.
 * @example `const scan = await client.security.startScan().then((s) => s.wait()); const critical = await scan.findings({ severity: 'CRITICAL' });`
 */
export class SecurityScan extends Resource {
  /** The scan's UUID. */
  @Field() id!: string;
  /** `IN_PROGRESS`, `COMPLETED`, `FAILED`, `CSPM_NOT_ENABLED` or `SCAN_NOT_RUN`. */
  @Field() status!: SecurityScanStatus;
  /** When the scan was started. */
  @Field({ type: () => Date }) createdAt?: Date;
  /**
   * The findings the scan was read with (`findings` in the API's JSON): a page of them, as the API
   * answered (its default page holds 20), filtered when it was read with a query; `findings()`
   * reads every page, filtered as asked.
   */
  @Field({ name: 'findings', type: () => SecurityFinding }) results?: SecurityFinding[];

  protected get resourcePath(): string {
    return path`security/scans/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'scan';
  }

  /** Reloads the scan in place (`GET /v2/security/scans/{scan_id}`), with the first page of its findings, and resolves to it. */
  override async reload(options?: RequestOptions): Promise<this> {
    return withFindingsLinked(await super.reload(options));
  }

  /**
   * The API cannot delete a scan: rejects with a `ValidationError` and sends nothing.
   * @throws ValidationError always.
   */
  override async destroy(): Promise<void> {
    throw new ValidationError('scan', 'cannot be deleted: the API keeps every scan');
  }

  /**
   * Polls until the scan is `COMPLETED` (`GET /v2/security/scans/{scan_id}`) and resolves to it,
   * reloaded in place with the first page of its findings (`findings()` reads them all).
   * @example `const scan = await client.security.startScan().then((s) => s.wait({ timeout: 600_000 }));`
   * @throws ResourceFailedError when it ends `FAILED`, or `CSPM_NOT_ENABLED` (`error.resource` is the scan).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async wait(options?: WaitOptions<SecurityScan>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'COMPLETED', failed: ['FAILED', 'CSPM_NOT_ENABLED'] }, options);
  }

  /**
   * The scan's findings, those of one `severity` or `type` only when asked
   * (`GET /v2/security/scans/{scan_id}?severity=...&type=...`): every page of them, 200 a request,
   * or the one page `page`/`perPage` name. The scan itself is left as it is.
   * @throws ValidationError for an unknown severity or a bad type, before any request.
   */
  async findings(query: SecurityScanQuery = {}, options?: RequestOptions): Promise<SecurityFinding[]> {
    const json = scanQuery(query);
    if (query.page !== undefined || query.perPage !== undefined) return this.#findingsPage(json, options);
    const found = new Map<string, SecurityFinding>();
    for (let page = 1; ; page++) {
      const items = await this.#findingsPage({ ...json, page, per_page: MAX_FINDINGS_PAGE }, options);
      const before = found.size;
      for (const finding of items) if (!found.has(finding.ruleUuid)) found.set(finding.ruleUuid, finding);
      // A short page is the last; a page with nothing new means the API did not page at all.
      if (items.length < MAX_FINDINGS_PAGE || found.size === before) return [...found.values()];
    }
  }

  /** One page of the scan's findings, each knowing its scan. */
  async #findingsPage(query: Query, options?: RequestOptions): Promise<SecurityFinding[]> {
    const scan = await this.connection.one(SecurityScan, 'GET', this.resourcePath, 'scan', { query, signal: options?.signal });
    return withFindingsLinked(scan).results ?? [];
  }
}
