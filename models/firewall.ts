import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { RequestOptions } from '../lib/connection.js';
import type { WaitOptions } from '../lib/polling.js';
import { FirewallPendingChange } from './firewall-pending-change.js';
import { FirewallRule } from './firewall-rule.js';
import { Resource } from './resource.js';
import { checkDropletRef, type DropletRef } from '../lib/validate.js';
import { ValidationError } from '../lib/errors.js';
import { checkArray, checkAttrs, checkId, checkKeys, checkTag, checkText, checkUuid, toWire } from '../lib/validate.js';

/** The peers of a firewall rule. */
export interface FirewallTargetAttributes {
  /** Addresses and CIDR blocks, e.g. `0.0.0.0/0`. */
  addresses?: string[];
  /** Droplet ids. */
  dropletIds?: number[];
  /** Load balancer ids. */
  loadBalancerUids?: string[];
  /** Kubernetes cluster ids. */
  kubernetesIds?: string[];
  /** Tag names. */
  tags?: string[];
}

/** An inbound rule: traffic from `sources`. */
export interface InboundRuleAttributes {
  /** The protocol the rule allows. */
  protocol: 'tcp' | 'udp' | 'icmp';
  /** A port, a range `8000-9000`, or `all`; leave out for icmp. */
  ports?: string;
  /** Where the traffic may come from: at least one address, droplet, load balancer, cluster or tag. */
  sources: FirewallTargetAttributes;
}

/** An outbound rule: traffic to `destinations`. */
export interface OutboundRuleAttributes {
  /** The protocol the rule allows. */
  protocol: 'tcp' | 'udp' | 'icmp';
  /** A port, a range `8000-9000`, or `all`; leave out for icmp. */
  ports?: string;
  /** Where the traffic may go: at least one address, droplet, load balancer, cluster or tag. */
  destinations: FirewallTargetAttributes;
}

/** Inbound and outbound rules, for `firewall.addRules()` and `removeRules()`. */
export interface FirewallRules {
  /** Rules for traffic to the droplets. */
  inboundRules?: InboundRuleAttributes[];
  /** Rules for traffic from the droplets. */
  outboundRules?: OutboundRuleAttributes[];
}

/** Attributes of a firewall. */
export interface FirewallAttributes extends FirewallRules {
  /** The name: letters, digits, `.` and `-`. */
  name: string;
  /** Droplets to apply it to. */
  dropletIds?: number[];
  /** Tags whose droplets it applies to. */
  tags?: string[];
}

const PORTS = /^(all|0|[1-9]\d{0,4}(-[1-9]\d{0,4})?)$/;

function checkTarget(field: string, raw: unknown): void {
  const target = checkAttrs(field, raw);
  checkKeys(field, target, ['addresses', 'dropletIds', 'loadBalancerUids', 'kubernetesIds', 'tags'], 'a firewall rule target');
  if (target.addresses !== undefined) checkArray(`${field}.addresses`, target.addresses, (f, v) => checkText(f, v, 64));
  if (target.dropletIds !== undefined) checkArray(`${field}.dropletIds`, target.dropletIds, checkId);
  if (target.loadBalancerUids !== undefined) checkArray(`${field}.loadBalancerUids`, target.loadBalancerUids, checkUuid);
  if (target.kubernetesIds !== undefined) checkArray(`${field}.kubernetesIds`, target.kubernetesIds, checkUuid);
  if (target.tags !== undefined) checkArray(`${field}.tags`, target.tags, checkTag);
  if (!Object.values(target).some((v) => Array.isArray(v) && v.length)) throw new ValidationError(field, 'must name at least one address, droplet, load balancer, cluster or tag');
}

function checkRule(field: string, raw: unknown, peers: 'sources' | 'destinations'): void {
  const rule = checkAttrs(field, raw);
  checkKeys(field, rule, ['protocol', 'ports', peers], peers === 'sources' ? 'an inbound rule' : 'an outbound rule');
  if (!['tcp', 'udp', 'icmp'].includes(rule.protocol as string)) throw new ValidationError(`${field}.protocol`, `must be "tcp", "udp" or "icmp", got ${JSON.stringify(rule.protocol)}`);
  if (rule.protocol !== 'icmp' || rule.ports !== undefined) {
    const ports = rule.ports;
    const [low, high] = typeof ports === 'string' ? ports.split('-').map(Number) : [];
    if (typeof ports !== 'string' || !PORTS.test(ports) || low > 65535 || (high !== undefined && (high > 65535 || high < low))) {
      throw new ValidationError(`${field}.ports`, `must be a port, a range such as "8000-9000", or "all", got ${JSON.stringify(ports)}`);
    }
  }
  checkTarget(`${field}.${peers}`, rule[peers]);
}

