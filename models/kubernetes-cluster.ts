import { isIPv4 } from 'node:net';
import { Adopt } from '../lib/adopt.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, checkBoolean, objectOf, oneOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkInt, checkSlug, checkTag, checkText, checkUuid } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import { ClusterlintResults } from './clusterlint-results.js';
import { KubernetesAssociatedResources } from './kubernetes-associated-resources.js';
import { KubernetesAutoscalerConfiguration } from './kubernetes-autoscaler-configuration.js';
import { KubernetesClusterStatus, type KubernetesClusterState } from './kubernetes-cluster-status.js';
import { KubernetesClusterUser } from './kubernetes-cluster-user.js';
import { KubernetesControlPlaneFirewall } from './kubernetes-control-plane-firewall.js';
import { KubernetesCredentials } from './kubernetes-credentials.js';
import { KubernetesMaintenancePolicy } from './kubernetes-maintenance-policy.js';
import { KUBERNETES_NODE_POOL_CREATE, KubernetesNodePool, type KubernetesNodePoolCreateAttributes } from './kubernetes-node-pool.js';
import { KubernetesSso } from './kubernetes-sso.js';
import { KubernetesStatusMessage } from './kubernetes-status-message.js';
import { KubernetesToggle } from './kubernetes-toggle.js';
import { KubernetesVersion } from './kubernetes-version.js';
import { Resource } from './resource.js';

/** An IPv4 range in CIDR notation, e.g. `192.168.0.0/20`. */
const checkCidr: Check<string> = (field, value) => {
  const [address, bits, extra] = typeof value === 'string' ? value.split('/') : [];
  if (extra !== undefined || !isIPv4(address ?? '') || !/^\d{1,2}$/.test(bits ?? '') || Number(bits) > 32) {
    throw new ValidationError(field, `must be an IPv4 range in CIDR notation such as "192.168.0.0/20", got ${JSON.stringify(value)}`);
  }
  return value as string;
};

const checkStartTime: Check<string> = (field, value) => {
  if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) throw new ValidationError(field, `must be a UTC time as HH:MM, got ${JSON.stringify(value)}`);
  return value;
};

const toggle = shape('a component setting', {
  /** Whether the component is on. */
  enabled: required(checkBoolean),
});

