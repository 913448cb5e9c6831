import { Field } from '../lib/fields.js';
import type { RequestOptions } from '../lib/connection.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { ResourceFailedError } from '../lib/resource-failed-error.js';
import { arrayOf, optional, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkUuidRef } from '../lib/app-options.js';
import { checkId, checkIpv4 } from '../lib/validate.js';
import { DestroyedResource } from './destroyed-resource.js';
import { DestroyedResources } from './destroyed-resources.js';
import type { Image } from './image.js';
import { Model } from './model.js';
import type { ReservedIp } from './reserved-ip.js';
import type { Snapshot } from './snapshot.js';
import type { Volume } from './volume.js';

const uuidOf = checkUuidRef as Check<string | Pick<Volume, 'id'> | Pick<Snapshot, 'id'>>;
const snapshotOf: Check<number | string | Pick<Image, 'id'>> = (field, value) => {
  const id = typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value;
  return String(typeof id === 'number' ? checkId(field, id) : checkId(field, Number(id)));
};
const addressOf: Check<string | Pick<ReservedIp, 'ip'>> = (field, value) => checkIpv4(field, typeof value === 'object' && value !== null ? (value as { ip: unknown }).ip : value);

/** What `droplet.destroyWithAssociatedResources()` takes: the associated resources to destroy with it, by id or as models. */
export const DROPLET_DESTROY_SELECTIVE = shape('a choice of associated resources', {
  /** Volumes to destroy (ids or `Volume`s). */
  volumes: optional(arrayOf(uuidOf)),
  /** Volume snapshots to destroy (ids or `Snapshot`s). */
  volumeSnapshots: optional(arrayOf(uuidOf)),
  /** Droplet snapshots to destroy (image ids or `Image`s). */
  snapshots: optional(arrayOf(snapshotOf)),
  /** Reserved IPs to release (addresses or `ReservedIp`s). */
  reservedIps: optional(arrayOf(addressOf)),
});

/** Attributes of `droplet.destroyWithAssociatedResources()`. */
export type DropletDestroySelection = AttributesOf<typeof DROPLET_DESTROY_SELECTIVE>;

/**
 * Where a droplet's destruction with its associated resources is: the droplet and each resource,
 * destroyed or failed, and once every one has been tried, `completedAt` and the `failures` count.
 * @example `const status = await droplet.destroyWithAssociatedResources({ volumes: [volume] }); await status.wait();`
 */
export class DropletDestroyStatus extends Model {
  /** The droplet. */
  @Field({ type: () => DestroyedResource }) droplet!: DestroyedResource;
  /** The associated resources, by kind. */
  @Field({ type: () => DestroyedResources }) resources?: DestroyedResources;
  /** When every resource had been tried; unset until then. */
  @Field({ type: () => Date }) completedAt?: Date;
  /** How many resources could not be destroyed. */
  @Field() failures?: number;

  #path(sub = 'status'): string {
    return path`droplets/${this.droplet.id}/destroy_with_associated_resources/${sub}`;
  }

  /** Every associated resource of the request, of every kind. */
  get all(): DestroyedResource[] {
    const r = this.resources;
    return [...(r?.reservedIps ?? []), ...(r?.floatingIps ?? []), ...(r?.snapshots ?? []), ...(r?.volumes ?? []), ...(r?.volumeSnapshots ?? [])];
  }

  /** The resources that could not be destroyed, with their `errorMessage`. */
  get failed(): DestroyedResource[] {
    return this.all.filter((resource) => resource.errorMessage);
  }

  /** Reloads the status in place (`GET /v2/droplets/{id}/destroy_with_associated_resources/status`). */
  async reload(options?: RequestOptions): Promise<this> {
    const body = await this.connection.request<object>('GET', this.#path(), options);
    return this.replaceWith(this.connection.hydrate(this.constructor as new () => this, body));
  }

  /**
   * Retries destroying the resources that failed (`POST /v2/droplets/{id}/destroy_with_associated_resources/retry`)
   * and reloads the status in place: wait on it again.
   */
  async retry(options?: RequestOptions): Promise<this> {
    await this.connection.request('POST', this.#path('retry'), { signal: options?.signal });
    return this.reload(options);
  }

  /**
   * Polls the status until every resource has been tried (`completedAt` is set) and resolves to
   * it, reloaded in place.
   * @throws ResourceFailedError when some could not be destroyed (`error.resource.failed` lists them; `retry()` tries them again).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async wait(options?: WaitOptions<DropletDestroyStatus>): Promise<this> {
    const refresh = (statuses: DropletDestroyStatus[]) => Model.refreshEach(statuses, (status) => status.reload());
    const what = `the destruction of droplet ${this.droplet.id} with its resources`;
    const settled = (status: DropletDestroyStatus): boolean => {
      if (!status.completedAt) return false;
      if (status.failures) throw new ResourceFailedError({ resource: status, state: `${status.failures} failed`, wanted: 'completed', what, field: 'failures' });
      return true;
    };
    return this.waitUntil({ kind: 'droplet_destroy_status', settled, what: `${what} to complete`, refresh }, options);
  }
}
