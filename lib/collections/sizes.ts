import { Size } from '../../models/size.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { Collection } from './collection.js';

/**
 * `client.sizes`: the droplet sizes and their prices.
 * @example `const cheapest = (await client.sizes.list()).sort((a, b) => a.priceMonthly - b.priceMonthly)[0];`
 */
export class SizesCollection extends Collection {
  /** Every size (`GET /v2/sizes`). */
  list(options?: ListOptions): Paginator<Size> {
    return this.page(Size, 'sizes', 'sizes', {}, options);
  }
}
