import type { RequestOptions } from '../lib/connection.js';
import { ApiError, ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { arrayOf, objectOf, oneOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkText } from '../lib/validate.js';
import { Resource } from './resource.js';
import { SPACES_KEY_PERMISSIONS, SpacesKeyGrant } from './spaces-key-grant.js';

/** A bucket name (3 to 63 lowercase letters, digits, "." and "-"), or `''` with `fullaccess`. */
function checkBucket(field: string, value: unknown): string {
  if (value === '') return value;
  if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(value)) {
    throw new ValidationError(field, `must be a bucket name (3 to 63 lowercase letters, digits, "." and "-") or "" for every bucket, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** One grant of a Spaces key, as `create()` and `update()` take it. */
export const SPACES_KEY_GRANT = shape('a grant', {
  /** The bucket's name; `''` with `fullaccess`. */
  bucket: required(checkBucket),
  /** `read`, `readwrite` or `fullaccess`. */
  permission: required(oneOf(SPACES_KEY_PERMISSIONS)),
});

const GRANTS = arrayOf(objectOf(SPACES_KEY_GRANT), 1);

/** What `client.spacesKeys.create()` and `key.replace()` take. */
export const SPACES_KEY_CREATE = shape('a Spaces key', {
  /** The key's name. */
  name: required(checkText),
  /** The buckets it may use: `[{ bucket: '', permission: 'fullaccess' }]` for every bucket. */
  grants: required(GRANTS),
});

/** What `key.update()` (PATCH) takes: a new name, new grants, or both. */
export const SPACES_KEY_UPDATE = shape('a Spaces key update', {
  /** The new name. */
  name: optional(checkText),
  /** The new grants. */
  grants: optional(GRANTS),
});

/** A grant of a Spaces key, as `create()` takes it. */
export type SpacesKeyGrantAttributes = AttributesOf<typeof SPACES_KEY_GRANT>;
/** Attributes of `client.spacesKeys.create()` and `key.replace()`. */
export type SpacesKeyCreateAttributes = AttributesOf<typeof SPACES_KEY_CREATE>;
/** Attributes of `key.update()`. */
export type SpacesKeyUpdateAttributes = AttributesOf<typeof SPACES_KEY_UPDATE>;

/**
 * A Spaces (S3-compatible object storage) access key. Its secret is shown once, in the answer to
 * its creation: `secretKey` is a secret field (`[REDACTED]` in `util.inspect`), set only on the
 * model `create()` returns; keep it then.
 * @example `const key = await client.spacesKeys.create({ name: 'ci', grants: [{ bucket: 'assets', permission: 'readwrite' }] }); save(key.accessKey, key.secretKey);`
 */
export class SpacesKey extends Resource {
  /** The key's name. */
  @Field() name!: string;
  /** The buckets it may use, and how. */
  @Field({ type: () => SpacesKeyGrant }) grants!: SpacesKeyGrant[];
  /** The access key id, e.g. `DOACCESSKEYEXAMPLE`. */
  @Field() accessKey!: string;
  /** The secret, only in the answer to `create()`. */
  @Field({ secret: true }) secretKey?: string;
  /** When the key was created. */
  @Field({ type: () => Date }) createdAt!: Date;

  protected get resourcePath(): string {
    return path`spaces/keys/${this.accessKey}`;
  }

  protected get resourceKey(): string {
    return 'key';
  }

  /** Reloads the key in place (`GET /v2/spaces/keys/{access_key}`, which answers a one-item `keys` list); the secret stays as it was. */
  override async reload(options?: RequestOptions): Promise<this> {
    const body = await this.connection.request<{ keys?: object[] }>('GET', this.resourcePath, options);
    const found = body?.keys?.[0];
    if (!found) throw new ApiError({ status: 200, id: 'invalid_response', message: 'the response has no key', request: { method: 'GET', path: `/v2/${this.resourcePath}` } });
    const secret = this.secretKey;
    this.replaceWith(this.connection.hydrate(this.constructor as new () => this, found));
    if (secret !== undefined) this.secretKey = secret;
    return this;
  }

  /** Changes the name or the grants (`PATCH /v2/spaces/keys/{access_key}`) and updates the key in place. */
  async update(attrs: SpacesKeyUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.#keep(() => this.save('PATCH', SPACES_KEY_UPDATE.wire('attrs', attrs), options));
  }

  /** Replaces the name and the grants (`PUT /v2/spaces/keys/{access_key}`) and updates the key in place. */
  async replace(attrs: SpacesKeyCreateAttributes, options?: RequestOptions): Promise<this> {
    return this.#keep(() => this.save('PUT', SPACES_KEY_CREATE.wire('attrs', attrs), options));
  }

  async #keep(change: () => Promise<this>): Promise<this> {
    const secret = this.secretKey;
    await change();
    if (secret !== undefined) this.secretKey = secret;
    return this;
  }
}
