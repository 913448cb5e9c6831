import { ValidationError } from '../lib/errors.js';
import { path } from '../lib/path.js';
import { Field } from '../lib/fields.js';
import { checkArray, checkKeys, checkText } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import { Resource } from './resource.js';

/** Something a tag can be put on: a droplet, image, volume or volume snapshot, as a model or as ids. */
export type Taggable =
  | {
      /** The model's kind, as the tags endpoints name it. */
      readonly tagResourceType: 'droplet' | 'image' | 'volume' | 'volume_snapshot';
      /** The model's id. */
      readonly id: number | string;
    }
  | {
      /** The resource's id. */
      resourceId: string | number;
      /** The resource's kind. */
      resourceType: 'droplet' | 'image' | 'volume' | 'volume_snapshot';
    };

const TYPES = ['droplet', 'image', 'volume', 'volume_snapshot'];

/** The wire form of one taggable resource. @internal */
export function taggable(field: string, value: unknown): { resource_id: string; resource_type: string } {
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    const type = 'tagResourceType' in v ? v.tagResourceType : v.resourceType;
    const id = 'tagResourceType' in v ? v.id : v.resourceId;
    if (!('tagResourceType' in v)) checkKeys(field, v, ['resourceId', 'resourceType'], 'a tag resource');
    if (typeof type === 'string' && TYPES.includes(type) && (typeof id === 'number' || typeof id === 'string')) {
      return { resource_id: checkText(`${field}.resourceId`, String(id), 64), resource_type: type };
    }
  }
  throw new ValidationError(field, `must be a Droplet, Image, Volume or Snapshot, or { resourceId, resourceType } with a type of ${TYPES.join(', ')}`);
}

/**
 * A tag, and what carries it.
 * @example `const tag = await client.tags.create('web'); await tag.tagResources([droplet, volume]);`
 */
export class Tag extends Resource {
  /** The tag's name. */
  @Field() name!: string;
  /** Counts of what carries the tag, by kind: `{ count, last_tagged_uri, droplets: { count, ... }, ... }`. */
  @Field({ json: true }) resources!: Record<string, unknown>;

  protected get resourcePath(): string {
    return path`tags/${this.name}`;
  }

  protected get resourceKey(): string {
    return 'tag';
  }

  /** Puts the tag on resources (`POST /v2/tags/{name}/resources`). */
  async tagResources(resources: Taggable[], options?: RequestOptions): Promise<void> {
    await this.callAt('POST', 'resources', { ...options, json: { resources: checkArray('resources', resources, taggable, 1) } });
  }

  /** Takes the tag off resources (`DELETE /v2/tags/{name}/resources`). */
  async untagResources(resources: Taggable[], options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', 'resources', { ...options, json: { resources: checkArray('resources', resources, taggable, 1) } });
  }
}