const MAINTENANCE_POLICY = shape('a maintenance policy', {
  /** The window's start in UTC, `HH:MM`. */
  startTime: optional(checkStartTime),
  /** `monday` to `sunday`, or `any`. */
  day: optional(oneOf(['any', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const)),
});

const CONTROL_PLANE_FIREWALL = shape('a control plane firewall', {
  /** Whether the firewall is on. */
  enabled: optional(checkBoolean),
  /** Addresses and CIDR ranges allowed to reach the control plane. */
  allowedAddresses: optional(arrayOf(checkText)),
});

const AUTOSCALER_CONFIGURATION = shape('an autoscaler configuration', {
  /** The utilization (0 to 1) below which a node may be removed. */
  scaleDownUtilizationThreshold: optional((field, value) => {
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new ValidationError(field, 'must be a number from 0 to 1');
    return value;
  }),
  /** How long a node must be unneeded before it is removed, e.g. `1m0s`. */
  scaleDownUnneededTime: optional(checkText),
  /** The expanders, in order. */
  expanders: optional(arrayOf(oneOf(['random', 'priority', 'least_waste'] as const))),
});

const SSO = shape('a single sign-on setting', {
  /** Whether single sign-on is on. */
  enabled: optional(checkBoolean),
  /** Whether it is the only way in. */
  required: optional(checkBoolean),
  /** The OpenID Connect issuer's URL. */
  issuerUrl: optional(checkText),
  /** The client id registered with the issuer. */
  clientId: optional(checkText),
});

/** Settings both a create and an update take. */
const SETTINGS = {
  /** Tags of the cluster (the API adds `k8s` and `k8s:{id}`). */
  tags: optional(arrayOf(checkTag)),
  /** When maintenance (and automatic upgrades) may happen. */
  maintenancePolicy: optional(objectOf(MAINTENANCE_POLICY)),
  /** Upgrade to new patch versions automatically in the maintenance window. */
  autoUpgrade: optional(checkBoolean),
  /** Add new nodes before old ones are drained during upgrades. */
  surgeUpgrade: optional(checkBoolean),
  /** A highly available control plane (cannot be turned off again). */
  ha: optional(checkBoolean),
  /** Which addresses may reach the control plane. */
  controlPlaneFirewall: optional(objectOf(CONTROL_PLANE_FIREWALL)),
  /** How the cluster autoscaler scales down. */
  clusterAutoscalerConfiguration: optional(objectOf(AUTOSCALER_CONFIGURATION)),
  /** Single sign-on through an OpenID Connect issuer. */
  sso: optional(objectOf(SSO)),
  /** The routing agent, for custom routes. */
  routingAgent: optional(objectOf(toggle)),
  /** The AMD GPU device plugin. */
  amdGpuDevicePlugin: optional(objectOf(toggle)),
  /** The AMD GPU device metrics exporter plugin. */
  amdGpuDeviceMetricsExporterPlugin: optional(objectOf(toggle)),
  /** The NVIDIA GPU device plugin. */
  nvidiaGpuDevicePlugin: optional(objectOf(toggle)),
  /** The RDMA shared device plugin. */
  rdmaSharedDevPlugin: optional(objectOf(toggle)),
  /** The CoreDNS autoscaler. */
  corednsAutoscaler: optional(objectOf(toggle)),
  /** The peer-to-peer OCI registry plugin. */
  p2pOciRegistryPlugin: optional(objectOf(toggle)),
};

/** What `client.kubernetes.create()` takes. */
export const KUBERNETES_CLUSTER_CREATE = shape('a Kubernetes cluster', {
  /** The cluster's name, e.g. `prod`. */
  name: required(checkText),
  /** The region slug, e.g. `nyc3` (see `client.kubernetes.options()`). */
  region: required(checkSlug),
  /** The version slug, e.g. `1.33.1-do.0`, or `latest`. */
  version: required(checkSlug),
  /** The node pools, at least one. */
  nodePools: required(arrayOf(objectOf(KUBERNETES_NODE_POOL_CREATE), 1)),
  /** The VPC the nodes join; default the region's default VPC. */
  vpcUuid: optional(checkUuid),
  /** The pods' address range, e.g. `192.168.0.0/20`. */
  clusterSubnet: optional(checkCidr),
  /** The services' address range, e.g. `192.168.16.0/24`. */
  serviceSubnet: optional(checkCidr),
  /** Keep the worker nodes out of the shared control plane network. */
  isolatedWorkers: optional(checkBoolean),
  ...SETTINGS,
});

/** What a cluster update takes: the API requires the name. */
export const KUBERNETES_CLUSTER_UPDATE = shape('a Kubernetes cluster update', {
  /** The cluster's name. */
  name: required(checkText),
  ...SETTINGS,
});

/** Which associated resources a selective delete removes with the cluster, by id. */
export const KUBERNETES_SELECTIVE_DELETE = shape('a selection of associated resources', {
  /** Ids of load balancers to delete. */
  loadBalancers: optional(arrayOf(checkUuid)),
  /** Ids of volumes to delete. */
  volumes: optional(arrayOf(checkUuid)),
  /** Ids of volume snapshots to delete. */
  volumeSnapshots: optional(arrayOf(checkUuid)),
});

/** Which clusterlint checks run. */
export const CLUSTERLINT_RUN = shape('a clusterlint run', {
  /** Check groups to run, e.g. `basic`, `doks`, `security`. */
  includeGroups: optional(arrayOf(checkText)),
  /** Checks to run, e.g. `bare-pods`. */
  includeChecks: optional(arrayOf(checkText)),
  /** Check groups to leave out. */
  excludeGroups: optional(arrayOf(checkText)),
  /** Checks to leave out. */
  excludeChecks: optional(arrayOf(checkText)),
});

/** Attributes of `client.kubernetes.create()`. */
export type KubernetesClusterCreateAttributes = AttributesOf<typeof KUBERNETES_CLUSTER_CREATE>;
/** Attributes of `client.kubernetes.update()` (name required). */
export type KubernetesClusterUpdateAttributes = AttributesOf<typeof KUBERNETES_CLUSTER_UPDATE>;
/** Attributes of `cluster.update()`: the cluster's own name is sent when left out. */
export type KubernetesClusterChange = Partial<KubernetesClusterUpdateAttributes>;
/** The associated resources a selective delete removes. */
export type KubernetesSelectiveDelete = AttributesOf<typeof KUBERNETES_SELECTIVE_DELETE>;
/** Which clusterlint checks run. */
export type ClusterlintRunAttributes = AttributesOf<typeof CLUSTERLINT_RUN>;
export type { KubernetesNodePoolCreateAttributes };

/** Options of `kubeconfig()` and `credentials()`. */
export interface KubernetesCredentialOptions extends RequestOptions {
  /** Seconds the token in it stays valid; the API's default (7 days) when left out. */
  expirySeconds?: number;
}

/** Options of `kubeconfig()`. */
export interface KubeconfigOptions extends KubernetesCredentialOptions {
  /** How the kubeconfig authenticates: a bearer `token` (default), or `sso` through the cluster's issuer. */
  type?: 'token' | 'sso';
}

/** The query of a kubeconfig or credentials request. @internal */
export function credentialQuery(options: KubeconfigOptions = {}): Record<string, string | number | undefined> {
  const expiry = options.expirySeconds === undefined ? undefined : checkInt('expirySeconds', options.expirySeconds, 0, 31_536_000);
  const type = options.type === undefined ? undefined : oneOf(['token', 'sso'] as const)('type', options.type);
  return { expiry_seconds: expiry, type };
}

/** The states a wait for `running` gives up on. */
const FAILED: readonly KubernetesClusterState[] = ['error', 'deleted', 'deleting'];

/** A version given as a slug or as the model `upgrades()` lists. */
function versionSlug(version: unknown): string {
  return checkSlug('version', typeof version === 'object' && version !== null ? (version as KubernetesVersion).slug : version);
}

/**
 * A DigitalOcean Kubernetes (DOKS) cluster.
 * @example
 * ```ts
 * const cluster = await client.kubernetes.create({ name: 'prod', region: 'nyc3', version: 'latest', nodePools: [{ name: 'web', size: 's-2vcpu-4gb', count: 3 }] });
 * await cluster.waitUntilRunning();
 * writeFileSync('kubeconfig.yaml', await cluster.kubeconfig());
 * ```
 */
export class KubernetesCluster extends Resource {
  /** Many clusters awaited together are reloaded through one listing. @internal */
  protected static override readonly listing = { path: 'kubernetes/clusters', key: 'kubernetes_clusters' };

  /** The cluster's id (a UUID). */
  @Field() id!: string;
  /** Its name. */
  @Field() name!: string;
  /** The region slug, e.g. `nyc3`. */
  @Field() region!: string;
  /** The version slug, e.g. `1.33.1-do.0`. */
  @Field() version!: string;
  /** The pods' address range, e.g. `10.244.0.0/16`. */
  @Field() clusterSubnet!: string;
  /** The services' address range, e.g. `10.245.0.0/16`. */
  @Field() serviceSubnet!: string;
  /** The VPC its nodes are in. */
  @Field() vpcUuid!: string;
  /** The subnet of its worker nodes, when they have their own. */
  @Field() workerSubnetUuid?: string;
  /** The control plane's public IPv4 address (empty while provisioning). */
  @Field() ipv4!: string;
  /** The API server's URL, e.g. `https://{id}.k8s.ondigitalocean.com`. */
  @Field() endpoint!: string;
  /** Its tags, `k8s` and `k8s:{id}` among them. */
  @Field() tags!: string[];
  /**
   * Its node pools as loaded with the cluster (the field is `node_pools`; `nodePools()` loads them
   * afresh).
   */
  @Field({ name: 'node_pools', type: () => KubernetesNodePool })
  @Adopt<KubernetesNodePool[]>((pools, cluster) => pools.forEach((pool) => pool.adopt(String(cluster.id))))
  pools!: KubernetesNodePool[];
  /** When maintenance and automatic upgrades may happen. */
  @Field({ type: () => KubernetesMaintenancePolicy }) maintenancePolicy!: KubernetesMaintenancePolicy | null;
  /** Whether it upgrades to new patch versions automatically. */
  @Field() autoUpgrade!: boolean;
  /** Whether its workers are kept out of the shared control plane network. */
  @Field() isolatedWorkers?: boolean;
  /** Where it is in its life: `status.state` (`provisioning`, `running`, ...) and a message. */
  @Field({ type: () => KubernetesClusterStatus }) status!: KubernetesClusterStatus;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
  /** Whether new nodes are added before old ones drain during upgrades. */
  @Field() surgeUpgrade!: boolean;
  /** Whether its control plane is highly available. */
  @Field() ha!: boolean;
  /** Whether the account's container registry is integrated (its pull secret in every namespace). */
  @Field() registryEnabled!: boolean;
  /** The names of the container registries integrated with it. */
  @Field() registries?: string[] | null;
  /** Which addresses may reach its control plane. */
  @Field({ type: () => KubernetesControlPlaneFirewall }) controlPlaneFirewall?: KubernetesControlPlaneFirewall | null;
  /** How its cluster autoscaler scales down. */
  @Field({ type: () => KubernetesAutoscalerConfiguration }) clusterAutoscalerConfiguration?: KubernetesAutoscalerConfiguration | null;
  /** Single sign-on settings. */
  @Field({ type: () => KubernetesSso }) sso?: KubernetesSso | null;
  /** The routing agent. */
  @Field({ type: () => KubernetesToggle }) routingAgent?: KubernetesToggle | null;
  /** The AMD GPU device plugin. */
  @Field({ type: () => KubernetesToggle }) amdGpuDevicePlugin?: KubernetesToggle | null;
  /** The AMD GPU device metrics exporter plugin. */
  @Field({ type: () => KubernetesToggle }) amdGpuDeviceMetricsExporterPlugin?: KubernetesToggle | null;
  /** The NVIDIA GPU device plugin. */
  @Field({ type: () => KubernetesToggle }) nvidiaGpuDevicePlugin?: KubernetesToggle | null;
  /** The RDMA shared device plugin. */
  @Field({ type: () => KubernetesToggle }) rdmaSharedDevPlugin?: KubernetesToggle | null;
  /** The CoreDNS autoscaler. */
  @Field({ type: () => KubernetesToggle }) corednsAutoscaler?: KubernetesToggle | null;
  /** The peer-to-peer OCI registry plugin. */
  @Field({ type: () => KubernetesToggle }) p2pOciRegistryPlugin?: KubernetesToggle | null;

  /** The cluster's uniform resource name, `do:kubernetes:{id}`, for projects. */
  get urn(): string {
    return `do:kubernetes:${this.id}`;
  }

  /** `status.state`: `provisioning`, `running`, `upgrading`, `degraded`, `error`, `deleting` or `deleted`. */
  get state(): KubernetesClusterState | undefined {
    return this.status?.state;
  }

  protected get resourcePath(): string {
    return path`kubernetes/clusters/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'kubernetes_cluster';
  }

  /** `{path}/{sub}` of this cluster, `sub` built with the `path` tag. */
  #at(sub: string): string {
    return `${this.resourcePath}/${sub}`;
  }

  /**
   * Changes the cluster (`PUT /v2/kubernetes/clusters/{id}`) and updates it in place; the API requires
   * the name, so the cluster's own is sent when `attrs` leaves it out.
   */
  async update(attrs: KubernetesClusterChange, options?: RequestOptions): Promise<this> {
    return this.save('PUT', KUBERNETES_CLUSTER_UPDATE.wire('attrs', { name: this.name, ...attrs }), options);
  }

  /**
   * Polls the cluster (`GET /v2/kubernetes/clusters/{id}`) until `status.state` is `running` and
   * resolves to it, reloaded in place. A new cluster is `running` once its nodes have booted; an
   * upgrading one once the upgrade is done.
   * @throws ResourceFailedError when its state is `error`, `deleting` or `deleted` (`error.resource` is the cluster).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilRunning(options?: WaitOptions<KubernetesCluster>): Promise<this> {
    return this.waitForState({ field: 'state', wanted: 'running', failed: FAILED }, options as WaitOptions<this>);
  }

  /** The cluster's node pools, loaded afresh (`GET /v2/kubernetes/clusters/{id}/node_pools`). */
  async nodePools(options?: RequestOptions): Promise<KubernetesNodePool[]> {
    return (await this.listAt(KubernetesNodePool, 'node_pools', 'node_pools', options)).map((pool) => pool.adopt(this.id));
  }

  /** One node pool (`GET /v2/kubernetes/clusters/{id}/node_pools/{pool}`). */
  async nodePool(poolId: string, options?: RequestOptions): Promise<KubernetesNodePool> {
    const pool = await this.loadAt(KubernetesNodePool, path`node_pools/${checkUuid('poolId', poolId)}`, 'node_pool', options);
    return pool.adopt(this.id);
  }

  /**
   * Adds a node pool (`POST /v2/kubernetes/clusters/{id}/node_pools`) and resolves to it; its nodes
   * boot in the background (`pool.waitUntilReady()`).
   */
  async addNodePool(attrs: KubernetesNodePoolCreateAttributes, options?: RequestOptions): Promise<KubernetesNodePool> {
    const json = KUBERNETES_NODE_POOL_CREATE.wire('attrs', attrs);
    const pool = await this.loadAt(KubernetesNodePool, 'node_pools', 'node_pool', { method: 'POST', json, signal: options?.signal });
    return pool.adopt(this.id);
  }

  /** Deletes a node pool and its nodes (`DELETE /v2/kubernetes/clusters/{id}/node_pools/{pool}`). */
  async deleteNodePool(poolId: string, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`node_pools/${checkUuid('poolId', poolId)}`, options);
  }

  /** The versions the cluster can be upgraded to (`GET /v2/kubernetes/clusters/{id}/upgrades`); empty when it is current. */
  async upgrades(options?: RequestOptions): Promise<KubernetesVersion[]> {
    return this.listAt(KubernetesVersion, 'upgrades', 'available_upgrade_versions', options);
  }

  /**
   * Starts an upgrade to `version`, one of `upgrades()` (`POST /v2/kubernetes/clusters/{id}/upgrade`),
   * and resolves to the cluster reloaded (`upgrading`): `waitUntilRunning()` waits for the upgrade.
   * @example `await (await cluster.upgrade(newest.slug)).waitUntilRunning();`
   * @throws UnprocessableEntityError when the API does not offer that upgrade.
   */
  async upgrade(version: string | KubernetesVersion, options?: RequestOptions): Promise<this> {
    await this.callAt('POST', 'upgrade', { ...options, json: { version: versionSlug(version) } });
    return this.reload(options);
  }

  /**
   * The cluster's kubeconfig, as YAML text (`GET /v2/kubernetes/clusters/{id}/kubeconfig`), to write to
   * a file for `kubectl`. It holds a bearer token valid for `expirySeconds` (default 7 days): keep it secret.
   */
  async kubeconfig(options: KubeconfigOptions = {}): Promise<string> {
    const answer = await this.connection.raw('GET', this.#at('kubeconfig'), {
      read: 'text',
      accept: 'application/yaml',
      query: credentialQuery(options),
      signal: options.signal,
    });
    return answer.body;
  }

  /** The API server's URL, CA and a bearer token (`GET /v2/kubernetes/clusters/{id}/credentials`). */
  async credentials(options: KubernetesCredentialOptions = {}): Promise<KubernetesCredentials> {
    const query = credentialQuery({ expirySeconds: options.expirySeconds });
    const body = await this.connection.request<object>('GET', this.#at('credentials'), { query, signal: options.signal });
    return this.connection.hydrate(KubernetesCredentials, body ?? {});
  }

  /** Who the cluster sees the token's owner as (`GET /v2/kubernetes/clusters/{id}/user`). */
  async user(options?: RequestOptions): Promise<KubernetesClusterUser> {
    return this.loadAt(KubernetesClusterUser, 'user', 'kubernetes_cluster_user', options);
  }

  /** The load balancers, volumes and volume snapshots the cluster made (`GET .../destroy_with_associated_resources`). */
  async associatedResources(options?: RequestOptions): Promise<KubernetesAssociatedResources> {
    const body = await this.connection.request<object>('GET', this.#at('destroy_with_associated_resources'), options);
    return this.connection.hydrate(KubernetesAssociatedResources, body ?? {});
  }

  /**
   * Deletes the cluster with the associated resources named, by id
   * (`DELETE .../destroy_with_associated_resources/selective`).
   */
  async destroySelective(resources: KubernetesSelectiveDelete, options?: RequestOptions): Promise<void> {
    const json = KUBERNETES_SELECTIVE_DELETE.wire('resources', resources);
    await this.callAt('DELETE', 'destroy_with_associated_resources/selective', { ...options, json });
  }

  /**
   * Deletes the cluster and every load balancer, volume and volume snapshot it made
   * (`DELETE .../destroy_with_associated_resources/dangerous`). They cannot be recovered.
   */
  async destroyDangerous(options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', 'destroy_with_associated_resources/dangerous', options);
  }

  /** Starts a clusterlint run (`POST /v2/kubernetes/clusters/{id}/clusterlint`) and resolves to its run id. */
  async runClusterlint(attrs: ClusterlintRunAttributes = {}, options?: RequestOptions): Promise<string> {
    const json = CLUSTERLINT_RUN.wire('attrs', attrs);
    const body = await this.connection.request<{ run_id: string }>('POST', this.#at('clusterlint'), { json, signal: options?.signal });
    return body.run_id;
  }

  /** The results of a clusterlint run, the latest when `runId` is left out (`GET .../clusterlint`). */
  async clusterlintResults(runId?: string, options?: RequestOptions): Promise<ClusterlintResults> {
    const query = { run_id: runId === undefined ? undefined : checkUuid('runId', runId) };
    const body = await this.connection.request<object>('GET', this.#at('clusterlint'), { query, signal: options?.signal });
    return this.connection.hydrate(ClusterlintResults, body ?? {});
  }

  /** Messages about what affects the cluster, those since `since` when given (`GET .../status_messages`). */
  async statusMessages(options: RequestOptions & { since?: Date } = {}): Promise<KubernetesStatusMessage[]> {
    const { since } = options;
    if (since !== undefined && !(since instanceof Date && !Number.isNaN(since.getTime()))) throw new ValidationError('since', 'must be a valid Date');
    const query = { since: since?.toISOString() };
    return this.listAt(KubernetesStatusMessage, 'status_messages', 'messages', { query, signal: options.signal });
  }

  /**
   * Installs 1-Click applications on the cluster (`POST /v2/1-clicks/kubernetes`), e.g.
   * `['monitoring', 'cert-manager']` (see `client.oneClicks.list({ type: 'kubernetes' })`); resolves
   * to the API's message once the install job started.
   */
  async installOneClicks(addonSlugs: readonly string[], options?: RequestOptions): Promise<string> {
    const json = { addon_slugs: arrayOf(checkSlug, 1)('addonSlugs', addonSlugs), cluster_uuid: this.id };
    const body = await this.connection.request<{ message?: string }>('POST', '1-clicks/kubernetes', { json, signal: options?.signal });
    return body?.message ?? '';
  }
}
