import type { EventEmitter } from 'node:events';
import { inspect } from 'node:util';
import { ActionsCollection } from './collections/actions.js';
import { AddonsCollection } from './collections/addons.js';
import { AppsCollection } from './collections/apps.js';
import { FunctionsCollection } from './collections/functions.js';
import { DropletsCollection } from './collections/droplets.js';
import { ImagesCollection } from './collections/images.js';
import { RegionsCollection } from './collections/regions.js';
import { SizesCollection } from './collections/sizes.js';
import { AccountCollection } from './collections/account.js';
import { CdnEndpointsCollection } from './collections/cdn-endpoints.js';
import { CertificatesCollection } from './collections/certificates.js';
import { DatabasesCollection } from './collections/databases.js';
import { DomainsCollection } from './collections/domains.js';
import { FirewallsCollection } from './collections/firewalls.js';
import { LoadBalancersCollection } from './collections/load-balancers.js';
import { NfsCollection } from './collections/nfs.js';
import { ProjectsCollection } from './collections/projects.js';
import { FloatingIpsCollection, ReservedIpsCollection, ReservedIpv6sCollection } from './collections/reserved-ips.js';
import { SnapshotsCollection } from './collections/snapshots.js';
import { SpacesKeysCollection } from './collections/spaces-keys.js';
import { SshKeysCollection } from './collections/ssh-keys.js';
import { TagsCollection } from './collections/tags.js';
import { VectorDatabasesCollection } from './collections/vector-databases.js';
import { VolumesCollection } from './collections/volumes.js';
import { VpcsCollection } from './collections/vpcs.js';
import { KubernetesCollection } from './collections/kubernetes.js';
import { OneClicksCollection } from './collections/one-clicks.js';
import { RegistriesCollection } from './collections/registries.js';
import { RegistryCollection } from './collections/registry.js';
import { AutoscalePoolsCollection } from './collections/autoscale-pools.js';
import { NatGatewaysCollection } from './collections/nat-gateways.js';
import { ByoipPrefixesCollection } from './collections/byoip-prefixes.js';
import { PartnerAttachmentsCollection } from './collections/partner-attachments.js';
import { BillingCollection } from './collections/billing.js';
import { OrganizationsCollection } from './collections/organizations.js';
import { VpcPeeringsCollection } from './collections/vpc-peerings.js';
import { AlertPoliciesCollection } from './collections/alert-policies.js';
import { LogDestinationsCollection } from './collections/log-destinations.js';
import { LogSinksCollection } from './collections/log-sinks.js';
import { MetricsCollection } from './metrics.js';
import { UptimeChecksCollection } from './collections/uptime-checks.js';
import { SecurityCollection } from './collections/security.js';
import { Connection, type ClientEvents, type ClientOptions, type RateLimit } from './connection.js';
import { attachConnection, type Model } from '../models/model.js';

/**
 * A DigitalOcean API v2 client. Every collection and every model it loads share its one connection.
 *
 * @example
 * ```ts
 * const client = new DigitalOcean();                    // token from DIGITALOCEAN_TOKEN
 * const droplet = await client.droplets.get(3164444);
 * await droplet.powerOff().then((action) => action.wait());
 * ```
 * @throws ConfigurationError when no token is given or found, or the base URL is malformed or insecure.
 */
