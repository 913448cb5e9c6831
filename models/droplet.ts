import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import type { WaitOptions } from '../lib/polling.js';
import { checkDropletName, checkId, checkImageRef, checkSlug, checkTag, checkText, checkUuid } from '../lib/validate.js';
import { ValidationError } from '../lib/errors.js';
import { arrayOf, checkBoolean, objectOf, oneOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import type { Connection, RequestOptions } from '../lib/connection.js';
import { Action, startedFrom, type DropletActionType } from './action.js';
import { BackupWindow } from './backup-window.js';
import { DiskInfo } from './disk-info.js';
import { GpuInfo } from './gpu-info.js';
import { Image } from './image.js';
import { Kernel } from './kernel.js';
import { asReference, Model, registerResource } from './model.js';
import { Resource } from './resource.js';
import { Networks } from './networks.js';
import { Region } from './region.js';
import { Size } from './size.js';
import { named, SnapshotAction } from './snapshot-action.js';
import { Firewall } from './firewall.js';
import { Tag } from './tag.js';
import { Volume } from './volume.js';
import { DropletAssociatedResources } from './droplet-associated-resources.js';
import { DropletBackupPolicy } from './droplet-backup-policy.js';
import { DROPLET_DESTROY_SELECTIVE, DropletDestroyStatus, type DropletDestroySelection } from './droplet-destroy-status.js';
import { DropletMetrics } from '../lib/metrics.js';

/**
 * The droplet actions that take no argument: method name -> the API's action type.
 * Each becomes a method on `Droplet` (`droplet.powerOff()`) and an id-based one on
 * `client.droplets` (`client.droplets.powerOff(id)`), both resolving to the started `Action`.
 */
export const DROPLET_ACTIONS = {
  /** Reboots the droplet gracefully, like `reboot` on its console (`reboot`). */
  reboot: 'reboot',
  /** Turns the droplet off and on again, like a hard reset (`power_cycle`). */
  powerCycle: 'power_cycle',
  /** Shuts the droplet down gracefully; it stays billed (`shutdown`). */
  shutdown: 'shutdown',
  /** Cuts the droplet's power, like pulling the plug (`power_off`). */
  powerOff: 'power_off',
  /** Turns a powered-off droplet on (`power_on`). */
  powerOn: 'power_on',
  /** Resets the root password and emails the new one (`password_reset`). */
  passwordReset: 'password_reset',
  /** Gives the droplet an IPv6 address (`enable_ipv6`). */
  enableIpv6: 'enable_ipv6',
  /** Turns on automatic backups with the default daily policy (`enable_backups`). */
  enableBackups: 'enable_backups',
  /** Turns off automatic backups (`disable_backups`). */
  disableBackups: 'disable_backups',
  /** Turns on private networking, for droplets created without it (`enable_private_networking`). */
  enablePrivateNetworking: 'enable_private_networking',
} as const satisfies Record<string, DropletActionType>;

/** The no-argument droplet actions, as methods of a droplet. */
export type DropletActionMethods = {
  [K in keyof typeof DROPLET_ACTIONS]: (options?: RequestOptions) => Promise<Action>;
};

/** Most droplets one `createMany` may create. */
export const MAX_DROPLETS_PER_CREATE = 10;
const MAX_USER_DATA_BYTES = 64 * 1024;

/** cloud-init user data: a string of at most 64 KiB (UTF-8). */
function checkUserData(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new ValidationError(field, 'must be a string');
  const bytes = new TextEncoder().encode(value).length;
  if (bytes > MAX_USER_DATA_BYTES) throw new ValidationError(field, `must be at most 64 KiB, got ${bytes} bytes`);
  return value;
}

/** One to ten droplet names. */
function checkNames(field: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new ValidationError(field, 'must be a non-empty array of names');
  if (value.length > MAX_DROPLETS_PER_CREATE) throw new ValidationError(field, `may hold at most ${MAX_DROPLETS_PER_CREATE} names, got ${value.length}`);
  return arrayOf(checkDropletName)(field, value);
}

/** An SSH key id or fingerprint. */
function checkSshKeyRef(field: string, value: unknown): string | number {
  return typeof value === 'number' ? checkId(field, value) : checkText(field, value);
}

/** What `backupPolicy` takes. */
export const BACKUP_POLICY = shape('a backup policy', {
  /** `daily` or `weekly`. */
  plan: optional(oneOf(['daily', 'weekly'])),
  /** Day of a weekly backup. */
  weekday: optional(oneOf(['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'])),
  /** Hour (UTC) the backup window starts: 0, 4, 8, 12, 16 or 20. */
  hour: optional(oneOf([0, 4, 8, 12, 16, 20])),
});

/** A backup policy for `create({ backups: true, backupPolicy })`. */
export type BackupPolicy = AttributesOf<typeof BACKUP_POLICY>;

/** Attributes shared by `create()` and `createMany()`. */
const DROPLET_BASE = {
  /** Region slug, e.g. `nyc3`. */
  region: required(checkSlug),
  /** Size slug, e.g. `s-1vcpu-1gb`. */
  size: required(checkSlug),
  /** Image slug (`ubuntu-24-04-x64`) or id. */
  image: required(checkImageRef),
  /** SSH key ids or fingerprints to install for root. */
  sshKeys: optional(arrayOf(checkSshKeyRef)),
  /** Enable automatic backups. */
  backups: optional(checkBoolean),
  /** The backup policy, with `backups: true`. */
  backupPolicy: optional(objectOf(BACKUP_POLICY)),
  /** Enable IPv6. */
  ipv6: optional(checkBoolean),
  /** Install the monitoring agent. */
  monitoring: optional(checkBoolean),
  /** Tags to apply. */
  tags: optional(arrayOf(checkTag)),
  /** cloud-init user data, at most 64 KiB. */
  userData: optional(checkUserData),
  /** @deprecated the API assigns every droplet to a VPC; use `vpcUuid`. */
  privateNetworking: optional(checkBoolean),
  /** Ids of volumes to attach. */
  volumes: optional(arrayOf(checkText)),
  /** The VPC to join; default the region's default VPC. */
  vpcUuid: optional(checkText),
  /** Install the agent behind the control panel's web console. */
  withDropletAgent: optional(checkBoolean),
  /** Give the droplet a public address; default true. */
  publicNetworking: optional(checkBoolean),
};

/** What `client.droplets.create()` takes. */
export const DROPLET_CREATE = shape('a droplet create', {
  /** The droplet's name, a valid hostname. */
  name: required(checkDropletName),
  ...DROPLET_BASE,
});

/** What `client.droplets.createMany()` takes. */
export const DROPLET_CREATE_MANY = shape('a droplet create', {
  /** One to ten names; one droplet each. */
  names: required(checkNames),
  ...DROPLET_BASE,
});

/** Attributes shared by `create()` and `createMany()`. */
export type DropletBaseAttributes = Omit<DropletCreateAttributes, 'name'>;
/** Attributes of `client.droplets.create()`. */
export type DropletCreateAttributes = AttributesOf<typeof DROPLET_CREATE>;
/** Attributes of `client.droplets.createMany()`. */
export type DropletCreateManyAttributes = AttributesOf<typeof DROPLET_CREATE_MANY>;

/** A droplet's lifecycle state. */
export type DropletStatus = 'new' | 'active' | 'off' | 'archive';

/** Options of `droplet.resize()`. */
export interface ResizeOptions extends RequestOptions {
  /** Also grow the disk. Permanent: the droplet can then never shrink back. Default false. */
  disk?: boolean;
}

/**
 * A droplet (virtual machine). Verbs that start an action resolve to the `Action`.
 *
 * @example
 * ```ts
 * const droplet = await client.droplets.get(3164444);
 * console.log(droplet.name, droplet.region.slug, droplet.publicIpv4);
 * await droplet.powerOff().then((action) => action.wait());
 * await droplet.snapshot('before-upgrade').then((action) => action.wait());
 * ```
 */
export class Droplet extends Resource {
  /** The droplet's id. */
  @Field() id!: number;
  /** The name (hostname). */
  @Field() name!: string;
  /** Memory in MB. */
  @Field() memory!: number;
  /** Virtual CPUs. */
  @Field() vcpus!: number;
  /** Disk in GB. */
  @Field() disk!: number;
  /** The droplet's disks. */
  @Field({ type: () => DiskInfo }) diskInfo?: DiskInfo[];
  /** Whether an action in progress locks the droplet against other actions. */
  @Field() locked!: boolean;
  /** `new`, `active`, `off` or `archive`. */
  @Field() status!: DropletStatus;
  /** The externally managed kernel, or `null` (the norm since 2017). */
  @Field({ type: () => Kernel }) kernel?: Kernel | null;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** Enabled features, e.g. `backups`, `ipv6`, `private_networking`. */
  @Field() features!: string[];
  /** Ids of its backups. */
  @Field() backupIds!: number[];
  /** When the next backup is taken, or `null` without backups. */
  @Field({ type: () => BackupWindow }) nextBackupWindow!: BackupWindow | null;
  /** Ids of its snapshots. */
  @Field() snapshotIds!: number[];
  /** The image it was built from. */
  @Field({ type: () => Image }) image!: Image;
  /** Ids of the volumes attached to it. */
  @Field() volumeIds!: string[];
  /** Its size. */
  @Field({ type: () => Size }) size!: Size;
  /** Its size's slug. */
  @Field() sizeSlug!: string;
  /** Its network interfaces. */
  @Field({ type: () => Networks }) networks!: Networks;
  /** Its region. */
  @Field({ type: () => Region }) region!: Region;
  /** Its tags. */
  @Field() tags!: string[];
  /** The VPC it belongs to. */
  @Field() vpcUuid?: string;
  /** Its GPUs, for GPU droplets. */
  @Field({ type: () => GpuInfo }) gpuInfo?: GpuInfo;

  /** The public IPv4 address, once assigned. */
  get publicIpv4(): string | undefined {
    return this.networks?.v4?.find((n) => n.type === 'public')?.ipAddress;
  }

  /** The private (VPC) IPv4 address, once assigned. */
  get privateIpv4(): string | undefined {
    return this.networks?.v4?.find((n) => n.type === 'private')?.ipAddress;
  }

  /** The public IPv6 address, when IPv6 is enabled. */
  get publicIpv6(): string | undefined {
    return this.networks?.v6?.find((n) => n.type === 'public')?.ipAddress;
  }

  /**
   * The droplet's monitoring metrics (CPU, bandwidth, memory, load, filesystem), as typed series.
   * @example `const cpu = await droplet.metrics.cpu({ start: new Date(Date.now() - 3_600_000), end: new Date() });`
   */
  get metrics(): DropletMetrics {
    return new DropletMetrics(this.connection, 'droplet', { host_id: String(checkId('droplet.id', this.id)) });
  }

  /** The droplet's uniform resource name, `do:droplet:{id}`, as projects take it. */
  get urn(): string {
    return `do:droplet:${this.id}`;
  }

  /** What `tag.tagResources()` calls a droplet. */
  get tagResourceType(): 'droplet' {
    return 'droplet';
  }

  protected get resourcePath(): string {
    return path`droplets/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'droplet';
  }

  /**
   * Polls until the droplet's status is `active` (`GET /v2/droplets/{id}`, or one listing for many
   * droplets awaited together) and resolves to it, reloaded in place.
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilActive(options?: WaitOptions<Droplet>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'active' }, options);
  }

  /**
   * Reloads many droplets at once: a few by their own GETs, many by listing (by a tag they all
   * carry when there is one), then single GETs for any the listing did not reach.
   * @internal
   */
  static override async reloadAll(connection: Connection, droplets: Droplet[]): Promise<void> {
    if (droplets.length <= 2) {
      await Model.refreshEach(droplets, (droplet) => droplet.reload());
      return;
    }
    const tag = droplets[0].tags?.find((t) => droplets.every((d) => d.tags?.includes(t)));
    await Model.refreshMany(connection, droplets, { cls: Droplet, path: 'droplets', key: 'droplets', query: { tag_name: tag } });
  }

  /**
   * Resizes the droplet to `size` (type `resize`); the droplet must be off.
   * @example `await droplet.resize('s-2vcpu-4gb', { disk: true }).then((a) => a.wait())`
   */
  async resize(size: string | Size, options: ResizeOptions = {}): Promise<Action> {
    const slug = checkSlug('size', typeof size === 'string' ? size : size?.slug);
    if (options.disk !== undefined && typeof options.disk !== 'boolean') throw new ValidationError('disk', 'must be a boolean');
    return this.act({ type: 'resize', size: slug, disk: options.disk }, options);
  }

  /** Rebuilds the droplet from an image id or slug, wiping its disk (type `rebuild`). */
  async rebuild(image: string | number | Image, options?: RequestOptions): Promise<Action> {
    const ref = checkImageRef('image', image instanceof Image ? (image.slug ?? image.id) : image);
    return this.act({ type: 'rebuild', image: ref }, options);
  }

  /** Restores the droplet from one of its backups or snapshots (type `restore`). */
  async restore(image: number | Image, options?: RequestOptions): Promise<Action> {
    const id = checkId('image', image instanceof Image ? image.id : image);
    return this.act({ type: 'restore', image: id }, options);
  }

  /** Renames the droplet (type `rename`). */
  async rename(name: string, options?: RequestOptions): Promise<Action> {
    return this.act({ type: 'rename', name: checkDropletName('name', name) }, options);
  }

  /** Switches the droplet's kernel (type `change_kernel`). */
  async changeKernel(kernel: number | Kernel, options?: RequestOptions): Promise<Action> {
    const id = checkId('kernel', kernel instanceof Kernel ? kernel.id : kernel);
    return this.act({ type: 'change_kernel', kernel: id }, options);
  }

  /**
   * Takes a snapshot image of the droplet, optionally named (type `snapshot`), and resolves to the
   * started {@link SnapshotAction}: once it has completed, its `image()` is the new snapshot.
   * @example `const image = await droplet.snapshot('nightly').then((a) => a.wait()).then((a) => a.image());`
   */
  async snapshot(name?: string, options?: RequestOptions): Promise<SnapshotAction> {
    const checked = name === undefined ? undefined : checkText('name', name);
    return named(await this.act({ type: 'snapshot', name: checked }, options, SnapshotAction), checked);
  }

  /** Actions taken on this droplet (`GET /v2/droplets/{id}/actions`). */
  actions(options?: ListOptions): Paginator<Action> {
    return this.listActions(options);
  }

  /** One action on this droplet (`GET /v2/droplets/{id}/actions/{actionId}`). */
  async getAction(actionId: number, options?: RequestOptions): Promise<Action> {
    return this.findAction(actionId, options);
  }

  /** Kernels this droplet can boot (`GET /v2/droplets/{id}/kernels`). */
  kernels(options?: ListOptions): Paginator<Kernel> {
    return paginate(this.connection, Kernel, path`droplets/${this.id}/kernels`, 'kernels', {}, options);
  }

  /** Snapshots of this droplet, as images (`GET /v2/droplets/{id}/snapshots`). */
  snapshots(options?: ListOptions): Paginator<Image> {
    return paginate(this.connection, Image, path`droplets/${this.id}/snapshots`, 'snapshots', {}, options);
  }

  /** Backups of this droplet, as images (`GET /v2/droplets/{id}/backups`). */
  backups(options?: ListOptions): Paginator<Image> {
    return paginate(this.connection, Image, path`droplets/${this.id}/backups`, 'backups', {}, options);
  }

  /** Droplets on the same physical host as this one (`GET /v2/droplets/{id}/neighbors`). */
  async neighbors(options?: RequestOptions): Promise<Droplet[]> {
    return this.listAt(Droplet, 'neighbors', 'droplets', options);
  }

  /** Firewalls that apply to this droplet (`GET /v2/droplets/{id}/firewalls`). */
  firewalls(options?: ListOptions): Paginator<Firewall> {
    return paginate(this.connection, Firewall, path`droplets/${this.id}/firewalls`, 'firewalls', {}, options);
  }

  /** Attaches a volume of the droplet's region to it (`volume.attach(droplet)`); `wait()` reloads the droplet. */
  async attachVolume(volume: string | Pick<Volume, 'id'>, options?: RequestOptions): Promise<Action> {
    return startedFrom(await this.#volume(volume).attach(this, options), this.currentAfterAction());
  }

  /** Detaches a volume from it (`volume.detach(droplet)`); `wait()` reloads the droplet. */
  async detachVolume(volume: string | Pick<Volume, 'id'>, options?: RequestOptions): Promise<Action> {
    return startedFrom(await this.#volume(volume).detach(this, options), this.currentAfterAction());
  }

  /** Puts a tag on the droplet, creating the tag if needed (`POST /v2/tags/{name}/resources`). */
  async tag(name: string, options?: RequestOptions): Promise<void> {
    await this.#tag(name).tagResources([this], options);
    if (!this.tags?.includes(name)) this.tags = [...(this.tags ?? []), name];
  }

  /** Takes a tag off the droplet (`DELETE /v2/tags/{name}/resources`). */
  async untag(name: string, options?: RequestOptions): Promise<void> {
    await this.#tag(name).untagResources([this], options);
    this.tags = (this.tags ?? []).filter((tag) => tag !== name);
  }

  #volume(volume: string | Pick<Volume, 'id'>): Volume {
    const id = checkUuid('volume', typeof volume === 'object' && volume !== null ? volume.id : volume);
    return asReference(this.connection.hydrate(Volume, { id, region: this.region }));
  }

  #tag(name: string): Tag {
    return this.connection.hydrate(Tag, { name: checkTag('name', name) });
  }

  // ---- backup policy and destruction with associated resources

  /** The droplet's backup policy: whether backups are on, their schedule and next window (`GET /v2/droplets/{id}/backups/policy`). */
  async backupPolicy(options?: RequestOptions): Promise<DropletBackupPolicy> {
    return this.loadAt(DropletBackupPolicy, 'backups/policy', 'policy', options);
  }

  /** The resources that go with the droplet and what they cost (`GET /v2/droplets/{id}/destroy_with_associated_resources`). */
  async associatedResources(options?: RequestOptions): Promise<DropletAssociatedResources> {
    const body = await this.connection.request<object>('GET', `${this.resourcePath}/destroy_with_associated_resources`, options);
    return this.connection.hydrate(DropletAssociatedResources, body);
  }

  /**
   * Destroys the droplet with the associated resources chosen
   * (`DELETE /v2/droplets/{id}/destroy_with_associated_resources/selective`) and resolves to the
   * request's status, to `wait()` on.
   * @example `await droplet.destroyWithAssociatedResources({ volumes: [volume], reservedIps: [ip] }).then((s) => s.wait());`
   */
  async destroyWithAssociatedResources(selection: DropletDestroySelection, options?: RequestOptions): Promise<DropletDestroyStatus> {
    const json = DROPLET_DESTROY_SELECTIVE.wire('selection', selection);
    await this.callAt('DELETE', 'destroy_with_associated_resources/selective', { json, signal: options?.signal });
    return this.destroyStatus(options);
  }

  /**
   * Destroys the droplet and every one of its associated resources
   * (`DELETE /v2/droplets/{id}/destroy_with_associated_resources/dangerous` with `X-Dangerous: true`)
   * and resolves to the request's status, to `wait()` on.
   */
  async destroyWithAllAssociatedResources(options?: RequestOptions): Promise<DropletDestroyStatus> {
    await this.callAt('DELETE', 'destroy_with_associated_resources/dangerous', { signal: options?.signal, headers: { 'x-dangerous': 'true' } });
    return this.destroyStatus(options);
  }

  /** The status of the droplet's destruction with its resources (`GET /v2/droplets/{id}/destroy_with_associated_resources/status`). */
  async destroyStatus(options?: RequestOptions): Promise<DropletDestroyStatus> {
    const body = await this.connection.request<object>('GET', `${this.resourcePath}/destroy_with_associated_resources/status`, options);
    return this.connection.hydrate(DropletDestroyStatus, body);
  }

  /**
   * Retries destroying the resources that failed (`POST /v2/droplets/{id}/destroy_with_associated_resources/retry`)
   * and resolves to the status, to `wait()` on.
   */
  async retryDestroy(options?: RequestOptions): Promise<DropletDestroyStatus> {
    await this.callAt('POST', 'destroy_with_associated_resources/retry', { signal: options?.signal });
    return this.destroyStatus(options);
  }
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Droplet extends DropletActionMethods {}

for (const [method, type] of Object.entries(DROPLET_ACTIONS)) {
  Object.defineProperty(Droplet.prototype, method, {
    value: async function (this: Droplet, options?: RequestOptions) {
      return this.act({ type }, options);
    },
    writable: true,
    configurable: true,
  });
}

registerResource('droplet', (connection, id, options) => connection.one(Droplet, 'GET', path`droplets/${id}`, 'droplet', options));
