import { Action } from '../../models/action.js';
import { path } from '../path.js';
import { Image, checkImageUpdate, type ImageUpdate } from '../../models/image.js';
import type { Region } from '../../models/region.js';
import { ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkArray, checkAttrs, checkId, checkImageRef, checkSlug, checkTag, checkText, toWire } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';
import { ImageAccountTransfer, type ImageTransferRecipient } from '../../models/image-account-transfer.js';

/** Filters of `client.images.list()`. */
export interface ImageListOptions extends ListOptions {
  /** `distribution` or `application` images only. */
  type?: 'distribution' | 'application';
  /** `true` for this account's own images (snapshots, backups, custom) only. */
  private?: boolean;
  /** Only images with this tag. */
  tagName?: string;
}

/** Attributes of `client.images.createCustom()`. */
export interface CustomImageAttributes {
  /** Display name. */
  name: string;
  /** Where the API downloads the image from (raw, qcow2, vhdx, vdi or vmdk, optionally gzip/bzip2). */
  url: string;
  /** The region slug to import into. */
  region: string;
  /** The distribution name, e.g. `Ubuntu`. */
  distribution?: string;
  /** Free-form description. */
  description?: string;
  /** Tags to apply. */
  tags?: string[];
}

/**
 * `client.images`: distribution, application and private images, by id or slug.
 *
 * @example
 * ```ts
 * const ubuntu = await client.images.get('ubuntu-24-04-x64');
 * const snapshots = await client.images.list({ private: true });
 * ```
 */
export class ImagesCollection extends Collection {
  /** Every image, optionally filtered (`GET /v2/images`). */
  list(options: ImageListOptions = {}): Paginator<Image> {
    const { type, private: own, tagName, ...rest } = options;
    if (type !== undefined && type !== 'distribution' && type !== 'application') {
      throw new ValidationError('type', `must be "distribution" or "application", got ${JSON.stringify(type)}`);
    }
    if (own !== undefined && typeof own !== 'boolean') throw new ValidationError('private', 'must be a boolean');
    if (tagName !== undefined) checkTag('tagName', tagName);
    return this.page(Image, 'images', 'images', { type, private: own, tag_name: tagName }, rest);
  }

  /**
   * One image by id or by public slug (`GET /v2/images/{id|slug}`).
   * @throws NotFoundError when there is no such image.
   */
  async get(idOrSlug: number | string, options?: RequestOptions): Promise<Image> {
    return this.load(Image, path`images/${checkImageRef('idOrSlug', idOrSlug)}`, 'image', options);
  }

  /** Imports a custom image from a URL (`POST /v2/images`); it starts with status `NEW`. */
  async createCustom(attrs: CustomImageAttributes, options?: RequestOptions): Promise<Image> {
    const given = checkAttrs('attrs', attrs);
    checkText('attrs.name', given.name);
    if (typeof given.url !== 'string' || !/^https?:\/\//.test(given.url)) throw new ValidationError('attrs.url', 'must be an http(s) URL');
    checkSlug('attrs.region', given.region);
    if (given.tags !== undefined) checkArray('attrs.tags', given.tags, checkTag);
    const json = toWire({ name: given.name, url: given.url, region: given.region, distribution: given.distribution, description: given.description, tags: given.tags });
    return this.write('POST', Image, 'images', 'image', json, options);
  }

  /** `image.update()` by id. */
  async update(id: number, attrs: ImageUpdate, options?: RequestOptions): Promise<Image> {
    const json = checkImageUpdate(attrs);
    return this.write('PUT', Image, path`images/${checkId('id', id)}`, 'image', json, options);
  }

  /** Deletes an image (`DELETE /v2/images/{id}`). */
  async delete(id: number, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`images/${checkId('id', id)}`, options);
  }

  /** `image.transfer()` by id. */
  async transfer(id: number, region: string | Region, options?: RequestOptions): Promise<Action> {
    return this.#ref(id).transfer(region, options);
  }

  /** `image.convert()` by id. */
  async convert(id: number, options?: RequestOptions): Promise<Action> {
    return this.#ref(id).convert(options);
  }

  /** One action of an image (`GET /v2/images/{imageId}/actions/{actionId}`). */
  async getAction(imageId: number, actionId: number, options?: RequestOptions): Promise<Action> {
    return this.#ref(imageId).getAction(actionId, options);
  }

  /** Actions of an image (`GET /v2/images/{id}/actions`). */
  listActions(id: number, options?: ListOptions): Paginator<Action> {
    return this.#ref(id).actions(options);
  }

  #ref(id: number): Image {
    return this.ref(Image, { id: checkId('id', id) });
  }

  // ---- transfers to other accounts

  /** `image.transferToAccount()` by id (`POST /v2/images/{id}/account_transfer`). */
  async transferToAccount(id: number, recipient: ImageTransferRecipient, options?: RequestOptions): Promise<ImageAccountTransfer> {
    return this.#ref(id).transferToAccount(recipient, options);
  }

  /** `transfer.accept()` by ids (`POST /v2/images/{id}/account_transfer/accept`): takes the image into the team `recipientUuid`. */
  async acceptTransfer(id: number, transferId: number, recipientUuid: string, options?: RequestOptions): Promise<void> {
    await this.#transfer(id, transferId).accept(recipientUuid, options);
  }

  /** `transfer.decline()` by ids (`POST /v2/images/{id}/account_transfer/decline`). */
  async declineTransfer(id: number, transferId: number, options?: RequestOptions): Promise<void> {
    await this.#transfer(id, transferId).decline(options);
  }

  /** `transfer.cancel()` by ids (`POST /v2/images/{id}/account_transfer/cancel`). */
  async cancelTransfer(id: number, transferId: number, options?: RequestOptions): Promise<void> {
    await this.#transfer(id, transferId).cancel(options);
  }

  #transfer(id: number, transferId: number): ImageAccountTransfer {
    return Object.assign(this.ref(ImageAccountTransfer, { transfer_id: checkId('transferId', transferId) }), { imageId: checkId('id', id) });
  }
}
