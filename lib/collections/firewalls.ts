import { Firewall } from '../../models/firewall.js';
import { path } from '../path.js';
import type { DropletRef } from '../validate.js';
import { checkFirewall, type FirewallAttributes, type FirewallRules } from '../../models/firewall.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkUuid } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/**
 * `client.firewalls`: cloud firewalls.
 * @example `const fw = await client.firewalls.create({ name: 'ssh', inboundRules: [{ protocol: 'tcp', ports: '22', sources: { addresses: ['0.0.0.0/0'] } }] });`
 */
export class FirewallsCollection extends Collection {
  /** Every firewall (`GET /v2/firewalls`). */
  list(options?: ListOptions): Paginator<Firewall> {
    return this.page(Firewall, 'firewalls', 'firewalls', {}, options);
  }

  /** One firewall (`GET /v2/firewalls/{id}`). */
  async get(id: string, options?: RequestOptions): Promise<Firewall> {
    return this.load(Firewall, path`firewalls/${checkUuid('id', id)}`, 'firewall', options);
  }

  /** Creates a firewall (`POST /v2/firewalls`). @throws ValidationError for malformed rules. */
  async create(attrs: FirewallAttributes, options?: RequestOptions): Promise<Firewall> {
    return this.write('POST', Firewall, 'firewalls', 'firewall', checkFirewall(attrs), options);
  }

  /** Replaces a firewall's settings with exactly these (`PUT /v2/firewalls/{id}`). */
  async update(id: string, attrs: FirewallAttributes, options?: RequestOptions): Promise<Firewall> {
    return this.write('PUT', Firewall, path`firewalls/${checkUuid('id', id)}`, 'firewall', checkFirewall(attrs), options);
  }

  /** Deletes a firewall (`DELETE /v2/firewalls/{id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`firewalls/${checkUuid('id', id)}`, options);
  }

  /** `firewall.addDroplets()` by id. */
  async addDroplets(id: string, droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    return this.#ref(id).addDroplets(droplets, options);
  }

  /** `firewall.removeDroplets()` by id. */
  async removeDroplets(id: string, droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    return this.#ref(id).removeDroplets(droplets, options);
  }

  /** `firewall.addTags()` by id. */
  async addTags(id: string, tags: string[], options?: RequestOptions): Promise<void> {
    return this.#ref(id).addTags(tags, options);
  }

  /** `firewall.removeTags()` by id. */
  async removeTags(id: string, tags: string[], options?: RequestOptions): Promise<void> {
    return this.#ref(id).removeTags(tags, options);
  }

  /** `firewall.addRules()` by id. */
  async addRules(id: string, rules: FirewallRules, options?: RequestOptions): Promise<void> {
    return this.#ref(id).addRules(rules, options);
  }

  /** `firewall.removeRules()` by id. */
  async removeRules(id: string, rules: FirewallRules, options?: RequestOptions): Promise<void> {
    return this.#ref(id).removeRules(rules, options);
  }

  #ref(id: string): Firewall {
    return this.ref(Firewall, { id: checkUuid('id', id) });
  }
}
