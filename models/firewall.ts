import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { checkFirewall, checkRules, type FirewallAttributes, type FirewallRules } from '../lib/firewall-rules.js';
import { checkArray, checkTag } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import type { WaitOptions } from '../lib/polling.js';
import { FirewallPendingChange } from './firewall-pending-change.js';
import { FirewallRule } from './firewall-rule.js';
import { Resource } from './resource.js';
import { checkDropletRef, type DropletRef } from '../lib/validate.js';

/**
 * A cloud firewall, applied to droplets by id or by tag.
 * @example
 * ```ts
 * const fw = await client.firewalls.create({
 *   name: 'web', tags: ['web'],
 *   inboundRules: [{ protocol: 'tcp', ports: '443', sources: { addresses: ['0.0.0.0/0', '::/0'] } }],
 *   outboundRules: [{ protocol: 'tcp', ports: 'all', destinations: { addresses: ['0.0.0.0/0', '::/0'] } }],
 * });
 * await fw.addDroplets([droplet]);
 * ```
 */
export class Firewall extends Resource {
  protected static override readonly listing = { path: 'firewalls', key: 'firewalls' };

  /** The firewall's id (a UUID). */
  @Field() id!: string;
  /** `waiting` while changes apply, then `succeeded` or `failed`. */
  @Field() status!: 'waiting' | 'succeeded' | 'failed';
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** Changes still being applied to droplets. */
  @Field({ type: () => FirewallPendingChange }) pendingChanges!: FirewallPendingChange[];
  /** The name. */
  @Field() name!: string;
  /** Droplets it applies to by id. */
  @Field() dropletIds!: number[] | null;
  /** Tags whose droplets it applies to. */
  @Field() tags!: string[] | null;
  /** Rules for incoming traffic. */
  @Field({ type: () => FirewallRule }) inboundRules!: FirewallRule[] | null;
  /** Rules for outgoing traffic. */
  @Field({ type: () => FirewallRule }) outboundRules!: FirewallRule[] | null;

  protected get resourcePath(): string {
    return path`firewalls/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'firewall';
  }

  /**
   * Polls until the firewall's status is `succeeded` (`GET /v2/firewalls/{id}`, or one listing for
   * many awaited together) and resolves to it, reloaded in place. A firewall is `waiting` after it
   * is created or changed, until its rules apply to its droplets.
   * @throws ResourceFailedError when its status is `failed` (`error.resource` is the firewall).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilSucceeded(options?: WaitOptions<Firewall>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'succeeded', failed: ['failed'] }, options);
  }

  /**
   * Changes the firewall's settings (`PUT /v2/firewalls/{id}`): it is reloaded first, so attributes
   * not given keep their current values rather than this model's possibly stale ones. Updates the model in place.
   */
  async update(attrs: Partial<FirewallAttributes>, options?: RequestOptions): Promise<this> {
    await this.reload(options);
    const current = this.toJSON();
    const json = checkFirewall({ ...attrs, name: attrs.name ?? this.name }, {
      inbound_rules: current.inbound_rules ?? [],
      outbound_rules: current.outbound_rules ?? [],
      droplet_ids: current.droplet_ids ?? [],
      tags: current.tags ?? [],
    });
    return this.save('PUT', json, options);
  }

  /** Applies the firewall to droplets (`POST /v2/firewalls/{id}/droplets`). */
  async addDroplets(droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    await this.send('POST', 'droplets', { droplet_ids: checkArray('droplets', droplets, checkDropletRef, 1) }, options);
  }

  /** Takes droplets out of the firewall (`DELETE /v2/firewalls/{id}/droplets`). */
  async removeDroplets(droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    await this.send('DELETE', 'droplets', { droplet_ids: checkArray('droplets', droplets, checkDropletRef, 1) }, options);
  }

  /** Applies the firewall to every droplet with these tags (`POST /v2/firewalls/{id}/tags`). */
  async addTags(tags: string[], options?: RequestOptions): Promise<void> {
    await this.send('POST', 'tags', { tags: checkArray('tags', tags, checkTag, 1) }, options);
  }

  /** Stops applying the firewall by these tags (`DELETE /v2/firewalls/{id}/tags`). */
  async removeTags(tags: string[], options?: RequestOptions): Promise<void> {
    await this.send('DELETE', 'tags', { tags: checkArray('tags', tags, checkTag, 1) }, options);
  }

  /** Adds rules (`POST /v2/firewalls/{id}/rules`). */
  async addRules(rules: FirewallRules, options?: RequestOptions): Promise<void> {
    await this.send('POST', 'rules', checkRules(rules, true), options);
  }

  /** Removes rules equal to these (`DELETE /v2/firewalls/{id}/rules`). */
  async removeRules(rules: FirewallRules, options?: RequestOptions): Promise<void> {
    await this.send('DELETE', 'rules', checkRules(rules, true), options);
  }
}
