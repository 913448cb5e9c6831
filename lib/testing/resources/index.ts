import type { SimulatorModule } from '../module.js';
import { account } from './account.js';
import { actions } from './actions.js';
import { autoscalePools } from './autoscale-pools.js';
import { billing } from './billing.js';
import { byoipPrefixes } from './byoip-prefixes.js';
import { cdnEndpoints } from './cdn-endpoints.js';
import { addons } from './addons.js';
import { apps } from './apps.js';
import { functions } from './functions.js';
import { databases } from './databases.js';
import { certificates } from './certificates.js';
import { domains } from './domains.js';
import { dropletBackupPolicies } from './droplet-backup-policies.js';
import { dropletDestroy } from './droplet-destroy.js';
import { droplets } from './droplets.js';
import { firewalls } from './firewalls.js';
import { imageTransfers } from './image-transfers.js';
import { images } from './images.js';
import { kubernetes } from './kubernetes.js';
import { loadBalancers } from './load-balancers.js';
import { monitoring } from './monitoring.js';
import { natGateways } from './nat-gateways.js';
import { nfs } from './nfs.js';
import { oneClicks } from './one-clicks.js';
import { organizations } from './organizations.js';
import { partnerAttachments } from './partner-attachments.js';
import { projects } from './projects.js';
import { regions } from './regions.js';
import { registries } from './registries.js';
import { reservedIps } from './reserved-ips.js';
import { reservedIpv6 } from './reserved-ipv6.js';
import { security } from './security.js';
import { snapshots } from './snapshots.js';
import { spacesKeys } from './spaces-keys.js';
import { sizes } from './sizes.js';
import { sshKeys } from './ssh-keys.js';
import { tags } from './tags.js';
import { uptimeChecks } from './uptime-checks.js';
import { vectorDatabases } from './vector-databases.js';
import { volumes } from './volumes.js';
import { vpcPeerings } from './vpc-peerings.js';
import { vpcs } from './vpcs.js';

/** The modules of droplets, images, the catalogue (regions, sizes) and actions: what the rest is built around. */
export const CORE_MODULES: readonly SimulatorModule[] = [droplets, images, regions, sizes, actions];

/** Every resource module of the simulator, in the order their routes are tried. */
export const MODULES: readonly SimulatorModule[] = [
  ...CORE_MODULES,
  sshKeys,
  account,
  domains,
  volumes,
  snapshots,
  reservedIps,
  reservedIpv6,
  firewalls,
  loadBalancers,
  tags,
  vpcs,
  projects,
  certificates,
  cdnEndpoints,
  databases,
  spacesKeys,
  nfs,
  vectorDatabases,
  kubernetes,
  registries,
  oneClicks,
  apps,
  functions,
  addons,
  autoscalePools,
  natGateways,
  byoipPrefixes,
  partnerAttachments,
  billing,
  organizations,
  vpcPeerings,
  monitoring,
  dropletBackupPolicies,
  dropletDestroy,
  imageTransfers,
  uptimeChecks,
  security,
];
