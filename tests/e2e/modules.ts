import type { SimulatorModule } from '../../lib/testing/module.js';
import { autoscalePools } from '../../lib/testing/resources/autoscale-pools.js';
import { billing } from '../../lib/testing/resources/billing.js';
import { byoipPrefixes } from '../../lib/testing/resources/byoip-prefixes.js';
import { dropletBackupPolicies } from '../../lib/testing/resources/droplet-backup-policies.js';
import { dropletDestroy } from '../../lib/testing/resources/droplet-destroy.js';
import { imageTransfers } from '../../lib/testing/resources/image-transfers.js';
import { monitoring } from '../../lib/testing/resources/monitoring.js';
import { natGateways } from '../../lib/testing/resources/nat-gateways.js';
import { organizations } from '../../lib/testing/resources/organizations.js';
import { partnerAttachments } from '../../lib/testing/resources/partner-attachments.js';
import { security } from '../../lib/testing/resources/security.js';
import { vpcPeerings } from '../../lib/testing/resources/vpc-peerings.js';
import { Router } from '../../lib/testing/router.js';
import type { Harness } from './support.js';

/** The modules of the core platform beyond the provisioning resources, each answered by its own suite. */
export const CORE_PLATFORM: readonly SimulatorModule[] = [
  autoscalePools,
  natGateways,
  byoipPrefixes,
  partnerAttachments,
  billing,
  organizations,
  vpcPeerings,
  dropletBackupPolicies,
  dropletDestroy,
  imageTransfers,
  monitoring,
  security,
];

/** Declares the test that the suite's simulator answered every route of `modules` at least once. */
export function itAnswersModules(harness: () => Harness, ...modules: SimulatorModule[]): void {
  it(`answers every route of ${modules.map((m) => m.name).join(', ')}`, () => {
    const answered = new Set([...harness().conformance.checked.keys()].map((key) => key.replace(/ \d+$/, '')));
    const router = new Router();
    for (const module of modules) module.routes(router);
    expect(router.operations.filter((op) => !answered.has(op))).toEqual([]);
  });
}
