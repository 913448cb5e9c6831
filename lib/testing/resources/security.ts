import { randomUUID } from 'node:crypto';
import { body, created, defineModule, found, isObject, isTagName, noContent, ok, Store } from '../module.js';
import { page, pageOf, type RouteContext } from '../router.js';
import { badRequest, notFound, timestamp } from '../world.js';
import { droplets, type DropletJson } from './droplets.js';
import { firewalls } from './firewalls.js';

/** A severity as the API writes it. */
type SeverityJson = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';

/** A finding of a scan as the API writes it. */
export interface SecurityFindingJson {
  rule_uuid: string;
  name: string;
  details: string;
  found_at: string;
  severity: SeverityJson;
  business_impact: string;
  technical_details: string;
  mitigation_steps: Array<{ step: number; title: string; description: string }>;
  affected_resources_count: number;
}

/** A resource a finding applies to, as the API writes it. */
export interface AffectedResourceJson {
  urn: string;
  name: string;
  type: string;
}

/** A scan as the API writes it. */
export interface SecurityScanJson {
  id: string;
  status: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED' | 'CSPM_NOT_ENABLED' | 'SCAN_NOT_RUN';
  created_at: string;
  findings: SecurityFindingJson[];
}

/** A suppression as the API writes it. */
export interface SuppressionJson {
  id: string;
  rule_uuid: string;
  rule_name: string;
  resource_id: string;
  resource_type: string;
}

/** What each plan tier scans, as the API writes it. */
export type TierCoverageJson = Record<string, { resources: string[]; tags: string[] }>;

/** One rule the simulated scanner checks every droplet against. */
interface ScanRule {
  uuid: string;
  name: string;
  severity: SeverityJson;
  details: string;
  businessImpact: string;
  technicalDetails: string;
  steps: Array<{ title: string; description: string }>;
  /** Whether the droplet breaks the rule. */
  breaks: (droplet: DropletJson, store: SecurityStore) => boolean;
}

/** The rules of the simulated scanner, in the order findings are listed. */
export const SCAN_RULES: readonly ScanRule[] = [
  {
    uuid: '2d5b0c6e-8f1a-4c3b-9e7d-51a0f4c2b801',
    name: 'Droplet Not Protected by a Cloud Firewall',
    severity: 'HIGH',
    details: 'No Cloud Firewall applies to this Droplet, so every port its services listen on is reachable from the internet.',
    businessImpact: 'An exposed administrative or database port invites brute-force attempts and exploitation of unpatched services.',
    technicalDetails: 'Neither the Droplet nor any of its tags is named by a Cloud Firewall.',
    steps: [
      { title: 'Create a Cloud Firewall', description: 'Allow only the ports the Droplet serves, from the sources that need them.' },
      { title: 'Apply it to the Droplet', description: 'Add the Droplet, or one of its tags, to the firewall.' },
    ],
    breaks: (droplet, store) => store.firewallsOf(droplet.id) === 0,
  },
  {
    uuid: '7a3e9f14-2b6c-4d8e-a1f0-93c5e7b2d402',
    name: 'Droplet Backups Not Enabled',
    severity: 'MEDIUM',
    details: 'The Droplet has no automated backups, so there is no platform-managed point to restore it from.',
    businessImpact: 'A disk failure, an intrusion or a mistaken deletion could lose its data for good.',
    technicalDetails: 'The Droplet does not have the backups feature.',
    steps: [{ title: 'Enable backups', description: 'Turn on automated backups for the Droplet.' }],
    breaks: (droplet) => !droplet.features.includes('backups'),
  },
  {
    uuid: 'c9f2a7d0-5e4b-4f61-8b3a-0d7e6c1f9503',
    name: 'Droplet Monitoring Agent Not Installed',
    severity: 'LOW',
    details: 'The Droplet reports no metrics, so unusual load or traffic goes unnoticed.',
    businessImpact: 'Incidents are found later, by users rather than by alerts.',
    technicalDetails: 'The Droplet does not have the monitoring feature.',
    steps: [{ title: 'Install the agent', description: 'Install the metrics agent, or create the Droplet with monitoring on.' }],
    breaks: (droplet) => !droplet.features.includes('monitoring'),
  },
];

