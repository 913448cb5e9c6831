import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { ListOptions, Paginator } from '../lib/paginator.js';
import { ValidationError } from '../lib/errors.js';
import { checkAttrs, checkKeys, checkSlug, checkText, toWire } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import type { WaitOptions } from '../lib/polling.js';
import { Action } from './action.js';
import { registerResource } from './model.js';
import { Resource } from './resource.js';
import type { Region } from './region.js';

/** Attributes `image.update()` can change. */
export interface ImageUpdate {
  /** New display name. */
  name?: string;
  /** New distribution name, e.g. `Ubuntu`. */
  distribution?: string;
  /** New description. */
  description?: string;
}

/**
 * An image: a distribution or application image, a snapshot, a backup or a custom image.
 *
 * @example
 * ```ts
 * const image = await client.images.get('ubuntu-24-04-x64');
 * const snapshot = await client.images.get(7555620);
 * await snapshot.transfer('sfo3').then((a) => a.wait());
 * ```
 */
export class Image extends Resource {
  /** The image's id. */
  @Field() id!: number;
  /** The display name. */
  @Field() name!: string;
  /** `base`, `snapshot`, `backup`, `custom` or `admin`. */
  @Field() type!: 'base' | 'snapshot' | 'backup' | 'custom' | 'admin';
  /** The distribution, e.g. `Ubuntu`. */
  @Field() distribution!: string;
  /** The public image's slug, e.g. `ubuntu-24-04-x64`; `null` for private images. */
  @Field() slug!: string | null;
  /** Whether every account can use it. */
  @Field() public!: boolean;
  /** Slugs of the regions it is available in. */
  @Field() regions!: string[];
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** The smallest disk, in GB, a droplet needs to use it. */
  @Field() minDiskSize!: number | null;
  /** Its size in GB. */
  @Field() sizeGigabytes!: number | null;
  /** Free-form description. */
  @Field() description?: string;
  /** Tags of the image. */
  @Field() tags?: string[] | null;
  /** For custom images: `NEW`, `available`, `pending`, `deleted` or `retired`. */
  @Field() status?: 'NEW' | 'available' | 'pending' | 'deleted' | 'retired';
  /** For custom images: why an import failed. */
  @Field() errorMessage?: string;

  /** What `tag.tagResources()` calls an image. */
  get tagResourceType(): 'image' {
    return 'image';
  }

  protected get resourcePath(): string {
    return path`images/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'image';
  }

  /**
   * Polls until a custom image's status is `available` (`GET /v2/images/{id}`) and resolves to it,
   * reloaded in place. Custom images start `NEW` while the API imports them.
   * @example `const image = await client.images.createCustom(attrs).then((i) => i.waitUntilAvailable());`
   * @throws ResourceFailedError when it is `deleted` or `retired` (`error.resource` is the image).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilAvailable(options?: WaitOptions<Image>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'available', failed: ['deleted', 'retired'] }, options);
  }

  /**
   * Changes the name, distribution or description (`PUT /v2/images/{id}`) and updates this model in place.
   * @throws ValidationError for an empty name or unknown attributes.
   */
  async update(attrs: ImageUpdate, options?: RequestOptions): Promise<this> {
    return this.save('PUT', checkImageUpdate(attrs), options);
  }

  /** Copies the image to another region (`POST /v2/images/{id}/actions`, type `transfer`). */
  async transfer(region: string | Region, options?: RequestOptions): Promise<Action> {
    const slug = checkSlug('region', typeof region === 'string' ? region : region?.slug);
    return this.act({ type: 'transfer', region: slug }, options);
  }

  /** Converts a snapshot or backup into a snapshot kept after its droplet is gone (type `convert`). */
  async convert(options?: RequestOptions): Promise<Action> {
    return this.act({ type: 'convert' }, options);
  }

  /** Actions taken on this image (`GET /v2/images/{id}/actions`). */
  actions(options?: ListOptions): Paginator<Action> {
    return this.listActions(options);
  }

  /** One action on this image (`GET /v2/images/{id}/actions/{actionId}`). */
  async getAction(actionId: number, options?: RequestOptions): Promise<Action> {
    return this.findAction(actionId, options);
  }

}

const IMAGE_UPDATE_KEYS = ['name', 'distribution', 'description'];

/** @internal Checks `image.update()` attributes and gives the request body. */
export function checkImageUpdate(attrs: ImageUpdate): Record<string, unknown> {
  const given = checkAttrs('attrs', attrs);
  checkKeys('attrs', given, IMAGE_UPDATE_KEYS, 'an image update');
  if (Object.keys(given).length === 0) throw new ValidationError('attrs', 'must change at least one of name, distribution, description');
  if (given.name !== undefined) checkText('attrs.name', given.name);
  if (given.distribution !== undefined) checkText('attrs.distribution', given.distribution);
  if (given.description !== undefined && typeof given.description !== 'string') throw new ValidationError('attrs.description', 'must be a string');
  return toWire(given) as Record<string, unknown>;
}

registerResource('image', (connection, id, options) => connection.one(Image, 'GET', path`images/${id}`, 'image', options));
