import { AUTOSCALE_POOL_CREATE, AutoscalePool, type AutoscalePoolAttributes } from '../../models/autoscale-pool.js';
import type { AutoscalePoolHistoryEvent } from '../../models/autoscale-pool-history-event.js';
import type { AutoscalePoolMember } from '../../models/autoscale-pool-member.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { checkText, checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/** Options of `client.autoscalePools.list()`. */
export interface AutoscalePoolListOptions extends ListOptions {
  /** Only the pools with this name. */
  name?: string;
}

/**
 * `client.autoscalePools`: droplet autoscale pools (`/v2/droplets/autoscale`).
 * @example `for await (const member of client.autoscalePools.members(poolId)) console.log(member.dropletId, member.status);`
 */
export class AutoscalePoolsCollection extends Collection {
  /** Every pool, or those named `name` (`GET /v2/droplets/autoscale`). */
  list(options: AutoscalePoolListOptions = {}): Paginator<AutoscalePool> {
    const { name, ...rest } = options;
    return this.page(AutoscalePool, 'droplets/autoscale', 'autoscale_pools', { name: name === undefined ? undefined : checkText('name', name) }, rest);
  }

  /** One pool (`GET /v2/droplets/autoscale/{id}`). @throws NotFoundError when there is none. */
  async get(id: string, options?: RequestOptions): Promise<AutoscalePool> {
    return this.load(AutoscalePool, path`droplets/autoscale/${checkUuid('id', id)}`, 'autoscale_pool', options);
  }

  /**
   * Creates a pool (`POST /v2/droplets/autoscale`); it creates its droplets from the template.
   * @throws ValidationError for a bad config or template, before any request.
   */
  async create(attrs: AutoscalePoolAttributes, options?: RequestOptions): Promise<AutoscalePool> {
    return this.write('POST', AutoscalePool, 'droplets/autoscale', 'autoscale_pool', AUTOSCALE_POOL_CREATE.wire('attrs', attrs), options);
  }

  /** `pool.update()` by id (`PUT /v2/droplets/autoscale/{id}`): the whole pool is replaced. */
  async update(id: string, attrs: AutoscalePoolAttributes, options?: RequestOptions): Promise<AutoscalePool> {
    return this.#ref(id).update(attrs, options);
  }

  /** Deletes a pool and leaves its droplets (`DELETE /v2/droplets/autoscale/{id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.#ref(id).destroy(options);
  }

  /** `pool.destroyWithDroplets()` by id (`DELETE /v2/droplets/autoscale/{id}/dangerous`): the pool and its droplets. */
  async deleteWithDroplets(id: string, options?: RequestOptions): Promise<void> {
    await this.#ref(id).destroyWithDroplets(options);
  }

  /** `pool.members()` by id (`GET /v2/droplets/autoscale/{id}/members`). */
  members(id: string, options?: ListOptions): Paginator<AutoscalePoolMember> {
    return this.#ref(id).members(options);
  }

  /** `pool.history()` by id (`GET /v2/droplets/autoscale/{id}/history`). */
  history(id: string, options?: ListOptions): Paginator<AutoscalePoolHistoryEvent> {
    return this.#ref(id).history(options);
  }

  #ref(id: string): AutoscalePool {
    return this.ref(AutoscalePool, { id: checkUuid('id', id) });
  }
}
