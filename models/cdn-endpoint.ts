import { ValidationError } from '../lib/errors.js';
import { path } from '../lib/path.js';
import { Field } from '../lib/fields.js';
import { checkArray, checkAttrs, checkKeys, checkText, checkUuid, toWire } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import { Resource } from './resource.js';

/** The cache lifetimes the CDN accepts, in seconds. */
export const CDN_TTLS = [60, 600, 3600, 86400, 604800] as const;

/** What `cdnEndpoint.update()` changes. */
export interface CdnEndpointUpdate {
  /** Cache lifetime in seconds: 60, 600, 3600, 86400 or 604800. */
  ttl?: (typeof CDN_TTLS)[number];
  /** The certificate for `customDomain`. */
  certificateId?: string;
  /** A custom domain served by the endpoint; `''` removes it. */
  customDomain?: string;
}

/** Attributes of `client.cdnEndpoints.create()`: a custom domain needs its certificate. */
export type CdnEndpointCreateAttributes = {
  /** The origin, a Spaces bucket host such as `assets.nyc3.digitaloceanspaces.com`. */
  origin: string;
  /** Cache lifetime in seconds: 60, 600, 3600, 86400 or 604800. */
  ttl?: (typeof CDN_TTLS)[number];
} & (
  | {
      /** A custom domain served by the endpoint, with `certificateId`. */
      customDomain: string;
      /** The certificate for `customDomain`. */
      certificateId: string;
    }
  | {
      /** No custom domain. */
      customDomain?: never;
      /** A certificate, for a custom domain set later. */
      certificateId?: string;
    }
);

/** @internal */
export function checkCdnUpdate(raw: CdnEndpointUpdate, extra: readonly string[] = []): Record<string, unknown> {
  const attrs = checkAttrs('attrs', raw);
  checkKeys('attrs', attrs, ['ttl', 'certificateId', 'customDomain', ...extra], 'a CDN endpoint');
  if (attrs.ttl !== undefined && !(CDN_TTLS as readonly unknown[]).includes(attrs.ttl)) throw new ValidationError('attrs.ttl', `must be one of ${CDN_TTLS.join(', ')}`);
  if (attrs.certificateId) checkUuid('attrs.certificateId', attrs.certificateId);
  if (attrs.customDomain && typeof attrs.customDomain !== 'string') throw new ValidationError('attrs.customDomain', 'must be a host name');
  return toWire(attrs) as Record<string, unknown>;
}

/**
 * A CDN endpoint in front of a Spaces bucket.
 * @example `const cdn = await client.cdnEndpoints.create({ origin: 'assets.nyc3.digitaloceanspaces.com', ttl: 3600 }); await cdn.purgeCache(['*']);`
 */
export class CdnEndpoint extends Resource {
  /** The endpoint's id (a UUID). */
  @Field() id!: string;
  /** The origin, a Spaces bucket host. */
  @Field() origin!: string;
  /** The CDN host name serving the origin. */
  @Field() endpoint!: string;
  /** Cache lifetime in seconds. */
  @Field() ttl!: number;
  /** The certificate for `customDomain`. */
  @Field() certificateId?: string;
  /** A custom domain served by the endpoint. */
  @Field() customDomain?: string;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;

  protected get resourcePath(): string {
    return path`cdn/endpoints/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'endpoint';
  }

  /** Changes the TTL, certificate or custom domain (`PUT /v2/cdn/endpoints/{id}`) and updates it in place. */
  async update(attrs: CdnEndpointUpdate, options?: RequestOptions): Promise<this> {
    return this.save('PUT', checkCdnUpdate(attrs), options);
  }

  /** Purges cached files, by path or `*` for everything (`DELETE /v2/cdn/endpoints/{id}/cache`). */
  async purgeCache(files: string[], options?: RequestOptions): Promise<void> {
    const json = { files: checkArray('files', files, (f, v) => checkText(f, v, 1024), 1) };
    await this.callAt('DELETE', 'cache', { ...options, json });
  }
}
