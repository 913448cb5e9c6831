import type { ImageJson, KernelJson, RegionJson, SizeJson } from '../catalogue.js';
import { accepted, actionIn, body, created, defineModule, isTagName, noContent, numericParam, ok, strings, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { timestamp, unprocessable, type ActionJson, type World } from '../world.js';
import { images } from './images.js';

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

/** The API's answer to a create that would take the account past its droplet limit. */
export const DROPLET_LIMIT_MESSAGE = 'creating this/these droplet(s) will exceed your droplet limit';

/** The action types `POST /v2/droplets/actions?tag_name=` runs on every tagged droplet. */
const TAG_ACTIONS = ['power_cycle', 'power_on', 'power_off', 'shutdown', 'enable_ipv6', 'enable_backups', 'disable_backups', 'snapshot'];

/** The droplets, by id, with the rules of creating them and of their actions. */
export class DropletStore extends Store<DropletJson, number> {
  #nextId = 480_000_001;
  #nextAddress = 1;

  constructor(world: World) {
    super(world);
    world.on('actionSettled', (action) => {
      if (action.resource_type !== 'droplet' || action.resource_id === null) return;
      const droplet = this.items.get(action.resource_id);
      if (droplet && !world.busy('droplet', droplet.id)) droplet.locked = false;
    });
    world.on('imageDeleted', (id) => {
      for (const droplet of this.items.values()) droplet.snapshot_ids = droplet.snapshot_ids.filter((s) => s !== id);
    });
    world.on('tagDeleted', (name) => {
      for (const droplet of this.items.values()) droplet.tags = droplet.tags.filter((t) => t !== name);
    });
  }

  /** The droplets `GET /v2/droplets` lists: by `tag_name`, by `name`, and GPU ones only with `type=gpus`. */
  listing(query: URLSearchParams): DropletJson[] {
    const name = query.get('name');
    const gpus = query.get('type') === 'gpus';
    return this.list(query.get('tag_name')).filter((d) => (name === null || d.name === name) && Boolean(d.gpu_info) === gpus);
  }

  /** The names a create request asks for, after the API's checks of its attributes. */
  namesOf(attrs: Record<string, unknown>): string[] {
    for (const key of ['size', 'image'] as const) if (attrs[key] === undefined || attrs[key] === '') throw unprocessable(`${key} is required.`);
    if (attrs.region === undefined) throw unprocessable('region is required.');
    let names: unknown[];
    if (attrs.names !== undefined) {
      if (!Array.isArray(attrs.names) || attrs.names.length === 0) throw unprocessable('names must be a non-empty array.');
      if (attrs.names.length > 10) throw unprocessable('You may create at most 10 Droplets at a time.');
      names = attrs.names;
    } else {
      if (attrs.name === undefined) throw unprocessable('name is required.');
      names = [attrs.name];
    }
    const valid: string[] = [];
    for (const name of names) {
      if (typeof name !== 'string' || name.length > 255 || !DROPLET_NAME.test(name)) throw unprocessable(`Name ${JSON.stringify(name)} is invalid.`);
      valid.push(name);
    }
    if (attrs.tags !== undefined && (!Array.isArray(attrs.tags) || !attrs.tags.every(isTagName))) {
      throw unprocessable('Tags are invalid.');
    }
    if (typeof attrs.user_data === 'string' && Buffer.byteLength(attrs.user_data) > 64 * 1024) throw unprocessable('user_data is over 64 KiB.');
    return valid;
  }

  /**
   * Creates one droplet per name, each with its `create` action; all checks happen before any is
   * made, so a create past the droplet limit makes none.
   */
  create(names: string[], attrs: Record<string, unknown>): { droplets: DropletJson[]; actions: ActionJson[] } {
    if (this.items.size + names.length > this.world.dropletLimit) throw unprocessable(DROPLET_LIMIT_MESSAGE);
    const region = this.world.region(attrs.region);
    if (!region || !region.available) throw unprocessable('You specified an invalid region for Droplet creation.');
    const size = this.world.size(attrs.size);
    if (!size || !size.available) throw unprocessable('You specified an invalid size for Droplet creation.');
    if (!size.regions.includes(region.slug)) throw unprocessable(`Size ${size.slug} is not available in ${region.slug}.`);
    const image = this.world.state(images).lookup(attrs.image);
    if (!image || !image.image.regions.includes(region.slug)) throw unprocessable('You specified an invalid image for Droplet creation.');
    if (image.image.min_disk_size !== null && image.image.min_disk_size > size.disk) {
      throw unprocessable('The image requires a larger disk than the size offers.');
    }
    const tags = strings(attrs.tags);
    const ipv6 = attrs.ipv6 === true;
    const backups = attrs.backups === true;
    const now = this.world.now();
    const droplets: DropletJson[] = [];
    const actions: ActionJson[] = [];
    for (const name of names) {
      const droplet: DropletJson = {
        id: this.#nextId++,
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
        volume_ids: strings(attrs.volumes),
        size: structuredClone(size),
        size_slug: size.slug,
        networks: { v4: [], v6: [] },
        region: structuredClone(region),
        tags: [...new Set(tags)],
        vpc_uuid: typeof attrs.vpc_uuid === 'string' ? attrs.vpc_uuid : this.world.vpcOf(region.slug),
        ...(size.gpu_info ? { gpu_info: structuredClone(size.gpu_info) } : {}),
      };
      this.put(droplet.id, droplet);
      this.world.emit('resourceCreated', `do:droplet:${droplet.id}`);
      this.world.emit('tagsUsed', droplet.tags);
      actions.push(
        this.#start('create', droplet, () => {
          droplet.status = 'active';
          droplet.networks = this.#addresses(ipv6, attrs.public_networking !== false);
        }),
      );
      droplets.push(droplet);
    }
    this.world.createdDroplets.push(droplets.length);
    this.world.createdNames.push(...names);
    return { droplets, actions };
  }

  /** Deletes a droplet: everything that referred to it lets go (`dropletDeleted`). */
  remove(id: number): void {
    this.delete(id);
    this.world.emit('dropletDeleted', id);
    this.world.emit('resourceDeleted', `do:droplet:${id}`);
  }

  /** A volume now attached to the droplet is in its `volume_ids`. */
  attachVolume(dropletId: number, volumeId: string): void {
    const droplet = this.items.get(dropletId);
    if (droplet) droplet.volume_ids = [...new Set([...droplet.volume_ids, volumeId])];
  }

  /** A volume detached from the droplet leaves its `volume_ids`. */
  detachVolume(dropletId: number, volumeId: string): void {
    const droplet = this.items.get(dropletId);
    if (droplet) droplet.volume_ids = droplet.volume_ids.filter((id) => id !== volumeId);
  }

  /** Starts a droplet action as the API does: checks, locks the droplet, completes after the delay. */
  action(id: number, attrs: Record<string, unknown>): ActionJson {
    const droplet = this.get(id);
    if (droplet.locked || this.world.busy('droplet', id)) {
      throw unprocessable('Droplet already has a pending event.');
    }
    const type = attrs.type;
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
          droplet.next_backup_window = this.#backupWindow(this.world.now());
        });
      case 'disable_backups':
        return this.#start(type, droplet, () => {
          this.#feature(droplet, 'backups', false);
          droplet.next_backup_window = null;
        });
      case 'enable_private_networking':
        return this.#start(type, droplet, () => this.#feature(droplet, 'private_networking', true));
      case 'resize': {
        const size = this.world.size(attrs.size);
        if (!size || !size.regions.includes(droplet.region.slug)) throw unprocessable('You specified an invalid size for Droplet resize.');
        if (droplet.status !== 'off') throw unprocessable('Droplet must be powered off before it can be resized.');
        const disk = attrs.disk === true;
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
        const image = this.world.state(images).lookup(attrs.image);
        if (!image) throw unprocessable('You specified an invalid image for Droplet rebuild.');
        return this.#start(type, droplet, () => {
          droplet.image = structuredClone(image.image);
          droplet.status = 'active';
        });
      }
      case 'restore': {
        const image = this.world.state(images).lookup(attrs.image);
        if (!image || image.dropletId !== droplet.id) throw unprocessable('You can only restore a Droplet from one of its own backups or snapshots.');
        return this.#start(type, droplet, () => void (droplet.status = 'active'));
      }
      case 'rename': {
        if (typeof attrs.name !== 'string' || !DROPLET_NAME.test(attrs.name) || attrs.name.length > 255) {
          throw unprocessable('Name is invalid.');
        }
        const name = attrs.name;
        return this.#start(type, droplet, () => void (droplet.name = name));
      }
      case 'change_kernel': {
        const kernel = this.world.kernels.find((k) => k.id === attrs.kernel);
        if (!kernel) throw unprocessable('You specified an invalid kernel.');
        return this.#start(type, droplet, () => void (droplet.kernel = structuredClone(kernel)));
      }
      case 'snapshot': {
        const name = typeof attrs.name === 'string' && attrs.name ? attrs.name : `${droplet.name}-${this.world.now()}`;
        return this.#start(type, droplet, () => {
          if (!this.items.has(droplet.id)) return;
          const source = { dropletId: droplet.id, distribution: droplet.image.distribution, region: droplet.region.slug, disk: droplet.disk };
          droplet.snapshot_ids.push(this.world.state(images).addOfDroplet(name, 'snapshot', source).id);
        });
      }
      default:
        throw unprocessable(`${JSON.stringify(type)} is not a valid droplet action type.`);
    }
  }

  /** Runs an action on every droplet tagged `tag`: only the types the API allows on a tag. */
  actionByTag(tag: string | null, attrs: Record<string, unknown>): ActionJson[] {
    if (!tag) throw unprocessable('tag_name is required.');
    if (typeof attrs.type !== 'string' || !TAG_ACTIONS.includes(attrs.type)) throw unprocessable(`${JSON.stringify(attrs.type)} cannot be run on a tag.`);
    return this.list(tag).map((d) => this.action(d.id, attrs));
  }

  /** Snapshots and backups of a droplet, as the API lists them. */
  imagesOf(id: number, type: 'snapshot' | 'backup'): ImageJson[] {
    this.get(id);
    return this.world.state(images).ofDroplet(id, type);
  }

  #start(type: string, droplet: DropletJson, apply: () => void): ActionJson {
    const action = this.world.startAction(type, droplet.id, 'droplet', droplet.region, apply);
    droplet.locked = type !== 'create';
    return action;
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

