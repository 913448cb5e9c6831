import { Field } from '../lib/fields.js';
import { familyOf, registryBase } from '../lib/registry-family.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { ResourceFailedError } from '../lib/resource-failed-error.js';
import type { RequestOptions } from '../lib/connection.js';
import { Model } from './model.js';

/** The states of a garbage collection. */
export type GarbageCollectionStatus =
  | 'requested'
  | 'waiting for write JWTs to expire'
  | 'scanning manifests'
  | 'deleting unreferenced blobs'
  | 'cancelling'
  | 'failed'
  | 'succeeded'
  | 'cancelled';

/** The states a garbage collection ends in without succeeding. */
const FAILED: readonly GarbageCollectionStatus[] = ['failed', 'cancelled'];

/**
 * A garbage collection of a container registry: it removes untagged manifests and the blobs no
 * manifest references, and frees their storage. The registry is read-only while it runs.
 * @example `const gc = await registry.garbageCollect(); await gc.wait(); console.log(gc.freedBytes);`
 */
export class GarbageCollection extends Model {
  /** The garbage collection's id. */
  @Field() uuid!: string;
  /** The registry's name. */
  @Field() registryName!: string;
  /** `requested`, `waiting for write JWTs to expire`, `scanning manifests`, `deleting unreferenced blobs`, `cancelling`, `failed`, `succeeded` or `cancelled`. */
  @Field() status!: GarbageCollectionStatus;
  /** When it was requested. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
  /** How many blobs it deleted. */
  @Field() blobsDeleted!: number;
  /** How many bytes it freed. */
  @Field() freedBytes!: number;

  /** Whether it has ended (`succeeded`, `failed` or `cancelled`). */
  get done(): boolean {
    return this.status === 'succeeded' || FAILED.includes(this.status);
  }

  /**
   * Reloads it in place from the registry's garbage collections (`GET .../garbage-collections`, the
   * API has no GET of one by id) and resolves to it.
   */
  async reload(options?: RequestOptions): Promise<this> {
    const base = registryBase(familyOf(this), this.registryName);
    const body = await this.connection.request<{ garbage_collections?: Array<{ uuid: string }> }>('GET', `${base}/garbage-collections`, {
      query: { page: 1, per_page: 200 },
      signal: options?.signal,
    });
    const found = body?.garbage_collections?.find((gc) => gc.uuid === this.uuid);
    const fresh = found ?? (await this.connection.request<{ garbage_collection?: { uuid: string } }>('GET', `${base}/garbage-collection`, options))?.garbage_collection;
    if (fresh) this.replaceWith(this.connection.hydrate(GarbageCollection, fresh) as this);
    return this;
  }

  /**
   * Cancels it (`PUT .../garbage-collection/{uuid}` with `cancel: true`) and updates it in place.
   */
  async cancel(options?: RequestOptions): Promise<this> {
    const where = `${registryBase(familyOf(this), this.registryName)}/${path`garbage-collection/${this.uuid}`}`;
    const fresh = await this.connection.one(GarbageCollection, 'PUT', where, 'garbage_collection', { json: { cancel: true }, signal: options?.signal });
    return this.replaceWith(fresh as this);
  }

  /**
   * Polls until it has `succeeded` and resolves to it, reloaded in place (`blobsDeleted` and
   * `freedBytes` then tell what it freed). Alias: `waitUntilComplete()`.
   * @throws ResourceFailedError when it `failed` or was `cancelled` (`error.resource` is the garbage collection).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async wait(options?: WaitOptions<GarbageCollection>): Promise<this> {
    const settled = (gc: GarbageCollection): boolean => {
      if (FAILED.includes(gc.status)) {
        throw new ResourceFailedError({ resource: gc, state: gc.status, wanted: 'succeeded', what: `garbage collection ${gc.uuid}`, field: 'status' });
      }
      return gc.status === 'succeeded';
    };
    const refresh = (collections: GarbageCollection[]) => Model.refreshEach(collections, (gc) => gc.reload());
    return this.waitUntil({ kind: 'garbage_collection', settled, what: `garbage collection ${this.uuid} to succeed`, refresh }, options);
  }

  /** Same as {@link wait}. */
  async waitUntilComplete(options?: WaitOptions<GarbageCollection>): Promise<this> {
    return this.wait(options);
  }
}

