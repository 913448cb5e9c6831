import { randomUUID } from 'node:crypto';
import type { RegionJson } from '../catalogue.js';
import { accepted, actionIn, body, created, defineModule, found, noContent, ok, strings, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { conflict, unprocessable, type ActionJson, type World } from '../world.js';
import { droplets } from './droplets.js';

/** A block storage volume as the API answers it. */
export interface VolumeJson {
  id: string;
  droplet_ids: number[];
  name: string;
  description: string;
  size_gigabytes: number;
  created_at: string;
  tags: string[];
  region: RegionJson;
  filesystem_type: string;
  filesystem_label: string;
}

/** A snapshot of a volume as the API answers it. */
export interface VolumeSnapshotJson {
  id: string;
  name: string;
  created_at: string;
  regions: string[];
  min_disk_size: number;
  size_gigabytes: number;
  resource_id: string;
  resource_type: 'volume';
  tags: string[];
}

const MAX_GIGABYTES = 16384;

/** The volumes, by id, with their snapshots and the actions started on them by id. */
export class VolumeStore extends Store<VolumeJson, string> {
  /** The volume snapshots, by id. */
  readonly snapshots: Store<VolumeSnapshotJson, string>;
  /** Action id -> the volume it acted on (volume actions carry no resource id). */
  readonly #actionVolumes = new Map<number, string>();

  constructor(world: World) {
    super(world);
    this.snapshots = new Store(world);
    world.on('dropletDeleted', (id) => {
      for (const volume of this.items.values()) if (volume.droplet_ids.includes(id)) this.#detach(volume, id);
    });
    world.on('tagDeleted', (name) => {
      for (const item of [...this.items.values(), ...this.snapshots.items.values()]) item.tags = item.tags.filter((t) => t !== name);
    });
  }

  /** The volumes `GET /v2/volumes` lists: by `name` and `region`. */
  listing(query: URLSearchParams): VolumeJson[] {
    const name = query.get('name');
    const region = query.get('region');
    return this.list().filter((v) => (name === null || v.name === name) && (region === null || v.region.slug === region));
  }

  /** The volume with this name in this region; a 404 when there is none. */
  byName(name: unknown, region: unknown): VolumeJson {
    return found(this.list().find((v) => v.name === name && v.region.slug === region));
  }

  /** Makes a volume, empty or from a snapshot (whose region it takes unless given one). */
  create(attrs: Record<string, unknown>): VolumeJson {
    const name = attrs.name;
    if (typeof name !== 'string' || !/^[a-z][a-z0-9-]{0,63}$/.test(name)) throw unprocessable('Name is invalid.');
    const size = attrs.size_gigabytes;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > MAX_GIGABYTES) throw unprocessable('Size is invalid.');
    let regionSlug = attrs.region;
    if (attrs.snapshot_id !== undefined) {
      const snapshot = typeof attrs.snapshot_id === 'string' ? this.snapshots.items.get(attrs.snapshot_id) : undefined;
      if (!snapshot) throw unprocessable('Snapshot not found.');
      if (size < snapshot.min_disk_size) throw unprocessable('Size is smaller than the snapshot.');
      regionSlug ??= snapshot.regions[0];
    }
    const region = this.world.region(regionSlug);
    if (!region) throw unprocessable('You specified an invalid region.');
    if (this.list().some((v) => v.name === name && v.region.slug === region.slug)) {
      throw conflict('A volume with that name already exists in that region.');
    }
    const tags = strings(attrs.tags);
    this.world.emit('tagsUsed', tags);
    const id = randomUUID();
    const volume = this.put(id, {
      id,
      droplet_ids: [],
      name,
      description: typeof attrs.description === 'string' ? attrs.description : '',
      size_gigabytes: size,
      created_at: this.now(),
      tags,
      region: structuredClone(region),
      filesystem_type: typeof attrs.filesystem_type === 'string' ? attrs.filesystem_type : '',
      filesystem_label: typeof attrs.filesystem_label === 'string' ? attrs.filesystem_label : '',
    });
    this.world.emit('resourceCreated', `do:volume:${volume.id}`);
    return volume;
  }

  /** Deletes a volume that no droplet has attached. */
  remove(volume: VolumeJson): void {
    if (volume.droplet_ids.length) throw conflict('The volume is attached to a droplet; detach it first.');
    this.items.delete(volume.id);
    this.world.emit('resourceDeleted', `do:volume:${volume.id}`);
  }

  /** Starts a volume action: `attach`, `detach` or `resize`. */
  action(volume: VolumeJson, attrs: Record<string, unknown>): ActionJson {
    const { region } = volume;
    if (attrs.region !== undefined && attrs.region !== region.slug) throw unprocessable('The region does not match the volume.');
    const dropletId = typeof attrs.droplet_id === 'number' ? attrs.droplet_id : undefined;
    switch (attrs.type) {
      case 'attach': {
        const store = this.world.state(droplets);
        const droplet = dropletId === undefined ? undefined : store.items.get(dropletId);
        if (!droplet) throw unprocessable('Droplet not found.');
        if (droplet.region.slug !== region.slug) throw unprocessable('The droplet and volume must be in the same region.');
        if (volume.droplet_ids.length) throw unprocessable('The volume is already attached.');
        return this.world.startAction('attach_volume', null, 'volume', region, () => {
          if (!this.has(volume.id) || !store.has(droplet.id)) return;
          volume.droplet_ids = [droplet.id];
          store.attachVolume(droplet.id, volume.id);
        });
      }
      case 'detach': {
        if (dropletId === undefined || !volume.droplet_ids.includes(dropletId)) throw unprocessable('The volume is not attached to that droplet.');
        return this.world.startAction('detach_volume', null, 'volume', region, () => this.#detach(volume, dropletId));
      }
      case 'resize': {
        const size = attrs.size_gigabytes;
        if (typeof size !== 'number' || !Number.isInteger(size) || size > MAX_GIGABYTES) throw unprocessable('Size is invalid.');
        if (size <= volume.size_gigabytes) throw unprocessable('A volume can only grow.');
        return this.world.startAction('resize_volume', null, 'volume', region, () => void (volume.size_gigabytes = size));
      }
      default:
        throw unprocessable(`${JSON.stringify(attrs.type)} is not a valid volume action type.`);
    }
  }

  /** Starts an action on a volume named by its id, which its action listing then shows. */
  actionById(volume: VolumeJson, attrs: Record<string, unknown>): ActionJson {
    const action = this.action(volume, attrs);
    this.#actionVolumes.set(action.id, volume.id);
    return action;
  }

  /** The actions started on a volume by its id, newest first. */
  actionsOf(volume: VolumeJson): ActionJson[] {
    return [...this.#actionVolumes]
      .filter(([, volumeId]) => volumeId === volume.id)
      .map(([actionId]) => this.world.actions.get(actionId))
      .filter((action): action is ActionJson => action !== undefined)
      .reverse();
  }

  /** Takes a snapshot of a volume, available at once. */
  snapshot(volume: VolumeJson, attrs: Record<string, unknown>): VolumeSnapshotJson {
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('Name is required.');
    const tags = strings(attrs.tags);
    this.world.emit('tagsUsed', tags);
    const id = randomUUID();
    return this.snapshots.put(id, {
      id,
      name: attrs.name,
      created_at: this.now(),
      regions: [volume.region.slug],
      min_disk_size: volume.size_gigabytes,
      size_gigabytes: Math.round(volume.size_gigabytes * 4) / 100,
      resource_id: volume.id,
      resource_type: 'volume',
      tags,
    });
  }

  #detach(volume: VolumeJson, dropletId: number): void {
    volume.droplet_ids = volume.droplet_ids.filter((id) => id !== dropletId);
    this.world.state(droplets).detachVolume(dropletId, volume.id);
  }
}

const volume = (ctx: RouteContext, store: VolumeStore) => store.get(ctx.params.volume_id);

/** Volumes, volume actions and volume snapshots: `/v2/volumes`. */
export const volumes = defineModule('volumes', (world) => new VolumeStore(world), (route) => {
  route('GET', '/v2/volumes', (ctx, store) => ok(store.page(ctx, 'volumes', store.listing(ctx.query))));
  route('POST', '/v2/volumes', (ctx, store) => created({ volume: store.create(body(ctx)) }));
  route('DELETE', '/v2/volumes', (ctx, store) => {
    store.remove(store.byName(ctx.query.get('name'), ctx.query.get('region')));
    return noContent();
  });
  route('POST', '/v2/volumes/actions', (ctx, store) => {
    const attrs = body(ctx);
    return accepted({ action: store.action(store.byName(attrs.volume_name, attrs.region), attrs) });
  });
  route('GET', '/v2/volumes/snapshots/{snapshot_id}', (ctx, store) => ok({ snapshot: store.snapshots.get(ctx.params.snapshot_id) }));
  route('DELETE', '/v2/volumes/snapshots/{snapshot_id}', (ctx, store) => {
    store.snapshots.delete(ctx.params.snapshot_id);
    return noContent();
  });
  route('GET', '/v2/volumes/{volume_id}', (ctx, store) => ok({ volume: volume(ctx, store) }));
  route('DELETE', '/v2/volumes/{volume_id}', (ctx, store) => {
    store.remove(volume(ctx, store));
    return noContent();
  });
  route('GET', '/v2/volumes/{volume_id}/actions', (ctx, store) => ok(store.page(ctx, 'actions', store.actionsOf(volume(ctx, store)))));
  route('POST', '/v2/volumes/{volume_id}/actions', (ctx, store) => accepted({ action: store.actionById(volume(ctx, store), body(ctx)) }));
  route('GET', '/v2/volumes/{volume_id}/actions/{action_id}', (ctx, store) => ok({ action: actionIn(ctx, store.actionsOf(volume(ctx, store))) }));
  route('GET', '/v2/volumes/{volume_id}/snapshots', (ctx, store) => {
    const { id } = volume(ctx, store);
    return ok(store.page(ctx, 'snapshots', store.snapshots.list().filter((s) => s.resource_id === id)));
  });
  route('POST', '/v2/volumes/{volume_id}/snapshots', (ctx, store) => created({ snapshot: store.snapshot(volume(ctx, store), body(ctx)) }));
});
