import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
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
import { ValidationError } from '../lib/errors.js';
import { checkArray, checkAttrs, checkId, checkInt, checkKeys, checkSlug, checkTag, checkUuid, toWire } from '../lib/validate.js';
import { LoadBalancerMetrics } from '../lib/metrics.js';

/** A forwarding rule, for `create()`, `addForwardingRules()` and `removeForwardingRules()`. */
export interface ForwardingRuleAttributes {
  /** The protocol clients use to reach the load balancer. */
  entryProtocol: 'http' | 'https' | 'http2' | 'http3' | 'tcp' | 'udp';
  /** The port the load balancer listens on, 1 to 65535. */
  entryPort: number;
  /** The protocol the load balancer uses to reach the droplets. */
  targetProtocol: 'http' | 'https' | 'http2' | 'tcp' | 'udp';
  /** The droplets' port, 1 to 65535. */
  targetPort: number;
  /** Required for https entry unless `tlsPassthrough`. */
  certificateId?: string;
  /** Pass encrypted traffic through to the droplets, which then hold the certificate. */
  tlsPassthrough?: boolean;
}

/** The droplets behind a load balancer: those with a tag, or a list of ids, never both. */
export type LoadBalancerTargets =
  | {
      /** The tag whose droplets are behind it (instead of `dropletIds`). */
      tag: string;
      /** Not with `tag`. */
      dropletIds?: never;
    }
  | {
      /** Droplets behind it by id (instead of `tag`). */
      dropletIds?: number[];
      /** Not with `dropletIds`. */
      tag?: never;
    };

/** Attributes of a load balancer: its settings, and its droplets by `tag` or by `dropletIds`. */
export type LoadBalancerAttributes = LoadBalancerSettings & LoadBalancerTargets;

/** Settings of a load balancer, beside the droplets behind it. */
export interface LoadBalancerSettings {
  /** The name: letters, digits, `.` and `-`. */
  name: string;
  /** Region slug; leave out for a global load balancer. */
  region?: string;
  /** How traffic is forwarded: at least one rule. */
  forwardingRules: ForwardingRuleAttributes[];
  /** Nodes, 1 to 100. */
  sizeUnit?: number;
  /** How the droplets' health is checked. */
  healthCheck?: {
    /** The protocol of the check. */
    protocol: 'http' | 'https' | 'tcp';
    /** The droplets' port checked, 1 to 65535. */
    port: number;
    /** The path requested by an http or https check; default `/`. */
    path?: string;
    /** Seconds between two checks. */
    checkIntervalSeconds?: number;
    /** Seconds a check may take before it counts as failed. */
    responseTimeoutSeconds?: number;
    /** Failed checks in a row before a droplet is taken out. */
    unhealthyThreshold?: number;
    /** Passed checks in a row before a droplet is put back. */
    healthyThreshold?: number;
  };
  /** Whether a client keeps going to the same droplet. */
  stickySessions?: {
    /** `cookies` to stick by a cookie, `none` not to stick. */
    type: 'cookies' | 'none';
    /** The cookie's name, with `cookies`. */
    cookieName?: string;
    /** The cookie's lifetime in seconds, with `cookies`. */
    cookieTtlSeconds?: number;
  };
  /** Redirect http on port 80 to https on port 443. */
  redirectHttpToHttps?: boolean;
  /** Tell the droplets the client's address with the PROXY protocol. */
  enableProxyProtocol?: boolean;
  /** Keep the connections to the droplets open between requests. */
  enableBackendKeepalive?: boolean;
  /** Seconds an idle http connection stays open. */
  httpIdleTimeoutSeconds?: number;
  /** The VPC to join; default the region's default VPC. */
  vpcUuid?: string;
  /** The project to put it in; default the account's default project. */
  projectId?: string;
  /** Who may connect: rules such as `ip:203.0.113.7` or `cidr:198.51.100.0/24`. */
  firewall?: {
    /** Sources let in. */
    allow?: string[];
    /** Sources kept out. */
    deny?: string[];
  };
  /** `EXTERNAL` for a public address, `INTERNAL` for one inside the VPC only. */
  network?: 'EXTERNAL' | 'INTERNAL';
  /** `IPV4`, or `DUALSTACK` for IPv4 and IPv6. */
  networkStack?: 'IPV4' | 'DUALSTACK';
  /** A regional (HTTP), regional network (TCP/UDP) or global load balancer. */
  type?: 'REGIONAL' | 'REGIONAL_NETWORK' | 'GLOBAL';
  /** The TLS ciphers offered to clients: `DEFAULT`, or only the `STRONG` ones. */
  tlsCipherPolicy?: 'DEFAULT' | 'STRONG';
  /** Do not create the DNS records of Let's Encrypt certificates. */
  disableLetsEncryptDnsRecords?: boolean;
  /** The domains of a global load balancer. */
  domains?: Array<{
    /** The domain name. */
    name: string;
    /** Whether its DNS is managed by DigitalOcean. */
    isManaged?: boolean;
    /** The certificate for it. */
    certificateId?: string;
  }>;
  /** The settings of a global load balancer: `targetProtocol`, `targetPort`, `regionPriorities`, `failoverThreshold`, `cdn`. */
  glbSettings?: Record<string, unknown>;
  /** The regional load balancers behind a global one. */
  targetLoadBalancerIds?: string[];
}