const URN = /^do:([a-z][a-z0-9_]*):([A-Za-z0-9][A-Za-z0-9._-]*)$/;
const SEVERITIES: readonly string[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** 400 with the API's body. */

/**
 * The account's security scans, suppressions, scan rules (excluded resources) and plan. A scan
 * checks every droplet against {@link SCAN_RULES} once the world's action duration has passed;
 * suppressed (rule, resource) pairs and excluded resources are left out of later scans.
 */
export class SecurityStore extends Store<SecurityScanJson, string> {
  /** The affected resources of each finding of each completed scan, by scan id, then rule UUID. */
  readonly affected = new Map<string, Map<string, AffectedResourceJson[]>>();
  /** The suppressions, by id, each with the URN it suppresses. */
  readonly suppressions = new Map<string, { json: SuppressionJson; urn: string }>();
  /** The URNs that scan rules leave out of scans. */
  readonly excluded = new Set<string>();
  /** What each plan tier scans; seeded with the basic tier covering the `production` tag. */
  tierCoverage: TierCoverageJson = { basic: { resources: [], tags: ['production'] } };

  /** How many firewalls apply to a droplet. */
  firewallsOf(dropletId: number): number {
    return this.world.state(firewalls).ofDroplet(dropletId).length;
  }

  /** Starts a scan: `IN_PROGRESS`, completed with its findings after the action duration. */
  start(): SecurityScanJson {
    const scan: SecurityScanJson = { id: randomUUID(), status: 'IN_PROGRESS', created_at: this.now(), findings: [] };
    this.put(scan.id, scan);
    this.world.schedule(() => this.#complete(scan));
    return scan;
  }

  /** A scan as `GET` answers it: its findings filtered by `severity` and `type`, a page of them. */
  view(scan: SecurityScanJson, ctx: RouteContext): SecurityScanJson {
    const severity = ctx.query.get('severity');
    const type = ctx.query.get('type');
    if (severity !== null && !SEVERITIES.includes(severity)) throw badRequest(`severity must be one of ${SEVERITIES.join(', ')}`);
    const findings = scan.findings.filter((f) => (severity === null || f.severity === severity) && (type === null || type === 'CSPM'));
    const listed = page(ctx, 'findings', findings).findings as SecurityFindingJson[];
    return { ...scan, findings: listed };
  }

  /** The latest scan; one that has not run when there is none. */
  latest(): SecurityScanJson | { status: 'SCAN_NOT_RUN'; findings: [] } {
    return this.list().at(-1) ?? { status: 'SCAN_NOT_RUN', findings: [] };
  }

  /** The resources a finding (named by its rule's UUID) of a scan applies to; a 404 for either unknown. */
  affectedBy(scanId: string, findingUuid: string): AffectedResourceJson[] {
    return found(this.affected.get(this.get(scanId).id)?.get(findingUuid));
  }

  /** A scan rule: leaves `resource` out of later scans. */
  exclude(attrs: Record<string, unknown>): void {
    this.excluded.add(this.#urn(attrs.resource, 'resource'));
  }

  /** Suppresses a rule for resources: one suppression per resource (the existing one when there is one). */
  suppress(attrs: Record<string, unknown>): SuppressionJson[] {
    if (typeof attrs.rule_uuid !== 'string') throw badRequest('rule_uuid is required');
    const rule = found(SCAN_RULES.find((r) => r.uuid === attrs.rule_uuid));
    if (!Array.isArray(attrs.resources) || attrs.resources.length === 0) throw badRequest('resources must be a non-empty array of URNs');
    const urns = attrs.resources.map((value, i) => this.#urn(value, `resources[${i}]`));
    return [...new Set(urns)].map((urn) => {
      const existing = [...this.suppressions.values()].find((s) => s.urn === urn && s.json.rule_uuid === rule.uuid);
      if (existing) return existing.json;
      const [, kind, id] = URN.exec(urn)!;
      const json: SuppressionJson = { id: randomUUID(), rule_uuid: rule.uuid, rule_name: rule.name, resource_id: id, resource_type: kindName(kind) };
      this.suppressions.set(json.id, { json, urn });
      return json;
    });
  }

  /** Lifts a suppression; a 404 when there is none. */
  unsuppress(id: string): void {
    if (!this.suppressions.delete(id)) throw notFound();
  }

  /** Sets what each tier scans: every tier with its resources (URNs) and tags. */
  plan(attrs: Record<string, unknown>): TierCoverageJson {
    const given = attrs.tier_coverage;
    if (!isObject(given)) throw badRequest('tier_coverage must be an object');
    const coverage: TierCoverageJson = {};
    for (const [tier, value] of Object.entries(given as Record<string, unknown>)) {
      if (!isObject(value)) throw badRequest(`tier_coverage.${tier} must be an object`);
      const { resources = [], tags = [] } = value as { resources?: unknown; tags?: unknown };
      if (!Array.isArray(resources) || !Array.isArray(tags)) throw badRequest(`tier_coverage.${tier}: resources and tags must be arrays`);
      if (!tags.every(isTagName)) throw badRequest(`tier_coverage.${tier}.tags must hold tag names`);
      coverage[tier] = { resources: resources.map((r, i) => this.#urn(r, `tier_coverage.${tier}.resources[${i}]`)), tags: tags as string[] };
    }
    this.tierCoverage = coverage;
    return coverage;
  }

  /** The settings as `GET /v2/security/settings` answers them: a page of the suppressions. */
  settings(ctx: RouteContext): Record<string, unknown> {
    const all = [...this.suppressions.values()].map((s) => s.json);
    const { page: number, pages } = pageOf(ctx, all);
    const suppressions = { ...page(ctx, 'resources', all), meta: { page: number, pages, total: all.length } };
    return { settings: { suppressions }, tier_coverage: structuredClone(this.tierCoverage), plan_downgrades: {} };
  }

  /** A URN (`do:<kind>:<id>`); a 400 otherwise, and a 404 for a droplet that does not exist. */
  #urn(value: unknown, field: string): string {
    const match = typeof value === 'string' ? URN.exec(value) : null;
    if (!match) throw badRequest(`${field} must be a URN such as do:droplet:3164444`);
    if (match[1] === 'droplet' && !this.world.state(droplets).has(Number(match[2]))) throw notFound();
    return value as string;
  }

  /** Checks every droplet against every rule, leaving out excluded resources and suppressed pairs. */
  #complete(scan: SecurityScanJson): void {
    const foundAt = timestamp(this.world.now());
    const suppressed = new Set([...this.suppressions.values()].map((s) => `${s.json.rule_uuid} ${s.urn}`));
    const byRule = new Map<string, AffectedResourceJson[]>();
    const findings: SecurityFindingJson[] = [];
    for (const rule of SCAN_RULES) {
      const resources = this.world
        .state(droplets)
        .list()
        .filter((d) => rule.breaks(d, this))
        .map((d) => ({ urn: `do:droplet:${d.id}`, name: d.name, type: 'Droplet' }))
        .filter((r) => !this.excluded.has(r.urn) && !suppressed.has(`${rule.uuid} ${r.urn}`));
      if (resources.length === 0) continue;
      byRule.set(rule.uuid, resources);
      findings.push({
        rule_uuid: rule.uuid,
        name: rule.name,
        details: rule.details,
        found_at: foundAt,
        severity: rule.severity,
        business_impact: rule.businessImpact,
        technical_details: rule.technicalDetails,
        mitigation_steps: rule.steps.map((step, i) => ({ step: i + 1, ...step })),
        affected_resources_count: resources.length,
      });
    }
    this.affected.set(scan.id, byRule);
    scan.findings = findings;
    scan.status = 'COMPLETED';
  }
}

/** `droplet` -> `Droplet`, `loadbalancer` -> `Loadbalancer`: the resource type the API writes. */
function kindName(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** Security (CSPM) scans, findings and settings: `/v2/security/...`. */
export const security = defineModule('security', (world) => new SecurityStore(world), (route) => {
  route('GET', '/v2/security/scans', (ctx, store) => ok(store.page(ctx, 'scans')));
  route('POST', '/v2/security/scans', (_ctx, store) => created({ scan: store.start() }));
  route('GET', '/v2/security/scans/latest', (ctx, store) => {
    const latest = store.latest();
    return ok({ scan: 'id' in latest ? store.view(latest, ctx) : latest });
  });
  route('GET', '/v2/security/scans/{scan_id}', (ctx, store) => ok({ scan: store.view(store.get(ctx.params.scan_id), ctx) }));
  route('POST', '/v2/security/scans/rules', (ctx, store) => {
    store.exclude(body(ctx));
    return { status: 201 };
  });
  route('GET', '/v2/security/scans/{scan_id}/findings/{finding_uuid}/affected_resources', (ctx, store) =>
    ok(store.page(ctx, 'affected_resources', store.affectedBy(ctx.params.scan_id, ctx.params.finding_uuid))),
  );
  route('GET', '/v2/security/settings', (ctx, store) => ok(store.settings(ctx)));
  route('PUT', '/v2/security/settings/plan', (ctx, store) => ok({ tier_coverage: store.plan(body(ctx)) }));
  route('POST', '/v2/security/settings/suppressions', (ctx, store) => {
    const made = store.suppress(body(ctx));
    return created({ resources: made, links: { pages: {} }, meta: { page: 1, pages: 1, total: made.length } });
  });
  route('DELETE', '/v2/security/settings/suppressions/{suppression_uuid}', (ctx, store) => {
    store.unsuppress(ctx.params.suppression_uuid);
    return noContent();
  });
});
