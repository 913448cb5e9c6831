import type { RequestOptions } from '../lib/connection.js';
import { NotFoundError, ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkText } from '../lib/validate.js';
import { Resource } from './resource.js';

/** A duration such as `7d`, `12h` or `30m`. */
function checkDuration(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[1-9]\d*[mhd]$/.test(value)) throw new ValidationError(field, `must be a duration such as "7d", "12h" or "30m", got ${JSON.stringify(value)}`);
  return value;
}

/** What `namespace.createAccessKey()` takes. */
export const ACCESS_KEY_CREATE = shape('an access key', {
  /** The key's name. */
  name: required(checkText),
  /** How long it lasts, e.g. `7d`; it never expires when left out. */
  expiresIn: optional(checkDuration),
});

/** What `key.update()` takes: a new name. */
export const ACCESS_KEY_UPDATE = shape('an access key update', {
  /** The new name. */
  name: required(checkText),
});

/** Attributes of `namespace.createAccessKey()`. */
export type AccessKeyCreateAttributes = AttributesOf<typeof ACCESS_KEY_CREATE>;
/** Attributes of `key.update()`. */
export type AccessKeyUpdateAttributes = AttributesOf<typeof ACCESS_KEY_UPDATE>;

/** A key that authorises calls to a namespace's functions. Its `secret` is answered once, at creation. */
export class FunctionsAccessKey extends Resource {
  /** The key's id, e.g. `dof_v1_...`. */
  @Field() id!: string;
  /** Its name. */
  @Field() name!: string;
  /** When it expires; none for keys that never do. */
  @Field({ type: () => Date }) expiresAt?: Date;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt?: Date;
  /** The secret, only in the answer to its creation. */
  @Field({ secret: true }) secret?: string;
  /** The namespace it belongs to (not part of the API's body). */
  namespaceId!: string;

  protected get resourcePath(): string {
    return path`functions/namespaces/${this.namespaceId}/keys/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'access_key';
  }

  /**
   * Reloads the key in place from its namespace's keys (`GET /v2/functions/namespaces/{namespace_id}/keys`:
   * the API has no GET for one key); the secret stays as it was.
   * @throws NotFoundError when the namespace no longer holds the key.
   */
  override async reload(options?: RequestOptions): Promise<this> {
    const where = path`functions/namespaces/${this.namespaceId}/keys`;
    const body = await this.connection.request<{ access_keys?: Array<{ id?: unknown }> }>('GET', where, options);
    const found = body?.access_keys?.find((json) => json.id === this.id);
    if (!found) throw new NotFoundError({ status: 404, id: 'not_found', message: `namespace ${this.namespaceId} has no access key ${this.id}`, request: { method: 'GET', path: `/v2/${where}` } });
    const secret = this.secret;
    this.replaceWith(this.connection.hydrate(this.constructor as new () => this, found));
    if (secret !== undefined) this.secret = secret;
    return this;
  }

  /** Renames the key (`PUT /v2/functions/namespaces/{namespace_id}/keys/{key_id}`); updates it in place. */
  async update(attrs: AccessKeyUpdateAttributes, options?: RequestOptions): Promise<this> {
    const secret = this.secret;
    await this.save('PUT', ACCESS_KEY_UPDATE.wire('attrs', attrs), options);
    if (secret !== undefined && this.secret === undefined) this.secret = secret;
    return this;
  }
}
