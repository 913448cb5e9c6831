import { Action, type DropletActionType } from '../../models/action.js';
import { path } from '../path.js';
import {
  DROPLET_ACTIONS,
  DROPLET_CREATE,
  DROPLET_CREATE_MANY,
  Droplet,
  type DropletCreateAttributes,
  type DropletCreateManyAttributes,
  type ResizeOptions,
} from '../../models/droplet.js';
import type { Image } from '../../models/image.js';
import type { Kernel } from '../../models/kernel.js';
import type { Size } from '../../models/size.js';
import { named, SnapshotAction } from '../../models/snapshot-action.js';
import { ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkId, checkTag, checkText } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';
import { DropletBackupPolicy } from '../../models/droplet-backup-policy.js';
import type { DropletAssociatedResources } from '../../models/droplet-associated-resources.js';
import type { DropletDestroySelection, DropletDestroyStatus } from '../../models/droplet-destroy-status.js';
import { SupportedBackupPolicy } from '../../models/supported-backup-policy.js';

/** Filters of `client.droplets.list()`. */
export interface DropletListOptions extends ListOptions {
  /** Only droplets with this tag. */
  tagName?: string;
  /** Only droplets with exactly this name. */
  name?: string;
  /** `gpus` for GPU droplets only; by default the API lists non-GPU droplets. */
  type?: 'droplets' | 'gpus';
}

/** The action types the API runs on every droplet of a tag. */
export const TAG_ACTION_TYPES = ['power_cycle', 'power_on', 'power_off', 'shutdown', 'enable_ipv6', 'enable_backups', 'disable_backups', 'snapshot'] as const satisfies readonly DropletActionType[];

/** One of {@link TAG_ACTION_TYPES}. */
export type TagActionType = (typeof TAG_ACTION_TYPES)[number];

/** The id-based forms of the no-argument droplet actions. */
export type DropletActionsById = {
  [K in keyof typeof DROPLET_ACTIONS]: (id: number, options?: RequestOptions) => Promise<Action>;
};

/**
 * `client.droplets`: find, create and delete droplets, and act on them by id without loading them first.
 *
 * @example
 * ```ts
 * const droplet = await client.droplets.create({ name: 'web-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
 * await droplet.waitUntilActive();
 * await client.droplets.shutdown(droplet.id);
 * ```
 */
export class DropletsCollection extends Collection {
  /** Every droplet, optionally by tag or name (`GET /v2/droplets`). */
  list(options: DropletListOptions = {}): Paginator<Droplet> {
    const { tagName, name, type, ...rest } = options;
    if (tagName !== undefined) checkTag('tagName', tagName);
    if (name !== undefined) checkText('name', name);
    return this.page(Droplet, 'droplets', 'droplets', { tag_name: tagName, name, type }, rest);
  }

  /**
   * One droplet (`GET /v2/droplets/{id}`).
   * @throws NotFoundError when there is no such droplet.
   */
  async get(id: number, options?: RequestOptions): Promise<Droplet> {
    return this.load(Droplet, path`droplets/${checkId('id', id)}`, 'droplet', options);
  }

  /**
   * Creates a droplet (`POST /v2/droplets`); it starts with status `new`: `waitUntilActive()` it.
   * Never retried, so a failure can never leave a duplicate behind.
   * @throws ValidationError before any request for a bad name, a missing region, size or image, or an unknown attribute.
   */
  async create(attrs: DropletCreateAttributes, options?: RequestOptions): Promise<Droplet> {
    const json = DROPLET_CREATE.wire('attrs', attrs);
    return this.write('POST', Droplet, 'droplets', 'droplet', json, options);
  }

  /**
   * Creates up to ten droplets with one request (`POST /v2/droplets` with `names`).
   * @throws ValidationError before any request for more than ten names, or as `create()`.
   */
  async createMany(attrs: DropletCreateManyAttributes, options?: RequestOptions): Promise<Droplet[]> {
    const json = DROPLET_CREATE_MANY.wire('attrs', attrs);
    return this.connection.many(Droplet, 'POST', 'droplets', 'droplets', { json, signal: options?.signal });
  }

