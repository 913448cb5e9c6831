import { defineModule, found, noContent, ok } from '../module.js';
import { page } from '../router.js';
import type { World } from '../world.js';
import { images } from './images.js';
import { volumes } from './volumes.js';

/** A droplet or volume snapshot as `/v2/snapshots` answers it. */
export interface SnapshotJson {
  id: string;
  name: string;
  created_at: string;
  regions: string[];
  min_disk_size: number | null;
  size_gigabytes: number | null;
  resource_id: string;
  resource_type: 'droplet' | 'volume';
  tags: string[];
}

/** Every snapshot of the account: droplet snapshots (images) and volume snapshots, read from their modules. */
export class SnapshotIndex {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
  }

  /** Every droplet and volume snapshot, or those of one `resource_type`. */
  list(type: string | null): SnapshotJson[] {
    const ofDroplets = this.#world
      .state(images)
      .list()
      .filter((r) => r.image.type === 'snapshot' && r.dropletId !== undefined)
      .map(({ image, dropletId }): SnapshotJson => ({
        id: String(image.id),
        name: image.name,
        created_at: image.created_at,
        regions: image.regions,
        min_disk_size: image.min_disk_size,
        size_gigabytes: image.size_gigabytes,
        resource_id: String(dropletId),
        resource_type: 'droplet',
        tags: image.tags,
      }));
    const ofVolumes = this.#world.state(volumes).snapshots.list();
    return type === 'droplet' ? ofDroplets : type === 'volume' ? ofVolumes : [...ofDroplets, ...ofVolumes];
  }

  /** The snapshot with this id; a 404 when there is none. */
  get(id: string): SnapshotJson {
    return found(this.list(null).find((s) => s.id === id));
  }

  /** Deletes a volume snapshot, or the image of a droplet snapshot. */
  remove(id: string): void {
    const snapshot = this.get(id);
    if (snapshot.resource_type === 'volume') this.#world.state(volumes).snapshots.delete(id);
    else this.#world.state(images).remove(id);
  }
}

/** Droplet and volume snapshots together: `/v2/snapshots`. */
export const snapshots = defineModule('snapshots', (world) => new SnapshotIndex(world), (route) => {
  route('GET', '/v2/snapshots', (ctx, index) => ok(page(ctx, 'snapshots', index.list(ctx.query.get('resource_type')))));
  route('GET', '/v2/snapshots/{snapshot_id}', (ctx, index) => ok({ snapshot: index.get(ctx.params.snapshot_id) }));
  route('DELETE', '/v2/snapshots/{snapshot_id}', (ctx, index) => {
    index.remove(ctx.params.snapshot_id);
    return noContent();
  });
});
