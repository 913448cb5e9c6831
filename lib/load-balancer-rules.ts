import { ValidationError } from './errors.js';
import { checkArray, checkAttrs, checkId, checkInt, checkKeys, checkSlug, checkTag, checkUuid, toWire } from './validate.js';

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
