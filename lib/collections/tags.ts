import { Tag, type Taggable } from '../../models/tag.js';
import { path } from '../path.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkTag } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/**
 * `client.tags`: tags and what carries them.
 * @example `await client.tags.create('web'); await client.tags.tagResources('web', [droplet, volume]);`
 */
export class TagsCollection extends Collection {
  /** Every tag (`GET /v2/tags`). */
  list(options?: ListOptions): Paginator<Tag> {
    return this.page(Tag, 'tags', 'tags', {}, options);
  }

  /** One tag with its counts (`GET /v2/tags/{name}`). */
  async get(name: string, options?: RequestOptions): Promise<Tag> {
    return this.load(Tag, path`tags/${checkTag('name', name)}`, 'tag', options);
  }

  /** Creates a tag (`POST /v2/tags`). */
  async create(name: string, options?: RequestOptions): Promise<Tag> {
    return this.write('POST', Tag, 'tags', 'tag', { name: checkTag('name', name) }, options);
  }

  /** Deletes a tag; the resources keep existing (`DELETE /v2/tags/{name}`). */
  async delete(name: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`tags/${checkTag('name', name)}`, options);
  }

  /** `tag.tagResources()` by name. */
  async tagResources(name: string, resources: Taggable[], options?: RequestOptions): Promise<void> {
    return this.ref(Tag, { name: checkTag('name', name) }).tagResources(resources, options);
  }

  /** `tag.untagResources()` by name. */
  async untagResources(name: string, resources: Taggable[], options?: RequestOptions): Promise<void> {
    return this.ref(Tag, { name: checkTag('name', name) }).untagResources(resources, options);
  }
}
