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
export { AlertPolicy, ALERT_POLICY, ALERT_POLICY_TYPES, type AlertPolicyAttributes, type AlertPolicyCompare, type AlertPolicyType, type AlertPolicyWindow, type AlertEntity } from '../models/alert-policy.js';
export { AlertNotifications, ALERT_NOTIFICATIONS, NOTIFICATION_SLACK, type AlertNotificationsAttributes } from '../models/alert-notifications.js';
export { SlackWebhook } from '../models/slack-webhook.js';
export { LogDestination, LogDestinationConfig, LogDestinationCredentials, LOG_DESTINATION, type LogDestinationAttributes, type LogDestinationType } from '../models/log-destination.js';
export { LogSink, LogSinkResource, LOG_SINK_CREATE, type LogSinkCreateAttributes, type LogSinkResourceRef } from '../models/log-sink.js';
export { KubernetesCollection } from './collections/kubernetes.js';
export { ContainerRegistryCollection } from './collections/container-registry.js';
export { RegistryCollection } from './collections/registry.js';
export { RegistriesCollection } from './collections/registries.js';
export { OneClicksCollection } from './collections/one-clicks.js';
export {
  CLUSTERLINT_RUN,
  KUBERNETES_CLUSTER_CREATE,
  KUBERNETES_CLUSTER_UPDATE,
  KUBERNETES_SELECTIVE_DELETE,
  KubernetesCluster,
  type ClusterlintRunAttributes,
  type KubeconfigOptions,
  type KubernetesClusterChange,
  type KubernetesClusterCreateAttributes,
  type KubernetesClusterUpdateAttributes,
  type KubernetesCredentialOptions,
  type KubernetesSelectiveDelete,
} from '../models/kubernetes-cluster.js';
export { KubernetesClusterStatus, type KubernetesClusterState } from '../models/kubernetes-cluster-status.js';
export {
  KUBERNETES_NODE_POOL_CREATE,
  KUBERNETES_NODE_POOL_UPDATE,
  KUBERNETES_TAINT,
  KubernetesNodePool,
  MAX_POOL_NODES,
  type KubernetesNodePoolChange,
  type KubernetesNodePoolCreateAttributes,
  type KubernetesNodePoolUpdateAttributes,
} from '../models/kubernetes-node-pool.js';
export { KubernetesNode, type KubernetesNodeDeleteOptions } from '../models/kubernetes-node.js';
export { KubernetesNodeStatus, type KubernetesNodeState } from '../models/kubernetes-node-status.js';
export { KubernetesTaint, type KubernetesTaintEffect } from '../models/kubernetes-taint.js';
export { KubernetesMaintenancePolicy, type KubernetesMaintenanceDay } from '../models/kubernetes-maintenance-policy.js';
export { KubernetesControlPlaneFirewall } from '../models/kubernetes-control-plane-firewall.js';
export { KubernetesAutoscalerConfiguration, type KubernetesAutoscalerExpander } from '../models/kubernetes-autoscaler-configuration.js';
export { KubernetesSso } from '../models/kubernetes-sso.js';
export { KubernetesToggle } from '../models/kubernetes-toggle.js';
export { KubernetesCredentials } from '../models/kubernetes-credentials.js';
export { KubernetesVersion } from '../models/kubernetes-version.js';
export { KubernetesOption } from '../models/kubernetes-option.js';
export { KubernetesOptions } from '../models/kubernetes-options.js';
export { KubernetesClusterUser } from '../models/kubernetes-cluster-user.js';
export { KubernetesAssociatedResource } from '../models/kubernetes-associated-resource.js';
export { KubernetesAssociatedResources } from '../models/kubernetes-associated-resources.js';
export { KubernetesStatusMessage } from '../models/kubernetes-status-message.js';
export { ClusterlintResults } from '../models/clusterlint-results.js';
export { ClusterlintDiagnostic } from '../models/clusterlint-diagnostic.js';
export { ClusterlintObject } from '../models/clusterlint-object.js';
export {
  GARBAGE_COLLECTION_TYPES,
  REGISTRIES_CREATE,
  REGISTRY_CREATE,
  REGISTRY_TIERS,
  Registry,
  type DockerCredentialOptions,
  type GarbageCollectOptions,
  type GarbageCollectionType,
  type RegistriesCreateAttributes,
  type RegistryCreateAttributes,
  type RegistryTier,
} from '../models/registry.js';
export type { RegistryFamily } from './registry-family.js';
export { RegistryRepository } from '../models/registry-repository.js';
export { RegistryTag } from '../models/registry-tag.js';
export { RegistryManifest } from '../models/registry-manifest.js';
export { RegistryBlob } from '../models/registry-blob.js';
export { RegistrySubscription } from '../models/registry-subscription.js';
export { RegistrySubscriptionTier, type RegistryEligibilityReason } from '../models/registry-subscription-tier.js';
export { RegistryOptions } from '../models/registry-options.js';
export { DockerCredentials, REGISTRY_HOST, type DockerAuth } from '../models/docker-credentials.js';
export { GarbageCollection, type GarbageCollectionStatus } from '../models/garbage-collection.js';
export { OneClick, type OneClickType } from '../models/one-click.js';

