import type { SimulatorModule } from '../module.js';
import { autoscalePools } from './autoscale-pools.js';
import { billing } from './billing.js';
import { byoipPrefixes } from './byoip-prefixes.js';
import { databases } from './databases.js';
import { dropletBackupPolicies } from './droplet-backup-policies.js';
import { dropletDestroy } from './droplet-destroy.js';
import { imageTransfers } from './image-transfers.js';
import { natGateways } from './nat-gateways.js';
import { nfs } from './nfs.js';
import { organizations } from './organizations.js';
import { partnerAttachments } from './partner-attachments.js';
import { spacesKeys } from './spaces-keys.js';
import { sshKeys } from './ssh-keys.js';
import { vectorDatabases } from './vector-databases.js';
import { vpcPeerings } from './vpc-peerings.js';

/** Every resource module of the simulator, in the order their routes are tried. */
export const MODULES: readonly SimulatorModule[] = [
  sshKeys,
  databases,
  spacesKeys,
  nfs,
  vectorDatabases,
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
];
