import { ValidationError } from './errors.js';
import { checkArray, checkAttrs, checkId, checkInt, checkKeys, checkSlug, checkTag, checkUuid, toWire } from './validate.js';

/** A forwarding rule, for `create()`, `addForwardingRules()` and `removeForwardingRules()`. */
export interface ForwardingRuleAttributes {
  entryProtocol: 'http' | 'https' | 'http2' | 'http3' | 'tcp' | 'udp';
  entryPort: number;
  targetProtocol: 'http' | 'https' | 'http2' | 'tcp' | 'udp';
  targetPort: number;
  /** Required for https entry unless `tlsPassthrough`. */
  certificateId?: string;
  tlsPassthrough?: boolean;
}

/** The droplets behind a load balancer: those with a tag, or a list of ids, never both. */
export type LoadBalancerTargets =
  | {
      /** The tag whose droplets are behind it (instead of `dropletIds`). */
      tag: string;
      dropletIds?: never;
    }
  | {
      /** Droplets behind it by id (instead of `tag`). */
      dropletIds?: number[];
      tag?: never;
    };

/** Attributes of a load balancer: its settings, and its droplets by `tag` or by `dropletIds`. */
export type LoadBalancerAttributes = LoadBalancerSettings & LoadBalancerTargets;

/** Settings of a load balancer, beside the droplets behind it. */
export interface LoadBalancerSettings {
  name: string;
  /** Region slug; leave out for a global load balancer. */
  region?: string;
  forwardingRules: ForwardingRuleAttributes[];
  /** Nodes, 1 to 100. */
  sizeUnit?: number;
  healthCheck?: {
    protocol: 'http' | 'https' | 'tcp';
    port: number;
    path?: string;
    checkIntervalSeconds?: number;
    responseTimeoutSeconds?: number;
    unhealthyThreshold?: number;
    healthyThreshold?: number;
  };
  stickySessions?: { type: 'cookies' | 'none'; cookieName?: string; cookieTtlSeconds?: number };
  redirectHttpToHttps?: boolean;
  enableProxyProtocol?: boolean;
  enableBackendKeepalive?: boolean;
  httpIdleTimeoutSeconds?: number;
  vpcUuid?: string;
  projectId?: string;
  firewall?: { allow?: string[]; deny?: string[] };
  network?: 'EXTERNAL' | 'INTERNAL';
  networkStack?: 'IPV4' | 'DUALSTACK';
  type?: 'REGIONAL' | 'REGIONAL_NETWORK' | 'GLOBAL';
  tlsCipherPolicy?: 'DEFAULT' | 'STRONG';
  disableLetsEncryptDnsRecords?: boolean;
  domains?: Array<{ name: string; isManaged?: boolean; certificateId?: string }>;
  glbSettings?: Record<string, unknown>;
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