function createLinks(ctx: RouteContext, actions: ActionJson[]) {
  return { actions: actions.map((a) => ({ id: a.id, rel: 'create', href: `${ctx.origin}/v2/actions/${a.id}` })) };
}

/** Droplets and droplet actions: `/v2/droplets`, with their kernels, snapshots, backups and neighbors. */
export const droplets = defineModule('droplets', (world) => new DropletStore(world), (route) => {
  route('GET', '/v2/droplets', (ctx, store) => ok(store.page(ctx, 'droplets', store.listing(ctx.query))));
  route('POST', '/v2/droplets', (ctx, store) => {
    const attrs = body(ctx);
    const made = store.create(store.namesOf(attrs), attrs);
    const links = createLinks(ctx, made.actions);
    return accepted(attrs.names !== undefined ? { droplets: made.droplets, links } : { droplet: made.droplets[0], links });
  });
  route('DELETE', '/v2/droplets', (ctx, store) => {
    const tag = ctx.query.get('tag_name');
    if (!tag) throw unprocessable('tag_name is required.');
    for (const droplet of store.list(tag)) store.remove(droplet.id);
    return noContent();
  });
  route('POST', '/v2/droplets/actions', (ctx, store) => {
    const tag = ctx.query.get('tag_name');
    return created({ actions: store.actionByTag(tag, body(ctx)) });
  });
  route('GET', '/v2/droplets/{droplet_id}', (ctx, store) => ok({ droplet: store.get(numericParam(ctx, 'droplet_id')) }));
  route('DELETE', '/v2/droplets/{droplet_id}', (ctx, store) => {
    store.remove(numericParam(ctx, 'droplet_id'));
    return noContent();
  });
  route('GET', '/v2/droplets/{droplet_id}/actions', (ctx, store) => {
    const droplet = store.get(numericParam(ctx, 'droplet_id'));
    return ok(store.page(ctx, 'actions', ctx.world.actionsOf('droplet', droplet.id)));
  });
  route('POST', '/v2/droplets/{droplet_id}/actions', (ctx, store) => created({ action: store.action(numericParam(ctx, 'droplet_id'), body(ctx)) }));
  route('GET', '/v2/droplets/{droplet_id}/actions/{action_id}', (ctx) => ok({ action: actionIn(ctx, ctx.world.actionsOf('droplet', numericParam(ctx, 'droplet_id'))) }));
  route('GET', '/v2/droplets/{droplet_id}/kernels', (ctx, store) => {
    store.get(numericParam(ctx, 'droplet_id'));
    return ok(store.page(ctx, 'kernels', ctx.world.kernels));
  });
  route('GET', '/v2/droplets/{droplet_id}/snapshots', (ctx, store) => {
    const snapshots = store.imagesOf(numericParam(ctx, 'droplet_id'), 'snapshot').map(({ id, name, created_at, regions, min_disk_size, size_gigabytes, type }) => ({
      id,
      name,
      created_at,
      regions,
      min_disk_size,
      size_gigabytes,
      type,
    }));
    return ok(store.page(ctx, 'snapshots', snapshots));
  });
  route('GET', '/v2/droplets/{droplet_id}/backups', (ctx, store) => ok(store.page(ctx, 'backups', store.imagesOf(numericParam(ctx, 'droplet_id'), 'backup'))));
  route('GET', '/v2/droplets/{droplet_id}/neighbors', (ctx, store) => {
    store.get(numericParam(ctx, 'droplet_id'));
    // Each simulated droplet has a host of its own.
    return ok({ droplets: [] });
  });
});
