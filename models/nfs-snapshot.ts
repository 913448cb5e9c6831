import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { Resource } from './resource.js';

/** Where an NFS snapshot stands. */
export type NfsSnapshotStatus = 'UNKNOWN' | 'CREATING' | 'ACTIVE' | 'FAILED' | 'DELETED';

/** A point-in-time snapshot of an NFS share (taken with `share.snapshot(name)`). */
export class NfsSnapshot extends Resource {
  /** Its id. */
  @Field() id!: string;
  /** Its name. */
  @Field() name!: string;
  /** Its size in GiB. */
  @Field() sizeGib!: number;
  /** Its region slug. */
  @Field() region!: string;
  /** Where it stands. */
  @Field() status!: NfsSnapshotStatus;
  /** When it was taken. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** The share it was taken of. */
  @Field() shareId!: string;

  protected get resourcePath(): string {
    return path`nfs/snapshots/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'snapshot';
  }

  /** Polls until the snapshot is `ACTIVE`. @throws ResourceFailedError when it fails, WaitTimeoutError, AbortError */
  async waitUntilActive(options?: WaitOptions<this>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'ACTIVE', failed: ['FAILED', 'DELETED'] }, options);
  }
}
