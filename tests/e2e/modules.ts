import type { SimulatorModule } from '../../lib/testing/module.js';
import { addons } from '../../lib/testing/resources/addons.js';
import { apps } from '../../lib/testing/resources/apps.js';
import { autoscalePools } from '../../lib/testing/resources/autoscale-pools.js';
import { billing } from '../../lib/testing/resources/billing.js';
import { byoipPrefixes } from '../../lib/testing/resources/byoip-prefixes.js';
import { databases } from '../../lib/testing/resources/databases.js';
import { dropletBackupPolicies } from '../../lib/testing/resources/droplet-backup-policies.js';
import { dropletDestroy } from '../../lib/testing/resources/droplet-destroy.js';
import { functions } from '../../lib/testing/resources/functions.js';
import { imageTransfers } from '../../lib/testing/resources/image-transfers.js';
import { kubernetes } from '../../lib/testing/resources/kubernetes.js';
import { monitoring } from '../../lib/testing/resources/monitoring.js';
import { natGateways } from '../../lib/testing/resources/nat-gateways.js';
import { nfs } from '../../lib/testing/resources/nfs.js';
import { oneClicks } from '../../lib/testing/resources/one-clicks.js';
import { organizations } from '../../lib/testing/resources/organizations.js';
import { partnerAttachments } from '../../lib/testing/resources/partner-attachments.js';
import { registries } from '../../lib/testing/resources/registries.js';
import { security } from '../../lib/testing/resources/security.js';
import { spacesKeys } from '../../lib/testing/resources/spaces-keys.js';
import { uptimeChecks } from '../../lib/testing/resources/uptime-checks.js';
import { vectorDatabases } from '../../lib/testing/resources/vector-databases.js';
import { vpcPeerings } from '../../lib/testing/resources/vpc-peerings.js';
import { Router } from '../../lib/testing/router.js';
import type { Harness } from './support.js';

/**
 * The simulator modules that a suite of their own answers route by route, keyed by that suite
 * (`tests/e2e/<suite>.test.ts`, which checks that it answered each of their routes, most with
 * {@link itAnswersModules}); suites checking the routes of everything else leave them out.
 */
export const OWN_SUITES = {
  databases: [databases],
  'spaces-keys': [spacesKeys],
  nfs: [nfs],
  'vector-databases': [vectorDatabases],
  kubernetes: [kubernetes, registries, oneClicks],
  apps: [apps],
  functions: [functions],
  addons: [addons],
  'autoscale-pools': [autoscalePools],
  'nat-gateways': [natGateways],
  'byoip-prefixes': [byoipPrefixes],
  'partner-attachments': [partnerAttachments],
  billing: [billing, organizations],
  'vpc-peerings': [vpcPeerings],
  'droplet-lifecycle-extras': [dropletBackupPolicies, dropletDestroy, imageTransfers],
  monitoring: [monitoring],
  'uptime-checks': [uptimeChecks],
  security: [security],
} as const satisfies Record<string, readonly SimulatorModule[]>;

/** Every module of {@link OWN_SUITES}. */
export const WITH_OWN_SUITES: readonly SimulatorModule[] = Object.values(OWN_SUITES).flat();

/** Declares the test that the suite's simulator answered every route of the modules {@link OWN_SUITES} gives `suite` at least once. */
export function itAnswersModules(harness: () => Harness, suite: keyof typeof OWN_SUITES): void {
  const modules: readonly SimulatorModule[] = OWN_SUITES[suite];
  it(`answers every route of ${modules.map((m) => m.name).join(', ')}`, () => {
    const answered = new Set([...harness().conformance.checked.keys()].map((key) => key.replace(/ \d+$/, '')));
    const router = new Router();
    for (const module of modules) module.routes(router);
    expect(router.operations.filter((op) => !answered.has(op))).toEqual([]);
  });
}
