import { LoadBalancer } from '../../models/load-balancer.js';
import { path } from '../path.js';
import type { DropletRef } from '../validate.js';
import { checkLoadBalancer, type ForwardingRuleAttributes, type LoadBalancerAttributes } from '../../models/load-balancer.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkUuid } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/**
 * `client.loadBalancers`: regional and global load balancers.
 * @example `const lb = await client.loadBalancers.create({ name: 'web', region: 'nyc3', tag: 'web', forwardingRules: [{ entryProtocol: 'http', entryPort: 80, targetProtocol: 'http', targetPort: 80 }] });`
 */
export class LoadBalancersCollection extends Collection {
  /** Every load balancer (`GET /v2/load_balancers`). */
  list(options?: ListOptions): Paginator<LoadBalancer> {
    return this.page(LoadBalancer, 'load_balancers', 'load_balancers', {}, options);
  }

  /** One load balancer (`GET /v2/load_balancers/{id}`). */
  async get(id: string, options?: RequestOptions): Promise<LoadBalancer> {
    return this.load(LoadBalancer, path`load_balancers/${checkUuid('id', id)}`, 'load_balancer', options);
  }

  /** Creates a load balancer (`POST /v2/load_balancers`); it starts `new`. Never retried. */
  async create(attrs: LoadBalancerAttributes, options?: RequestOptions): Promise<LoadBalancer> {
    return this.write('POST', LoadBalancer, 'load_balancers', 'load_balancer', checkLoadBalancer(attrs), options);
  }

  /** Replaces a load balancer's settings with exactly these (`PUT /v2/load_balancers/{id}`). */
  async update(id: string, attrs: LoadBalancerAttributes, options?: RequestOptions): Promise<LoadBalancer> {
    return this.write('PUT', LoadBalancer, path`load_balancers/${checkUuid('id', id)}`, 'load_balancer', checkLoadBalancer(attrs), options);
  }

  /** Deletes a load balancer (`DELETE /v2/load_balancers/{id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`load_balancers/${checkUuid('id', id)}`, options);
  }

  /** `loadBalancer.addDroplets()` by id. */
  async addDroplets(id: string, droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    return this.#ref(id).addDroplets(droplets, options);
  }

  /** `loadBalancer.removeDroplets()` by id. */
  async removeDroplets(id: string, droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    return this.#ref(id).removeDroplets(droplets, options);
  }

  /** `loadBalancer.addForwardingRules()` by id. */
  async addForwardingRules(id: string, rules: ForwardingRuleAttributes[], options?: RequestOptions): Promise<void> {
    return this.#ref(id).addForwardingRules(rules, options);
  }

  /** `loadBalancer.removeForwardingRules()` by id. */
  async removeForwardingRules(id: string, rules: ForwardingRuleAttributes[], options?: RequestOptions): Promise<void> {
    return this.#ref(id).removeForwardingRules(rules, options);
  }

  /** `loadBalancer.purgeCache()` by id. */
  async purgeCache(id: string, options?: RequestOptions): Promise<void> {
    return this.#ref(id).purgeCache(options);
  }

  #ref(id: string): LoadBalancer {
    return this.ref(LoadBalancer, { id: checkUuid('id', id) });
  }
}
