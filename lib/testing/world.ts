import { createHash } from 'node:crypto';
import {
  seedImages,
  seedKernels,
  seedRegions,
  seedSizes,
  type ImageJson,
  type KernelJson,
  type RegionJson,
  type SizeJson,
} from './catalogue.js';

/** An action as the API writes it. */
export interface ActionJson {
  /** Numeric id. */
  id: number;
  /** Where it stands. */
  status: 'in-progress' | 'completed' | 'errored';
  /** What it does, e.g. `power_off`. */
  type: string;
  /** When it started. */
  started_at: string;
  /** When it ended; `null` while in progress. */
  completed_at: string | null;
  /** The id of the resource it acts on. */
  resource_id: number | null;
  /** The kind of that resource, e.g. `droplet`. */
  resource_type: string;
  /** Where it runs. */
  region: RegionJson | null;
  /** The slug of that region. */
  region_slug: string | null;
}

/** A droplet as the API writes it. */
export interface DropletJson {
  /** Numeric id. */
  id: number;
  /** Its host name. */
  name: string;
  /** Memory in MB. */
  memory: number;
  /** Virtual CPUs. */
  vcpus: number;
  /** Disk in GB. */
  disk: number;
  /** Its disks. */
  disk_info: SizeJson['disk_info'];
  /** Whether an action holds it. */
  locked: boolean;
  /** Where it stands. */
  status: 'new' | 'active' | 'off' | 'archive';
  /** Its kernel, when the API manages it. */
  kernel: KernelJson | null;
  /** When it was made. */
  created_at: string;
  /** What is on, e.g. `backups`, `ipv6`, `private_networking`. */
  features: string[];
  /** Ids of its backups. */
  backup_ids: number[];
  /** When the next backup may run, with backups on. */
  next_backup_window: {
    /** From. */
    start: string;
    /** To. */
    end: string;
  } | null;
  /** Ids of its snapshots. */
  snapshot_ids: number[];
  /** The image it was made from. */
  image: ImageJson;
  /** Ids of the volumes attached. */
  volume_ids: string[];
  /** Its size. */
  size: SizeJson;
  /** The slug of its size. */
  size_slug: string;
  /** Its addresses. */
  networks: {
    /** IPv4 addresses. */
    v4: Array<{
      /** The address. */
      ip_address: string;
      /** E.g. `255.255.240.0`. */
      netmask: string;
      /** The gateway's address. */
      gateway: string;
      /** Public, or private inside the VPC. */
      type: 'public' | 'private';
    }>;
    /** IPv6 addresses. */
    v6: Array<{
      /** The address. */
      ip_address: string;
      /** The prefix length, e.g. `64`. */
      netmask: number;
      /** The gateway's address. */
      gateway: string;
      /** Always public. */
      type: 'public';
    }>;
  };
  /** Where it runs. */
  region: RegionJson;
  /** Tags on it. */
  tags: string[];
  /** The VPC it is in. */
  vpc_uuid: string;
  /** Its GPUs, on GPU sizes. */
  gpu_info?: SizeJson['gpu_info'];
}

/** A valid droplet name: a host name of letters, digits, "." and "-". */
export const DROPLET_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?$/;
/** A valid tag name. */
export const TAG_NAME = /^[a-zA-Z0-9_:-]{1,255}$/;

/** The API's answer to a request it refuses. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
  ) {
    super(message);
  }
}

/** 404 with the API's body. */
export const notFound = (): Refusal => new Refusal(404, 'not_found', 'The resource you were accessing could not be found.');
/** 422 with the API's body. */
export const unprocessable = (message: string): Refusal => new Refusal(422, 'unprocessable_entity', message);

interface Pending {
  action?: ActionJson;
  dueAt: number;
  apply: () => void;
  lockedDroplet?: number;
}

interface ImageRecord {
  image: ImageJson;
  application: boolean;
  /** The droplet a snapshot or backup was taken of. */
  dropletId?: number;
}

/** Timestamps as the API writes them: `2025-03-14T09:26:53Z`. */
export function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A deterministic UUID-shaped id from a seed string. */
function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The simulated account's droplet limit unless `dropletLimit` says otherwise: room for load tests. */
export const DEFAULT_DROPLET_LIMIT = 10_000;

