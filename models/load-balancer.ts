import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { checkForwardingRules, checkLoadBalancer, type ForwardingRuleAttributes, type LoadBalancerAttributes } from '../lib/load-balancer-rules.js';
import { checkArray } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import type { WaitOptions } from '../lib/polling.js';
import { ForwardingRule } from './forwarding-rule.js';
import { GlobalLoadBalancerSettings } from './global-load-balancer-settings.js';
import { HealthCheck } from './health-check.js';
import { LoadBalancerDomain } from './load-balancer-domain.js';
import { LoadBalancerFirewall } from './load-balancer-firewall.js';
import { Region } from './region.js';
import { Resource } from './resource.js';
import { StickySessions } from './sticky-sessions.js';
import { checkDropletRef, type DropletRef } from '../lib/validate.js';

/**
 * A load balancer in front of droplets given by id or by tag.
 * @example
 * ```ts
 * const lb = await client.loadBalancers.create({
 *   name: 'web-lb', region: 'nyc3', tag: 'web',
 *   forwardingRules: [{ entryProtocol: 'http', entryPort: 80, targetProtocol: 'http', targetPort: 8080 }],
 * });
 * ```
 */
export class LoadBalancer extends Resource {
  protected static override readonly listing = { path: 'load_balancers', key: 'load_balancers' };

  /** The load balancer's id (a UUID). */
  @Field() id!: string;
  /** The name. */
  @Field() name!: string;
  /** The project it belongs to. */
  @Field() projectId?: string;
  /** Its public IPv4 address, once active. */
  @Field() ip!: string;
  /** Its IPv6 address, for dual-stack ones. */
  @Field() ipv6?: string;
  /** Number of nodes, 1 to 100. */
  @Field() sizeUnit?: number;
  /** The legacy size, `lb-small`, `lb-medium` or `lb-large`. */
  @Field() size?: string;
  /** Deprecated balancing algorithm. */
  @Field() algorithm?: string;
  /** `new`, `active` or `errored`. */
  @Field() status!: 'new' | 'active' | 'errored';
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** Its forwarding rules. */
  @Field({ type: () => ForwardingRule }) forwardingRules!: ForwardingRule[];
  /** Its health check. */
  @Field({ type: () => HealthCheck }) healthCheck?: HealthCheck;
  /** Its sticky-session setting. */
  @Field({ type: () => StickySessions }) stickySessions?: StickySessions;
  /** Whether http is redirected to https. */
  @Field() redirectHttpToHttps?: boolean;
  /** Whether the PROXY protocol is used towards droplets. */
  @Field() enableProxyProtocol?: boolean;
  /** Whether connections to droplets are kept alive. */
  @Field() enableBackendKeepalive?: boolean;
  /** Seconds an idle http connection stays open. */
  @Field() httpIdleTimeoutSeconds?: number;
  /** The VPC it sits in. */
  @Field() vpcUuid?: string;
  /** Whether Let's Encrypt DNS records are left alone. */
  @Field() disableLetsEncryptDnsRecords?: boolean;
  /** Its allow and deny lists. */
  @Field({ type: () => LoadBalancerFirewall }) firewall?: LoadBalancerFirewall;
  /** `EXTERNAL` or `INTERNAL`. */
  @Field() network?: string;
  /** `IPV4` or `DUALSTACK`. */
  @Field() networkStack?: string;
  /** `REGIONAL`, `REGIONAL_NETWORK` or `GLOBAL`. */
  @Field() type?: string;
  /** Domains of a global load balancer. */
  @Field({ type: () => LoadBalancerDomain }) domains?: LoadBalancerDomain[];
  /** Settings of a global load balancer. */
  @Field({ type: () => GlobalLoadBalancerSettings }) glbSettings?: GlobalLoadBalancerSettings;
  /** Regional load balancers a global one targets. */
  @Field() targetLoadBalancerIds?: string[];
  /** `DEFAULT` or `STRONG`. */
  @Field() tlsCipherPolicy?: string;
  /** Its region (none for global ones). */
  @Field({ type: () => Region }) region?: Region;
  /** Droplets behind it by id. */
  @Field() dropletIds?: number[];
  /** The tag whose droplets are behind it. */
  @Field() tag?: string;