/** Checks rules and gives their wire form. `atLeastOne`: an empty set is an error. */
export function checkRules(raw: FirewallRules, atLeastOne: boolean): Record<string, unknown> {
  const rules = checkAttrs('rules', raw);
  checkKeys('rules', rules, ['inboundRules', 'outboundRules'], 'a rule set');
  const inbound = rules.inboundRules === undefined ? [] : checkArray('rules.inboundRules', rules.inboundRules, (f, r) => r);
  const outbound = rules.outboundRules === undefined ? [] : checkArray('rules.outboundRules', rules.outboundRules, (f, r) => r);
  inbound.forEach((rule, i) => checkRule(`rules.inboundRules[${i}]`, rule, 'sources'));
  outbound.forEach((rule, i) => checkRule(`rules.outboundRules[${i}]`, rule, 'destinations'));
  if (atLeastOne && inbound.length + outbound.length === 0) throw new ValidationError('rules', 'must hold at least one inbound or outbound rule');
  return toWire({ inboundRules: rules.inboundRules, outboundRules: rules.outboundRules }) as Record<string, unknown>;
}

/** Checks a firewall's attributes and gives the body of a create or full update, `base` filling what is not given. */
export function checkFirewall(raw: FirewallAttributes, base: Record<string, unknown> = {}): Record<string, unknown> {
  const attrs = checkAttrs('attrs', raw);
  checkKeys('attrs', attrs, ['name', 'inboundRules', 'outboundRules', 'dropletIds', 'tags'], 'a firewall');
  if (typeof attrs.name !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9.-]*$/.test(attrs.name) || attrs.name.length > 255) {
    throw new ValidationError('attrs.name', `must be letters, digits, "." and "-", starting with a letter or digit, got ${JSON.stringify(attrs.name)}`);
  }
  const rules = checkRules({ inboundRules: attrs.inboundRules as InboundRuleAttributes[] | undefined, outboundRules: attrs.outboundRules as OutboundRuleAttributes[] | undefined }, false);
  if (attrs.dropletIds !== undefined) checkArray('attrs.dropletIds', attrs.dropletIds, checkId);
  if (attrs.tags !== undefined) checkArray('attrs.tags', attrs.tags, checkTag);
  const body: Record<string, unknown> = { ...base, name: attrs.name };
  for (const [key, value] of Object.entries({ ...rules, ...(toWire({ dropletIds: attrs.dropletIds, tags: attrs.tags }) as object) })) {
    if (value !== undefined) body[key] = value;
  }
  return body;
}

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
    await this.callAt('POST', 'droplets', { ...options, json: { droplet_ids: checkArray('droplets', droplets, checkDropletRef, 1) } });
  }

  /** Takes droplets out of the firewall (`DELETE /v2/firewalls/{id}/droplets`). */
  async removeDroplets(droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', 'droplets', { ...options, json: { droplet_ids: checkArray('droplets', droplets, checkDropletRef, 1) } });
  }

  /** Applies the firewall to every droplet with these tags (`POST /v2/firewalls/{id}/tags`). */
  async addTags(tags: string[], options?: RequestOptions): Promise<void> {
    await this.callAt('POST', 'tags', { ...options, json: { tags: checkArray('tags', tags, checkTag, 1) } });
  }

  /** Stops applying the firewall by these tags (`DELETE /v2/firewalls/{id}/tags`). */
  async removeTags(tags: string[], options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', 'tags', { ...options, json: { tags: checkArray('tags', tags, checkTag, 1) } });
  }

  /** Adds rules (`POST /v2/firewalls/{id}/rules`). */
  async addRules(rules: FirewallRules, options?: RequestOptions): Promise<void> {
    await this.callAt('POST', 'rules', { ...options, json: checkRules(rules, true) });
  }

  /** Removes rules equal to these (`DELETE /v2/firewalls/{id}/rules`). */
  async removeRules(rules: FirewallRules, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', 'rules', { ...options, json: checkRules(rules, true) });
  }
}