/** The API's answer to a create that would take the account past its droplet limit. */
export const DROPLET_LIMIT_MESSAGE = 'creating this/these droplet(s) will exceed your droplet limit';

/** Options of the simulated world. */
export interface WorldOptions {
  /** Milliseconds every action takes before it completes. */
  actionDurationMs: number;
  /** How many droplets the account may have at once; default {@link DEFAULT_DROPLET_LIMIT}. */
  dropletLimit?: number;
  /** The clock; tests may replace it. */
  now?: () => number;
}

/**
 * The simulator's in-memory state and the API's semantics over it. Actions complete lazily:
 * every request first advances the world to the current time, so no timer is ever left behind.
 */
export class World {
  /** The regions of the catalogue. */
  readonly regions: RegionJson[];
  /** The sizes of the catalogue. */
  readonly sizes: SizeJson[];
  /** The kernels of the catalogue. */
  readonly kernels: KernelJson[];
  /** Every droplet, by id. */
  readonly droplets = new Map<number, DropletJson>();
  /** Every image (distribution, application, snapshot, backup, custom), by id. */
  readonly images = new Map<number, ImageRecord>();
  /** Every action, by id. */
  readonly actions = new Map<number, ActionJson>();
  /** How many droplets each create request made, in order: a retried create shows up here twice. */
  readonly createdDroplets: number[] = [];
  /** The name of every droplet ever created, in order: a name twice is a droplet made twice. */
  readonly createdNames: string[] = [];
  readonly #pending: Pending[] = [];
  readonly #states = new Map<object, unknown>();
  readonly #failNext = new Map<string, number>();
  readonly #options: WorldOptions;
  #nextDroplet = 480_000_001;
  #nextImage = 170_000_001;
  #nextAction = 2_600_000_001;
  #nextAddress = 1;