const ENTRY = ['http', 'https', 'http2', 'http3', 'tcp', 'udp'];
const TARGET = ['http', 'https', 'http2', 'tcp', 'udp'];
const KEYS = [
  'name', 'region', 'forwardingRules', 'dropletIds', 'tag', 'sizeUnit', 'healthCheck', 'stickySessions', 'redirectHttpToHttps',
  'enableProxyProtocol', 'enableBackendKeepalive', 'httpIdleTimeoutSeconds', 'vpcUuid', 'projectId', 'firewall', 'network',
  'networkStack', 'type', 'tlsCipherPolicy', 'disableLetsEncryptDnsRecords', 'domains', 'glbSettings', 'targetLoadBalancerIds',
];

function checkForwardingRule(field: string, raw: unknown): Record<string, unknown> {
  const rule = { ...checkAttrs(field, raw) };
  checkKeys(field, rule, ['entryProtocol', 'entryPort', 'targetProtocol', 'targetPort', 'certificateId', 'tlsPassthrough'], 'a forwarding rule');
  if (!ENTRY.includes(rule.entryProtocol as string)) throw new ValidationError(`${field}.entryProtocol`, `must be one of ${ENTRY.join(', ')}`);
  if (!TARGET.includes(rule.targetProtocol as string)) throw new ValidationError(`${field}.targetProtocol`, `must be one of ${TARGET.join(', ')}`);
  checkInt(`${field}.entryPort`, rule.entryPort, 1, 65535);
  checkInt(`${field}.targetPort`, rule.targetPort, 1, 65535);
  if (rule.certificateId) checkUuid(`${field}.certificateId`, rule.certificateId);
  else delete rule.certificateId;
  return toWire(rule) as Record<string, unknown>;
}

/** Checks forwarding rules (at least one) and gives their wire form. */
export function checkForwardingRules(field: string, rules: unknown): Array<Record<string, unknown>> {
  return checkArray(field, rules, checkForwardingRule, 1);
}

/** Checks a load balancer's attributes and gives the wire body. */
export function checkLoadBalancer(raw: LoadBalancerAttributes): Record<string, unknown> {
  const attrs = checkAttrs('attrs', raw);
  checkKeys('attrs', attrs, KEYS, 'a load balancer');
  if (typeof attrs.name !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9.-]{0,254}$/.test(attrs.name)) {
    throw new ValidationError('attrs.name', `must be letters, digits, "." and "-", got ${JSON.stringify(attrs.name)}`);
  }
  const global = attrs.type === 'GLOBAL';
  if (attrs.region !== undefined) checkSlug('attrs.region', attrs.region);
  else if (!global) throw new ValidationError('attrs.region', 'is required for a regional load balancer');
  const forwardingRules = checkForwardingRules('attrs.forwardingRules', attrs.forwardingRules);
  if (attrs.dropletIds !== undefined && attrs.tag !== undefined) throw new ValidationError('attrs', 'may give dropletIds or tag, not both');
  if (attrs.dropletIds !== undefined) checkArray('attrs.dropletIds', attrs.dropletIds, checkId);
  if (attrs.tag !== undefined) checkTag('attrs.tag', attrs.tag);
  if (attrs.sizeUnit !== undefined) checkInt('attrs.sizeUnit', attrs.sizeUnit, 1, 100);
  if (attrs.vpcUuid !== undefined) checkUuid('attrs.vpcUuid', attrs.vpcUuid);
  if (attrs.healthCheck !== undefined) {
    const check = checkAttrs('attrs.healthCheck', attrs.healthCheck);
    if (!['http', 'https', 'tcp'].includes(check.protocol as string)) throw new ValidationError('attrs.healthCheck.protocol', 'must be "http", "https" or "tcp"');
    checkInt('attrs.healthCheck.port', check.port, 1, 65535);
  }
  const body: Record<string, unknown> = { ...(toWire(attrs) as Record<string, unknown>), forwarding_rules: forwardingRules };
  return body;
}

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

  /** The load balancer's monitoring metrics (frontend and droplets), as typed series. */
  get metrics(): LoadBalancerMetrics {
    return new LoadBalancerMetrics(this.connection, 'load_balancer', { lb_id: checkUuid('loadBalancer.id', this.id) });
  }

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
    await this.callAt('POST', 'droplets', { ...options, json: { droplet_ids: checkArray('droplets', droplets, checkDropletRef, 1) } });
  }

  /** Takes droplets out from behind it (`DELETE /v2/load_balancers/{id}/droplets`). */
  async removeDroplets(droplets: DropletRef[], options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', 'droplets', { ...options, json: { droplet_ids: checkArray('droplets', droplets, checkDropletRef, 1) } });
  }

  /** Adds forwarding rules (`POST /v2/load_balancers/{id}/forwarding_rules`). */
  async addForwardingRules(rules: ForwardingRuleAttributes[], options?: RequestOptions): Promise<void> {
    await this.callAt('POST', 'forwarding_rules', { ...options, json: { forwarding_rules: checkForwardingRules('rules', rules) } });
  }

  /** Removes forwarding rules equal to these (`DELETE /v2/load_balancers/{id}/forwarding_rules`). */
  async removeForwardingRules(rules: ForwardingRuleAttributes[], options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', 'forwarding_rules', { ...options, json: { forwarding_rules: checkForwardingRules('rules', rules) } });
  }

  /** Purges the CDN cache of a global load balancer (`DELETE /v2/load_balancers/{id}/cache`). */
  async purgeCache(options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', 'cache', options);
  }
}