export class DigitalOcean {
  /** Droplets and droplet actions. */
  readonly droplets: DropletsCollection;
  /** Images, snapshots, backups and image actions. */
  readonly images: ImagesCollection;
  /** Datacenter regions. */
  readonly regions: RegionsCollection;
  /** Droplet sizes. */
  readonly sizes: SizesCollection;
  /** Every action on the account. */
  readonly actions: ActionsCollection;
  /** SSH keys. */
  readonly sshKeys: SshKeysCollection;
  /** Domains and DNS records. */
  readonly domains: DomainsCollection;
  /** Block storage volumes. */
  readonly volumes: VolumesCollection;
  /** Droplet and volume snapshots. */
  readonly snapshots: SnapshotsCollection;
  /** Reserved IPv4 addresses. */
  readonly reservedIps: ReservedIpsCollection;
  /** Reserved IPv6 addresses. */
  readonly reservedIpv6s: ReservedIpv6sCollection;
  /** Floating IPs (the legacy reserved IP endpoints). */
  readonly floatingIps: FloatingIpsCollection;
  /** Cloud firewalls. */
  readonly firewalls: FirewallsCollection;
  /** Load balancers. */
  readonly loadBalancers: LoadBalancersCollection;
  /** Tags. */
  readonly tags: TagsCollection;
  /** VPCs. */
  readonly vpcs: VpcsCollection;
  /** Projects. */
  readonly projects: ProjectsCollection;
  /** The account and its balance. */
  readonly account: AccountCollection;
  /** TLS certificates. */
  readonly certificates: CertificatesCollection;
  /** CDN endpoints. */
  readonly cdnEndpoints: CdnEndpointsCollection;
  /** Kubernetes clusters, node pools and nodes. */
  readonly kubernetes: KubernetesCollection;
  /** The account's container registry (`/v2/registry`) and its repositories. */
  readonly registry: RegistryCollection;
  /** Named container registries (`/v2/registries`) and their repositories. */
  readonly registries: RegistriesCollection;
  /** 1-Click applications. */
  readonly oneClicks: OneClicksCollection;
  /** App Platform apps, their deployments, logs, alerts and rollbacks. */
  readonly apps: AppsCollection;
  /** Functions namespaces, their triggers and access keys. */
  readonly functions: FunctionsCollection;
  /** Marketplace SaaS add-ons and the account's add-on resources. */
  readonly addons: AddonsCollection;
  /** Managed database clusters: users, databases, pools, replicas, firewall, backups, config, Kafka, OpenSearch. */
  readonly databases: DatabasesCollection;
  /** Spaces (object storage) access keys. */
  readonly spacesKeys: SpacesKeysCollection;
  /** Managed NFS shares, their snapshots and access points. */
  readonly nfs: NfsCollection;
  /** Managed vector databases. */
  readonly vectorDatabases: VectorDatabasesCollection;
  /** Droplet autoscale pools. */
  readonly autoscalePools: AutoscalePoolsCollection;
  /** VPC NAT gateways. */
  readonly natGateways: NatGatewaysCollection;
  /** IP prefixes brought to DigitalOcean (BYOIP). */
  readonly byoipPrefixes: ByoipPrefixesCollection;
  /** Partner Network Connect attachments. */
  readonly partnerAttachments: PartnerAttachmentsCollection;
  /** Billing: balance, history, invoices, insights. */
  readonly billing: BillingCollection;
  /** The organization's teams. */
  readonly organizations: OrganizationsCollection;
  /** Every VPC peering of the account. */
  readonly vpcPeerings: VpcPeeringsCollection;
  /** Monitoring alert policies. */
  readonly alertPolicies: AlertPoliciesCollection;
  /** Monitoring metrics of droplets, load balancers, apps, autoscale pools and MySQL clusters, as typed series. */
  readonly metrics: MetricsCollection;
  /** Destinations of forwarded logs (OpenSearch clusters). */
  readonly logDestinations: LogDestinationsCollection;
  /** Sinks: which resources' logs go to which destination. */
  readonly logSinks: LogSinksCollection;
  /** Uptime checks, their state and alerts. */
  readonly uptimeChecks: UptimeChecksCollection;
  /** The account's security scans, their findings, and the scan settings. */
  readonly security: SecurityCollection;
  readonly #connection: Connection;