export { AppsCollection, type AppListOptions } from './collections/apps.js';
export {
  APP_LOG_TYPES,
  DEPLOYMENT_TYPES,
  type AppExecOptions,
  type AppLogType,
  type AppLogsOptions,
  type DeploymentType,
  type JobInvocationLogsOptions,
  type UuidRef,
} from './app-options.js';
export {
  APP_CREATE,
  APP_PROPOSE,
  APP_UPDATE_OPTIONS,
  DEPLOY_OPTIONS,
  RESTART_OPTIONS,
  ROLLBACK_OPTIONS,
  App,
  type AppCreateAttributes,
  type AppEventListOptions,
  type AppProposeAttributes,
  type AppUpdateOptions,
  type BandwidthOptions,
  type DeployOptions,
  type DeploymentListOptions,
  type JobInvocationListOptions,
  type RestartOptions,
  type RollbackOptions,
} from '../models/app.js';
export { ALERT_DESTINATIONS, SLACK_WEBHOOK, AppAlert, type AlertDestinations, type AppAlertPhase } from '../models/app-alert.js';
export { AppBandwidthUsage } from '../models/app-bandwidth-usage.js';
export { AppComponentHealth } from '../models/app-component-health.js';
export { AppDomain, type AppDomainPhase } from '../models/app-domain.js';
export { AppEvent, type AppEventType } from '../models/app-event.js';
export { AppHealth } from '../models/app-health.js';
export { AppInstance } from '../models/app-instance.js';
export { AppInstanceSize, type AppCpuType } from '../models/app-instance-size.js';
export { AppJobInvocation, type JobInvocationPhase } from '../models/app-job-invocation.js';
export { AppLogs } from '../models/app-logs.js';
export { AppProposal } from '../models/app-proposal.js';
export { AppRegion } from '../models/app-region.js';
export { AppRollbackValidation, type RollbackCondition } from '../models/app-rollback-validation.js';
export type * from '../models/app-spec.js';
export { APP_REGIONS, checkAppSpec } from '../models/app-spec.js';
export { Deployment, DeploymentFailedError, type DeploymentPhase } from '../models/deployment.js';
export { DeploymentComponent } from '../models/deployment-component.js';
export { DeploymentProgress } from '../models/deployment-progress.js';
export { DeploymentProgressStep, type DeploymentStepStatus } from '../models/deployment-progress-step.js';

export { FunctionsCollection } from './collections/functions.js';
export { NAMESPACE_CREATE, FunctionsNamespace, type NamespaceCreateAttributes } from '../models/functions-namespace.js';
export { SCHEDULED_DETAILS, TRIGGER_CREATE, TRIGGER_UPDATE, FunctionsTrigger, type TriggerCreateAttributes, type TriggerUpdateAttributes } from '../models/functions-trigger.js';
export { ACCESS_KEY_CREATE, ACCESS_KEY_UPDATE, FunctionsAccessKey, type AccessKeyCreateAttributes, type AccessKeyUpdateAttributes } from '../models/functions-access-key.js';

