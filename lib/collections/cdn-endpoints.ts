import { CdnEndpoint, checkCdnUpdate, type CdnEndpointCreateAttributes, type CdnEndpointUpdate } from '../../models/cdn-endpoint.js';
import { path } from '../path.js';
import { ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkDomainName, checkUuid } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/**
 * `client.cdnEndpoints`: CDN endpoints in front of Spaces buckets.
 * @example `const cdn = await client.cdnEndpoints.create({ origin: 'assets.nyc3.digitaloceanspaces.com' });`
 */
export class CdnEndpointsCollection extends Collection {
  /** Every endpoint (`GET /v2/cdn/endpoints`). */
  list(options?: ListOptions): Paginator<CdnEndpoint> {
    return this.page(CdnEndpoint, 'cdn/endpoints', 'endpoints', {}, options);
  }

  /** One endpoint (`GET /v2/cdn/endpoints/{id}`). */
  async get(id: string, options?: RequestOptions): Promise<CdnEndpoint> {
    return this.load(CdnEndpoint, path`cdn/endpoints/${checkUuid('id', id)}`, 'endpoint', options);
  }

  /**
   * Creates an endpoint for an origin (`POST /v2/cdn/endpoints`).
   * @throws ValidationError for a bad origin or TTL, or a custom domain without its certificate.
   */
  async create(attrs: CdnEndpointCreateAttributes, options?: RequestOptions): Promise<CdnEndpoint> {
    const json = checkCdnUpdate(attrs, ['origin']);
    checkDomainName('attrs.origin', attrs.origin);
    if (attrs.customDomain && !attrs.certificateId) throw new ValidationError('attrs.certificateId', 'is required with a customDomain');
    return this.write('POST', CdnEndpoint, 'cdn/endpoints', 'endpoint', json, options);
  }

  /** `cdnEndpoint.update()` by id. */
  async update(id: string, attrs: CdnEndpointUpdate, options?: RequestOptions): Promise<CdnEndpoint> {
    return this.#ref(id).update(attrs, options);
  }

  /** Deletes an endpoint (`DELETE /v2/cdn/endpoints/{id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`cdn/endpoints/${checkUuid('id', id)}`, options);
  }

  /** `cdnEndpoint.purgeCache()` by id. */
  async purgeCache(id: string, files: string[], options?: RequestOptions): Promise<void> {
    return this.#ref(id).purgeCache(files, options);
  }

  #ref(id: string): CdnEndpoint {
    return this.ref(CdnEndpoint, { id: checkUuid('id', id) });
  }
}