  /** The load balancer's uniform resource name, `do:loadbalancer:{id}`. */
  get urn(): string {
    return `do:loadbalancer:${this.id}`;
  }

  protected get resourcePath(): string {
    return path`load_balancers/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'load_balancer';
  }

  /**
   * Polls until the load balancer's status is `active` (`GET /v2/load_balancers/{id}`, or one listing
   * for many awaited together) and resolves to it, reloaded in place: `ip` then holds its address.
   * @example `const lb = await client.loadBalancers.create(attrs).then((lb) => lb.waitUntilActive());`
   * @throws ResourceFailedError when it is `errored` (`error.resource` is the load balancer).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilActive(options?: WaitOptions<LoadBalancer>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'active', failed: ['errored'] }, options);
  }

  /**
   * Changes the load balancer's settings (`PUT /v2/load_balancers/{id}`): it is reloaded first, so
   * attributes not given keep their current values. Updates the model in place.
   */
  async update(attrs: Partial<LoadBalancerAttributes>, options?: RequestOptions): Promise<this> {
    await this.reload(options);
    const merged: Record<string, unknown> = { ...this.#attributes(), ...attrs };
    if (attrs.tag !== undefined) delete merged.dropletIds;
    if (attrs.dropletIds !== undefined) delete merged.tag;
    return this.save('PUT', checkLoadBalancer(merged as unknown as LoadBalancerAttributes), options);
  }

  /** The current settings, as `create()` takes them. */
  #attributes(): Record<string, unknown> {
    const plain = (model: object | undefined) => (model ? { ...model } : undefined);
    const current: Record<string, unknown> = {
      name: this.name,
      region: this.region?.slug,
      type: this.type,
      forwardingRules: this.forwardingRules?.map(plain),
      sizeUnit: this.sizeUnit,
      healthCheck: plain(this.healthCheck),
      stickySessions: plain(this.stickySessions),
      redirectHttpToHttps: this.redirectHttpToHttps,
      enableProxyProtocol: this.enableProxyProtocol,
      enableBackendKeepalive: this.enableBackendKeepalive,
      httpIdleTimeoutSeconds: this.httpIdleTimeoutSeconds,
      vpcUuid: this.vpcUuid,
      firewall: plain(this.firewall),
      ...(this.tag ? { tag: this.tag } : { dropletIds: this.dropletIds ?? [] }),
    };
    return Object.fromEntries(Object.entries(current).filter(([, value]) => value !== undefined));
  }

  /** Puts droplets behind the load balancer (`POST /v2/load_balancers/{id}/droplets`). */
  async addDroplets(droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    await this.send('POST', 'droplets', { droplet_ids: checkArray('droplets', droplets, checkDropletRef, 1) }, options);
  }

  /** Takes droplets out from behind it (`DELETE /v2/load_balancers/{id}/droplets`). */
  async removeDroplets(droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    await this.send('DELETE', 'droplets', { droplet_ids: checkArray('droplets', droplets, checkDropletRef, 1) }, options);
  }

  /** Adds forwarding rules (`POST /v2/load_balancers/{id}/forwarding_rules`). */
  async addForwardingRules(rules: ForwardingRuleAttributes[], options?: RequestOptions): Promise<void> {
    await this.send('POST', 'forwarding_rules', { forwarding_rules: checkForwardingRules('rules', rules) }, options);
  }

  /** Removes forwarding rules equal to these (`DELETE /v2/load_balancers/{id}/forwarding_rules`). */
  async removeForwardingRules(rules: ForwardingRuleAttributes[], options?: RequestOptions): Promise<void> {
    await this.send('DELETE', 'forwarding_rules', { forwarding_rules: checkForwardingRules('rules', rules) }, options);
  }

  /** Purges the CDN cache of a global load balancer (`DELETE /v2/load_balancers/{id}/cache`). */
  async purgeCache(options?: RequestOptions): Promise<void> {
    await this.send('DELETE', 'cache', undefined, options);
  }
}
