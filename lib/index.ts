/**
 * `digitalocean-models`: the client, its collections, models and errors.
 * @packageDocumentation
 * @module digitalocean-models
 */
import 'reflect-metadata';

export { DigitalOcean } from './client.js';
export {
  DEFAULT_BASE_URL,
  type ClientEvents,
  type ClientOptions,
  type RateLimit,
  type RateLimitedEvent,
  type RateLimitStoreErrorEvent,
  type RequestEvent,
  type RequestOptions,
  type ResponseEvent,
  type RetryEvent,
  type Query,
} from './connection.js';
export {
  rateLimitKey,
  type RateLimitDenied,
  type RateLimitGrant,
  type RateLimitGranted,
  type RateLimitReport,
  type RateLimitState,
  type RateLimitStore,
} from './rate-limit/store.js';
export { Paginator, MAX_PER_PAGE, type ListOptions, type Page } from './paginator.js';
export { DEFAULT_INTERVAL, DEFAULT_WAIT_TIMEOUT, type WaitOptions } from './polling.js';
export { ResourceFailedError } from './resource-failed-error.js';
export { Field, type FieldOptions } from './fields.js';
export { VERSION } from './version.js';
export * from './errors.js';
export { Shape, shape, required, optional, arrayOf, checkBoolean, checkJson, nullable, objectOf, oneOf, type Attribute, type Attributes, type AttributesOf, type Check, type FieldsOf, type Rule, type ValueOf } from './shape.js';

export { ActionsCollection } from './collections/actions.js';
export {
  DropletsCollection,
  TAG_ACTION_TYPES,
  type TagActionType,
  type DropletActionsById,
  type DropletListOptions,
} from './collections/droplets.js';
export { ImagesCollection, type CustomImageAttributes, type ImageListOptions } from './collections/images.js';
export { RegionsCollection } from './collections/regions.js';
export { SizesCollection } from './collections/sizes.js';
export { Collection } from './collections/collection.js';
export { AccountCollection } from './collections/account.js';
export { CdnEndpointsCollection } from './collections/cdn-endpoints.js';
export { CertificatesCollection, type CustomCertificateAttributes, type LetsEncryptCertificateAttributes } from './collections/certificates.js';
export { DomainsCollection } from './collections/domains.js';
export { FirewallsCollection } from './collections/firewalls.js';
export { LoadBalancersCollection } from './collections/load-balancers.js';
export { ProjectsCollection } from './collections/projects.js';
export { FloatingIpsCollection, ReservedIpsCollection, ReservedIpv6sCollection, type ReservedIpCreateAttributes } from './collections/reserved-ips.js';
export { SnapshotsCollection } from './collections/snapshots.js';
export { SshKeysCollection } from './collections/ssh-keys.js';
export { TagsCollection } from './collections/tags.js';
export { VolumesCollection, type VolumeCreateAttributes, type VolumeSettings, type VolumeSource } from './collections/volumes.js';
export { VpcsCollection, type VpcCreateAttributes } from './collections/vpcs.js';
export type { FirewallAttributes, FirewallRules, FirewallTargetAttributes, InboundRuleAttributes, OutboundRuleAttributes } from '../models/firewall.js';
export type { ForwardingRuleAttributes, LoadBalancerAttributes, LoadBalancerSettings, LoadBalancerTargets } from '../models/load-balancer.js';

export { Model } from '../models/model.js';
export {
  Action,
  type ActionStatus,
  type ActionType,
  type ActionWaitOptions,
  type DropletActionType,
  type ImageActionType,
  type ReservedIpActionType,
  type VolumeActionType,
} from '../models/action.js';
export { SnapshotAction } from '../models/snapshot-action.js';
export { BackupWindow } from '../models/backup-window.js';
export { DiskInfo } from '../models/disk-info.js';
export {
  BACKUP_POLICY,
  DROPLET_ACTIONS,
  DROPLET_CREATE,
  DROPLET_CREATE_MANY,
  MAX_DROPLETS_PER_CREATE,
  Droplet,
  type BackupPolicy,
  type DropletActionMethods,
  type DropletBaseAttributes,
  type DropletCreateAttributes,
  type DropletCreateManyAttributes,
  type DropletStatus,
  type ResizeOptions,
} from '../models/droplet.js';
export { GpuInfo } from '../models/gpu-info.js';
export { Image, type ImageUpdate } from '../models/image.js';
export { Kernel } from '../models/kernel.js';
export { NetworkV4 } from '../models/network-v4.js';
export { NetworkV6 } from '../models/network-v6.js';
export { Networks } from '../models/networks.js';
export { Quantity } from '../models/quantity.js';
export { Region } from '../models/region.js';
export { Size } from '../models/size.js';
export { Resource } from '../models/resource.js';
export { Account } from '../models/account.js';
export { Balance } from '../models/balance.js';
export { CDN_TTLS, CdnEndpoint, type CdnEndpointCreateAttributes, type CdnEndpointUpdate } from '../models/cdn-endpoint.js';
export { Certificate } from '../models/certificate.js';
export { Domain, type RecordListOptions } from '../models/domain.js';
export { DOMAIN_RECORD, DOMAIN_RECORD_UPDATE, DomainRecord, RECORD_TYPES, type DomainRecordAttributes, type DomainRecordUpdate, type RecordType } from '../models/domain-record.js';
export { Firewall } from '../models/firewall.js';
export { FirewallPendingChange } from '../models/firewall-pending-change.js';
export { FirewallRule } from '../models/firewall-rule.js';
export { FirewallTarget } from '../models/firewall-target.js';
export { FloatingIp } from '../models/floating-ip.js';
export { ForwardingRule } from '../models/forwarding-rule.js';
export { GlobalLoadBalancerSettings } from '../models/global-load-balancer-settings.js';
export { HealthCheck } from '../models/health-check.js';
export { LoadBalancer } from '../models/load-balancer.js';
export { LoadBalancerDomain } from '../models/load-balancer-domain.js';
export { LoadBalancerFirewall } from '../models/load-balancer-firewall.js';
export { Project, type Assignable, type ProjectAttributes } from '../models/project.js';
export { ProjectResource } from '../models/project-resource.js';
export { ReservedAddress } from '../models/reserved-address.js';
export { ReservedIp } from '../models/reserved-ip.js';
export { ReservedIpv6 } from '../models/reserved-ipv6.js';
export { Snapshot } from '../models/snapshot.js';
export { SSH_KEY_CREATE, SSH_KEY_UPDATE, SshKey, type SshKeyCreateAttributes, type SshKeyUpdateAttributes } from '../models/ssh-key.js';
export { StickySessions } from '../models/sticky-sessions.js';
export { Tag, type Taggable } from '../models/tag.js';
export { Team } from '../models/team.js';
export { MAX_VOLUME_GIGABYTES, Volume } from '../models/volume.js';
export type { DropletRef } from './validate.js';
export { Vpc, type VpcUpdate } from '../models/vpc.js';
export { VpcMember } from '../models/vpc-member.js';
export { VpcPeering } from '../models/vpc-peering.js';
