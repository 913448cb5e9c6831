import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { SecuritySuppression } from './security-suppression.js';

/** The resources and tags a plan tier scans. */
export interface SecurityTierCoverage {
  /** The URNs of the resources the tier scans, e.g. `do:droplet:3164444`. */
  resources?: string[];
  /** The tags whose resources the tier scans, e.g. `production`. */
  tags?: string[];
}

/** What each plan tier scans, by tier name (e.g. `basic`). */
export type SecurityTierCoverageMap = Record<string, SecurityTierCoverage>;

/** Resources moving to a tier from a given time, as the API writes it. */
export interface SecurityPlanDowngrade {
  /** The URNs of the resources that move. */
  resources?: string[];
  /** When they move (an ISO 8601 timestamp). */
  effective_at?: string;
}

/** A page of the account's suppressions, as the settings hold it. */
export class SecuritySuppressionList extends Model {
  /** The suppressions of the page. */
  @Field({ type: () => SecuritySuppression }) resources?: SecuritySuppression[];
  /** `page`, `pages` and `total`, as the API writes them. */
  @Field({ json: true }) meta?: {
    /** The page's number. */
    page?: number;
    /** How many pages there are. */
    pages?: number;
    /** How many suppressions there are. */
    total?: number;
  };
  /** The API's links to the other pages. */
  @Field({ json: true }) links?: {
    /** The URLs of the first, previous, next and last pages, by name. */
    pages?: Record<string, string>;
  };
}

/** The scan settings proper: the suppressions. */
export class SecurityScanSettings extends Model {
  /** The suppressions (a page of them). */
  @Field({ type: () => SecuritySuppressionList }) suppressions?: SecuritySuppressionList;
}

/**
 * The account's security scan settings (`GET /v2/security/settings`): the suppressions, what each
 * plan tier covers, and the coverage downgrades to come.
 * @example `const settings = await client.security.settings(); console.log(settings.tierCoverage, settings.suppressions.length);`
 */
export class SecuritySettings extends Model {
  /** The scan settings, holding the suppressions. */
  @Field({ type: () => SecurityScanSettings }) settings?: SecurityScanSettings;
  /** What each plan tier scans, by tier name (e.g. `basic`). */
  @Field({ json: true }) tierCoverage?: SecurityTierCoverageMap;
  /** The coverage downgrades to come, by the tier the resources move to. */
  @Field({ json: true }) planDowngrades?: Record<string, SecurityPlanDowngrade>;

  /** The suppressions these settings were read with (`settings.suppressions.resources`). */
  get suppressions(): SecuritySuppression[] {
    return this.settings?.suppressions?.resources ?? [];
  }
}
