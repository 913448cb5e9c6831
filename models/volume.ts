import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { checkArray, checkDropletRef, checkInt, checkTag, checkText, type DropletRef } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import { Action } from './action.js';
import { Region } from './region.js';
import { Resource } from './resource.js';
import { Snapshot } from './snapshot.js';

/** The largest volume, in GiB. */
export const MAX_VOLUME_GIGABYTES = 16_384;


/**
 * A block storage volume.
 * @example
 * ```ts
 * const volume = await client.volumes.create({ name: 'data', sizeGigabytes: 100, region: 'nyc3' });
 * await volume.attach(droplet).then((a) => a.wait());
 * await volume.resize(200).then((a) => a.wait());
 * ```
 */
export class Volume extends Resource {
  protected static override readonly listing = { path: 'volumes', key: 'volumes' };

  /** The volume's id (a UUID). */
  @Field() id!: string;
  /** Ids of the droplets it is attached to (at most one). */
  @Field() dropletIds!: number[];
  /** The name, unique per region. */
  @Field() name!: string;
  /** Free-form description. */
  @Field() description!: string;
  /** Size in GiB. */
  @Field() sizeGigabytes!: number;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** Its tags. */
  @Field() tags!: string[] | null;
  /** Its region. */
  @Field({ type: () => Region }) region!: Region;
  /** `ext4` or `xfs` when formatted on creation. */
  @Field() filesystemType!: string;
  /** The filesystem label, when formatted on creation. */
  @Field() filesystemLabel!: string;

  /** The volume's uniform resource name, `do:volume:{id}`. */
  get urn(): string {
    return `do:volume:${this.id}`;
  }

  /** What `tag.tagResources()` calls a volume. */
  get tagResourceType(): 'volume' {
    return 'volume';
  }

  protected get resourcePath(): string {
    return path`volumes/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'volume';
  }

  /** Attaches the volume to a droplet in its region (type `attach`). */
  async attach(droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.act({ type: 'attach', droplet_id: checkDropletRef('droplet', droplet), region: this.region?.slug }, options);
  }

  /** Detaches the volume from a droplet (type `detach`). */
  async detach(droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.act({ type: 'detach', droplet_id: checkDropletRef('droplet', droplet), region: this.region?.slug }, options);
  }

  /** Grows the volume to `sizeGigabytes` GiB (type `resize`); volumes never shrink. */
  async resize(sizeGigabytes: number, options?: RequestOptions): Promise<Action> {
    const size = checkInt('sizeGigabytes', sizeGigabytes, 1, MAX_VOLUME_GIGABYTES);
    return this.act({ type: 'resize', size_gigabytes: size, region: this.region?.slug }, options);
  }

  /** Takes a snapshot of the volume (`POST /v2/volumes/{id}/snapshots`). */
  async snapshot(name: string, options: RequestOptions & { tags?: string[] } = {}): Promise<Snapshot> {
    const json = { name: checkText('name', name), tags: options.tags === undefined ? undefined : checkArray('tags', options.tags, checkTag) };
    return this.connection.one(Snapshot, 'POST', path`volumes/${this.id}/snapshots`, 'snapshot', { json, signal: options.signal });
  }

  /** Snapshots of the volume (`GET /v2/volumes/{id}/snapshots`). */
  snapshots(options?: ListOptions): Paginator<Snapshot> {
    return paginate(this.connection, Snapshot, path`volumes/${this.id}/snapshots`, 'snapshots', {}, options);
  }

  /** Actions taken on the volume (`GET /v2/volumes/{id}/actions`). */
  actions(options?: ListOptions): Paginator<Action> {
    return this.listActions(options);
  }

  /** One action on the volume (`GET /v2/volumes/{id}/actions/{actionId}`). */
  async getAction(actionId: number, options?: RequestOptions): Promise<Action> {
    return this.findAction(actionId, options);
  }

}
