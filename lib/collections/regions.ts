import { Region } from '../../models/region.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { Collection } from './collection.js';

/**
 * `client.regions`: the datacenter regions.
 * @example `const open = (await client.regions.list()).filter((r) => r.available);`
 */
export class RegionsCollection extends Collection {
  /** Every region (`GET /v2/regions`). */
  list(options?: ListOptions): Paginator<Region> {
    return this.page(Region, 'regions', 'regions', {}, options);
  }
}
