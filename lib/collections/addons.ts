import type { RequestOptions } from '../connection.js';
import { path } from '../path.js';
import { checkSlug, checkUuid } from '../validate.js';
import { AddonApp } from '../../models/addon-app.js';
import { AddonAppMetadata } from '../../models/addon-app-metadata.js';
import { ADDON_CREATE, AddonResource, type AddonCreateAttributes } from '../../models/addon-resource.js';
import { Collection } from './collection.js';

/**
 * `client.addons`: marketplace SaaS add-ons: the apps on offer with their plans, and the
 * account's add-on resources.
 *
 * @example
 * ```ts
 * const [app] = await client.addons.apps();
 * const resource = await client.addons.create({ appSlug: app.appSlug, planSlug: app.plans[0].slug, name: 'mail', metadata: [] });
 * await resource.waitUntilProvisioned();
 * ```
 */
export class AddonsCollection extends Collection {
  /** The add-on apps on offer, with their plans (`GET /v2/add-ons/apps`). */
  async apps(options?: RequestOptions): Promise<AddonApp[]> {
    return this.array(AddonApp, 'add-ons/apps', 'apps', options);
  }

  /** The settings an add-on app asks for (`GET /v2/add-ons/apps/{app_slug}/metadata`). */
  async appMetadata(appSlug: string, options?: RequestOptions): Promise<AddonAppMetadata[]> {
    return this.array(AddonAppMetadata, path`add-ons/apps/${checkSlug('appSlug', appSlug)}/metadata`, 'metadata', options);
  }

  /** The account's add-on resources (`GET /v2/add-ons/saas`). */
  async list(options?: RequestOptions): Promise<AddonResource[]> {
    return this.array(AddonResource, 'add-ons/saas', 'resources', options);
  }

  /** One add-on resource (`GET /v2/add-ons/saas/{resource_uuid}`). */
  async get(uuid: string, options?: RequestOptions): Promise<AddonResource> {
    return this.load(AddonResource, path`add-ons/saas/${checkUuid('uuid', uuid)}`, 'resource', options);
  }

  /** Creates an add-on resource (`POST /v2/add-ons/saas`); it provisions in the background (`waitUntilProvisioned()`). */
  async create(attrs: AddonCreateAttributes, options?: RequestOptions): Promise<AddonResource> {
    return this.write('POST', AddonResource, 'add-ons/saas', 'resource', ADDON_CREATE.wire('attrs', attrs), options);
  }

  /** Renames an add-on resource (`PATCH /v2/add-ons/saas/{resource_uuid}`). */
  async rename(uuid: string, name: string, options?: RequestOptions): Promise<AddonResource> {
    return this.#ref(uuid).rename(name, options);
  }

  /** Moves an add-on resource to another plan (`PATCH /v2/add-ons/saas/{resource_uuid}/plan`). */
  async changePlan(uuid: string, planSlug: string, options?: RequestOptions): Promise<AddonResource> {
    return this.#ref(uuid).changePlan(planSlug, options);
  }

  /** Deletes an add-on resource (`DELETE /v2/add-ons/saas/{resource_uuid}`). */
  async delete(uuid: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`add-ons/saas/${checkUuid('uuid', uuid)}`, options);
  }

  #ref(uuid: string): AddonResource {
    return this.ref(AddonResource, { uuid: checkUuid('uuid', uuid) });
  }
}