export { AddonsCollection } from './collections/addons.js';
export { AddonApp } from '../models/addon-app.js';
export { AddonAppMetadata } from '../models/addon-app-metadata.js';
export { AddonPlan, type AddonPlanState } from '../models/addon-plan.js';
export { ADDON_CREATE, ADDON_METADATA, AddonResource, type AddonCreateAttributes, type AddonResourceState } from '../models/addon-resource.js';
export { DatabasesCollection, DATABASE_METRICS_CREDENTIALS, type DatabaseListOptions, type DatabaseMetricsCredentialsAttributes } from './collections/databases.js';
export { DATABASE_ENGINES, type DatabaseClusterRef } from './databases.js';
export { DatabaseAutoscale } from '../models/database-autoscale.js';
export { DatabaseBackup } from '../models/database-backup.js';
export { DatabaseCa } from '../models/database-ca.js';
export {
  DATABASE_EVICTION_POLICIES,
  DATABASE_MAINTENANCE_DAYS,
  DatabaseCluster,
  type DatabaseAutoscaleAttributes,
  type DatabaseClusterCreateAttributes,
  type DatabaseClusterStatus,
  type DatabaseDoSettingsAttributes,
  type DatabaseEngine,
  type DatabaseEvictionPolicy,
  type DatabaseFirewallRuleAttributes,
  type DatabaseForkOptions,
  type DatabaseMaintenanceWindowAttributes,
  type DatabaseOnlineMigrationAttributes,
  type DatabaseResizeAttributes,
} from '../models/database-cluster.js';
export type { DatabaseConfig, KafkaConfig, KafkaTopicConfig, MongoConfig, MysqlConfig, OpensearchConfig, PostgresConfig, RedisConfig, ValkeyConfig } from '../models/database-config.js';
export { DatabaseConnection } from '../models/database-connection.js';
export { DatabaseDb } from '../models/database-db.js';
export { DatabaseDoSettings } from '../models/database-do-settings.js';
export { DatabaseEngineOptions } from '../models/database-engine-options.js';
export { DatabaseEngines } from '../models/database-engines.js';
export { DatabaseEvent, type DatabaseEventType } from '../models/database-event.js';
export { DatabaseFirewallRule, type DatabaseFirewallRuleType } from '../models/database-firewall-rule.js';
export { DatabaseLayout } from '../models/database-layout.js';
export { DatabaseLogsink, type DatabaseLogsinkConfig, type DatabaseLogsinkCreateAttributes, type DatabaseLogsinkType, type DatabaseLogsinkUpdateAttributes } from '../models/database-logsink.js';
export { DatabaseMaintenanceWindow } from '../models/database-maintenance-window.js';
export { DatabaseMetricsCredentials } from '../models/database-metrics-credentials.js';
export { DatabaseMysqlSettings, type MysqlAuthPlugin } from '../models/database-mysql-settings.js';
export { DatabaseOnlineMigration, type DatabaseOnlineMigrationStatus } from '../models/database-online-migration.js';
export { DatabaseOptions, type DatabaseVersionAvailability } from '../models/database-options.js';
export { DatabasePart } from '../models/database-part.js';
export { DatabasePool, type DatabasePoolCreateAttributes, type DatabasePoolMode, type DatabasePoolUpdateAttributes } from '../models/database-pool.js';
export { DatabaseReplica, type DatabaseReplicaCreateAttributes } from '../models/database-replica.js';
export { DatabaseServiceEndpoint } from '../models/database-service-endpoint.js';
export { DatabaseStorageAutoscale } from '../models/database-storage-autoscale.js';
export { DatabaseUser, type DatabaseUserCreateAttributes, type DatabaseUserResetAuthAttributes, type DatabaseUserUpdateAttributes } from '../models/database-user.js';
export { DatabaseUserSettings, type KafkaAcl, type MongoUserSettings, type OpensearchAcl } from '../models/database-user-settings.js';
export { KafkaSchema, KAFKA_SCHEMA_COMPATIBILITIES, type KafkaSchemaCompatibility, type KafkaSchemaCreateAttributes, type KafkaSchemaType } from '../models/kafka-schema.js';
export { KafkaTopic, type KafkaTopicCreateAttributes, type KafkaTopicState, type KafkaTopicUpdateAttributes } from '../models/kafka-topic.js';
export { KafkaTopicPartition, type KafkaConsumerGroup } from '../models/kafka-topic-partition.js';
export { OpensearchIndex } from '../models/opensearch-index.js';
export { SpacesKeysCollection, type SpacesKeyListOptions } from './collections/spaces-keys.js';
export { SpacesKey, type SpacesKeyCreateAttributes, type SpacesKeyGrantAttributes, type SpacesKeyUpdateAttributes } from '../models/spaces-key.js';
export { SpacesKeyGrant, type SpacesKeyPermission } from '../models/spaces-key-grant.js';
export { NfsCollection, type NfsListOptions, type NfsSnapshotListOptions } from './collections/nfs.js';
export { NfsAccessPoint, type NfsAccessPointCreateAttributes, type NfsAccessPointStatus } from '../models/nfs-access-point.js';
export { NfsAccessPolicy, type NfsProtocol, type NfsSquashConfig } from '../models/nfs-access-policy.js';
export { NfsAction, type NfsActionStatus } from '../models/nfs-action.js';
export { NfsShare, type NfsActionType, type NfsShareCreateAttributes, type NfsShareStatus } from '../models/nfs-share.js';
export { NfsSnapshot, type NfsSnapshotStatus } from '../models/nfs-snapshot.js';
export { VectorDatabasesCollection } from './collections/vector-databases.js';
export { VectorDatabase, type VectorDatabaseCreateAttributes, type VectorDatabaseSize, type VectorDatabaseStatus, type VectorDatabaseUpdateAttributes } from '../models/vector-database.js';
export { VectorDatabaseBackup } from '../models/vector-database-backup.js';
export { VectorDatabaseConfig } from '../models/vector-database-config.js';
export { VectorDatabaseCredentials } from '../models/vector-database-credentials.js';
export { VectorDatabaseEndpoints } from '../models/vector-database-endpoints.js';
export { VectorDatabaseRestore, type VectorDatabaseRestoreStatus } from '../models/vector-database-restore.js';
export { AutoscalePoolsCollection, type AutoscalePoolListOptions } from './collections/autoscale-pools.js';
export {
  AUTOSCALE_DROPLET_TEMPLATE,
  AUTOSCALE_DYNAMIC_CONFIG,
  AUTOSCALE_POOL_CREATE,
  AUTOSCALE_REGIONS,
  AUTOSCALE_STATIC_CONFIG,
  AutoscalePool,
  type AutoscaleConfigAttributes,
  type AutoscalePoolAttributes,
  type AutoscalePoolStatus,
  type AutoscaleRegion,
} from '../models/autoscale-pool.js';
export { AutoscalePoolConfig } from '../models/autoscale-pool-config.js';
export { AutoscalePoolDropletTemplate } from '../models/autoscale-pool-droplet-template.js';
export { AutoscalePoolHistoryEvent, type AutoscaleEventStatus, type AutoscaleReason } from '../models/autoscale-pool-history-event.js';
export { AutoscalePoolMember, type AutoscalePoolMemberHealth, type AutoscalePoolMemberStatus } from '../models/autoscale-pool-member.js';
export { AutoscaleUtilization } from '../models/autoscale-utilization.js';
export { NAT_GATEWAY_LIST_STATES, NatGatewaysCollection, type NatGatewayListOptions } from './collections/nat-gateways.js';
export {
  NAT_GATEWAY_CREATE,
  NAT_GATEWAY_REGIONS,
  NAT_GATEWAY_UPDATE,
  NAT_GATEWAY_VPC,
  NatGateway,
  type NatGatewayCreateAttributes,
  type NatGatewayRegion,
  type NatGatewayState,
  type NatGatewayType,
  type NatGatewayUpdateAttributes,
} from '../models/nat-gateway.js';
export { NatGatewayEgresses } from '../models/nat-gateway-egresses.js';
export { NatGatewayPublicGateway } from '../models/nat-gateway-public-gateway.js';
export { NatGatewayVpc } from '../models/nat-gateway-vpc.js';
export { ByoipPrefixesCollection } from './collections/byoip-prefixes.js';
export { BYOIP_PREFIX_CREATE, BYOIP_PREFIX_UPDATE, ByoipPrefix, type ByoipPrefixCreateAttributes, type ByoipPrefixUpdateAttributes } from '../models/byoip-prefix.js';
export { ByoipPrefixValidation } from '../models/byoip-prefix-validation.js';
export { ByoipAddress } from '../models/byoip-address.js';
export { PartnerAttachmentsCollection } from './collections/partner-attachments.js';
export {
  PARTNER_ATTACHMENT_BANDWIDTHS,
  PARTNER_ATTACHMENT_BGP,
  PARTNER_ATTACHMENT_CREATE,
  PARTNER_ATTACHMENT_UPDATE,
  PARTNER_ATTACHMENT_REGIONS,
  PARTNER_REDUNDANCY_ZONES,
  PartnerAttachment,
  type PartnerAttachmentCreateAttributes,
  type PartnerAttachmentUpdateAttributes,
} from '../models/partner-attachment.js';
export { PartnerAttachmentBgp } from '../models/partner-attachment-bgp.js';
export { PartnerAttachmentKey } from '../models/partner-attachment-key.js';
export { PartnerAttachmentRemoteRoute } from '../models/partner-attachment-remote-route.js';
export { BillingCollection, type BillingInsightsQuery } from './collections/billing.js';
export { BillingAddress } from '../models/billing-address.js';
export { BillingHistoryEntry, type BillingHistoryType } from '../models/billing-history-entry.js';
export { BillingInsight } from '../models/billing-insight.js';
export { Invoice } from '../models/invoice.js';
export { InvoiceCharge } from '../models/invoice-charge.js';
export { InvoiceItem } from '../models/invoice-item.js';
export { InvoiceProductCharges } from '../models/invoice-product-charges.js';
export { InvoiceSummary } from '../models/invoice-summary.js';
export { OrganizationsCollection, TEAM_CREATE, TEAM_INVITATION, TEAM_ROLES, type TeamCreateAttributes } from './collections/organizations.js';
export { OrganizationTeam, type OrganizationTeamStatus } from '../models/organization-team.js';
export { OrganizationTeamCreation, type TeamInvitationOutcome, type TeamInvitationStatus } from '../models/organization-team-creation.js';
export { VpcPeeringsCollection, type VpcPeeringListOptions } from './collections/vpc-peerings.js';
export { AlertPoliciesCollection } from './collections/alert-policies.js';
export { LogDestinationsCollection } from './collections/log-destinations.js';
export { LogSinksCollection, type LogSinkListOptions } from './collections/log-sinks.js';
export {
  MetricsCollection,
  DropletMetrics,
  AppMetrics,
  LoadBalancerMetrics,
  AutoscalePoolMetrics,
  MysqlMetrics,
  type MetricSeries,
  type MetricPoint,
  type MetricRange,
  type MetricAggregate,
  type BandwidthRange,
  type AppMetricRange,
  type AggregateRange,
  type MysqlLoadRange,
  type MysqlOpRange,
  type MysqlSchemaRange,
} from './metrics.js';
export { VPC_PEERING_CREATE, VPC_PEERING_UPDATE, type VpcPeeringCreateAttributes, type VpcPeeringUpdateAttributes } from '../models/vpc-peering.js';
export { AssociatedResource } from '../models/associated-resource.js';
export { BackupSchedule, type BackupPlan, type BackupWeekday } from '../models/backup-schedule.js';
export { DestroyedResource } from '../models/destroyed-resource.js';
export { DestroyedResources } from '../models/destroyed-resources.js';
export { DropletAssociatedResources } from '../models/droplet-associated-resources.js';
export { DropletBackupPolicy } from '../models/droplet-backup-policy.js';
export { DROPLET_DESTROY_SELECTIVE, DropletDestroyStatus, type DropletDestroySelection } from '../models/droplet-destroy-status.js';
export { SupportedBackupPolicy } from '../models/supported-backup-policy.js';
export { IMAGE_TRANSFER_TO_EMAIL, IMAGE_TRANSFER_TO_TEAM, ImageAccountTransfer, type ImageTransferRecipient } from '../models/image-account-transfer.js';
export { UptimeChecksCollection } from './collections/uptime-checks.js';
export {
  UPTIME_CHECK_CREATE,
  UPTIME_CHECK_TYPES,
  UPTIME_REGIONS,
  UptimeCheck,
  type UptimeCheckCreateAttributes,
  type UptimeCheckType,
  type UptimeCheckUpdateAttributes,
} from '../models/uptime-check.js';
export {
  UPTIME_ALERT,
  UPTIME_ALERT_COMPARISONS,
  UPTIME_ALERT_PERIODS,
  UPTIME_ALERT_TYPES,
  UptimeAlert,
  type UptimeAlertAttributes,
  type UptimeAlertComparison,
  type UptimeAlertPeriod,
  type UptimeAlertType,
} from '../models/uptime-alert.js';
export { UptimeCheckState, type UptimeRegion } from '../models/uptime-check-state.js';
export { UptimePreviousOutage } from '../models/uptime-previous-outage.js';
export { UptimeRegionState, type UptimeStatus } from '../models/uptime-region-state.js';
export { UptimeRegionalState } from '../models/uptime-regional-state.js';
export { SecurityCollection, type SecuritySettingsQuery, type SecurityTierCoverageAttributes } from './collections/security.js';
export { SECURITY_SCAN_QUERY, SECURITY_SCAN_STATUSES, SecurityScan, type SecurityScanQuery, type SecurityScanStatus } from '../models/security-scan.js';
export { SECURITY_SEVERITIES, SecurityFinding, type SecuritySeverity } from '../models/security-finding.js';
export { SecurityMitigationStep } from '../models/security-mitigation-step.js';
export { SecurityAffectedResource } from '../models/security-affected-resource.js';
export { SECURITY_SUPPRESSION_CREATE, SecuritySuppression, type SecurityResourceRef, type SecuritySuppressionAttributes } from '../models/security-suppression.js';
export {
  SecurityScanSettings,
  SecuritySettings,
  SecuritySuppressionList,
  type SecurityPlanDowngrade,
  type SecurityTierCoverage,
  type SecurityTierCoverageMap,
} from '../models/security-settings.js';