  constructor(options: ClientOptions = {}) {
    const connection = new Connection(options);
    this.#connection = connection;
    this.droplets = new DropletsCollection(connection);
    this.images = new ImagesCollection(connection);
    this.regions = new RegionsCollection(connection);
    this.sizes = new SizesCollection(connection);
    this.actions = new ActionsCollection(connection);
    this.sshKeys = new SshKeysCollection(connection);
    this.domains = new DomainsCollection(connection);
    this.volumes = new VolumesCollection(connection);
    this.snapshots = new SnapshotsCollection(connection);
    this.reservedIps = new ReservedIpsCollection(connection);
    this.reservedIpv6s = new ReservedIpv6sCollection(connection);
    this.floatingIps = new FloatingIpsCollection(connection);
    this.firewalls = new FirewallsCollection(connection);
    this.loadBalancers = new LoadBalancersCollection(connection);
    this.tags = new TagsCollection(connection);
    this.vpcs = new VpcsCollection(connection);
    this.projects = new ProjectsCollection(connection);
    this.account = new AccountCollection(connection);
    this.certificates = new CertificatesCollection(connection);
    this.cdnEndpoints = new CdnEndpointsCollection(connection);
    this.kubernetes = new KubernetesCollection(connection);
    this.registry = new RegistryCollection(connection);
    this.registries = new RegistriesCollection(connection);
    this.oneClicks = new OneClicksCollection(connection);
    this.apps = new AppsCollection(connection);
    this.functions = new FunctionsCollection(connection);
    this.addons = new AddonsCollection(connection);
    this.databases = new DatabasesCollection(connection);
    this.spacesKeys = new SpacesKeysCollection(connection);
    this.nfs = new NfsCollection(connection);
    this.vectorDatabases = new VectorDatabasesCollection(connection);
    this.autoscalePools = new AutoscalePoolsCollection(connection);
    this.natGateways = new NatGatewaysCollection(connection);
    this.byoipPrefixes = new ByoipPrefixesCollection(connection);
    this.partnerAttachments = new PartnerAttachmentsCollection(connection);
    this.billing = new BillingCollection(connection);
    this.organizations = new OrganizationsCollection(connection);
    this.vpcPeerings = new VpcPeeringsCollection(connection);
    this.alertPolicies = new AlertPoliciesCollection(connection);
    this.metrics = new MetricsCollection(connection);
    this.logDestinations = new LogDestinationsCollection(connection);
    this.logSinks = new LogSinksCollection(connection);
    this.uptimeChecks = new UptimeChecksCollection(connection);
    this.security = new SecurityCollection(connection);
  }

  /** The API base URL this client talks to. */
  get baseUrl(): string {
    return this.#connection.baseUrl.href;
  }

  /**
   * The rate limits as this client last learned them: from the last response, or with a
   * `rateLimitStore`, the shared view as of this client's last exchange with the store (which
   * limit holds requests back, `heldBy`, and until when). `undefined` before the first.
   */
  get rateLimit(): RateLimit | undefined {
    return this.#connection.rateLimit;
  }

  /**
   * Listens to the client's requests: `request`, `response` (any status, with duration and request id),
   * `retry` (with the delay and the failure), `rateLimited` (a request held back for the budget) and
   * `rateLimitStoreError` (the shared `rateLimitStore` failed; once per outage, with a message).
   * Payloads carry the method and path, never headers or the token.
   * @example `client.on('retry', (e) => console.warn(`retry ${e.attempt} of ${e.method} ${e.path} in ${e.delay} ms: ${e.reason}`));`
   */
  on<K extends keyof ClientEvents>(event: K, listener: (...payload: ClientEvents[K]) => void): this {
    (this.#connection.events as EventEmitter).on(event, listener as (...args: unknown[]) => void);
    return this;
  }

  /** Stops a listener added with {@link DigitalOcean.on}. */
  off<K extends keyof ClientEvents>(event: K, listener: (...payload: ClientEvents[K]) => void): this {
    (this.#connection.events as EventEmitter).off(event, listener as (...args: unknown[]) => void);
    return this;
  }

  /**
   * Gives this client's connection to a model built with `new` (and to its nested models), so its methods work.
   * @example `const d = client.attach(Object.assign(new Droplet(), { id: 3164444 })); await d.reboot();`
   */
  attach<T extends Model>(model: T): T {
    attachConnection(model, this.#connection);
    return model;
  }

  /** @internal */
  [inspect.custom](): string {
    return `DigitalOcean { baseUrl: '${this.baseUrl}' }`;
  }
}
