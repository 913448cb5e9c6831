import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { Resource } from './resource.js';

/**
 * A snapshot of a droplet or a volume, as `client.snapshots` and `volume.snapshots()` list them.
 * @example `for await (const s of client.snapshots.list({ resourceType: 'volume' })) console.log(s.name, s.sizeGigabytes);`
 */
export class Snapshot extends Resource {
  /** The snapshot's id: numeric for droplet snapshots, a UUID for volume snapshots. */
  @Field() id!: string;
  /** The display name. */
  @Field() name!: string;
  /** When it was taken. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** Slugs of the regions it is available in. */
  @Field() regions!: string[];
  /** The smallest disk or volume, in GB, it can be restored to. */
  @Field() minDiskSize!: number;
  /** Its billable size in GB. */
  @Field() sizeGigabytes!: number;
  /** The id of the droplet or volume it was taken of. */
  @Field() resourceId!: string;
  /** `droplet` or `volume`. */
  @Field() resourceType!: 'droplet' | 'volume';
  /** Its tags. */
  @Field() tags!: string[] | null;

  /** What `tag.tagResources()` calls this snapshot: a volume snapshot, or the image a droplet snapshot is. */
  get tagResourceType(): 'volume_snapshot' | 'image' {
    return this.resourceType === 'volume' ? 'volume_snapshot' : 'image';
  }

  protected get resourcePath(): string {
    return path`snapshots/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'snapshot';
  }
}
