import { OneClick, type OneClickType } from '../../models/one-click.js';
import type { RequestOptions } from '../connection.js';
import { arrayOf, oneOf } from '../shape.js';
import { checkSlug, checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/**
 * `client.oneClicks`: 1-Click applications, droplet images and Kubernetes add-ons.
 * @example `await client.oneClicks.installKubernetes({ clusterUuid: cluster.id, addonSlugs: ['monitoring'] });`
 */
export class OneClicksCollection extends Collection {
  /** The 1-Click applications (`GET /v2/1-clicks`), only those of `type` when given. */
  async list(options: RequestOptions & { type?: OneClickType } = {}): Promise<OneClick[]> {
    const type = options.type === undefined ? undefined : oneOf(['droplet', 'kubernetes'] as const)('type', options.type);
    return this.array(OneClick, '1-clicks', '1_clicks', { query: { type }, signal: options.signal });
  }

  /**
   * Installs Kubernetes 1-Click add-ons on an existing cluster (`POST /v2/1-clicks/kubernetes`) and
   * resolves to the API's message once the install job started.
   */
  async installKubernetes(attrs: { clusterUuid: string; addonSlugs: readonly string[] }, options?: RequestOptions): Promise<string> {
    const json = { addon_slugs: arrayOf(checkSlug, 1)('attrs.addonSlugs', attrs?.addonSlugs), cluster_uuid: checkUuid('attrs.clusterUuid', attrs?.clusterUuid) };
    const body = await this.connection.request<{ message?: string }>('POST', '1-clicks/kubernetes', { json, signal: options?.signal });
    return body?.message ?? '';
  }
}