  /** Deletes a droplet (`DELETE /v2/droplets/{id}`). */
  async delete(id: number, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`droplets/${checkId('id', id)}`, options);
  }

  /** Deletes every droplet with the tag (`DELETE /v2/droplets?tag_name=`). */
  async deleteByTag(tagName: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', 'droplets', { ...options, query: { tag_name: checkTag('tagName', tagName) } });
  }

  /**
   * Starts one action on every droplet with the tag (`POST /v2/droplets/actions?tag_name=`) and
   * resolves to the started Actions, one per droplet: {@link SnapshotAction}s for `snapshot`, whose
   * `image()` is each droplet's new snapshot.
   * @example `await Promise.all((await client.droplets.actByTag('web', 'power_off')).map((a) => a.wait()));`
   */
  async actByTag(tagName: string, type: 'snapshot', options?: RequestOptions & { name?: string }): Promise<SnapshotAction[]>;
  async actByTag(tagName: string, type: TagActionType, options?: RequestOptions & { name?: string }): Promise<Action[]>;
  async actByTag(tagName: string, type: TagActionType, options: RequestOptions & { name?: string } = {}): Promise<Action[]> {
    const tag = checkTag('tagName', tagName);
    if (!(TAG_ACTION_TYPES as readonly string[]).includes(type)) {
      throw new ValidationError('type', `must be one of ${TAG_ACTION_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
    }
    if (options.name !== undefined && type !== 'snapshot') throw new ValidationError('name', 'is only taken by snapshot');
    const json = { type, name: options.name === undefined ? undefined : checkText('name', options.name) };
    const request = { json, query: { tag_name: tag }, signal: options.signal };
    if (type === 'snapshot') return (await this.connection.many(SnapshotAction, 'POST', 'droplets/actions', 'actions', request)).map((action) => named(action, json.name));
    return this.connection.many(Action, 'POST', 'droplets/actions', 'actions', request);
  }

  /** `droplet.resize()` by id. */
  async resize(id: number, size: string | Size, options?: ResizeOptions): Promise<Action> {
    return this.#ref(id).resize(size, options);
  }

  /** `droplet.rebuild()` by id. */
  async rebuild(id: number, image: string | number | Image, options?: RequestOptions): Promise<Action> {
    return this.#ref(id).rebuild(image, options);
  }

  /** `droplet.restore()` by id. */
  async restore(id: number, image: number | Image, options?: RequestOptions): Promise<Action> {
    return this.#ref(id).restore(image, options);
  }

  /** `droplet.rename()` by id. */
  async rename(id: number, name: string, options?: RequestOptions): Promise<Action> {
    return this.#ref(id).rename(name, options);
  }

  /** `droplet.changeKernel()` by id. */
  async changeKernel(id: number, kernel: number | Kernel, options?: RequestOptions): Promise<Action> {
    return this.#ref(id).changeKernel(kernel, options);
  }

  /** `droplet.snapshot()` by id: the {@link SnapshotAction}'s `image()` is the new snapshot once it has completed. */
  async snapshot(id: number, name?: string, options?: RequestOptions): Promise<SnapshotAction> {
    return this.#ref(id).snapshot(name, options);
  }

  /** One action of a droplet (`GET /v2/droplets/{dropletId}/actions/{actionId}`). */
  async getAction(dropletId: number, actionId: number, options?: RequestOptions): Promise<Action> {
    return this.#ref(dropletId).getAction(actionId, options);
  }

  /** Actions of a droplet (`GET /v2/droplets/{id}/actions`). */
  listActions(id: number, options?: ListOptions): Paginator<Action> {
    return this.#ref(id).actions(options);
  }

  /** Kernels a droplet can boot (`GET /v2/droplets/{id}/kernels`). */
  kernels(id: number, options?: ListOptions): Paginator<Kernel> {
    return this.#ref(id).kernels(options);
  }

  /** Snapshots of a droplet (`GET /v2/droplets/{id}/snapshots`). */
  snapshots(id: number, options?: ListOptions): Paginator<Image> {
    return this.#ref(id).snapshots(options);
  }

  /** Backups of a droplet (`GET /v2/droplets/{id}/backups`). */
  backups(id: number, options?: ListOptions): Paginator<Image> {
    return this.#ref(id).backups(options);
  }

  /** Droplets on the same physical host (`GET /v2/droplets/{id}/neighbors`). */
  async neighbors(id: number, options?: RequestOptions): Promise<Droplet[]> {
    return this.#ref(id).neighbors(options);
  }

  /** A droplet known only by its id, to act on without loading it. */
  #ref(id: number): Droplet {
    return this.ref(Droplet, { id: checkId('id', id) });
  }

  static {
    for (const method of Object.keys(DROPLET_ACTIONS) as Array<keyof typeof DROPLET_ACTIONS>) {
      Object.defineProperty(DropletsCollection.prototype, method, {
        value: async function (this: DropletsCollection, id: number, options?: RequestOptions) {
          return this.#ref(id)[method](options);
        },
        writable: true,
        configurable: true,
      });
    }
  }

  // ---- backup policies, destruction with associated resources, neighbor reports

  /**
   * The backup policy of every droplet (`GET /v2/droplets/backups/policies`, which answers them
   * keyed by droplet id): a lazy listing.
   */
  backupPolicies(options?: ListOptions): Paginator<DropletBackupPolicy> {
    return this.page(DropletBackupPolicy, 'droplets/backups/policies', { keyed: 'policies' }, {}, options);
  }

  /** The backup plans droplets can have (`GET /v2/droplets/backups/supported_policies`). */
  async supportedBackupPolicies(options?: RequestOptions): Promise<SupportedBackupPolicy[]> {
    return this.array(SupportedBackupPolicy, 'droplets/backups/supported_policies', 'supported_policies', options);
  }

  /** `droplet.backupPolicy()` by id (`GET /v2/droplets/{id}/backups/policy`). */
  async backupPolicy(id: number, options?: RequestOptions): Promise<DropletBackupPolicy> {
    return this.#ref(id).backupPolicy(options);
  }

  /** `droplet.associatedResources()` by id (`GET /v2/droplets/{id}/destroy_with_associated_resources`). */
  async associatedResources(id: number, options?: RequestOptions): Promise<DropletAssociatedResources> {
    return this.#ref(id).associatedResources(options);
  }

  /** `droplet.destroyWithAssociatedResources()` by id (`DELETE /v2/droplets/{id}/destroy_with_associated_resources/selective`). */
  async destroyWithAssociatedResources(id: number, selection: DropletDestroySelection, options?: RequestOptions): Promise<DropletDestroyStatus> {
    return this.#ref(id).destroyWithAssociatedResources(selection, options);
  }

  /** `droplet.destroyWithAllAssociatedResources()` by id (`DELETE /v2/droplets/{id}/destroy_with_associated_resources/dangerous`). */
  async destroyWithAllAssociatedResources(id: number, options?: RequestOptions): Promise<DropletDestroyStatus> {
    return this.#ref(id).destroyWithAllAssociatedResources(options);
  }

  /** `droplet.destroyStatus()` by id (`GET /v2/droplets/{id}/destroy_with_associated_resources/status`). */
  async destroyStatus(id: number, options?: RequestOptions): Promise<DropletDestroyStatus> {
    return this.#ref(id).destroyStatus(options);
  }

  /** `droplet.retryDestroy()` by id (`POST /v2/droplets/{id}/destroy_with_associated_resources/retry`). */
  async retryDestroy(id: number, options?: RequestOptions): Promise<DropletDestroyStatus> {
    return this.#ref(id).retryDestroy(options);
  }

  /** The groups of the account's droplets that share a physical host, by id (`GET /v2/reports/droplet_neighbors_ids`). */
  async neighborIds(options?: RequestOptions): Promise<number[][]> {
    const body = await this.connection.request<{ neighbor_ids?: number[][] }>('GET', 'reports/droplet_neighbors_ids', options);
    return body?.neighbor_ids ?? [];
  }
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DropletsCollection extends DropletActionsById {}