  /** A world with the catalogue and nothing else; {@link Simulator.start} makes one. */
  constructor(options: WorldOptions) {
    this.#options = options;
    this.sizes = seedSizes();
    this.regions = seedRegions(this.sizes);
    this.kernels = seedKernels();
    for (const record of seedImages(this.regions, () => this.#nextImage++)) this.images.set(record.image.id, record);
  }

  /** The state of a simulator module in this world, made on first use. */
  state<S>(module: { create: (world: World) => S }): S {
    if (!this.#states.has(module)) this.#states.set(module, module.create(this));
    return this.#states.get(module) as S;
  }

  /** The world's clock, in milliseconds. */
  now(): number {
    return (this.#options.now ?? Date.now)();
  }

  /** How many droplets the account may have at once. */
  get dropletLimit(): number {
    return this.#options.dropletLimit ?? DEFAULT_DROPLET_LIMIT;
  }

  /** Completes (or errors) every action whose time has come, in the order they were due. */
  advance(): void {
    const now = this.now();
    this.#pending.sort((a, b) => a.dueAt - b.dueAt || (a.action?.id ?? 0) - (b.action?.id ?? 0));
    while (this.#pending.length && this.#pending[0].dueAt <= now) {
      const { action, apply, lockedDroplet, dueAt } = this.#pending.shift()!;
      if (!action) {
        apply();
        continue;
      }
      const failures = this.#failNext.get(action.type) ?? this.#failNext.get('*') ?? 0;
      if (failures > 0) {
        this.#failNext.set(this.#failNext.has(action.type) ? action.type : '*', failures - 1);
        action.status = 'errored';
      } else {
        apply();
        action.status = 'completed';
      }
      action.completed_at = timestamp(dueAt);
      if (lockedDroplet !== undefined) {
        const droplet = this.droplets.get(lockedDroplet);
        if (droplet && !this.#pending.some((p) => p.lockedDroplet === lockedDroplet)) droplet.locked = false;
      }
    }
  }

  /** Runs `apply` once the action duration has passed, as a background change of state. */
  schedule(apply: () => void): void {
    this.#pending.push({ apply, dueAt: this.now() + this.#options.actionDurationMs });
  }

  /** Starts an action on any resource: it completes (running `apply`) after the action duration. */
  startAction(type: string, resourceId: number | null, resourceType: string, region: RegionJson | null, apply: () => void): ActionJson {
    const action = this.#action(type, resourceId, resourceType, region);
    this.#pending.push({ action, dueAt: this.now() + this.#options.actionDurationMs, apply });
    return action;
  }

  /** Whether an action on this resource is still in progress. */
  busy(resourceType: string, resourceId: number | null): boolean {
    return this.#pending.some((p) => p.action?.resource_type === resourceType && p.action.resource_id === resourceId);
  }

  /** Called with each droplet id as it is deleted, so other resources let go of it. */
  readonly onDropletDeleted: Array<(id: number) => void> = [];
  /** Called with each new droplet. */
  readonly onDropletCreated: Array<(droplet: DropletJson) => void> = [];

  /** The next `times` actions of `type` (`*` for any) end `errored` instead of completing. */
  failActions(type: string, times: number): void {
    this.#failNext.set(type, (this.#failNext.get(type) ?? 0) + times);
  }

  // ---- catalogue lookups

  /** A region by slug. */
  region(slug: unknown): RegionJson | undefined {
    return this.regions.find((r) => r.slug === slug);
  }

  /** A size by slug. */
  size(slug: unknown): SizeJson | undefined {
    return this.sizes.find((s) => s.slug === slug);
  }

  /** An image by numeric id, numeric string or public slug. */
  image(ref: unknown): ImageRecord | undefined {
    const id = typeof ref === 'number' ? ref : typeof ref === 'string' && /^\d+$/.test(ref) ? Number(ref) : undefined;
    if (id !== undefined) return this.images.get(id);
    for (const record of this.images.values()) if (record.image.slug === ref) return record;
    return undefined;
  }

  /** A droplet by id; throws the API's 404 when there is none. */
  droplet(id: number): DropletJson {
    const droplet = this.droplets.get(id);
    if (!droplet) throw notFound();
    return droplet;
  }

  /** The default VPC of a region. */
  vpcOf(region: string): string {
    return uuidFrom(`vpc:${region}`);
  }

  // ---- droplets

  /**
   * Creates one droplet per name, each with its `create` action; all checks happen before any is
   * made, so a create past the droplet limit makes none.
   */
  createDroplets(
    names: string[],
    attrs: Record<string, unknown>,
  ): {
    /** The new droplets, in the order of `names`. */
    droplets: DropletJson[];
    /** Their `create` actions, in the same order. */
    actions: ActionJson[];
  } {
    if (this.droplets.size + names.length > this.dropletLimit) throw unprocessable(DROPLET_LIMIT_MESSAGE);
    const region = this.region(attrs.region);
    if (!region || !region.available) throw unprocessable('You specified an invalid region for Droplet creation.');
    const size = this.size(attrs.size);
    if (!size || !size.available) throw unprocessable('You specified an invalid size for Droplet creation.');
    if (!size.regions.includes(region.slug)) throw unprocessable(`Size ${size.slug} is not available in ${region.slug}.`);
    const image = this.image(attrs.image);
    if (!image || !image.image.regions.includes(region.slug)) throw unprocessable('You specified an invalid image for Droplet creation.');
    if (image.image.min_disk_size !== null && image.image.min_disk_size > size.disk) {
      throw unprocessable('The image requires a larger disk than the size offers.');
    }
    const tags = Array.isArray(attrs.tags) ? (attrs.tags as string[]) : [];
    const ipv6 = attrs.ipv6 === true;
    const backups = attrs.backups === true;
    const now = this.now();
    const droplets: DropletJson[] = [];
    const actions: ActionJson[] = [];
    for (const name of names) {
      const droplet: DropletJson = {
        id: this.#nextDroplet++,
        name,
        memory: size.memory,
        vcpus: size.vcpus,
        disk: size.disk,
        disk_info: structuredClone(size.disk_info),
        locked: false,
        status: 'new',
        kernel: null,
        created_at: timestamp(now),
        features: ['private_networking', ...(backups ? ['backups'] : []), ...(ipv6 ? ['ipv6'] : []), ...(attrs.monitoring === true ? ['monitoring'] : [])],
        backup_ids: [],
        next_backup_window: backups ? this.#backupWindow(now) : null,
        snapshot_ids: [],
        image: structuredClone(image.image),
        volume_ids: Array.isArray(attrs.volumes) ? [...(attrs.volumes as string[])] : [],
        size: structuredClone(size),
        size_slug: size.slug,
        networks: { v4: [], v6: [] },
        region: structuredClone(region),
        tags: [...new Set(tags)],
        vpc_uuid: typeof attrs.vpc_uuid === 'string' ? attrs.vpc_uuid : this.vpcOf(region.slug),
        ...(size.gpu_info ? { gpu_info: structuredClone(size.gpu_info) } : {}),
      };
      this.droplets.set(droplet.id, droplet);
      for (const hook of this.onDropletCreated) hook(droplet);
      actions.push(
        this.#start('create', droplet, () => {
          droplet.status = 'active';
          droplet.networks = this.#addresses(ipv6, attrs.public_networking !== false);
        }),
      );
      droplets.push(droplet);
    }
    this.createdDroplets.push(droplets.length);
    this.createdNames.push(...names);
    return { droplets, actions };
  }

  /** Deletes a droplet and lets every other resource go of it; throws the API's 404 when there is none. */
  deleteDroplet(id: number): void {
    this.droplet(id);
    this.droplets.delete(id);
    for (const hook of this.onDropletDeleted) hook(id);
  }

  /** Starts a droplet action as the API does: checks, locks the droplet, completes after the delay. */
  dropletAction(id: number, body: Record<string, unknown>): ActionJson {
    const droplet = this.droplet(id);
    if (droplet.locked || this.busy('droplet', id)) {
      throw unprocessable('Droplet already has a pending event.');
    }
    const type = body.type;
    switch (type) {
      case 'reboot':
      case 'power_cycle':
      case 'power_on':
        return this.#start(type, droplet, () => void (droplet.status = 'active'));
      case 'shutdown':
      case 'power_off':
        return this.#start(type, droplet, () => void (droplet.status = 'off'));
      case 'password_reset':
        return this.#start(type, droplet, () => undefined);
      case 'enable_ipv6':
        return this.#start(type, droplet, () => {
          if (!droplet.networks.v6.length) droplet.networks.v6.push(this.#ipv6());
          this.#feature(droplet, 'ipv6', true);
        });
      case 'enable_backups':
        return this.#start(type, droplet, () => {
          this.#feature(droplet, 'backups', true);
          droplet.next_backup_window = this.#backupWindow(this.now());
        });
      case 'disable_backups':
        return this.#start(type, droplet, () => {
          this.#feature(droplet, 'backups', false);
          droplet.next_backup_window = null;
        });
      case 'enable_private_networking':
        return this.#start(type, droplet, () => this.#feature(droplet, 'private_networking', true));
      case 'resize': {
        const size = this.size(body.size);
        if (!size || !size.regions.includes(droplet.region.slug)) throw unprocessable('You specified an invalid size for Droplet resize.');
        if (droplet.status !== 'off') throw unprocessable('Droplet must be powered off before it can be resized.');
        const disk = body.disk === true;
        if (size.disk < droplet.disk && disk) throw unprocessable('A droplet disk cannot be shrunk.');
        return this.#start(type, droplet, () => {
          droplet.size = structuredClone(size);
          droplet.size_slug = size.slug;
          droplet.memory = size.memory;
          droplet.vcpus = size.vcpus;
          if (disk) {
            droplet.disk = size.disk;
            droplet.disk_info = structuredClone(size.disk_info);
          }
        });
      }
      case 'rebuild': {
        const image = this.image(body.image);
        if (!image) throw unprocessable('You specified an invalid image for Droplet rebuild.');
        return this.#start(type, droplet, () => {
          droplet.image = structuredClone(image.image);
          droplet.status = 'active';
        });
      }
      case 'restore': {
        const image = this.image(body.image);
        if (!image || image.dropletId !== droplet.id) throw unprocessable('You can only restore a Droplet from one of its own backups or snapshots.');
        return this.#start(type, droplet, () => void (droplet.status = 'active'));
      }
      case 'rename': {
        if (typeof body.name !== 'string' || !DROPLET_NAME.test(body.name) || body.name.length > 255) {
          throw unprocessable('Name is invalid.');
        }
        const name = body.name;
        return this.#start(type, droplet, () => void (droplet.name = name));
      }
      case 'change_kernel': {
        const kernel = this.kernels.find((k) => k.id === body.kernel);
        if (!kernel) throw unprocessable('You specified an invalid kernel.');
        return this.#start(type, droplet, () => void (droplet.kernel = structuredClone(kernel)));
      }
      case 'snapshot': {
        const name = typeof body.name === 'string' && body.name ? body.name : `${droplet.name}-${this.now()}`;
        return this.#start(type, droplet, () => {
          if (!this.droplets.has(droplet.id)) return;
          const image = this.#privateImage(name, 'snapshot', droplet);
          droplet.snapshot_ids.push(image.id);
        });
      }
      default:
        throw unprocessable(`${JSON.stringify(type)} is not a valid droplet action type.`);
    }
  }

  /** Snapshots and backups of a droplet, as the API lists them. */
  dropletImages(id: number, type: 'snapshot' | 'backup'): ImageJson[] {
    this.droplet(id);
    return [...this.images.values()].filter((r) => r.dropletId === id && r.image.type === type).map((r) => r.image);
  }

  // ---- images

  /** Imports a custom image from `attrs.url` into `attrs.region`, as `POST /v2/images` does; available after the action duration. */
  createCustomImage(attrs: Record<string, unknown>): ImageJson {
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('Name is required.');
    if (typeof attrs.url !== 'string' || !/^https?:\/\//.test(attrs.url)) throw unprocessable('URL is invalid.');
    const region = this.region(attrs.region);
    if (!region) throw unprocessable('You specified an invalid region.');
    const record: ImageRecord = {
      application: false,
      image: {
        id: this.#nextImage++,
        name: attrs.name,
        type: 'custom',
        distribution: typeof attrs.distribution === 'string' ? attrs.distribution : 'Unknown',
        slug: null,
        public: false,
        regions: [],
        created_at: timestamp(this.now()),
        min_disk_size: null,
        size_gigabytes: null,
        description: typeof attrs.description === 'string' ? attrs.description : '',
        tags: Array.isArray(attrs.tags) ? (attrs.tags as string[]) : [],
        status: 'NEW',
        error_message: '',
      },
    };
    this.images.set(record.image.id, record);
    const { image } = record;
    this.startAction('import', image.id, 'image', region, () => {
      image.status = 'available';
      image.regions = [region.slug];
      image.min_disk_size = 20;
      image.size_gigabytes = 2.1;
    });
    return image;
  }

  /** Changes a private image's `name`, `distribution` or `description`. */
  updateImage(ref: string, attrs: Record<string, unknown>): ImageJson {
    const record = this.image(ref);
    if (!record) throw notFound();
    if (record.image.public) throw new Refusal(403, 'forbidden', 'You do not have access for the attempted action.');
    for (const key of ['name', 'distribution', 'description'] as const) {
      if (attrs[key] !== undefined) {
        if (typeof attrs[key] !== 'string' || (key === 'name' && !attrs[key])) throw unprocessable(`${key} is invalid.`);
        (record.image as unknown as Record<string, unknown>)[key] = attrs[key];
      }
    }
    return record.image;
  }

  /** Deletes a private image. */
  deleteImage(ref: string): void {
    const record = this.image(ref);
    if (!record) throw notFound();
    if (record.image.public) throw new Refusal(403, 'forbidden', 'You do not have access for the attempted action.');
    this.images.delete(record.image.id);
    for (const droplet of this.droplets.values()) droplet.snapshot_ids = droplet.snapshot_ids.filter((id) => id !== record.image.id);
  }

  /** Starts an image action, `transfer` (to `body.region`) or `convert` (a backup to a snapshot). */
  imageAction(ref: string, body: Record<string, unknown>): ActionJson {
    const record = this.image(ref);
    if (!record) throw notFound();
    const { image } = record;
    if (image.public) throw new Refusal(403, 'forbidden', 'You do not have access for the attempted action.');
    if (this.busy('image', image.id)) throw unprocessable('Image already has a pending event.');
    if (body.type === 'transfer') {
      const region = this.region(body.region);
      if (!region) throw unprocessable('You specified an invalid region.');
      if (image.regions.includes(region.slug)) throw unprocessable(`The image is already available in ${region.slug}.`);
      return this.startAction('transfer', image.id, 'image', region, () => void (image.regions = [...new Set([...image.regions, region.slug])]));
    }
    if (body.type === 'convert') {
      if (image.type !== 'backup' && image.type !== 'snapshot') throw unprocessable('Only backups and snapshots can be converted.');
      return this.startAction('convert', image.id, 'image', this.region(image.regions[0]) ?? null, () => void (image.type = 'snapshot'));
    }
    throw unprocessable(`${JSON.stringify(body.type)} is not a valid image action type.`);
  }

  /** Actions on one resource, newest first. */
  actionsOf(type: string, id: number): ActionJson[] {
    return [...this.actions.values()].filter((a) => a.resource_type === type && a.resource_id === id).reverse();
  }

  // ---- internals

  #start(type: string, droplet: DropletJson, apply: () => void): ActionJson {
    const action = this.startAction(type, droplet.id, 'droplet', droplet.region, apply);
    this.#pending[this.#pending.length - 1].lockedDroplet = droplet.id;
    droplet.locked = type !== 'create';
    return action;
  }

  #action(type: string, resourceId: number | null, resourceType: string, region: RegionJson | null): ActionJson {
    const action: ActionJson = {
      id: this.#nextAction++,
      status: 'in-progress',
      type,
      started_at: timestamp(this.now()),
      completed_at: null,
      resource_id: resourceId,
      resource_type: resourceType,
      region: region ? structuredClone(region) : null,
      region_slug: region?.slug ?? null,
    };
    this.actions.set(action.id, action);
    return action;
  }

  #privateImage(name: string, type: 'snapshot' | 'backup', droplet: DropletJson): ImageJson {
    const image: ImageJson = {
      id: this.#nextImage++,
      name,
      type,
      distribution: droplet.image.distribution,
      slug: null,
      public: false,
      regions: [droplet.region.slug],
      created_at: timestamp(this.now()),
      min_disk_size: droplet.disk,
      size_gigabytes: Math.round(droplet.disk * 9.4) / 100,
      description: '',
      tags: [],
      status: 'available',
      error_message: '',
    };
    this.images.set(image.id, { image, application: false, dropletId: droplet.id });
    return image;
  }

  #feature(droplet: DropletJson, feature: string, on: boolean): void {
    droplet.features = droplet.features.filter((f) => f !== feature);
    if (on) droplet.features.push(feature);
  }

  #backupWindow(now: number): { start: string; end: string } {
    const start = new Date(now);
    start.setUTCHours(24, 0, 0, 0);
    return { start: timestamp(start.getTime()), end: timestamp(start.getTime() + 23 * 3_600_000) };
  }

  #addresses(ipv6: boolean, publicNetworking: boolean): DropletJson['networks'] {
    const n = this.#nextAddress++;
    const v4: DropletJson['networks']['v4'] = [
      { ip_address: `10.${108 + ((n >> 16) & 15)}.${(n >> 8) & 255}.${n & 255}`, netmask: '255.255.0.0', gateway: '<nil>', type: 'private' },
    ];
    if (publicNetworking) {
      v4.push({ ip_address: `164.${90 + ((n >> 16) & 7)}.${(n >> 8) & 255}.${n & 255}`, netmask: '255.255.240.0', gateway: `164.90.${(n >> 8) & 255}.1`, type: 'public' });
    }
    return { v4, v6: ipv6 ? [this.#ipv6()] : [] };
  }

  #ipv6(): DropletJson['networks']['v6'][number] {
    const n = this.#nextAddress++;
    return { ip_address: `2604:a880:400:d1::${n.toString(16)}:1001`, netmask: 64, gateway: '2604:a880:400:d1::1', type: 'public' };
  }
}
