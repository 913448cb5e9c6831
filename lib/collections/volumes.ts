import { Action } from '../../models/action.js';
import { path } from '../path.js';
import { Snapshot } from '../../models/snapshot.js';
import { MAX_VOLUME_GIGABYTES, Volume } from '../../models/volume.js';
import { checkDropletRef, type DropletRef } from '../validate.js';
import { ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkArray, checkAttrs, checkInt, checkKeys, checkSlug, checkTag, checkText, checkUuid, toWire } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/** Where a new volume comes from: a region (empty, or from a snapshot), or a snapshot (in the snapshot's region). */
export type VolumeSource =
  | {
      /** Region slug; may be left out with `snapshotId`. */
      region: string;
      /** Create the volume from this volume snapshot. */
      snapshotId?: string;
    }
  | {
      /** Region slug; the snapshot's region when left out. */
      region?: string;
      /** Create the volume from this volume snapshot, in its region unless `region` says otherwise. */
      snapshotId: string;
    };

/** Attributes of `client.volumes.create()`: `region`, `snapshotId` or both, and the rest. */
export type VolumeCreateAttributes = VolumeSettings & VolumeSource;

/** Attributes of a new volume beside where it comes from. */
export interface VolumeSettings {
  /** Lowercase letters, digits and `-`, starting with a letter; unique per region. */
  name: string;
  /** Size in GiB, 1 to 16,384. */
  sizeGigabytes: number;
  /** Free-form description. */
  description?: string;
  /** Format it: `ext4` or `xfs`. */
  filesystemType?: 'ext4' | 'xfs';
  /** The filesystem label. */
  filesystemLabel?: string;
  /** Tags to apply. */
  tags?: string[];
}

const VOLUME_NAME = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * `client.volumes`: block storage volumes, their actions (by id or by name) and snapshots.
 * @example `const volume = await client.volumes.create({ name: 'data', sizeGigabytes: 100, region: 'nyc3' });`
 */
export class VolumesCollection extends Collection {
  /** Every volume, optionally by name and region (`GET /v2/volumes`). */
  list(options: ListOptions & { name?: string; region?: string } = {}): Paginator<Volume> {
    const { name, region, ...rest } = options;
    if (name !== undefined) checkText('name', name, 64);
    if (region !== undefined) checkSlug('region', region);
    return this.page(Volume, 'volumes', 'volumes', { name, region }, rest);
  }

  /** One volume (`GET /v2/volumes/{id}`). */
  async get(id: string, options?: RequestOptions): Promise<Volume> {
    return this.load(Volume, path`volumes/${checkUuid('id', id)}`, 'volume', options);
  }

  /**
   * Creates a volume (`POST /v2/volumes`). Never retried.
   * @throws ValidationError for a bad name, a size outside 1..16,384 GiB, or no region nor snapshot.
   */
  async create(attrs: VolumeCreateAttributes, options?: RequestOptions): Promise<Volume> {
    const given = checkAttrs('attrs', attrs);
    checkKeys('attrs', given, ['name', 'sizeGigabytes', 'region', 'description', 'snapshotId', 'filesystemType', 'filesystemLabel', 'tags'], 'a volume');
    if (typeof given.name !== 'string' || !VOLUME_NAME.test(given.name)) {
      throw new ValidationError('attrs.name', `must be lowercase letters, digits and "-", starting with a letter, at most 64, got ${JSON.stringify(given.name)}`);
    }
    checkInt('attrs.sizeGigabytes', given.sizeGigabytes, 1, MAX_VOLUME_GIGABYTES);
    if (given.region === undefined && given.snapshotId === undefined) throw new ValidationError('attrs.region', 'is required unless snapshotId is given');
    if (given.region !== undefined) checkSlug('attrs.region', given.region);
    if (given.snapshotId !== undefined) checkUuid('attrs.snapshotId', given.snapshotId);
    if (given.filesystemType !== undefined && !['ext4', 'xfs'].includes(given.filesystemType as string)) throw new ValidationError('attrs.filesystemType', 'must be "ext4" or "xfs"');
    if (given.tags !== undefined) checkArray('attrs.tags', given.tags, checkTag);
    return this.write('POST', Volume, 'volumes', 'volume', toWire(given), options);
  }

  /** Deletes a volume (`DELETE /v2/volumes/{id}`); it must be detached. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`volumes/${checkUuid('id', id)}`, options);
  }

  /** Deletes a volume by name and region (`DELETE /v2/volumes?name=&region=`). */
  async deleteByName(name: string, region: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', 'volumes', { ...options, query: { name: checkText('name', name, 64), region: checkSlug('region', region) } });
  }

  /** `volume.attach()` by id. */
  async attach(id: string, droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.#ref(id).attach(droplet, options);
  }

  /** `volume.detach()` by id. */
  async detach(id: string, droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.#ref(id).detach(droplet, options);
  }

  /** `volume.resize()` by id. */
  async resize(id: string, sizeGigabytes: number, region?: string, options?: RequestOptions): Promise<Action> {
    return this.#ref(id, region).resize(sizeGigabytes, options);
  }

  /** Attaches a volume known by name (`POST /v2/volumes/actions`, type `attach`). */
  async attachByName(name: string, region: string, droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.#byName('attach', name, region, droplet, options);
  }

  /** Detaches a volume known by name (`POST /v2/volumes/actions`, type `detach`). */
  async detachByName(name: string, region: string, droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.#byName('detach', name, region, droplet, options);
  }

  /** Actions of a volume (`GET /v2/volumes/{id}/actions`). */
  listActions(id: string, options?: ListOptions): Paginator<Action> {
    return this.#ref(id).actions(options);
  }

  /** One action of a volume (`GET /v2/volumes/{id}/actions/{actionId}`). */
  async getAction(id: string, actionId: number, options?: RequestOptions): Promise<Action> {
    return this.#ref(id).getAction(actionId, options);
  }

  /** `volume.snapshot()` by id. */
  async snapshot(id: string, name: string, options?: RequestOptions & { tags?: string[] }): Promise<Snapshot> {
    return this.#ref(id).snapshot(name, options);
  }

  /** `volume.snapshots()` by id. */
  snapshots(id: string, options?: ListOptions): Paginator<Snapshot> {
    return this.#ref(id).snapshots(options);
  }

  /** One volume snapshot (`GET /v2/volumes/snapshots/{id}`). */
  async getSnapshot(snapshotId: string, options?: RequestOptions): Promise<Snapshot> {
    return this.load(Snapshot, path`volumes/snapshots/${checkUuid('snapshotId', snapshotId)}`, 'snapshot', options);
  }

  /** Deletes a volume snapshot (`DELETE /v2/volumes/snapshots/{id}`). */
  async deleteSnapshot(snapshotId: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`volumes/snapshots/${checkUuid('snapshotId', snapshotId)}`, options);
  }

  async #byName(type: 'attach' | 'detach', name: string, region: string, droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    const json = { type, volume_name: checkText('name', name, 64), region: checkSlug('region', region), droplet_id: checkDropletRef('droplet', droplet) };
    return this.write('POST', Action, 'volumes/actions', 'action', json, options);
  }

  #ref(id: string, region?: string): Volume {
    return this.ref(Volume, { id: checkUuid('id', id), ...(region === undefined ? {} : { region: { slug: checkSlug('region', region) } }) });
  }
}
