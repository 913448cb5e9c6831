import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { oneOf } from '../shape.js';
import { checkText } from '../validate.js';
import { SPACES_KEY_CREATE, SpacesKey, type SpacesKeyCreateAttributes, type SpacesKeyUpdateAttributes } from '../../models/spaces-key.js';
import { SPACES_KEY_PERMISSIONS, type SpacesKeyPermission } from '../../models/spaces-key-grant.js';
import { Collection } from './collection.js';

/** Options of `client.spacesKeys.list()`. */
export interface SpacesKeyListOptions extends ListOptions {
  /** The field to sort by, e.g. `created_at` (the default) or `name`. */
  sort?: string;
  /** `asc` or `desc` (the default). */
  sortDirection?: 'asc' | 'desc';
  /** Only keys with this name. */
  name?: string;
  /** Only keys with a grant on this bucket. */
  bucket?: string;
  /** Only keys with a grant of this permission. */
  permission?: SpacesKeyPermission;
}

/**
 * `client.spacesKeys`: access keys for Spaces object storage, by access key id.
 * @example `const key = await client.spacesKeys.create({ name: 'backup', grants: [{ bucket: 'backups', permission: 'read' }] });`
 */
export class SpacesKeysCollection extends Collection {
  /** Every key, optionally filtered and sorted (`GET /v2/spaces/keys`). */
  list(options: SpacesKeyListOptions = {}): Paginator<SpacesKey> {
    const { sort, sortDirection, name, bucket, permission, ...rest } = options;
    const query = {
      sort: sort === undefined ? undefined : checkText('sort', sort),
      sort_direction: sortDirection === undefined ? undefined : oneOf(['asc', 'desc'] as const)('sortDirection', sortDirection),
      name: name === undefined ? undefined : checkText('name', name),
      bucket: bucket === undefined ? undefined : checkText('bucket', bucket),
      permission: permission === undefined ? undefined : oneOf(SPACES_KEY_PERMISSIONS)('permission', permission),
    };
    return this.page(SpacesKey, 'spaces/keys', 'keys', query, rest);
  }

  /** One key by its access key id (`GET /v2/spaces/keys/{access_key}`); it has no secret. @throws NotFoundError */
  async get(accessKey: string, options?: RequestOptions): Promise<SpacesKey> {
    return this.#ref(accessKey).reload(options);
  }

  /**
   * Creates a key (`POST /v2/spaces/keys`). The answer is the only one that holds its secret
   * (`secretKey`).
   * @throws ValidationError for a grant without a bucket or with an unknown permission.
   */
  async create(attrs: SpacesKeyCreateAttributes, options?: RequestOptions): Promise<SpacesKey> {
    return this.write('POST', SpacesKey, 'spaces/keys', 'key', SPACES_KEY_CREATE.wire('attrs', attrs), options);
  }

  /** Changes a key's name or grants (`PATCH /v2/spaces/keys/{access_key}`). */
  async update(accessKey: string, attrs: SpacesKeyUpdateAttributes, options?: RequestOptions): Promise<SpacesKey> {
    return this.#ref(accessKey).update(attrs, options);
  }

  /** Replaces a key's name and grants (`PUT /v2/spaces/keys/{access_key}`). */
  async replace(accessKey: string, attrs: SpacesKeyCreateAttributes, options?: RequestOptions): Promise<SpacesKey> {
    return this.#ref(accessKey).replace(attrs, options);
  }

  /** Deletes a key (`DELETE /v2/spaces/keys/{access_key}`). */
  async delete(accessKey: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`spaces/keys/${checkText('accessKey', accessKey)}`, options);
  }

  #ref(accessKey: string): SpacesKey {
    return this.ref(SpacesKey, { access_key: checkText('accessKey', accessKey) });
  }
}
