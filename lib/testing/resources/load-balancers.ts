import { randomUUID } from 'node:crypto';
import type { RegionJson } from '../catalogue.js';
import { accepted, addOrRemove, body, defineModule, noContent, numbers, objects, ok, same, strings, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { unprocessable, type World } from '../world.js';
import { droplets } from './droplets.js';
import { projects } from './projects.js';

/** A forwarding rule as the API answers it. */
export interface ForwardingRuleJson {
  entry_protocol: string;
  entry_port: number;
  target_protocol: string;
  target_port: number;
  certificate_id: string;
  tls_passthrough: boolean;
}

/** A health check as the API answers it. */
export interface HealthCheckJson {
  protocol: string;
  port: number;
  path: string;
  check_interval_seconds: number;
  response_timeout_seconds: number;
  unhealthy_threshold: number;
  healthy_threshold: number;
}

/** Sticky sessions as the API answers them. */
export interface StickySessionsJson {
  type: string;
  cookie_name?: string;
  cookie_ttl_seconds?: number;
}

/** A load balancer as the API answers it (with `droplet_ids` as stored: see {@link LoadBalancerStore.view}). */
export interface LoadBalancerJson {
  id: string;
  ip: string;
  status: 'new' | 'active' | 'errored';
  created_at: string;
  project_id: string;
  algorithm: string;
  name: string;
  size_unit: number;
  forwarding_rules: ForwardingRuleJson[];
  health_check: HealthCheckJson;
  sticky_sessions: StickySessionsJson;
  redirect_http_to_https: boolean;
  enable_proxy_protocol: boolean;
  enable_backend_keepalive: boolean;
  http_idle_timeout_seconds: number;
  vpc_uuid?: string;
  disable_lets_encrypt_dns_records: boolean;
  firewall: { deny: string[]; allow: string[] };
  network: string;
  network_stack: string;
  type: string;
  tls_cipher_policy: string;
  region?: RegionJson;
  droplet_ids: number[];
  tag: string;
}

const HEALTH_CHECK: HealthCheckJson = {
  protocol: 'http',
  port: 80,
  path: '/',
  check_interval_seconds: 10,
  response_timeout_seconds: 5,
  unhealthy_threshold: 3,
  healthy_threshold: 5,
};

const text = (value: unknown, otherwise: string): string => (typeof value === 'string' ? value : otherwise);
const count = (value: unknown, otherwise: number): number => (typeof value === 'number' ? value : otherwise);

/** What a create or an update sets. */
type LoadBalancerSettings = Omit<LoadBalancerJson, 'id' | 'ip' | 'status' | 'created_at' | 'project_id' | 'algorithm'>;

/** The forwarding rules a request gives, each with the API's defaults. */
function forwardingRules(value: unknown): ForwardingRuleJson[] {
  return objects(value).map((rule) => ({
    certificate_id: text(rule.certificate_id, ''),
    tls_passthrough: rule.tls_passthrough === true,
    entry_protocol: text(rule.entry_protocol, ''),
    entry_port: count(rule.entry_port, 0),
    target_protocol: text(rule.target_protocol, ''),
    target_port: count(rule.target_port, 0),
  }));
}

/** The health check a request gives, over the API's defaults. */
function healthCheck(value: unknown): HealthCheckJson {
  const [given = {}] = objects([value]);
  const check = { ...HEALTH_CHECK };
  for (const key of ['protocol', 'path'] as const) check[key] = text(given[key], check[key]);
  for (const key of ['port', 'check_interval_seconds', 'response_timeout_seconds', 'unhealthy_threshold', 'healthy_threshold'] as const) check[key] = count(given[key], check[key]);
  return check;
}

/** The sticky sessions a request gives, `none` by default. */
function stickySessions(value: unknown): StickySessionsJson {
  const [given = {}] = objects([value]);
  return {
    type: text(given.type, 'none'),
    ...(typeof given.cookie_name === 'string' ? { cookie_name: given.cookie_name } : {}),
    ...(typeof given.cookie_ttl_seconds === 'number' ? { cookie_ttl_seconds: given.cookie_ttl_seconds } : {}),
  };
}

/** The load balancers, by id: `new` until, one action duration later, they are `active` with an IP. */
export class LoadBalancerStore extends Store<LoadBalancerJson, string> {
  #next = 1;

  constructor(world: World) {
    super(world);
    world.on('dropletDeleted', (id) => {
      for (const lb of this.items.values()) lb.droplet_ids = lb.droplet_ids.filter((d) => d !== id);
    });
  }

  /** Creates a load balancer (no `existing`) or replaces one's settings. */
  save(attrs: Record<string, unknown>, existing?: LoadBalancerJson): LoadBalancerJson {
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('Name is required.');
    const global = attrs.type === 'GLOBAL';
    const region = global ? undefined : this.world.region(attrs.region);
    if (!global && !region) throw unprocessable('You specified an invalid region.');
    const rules = forwardingRules(attrs.forwarding_rules);
    if (!rules.length) throw unprocessable('At least one forwarding rule is required.');
    if (attrs.droplet_ids !== undefined && attrs.tag !== undefined) throw unprocessable('Specify droplet_ids or tag, not both.');
    const ids: unknown[] = Array.isArray(attrs.droplet_ids) ? attrs.droplet_ids : [];
    const store = this.world.state(droplets);
    for (const id of ids) if (typeof id !== 'number' || !store.has(id)) throw unprocessable(`Droplet ${String(id)} not found.`);
    const n = this.#next++;
    const [firewall = {}] = objects([attrs.firewall]);
    const settings: LoadBalancerSettings = {
      name: attrs.name,
      size_unit: count(attrs.size_unit, 1),
      forwarding_rules: rules,
      health_check: healthCheck(attrs.health_check),
      sticky_sessions: stickySessions(attrs.sticky_sessions),
      redirect_http_to_https: attrs.redirect_http_to_https === true,
      enable_proxy_protocol: attrs.enable_proxy_protocol === true,
      enable_backend_keepalive: attrs.enable_backend_keepalive === true,
      http_idle_timeout_seconds: count(attrs.http_idle_timeout_seconds, 60),
      vpc_uuid: typeof attrs.vpc_uuid === 'string' ? attrs.vpc_uuid : region ? this.world.vpcOf(region.slug) : undefined,
      disable_lets_encrypt_dns_records: attrs.disable_lets_encrypt_dns_records === true,
      firewall: { deny: strings(firewall.deny), allow: strings(firewall.allow) },
      network: text(attrs.network, 'EXTERNAL'),
      network_stack: text(attrs.network_stack, 'IPV4'),
      type: text(attrs.type, 'REGIONAL'),
      tls_cipher_policy: text(attrs.tls_cipher_policy, 'DEFAULT'),
      ...(region ? { region: structuredClone(region) } : {}),
      droplet_ids: attrs.tag !== undefined ? [] : [...new Set(numbers(ids))],
      tag: typeof attrs.tag === 'string' ? attrs.tag : '',
    };
    const lb: LoadBalancerJson = existing
      ? Object.assign(existing, settings)
      : { id: randomUUID(), ip: '', status: 'new', created_at: this.now(), project_id: this.world.state(projects).defaultProjectId, algorithm: 'round_robin', ...settings };
    if (!existing) {
      this.put(lb.id, lb);
      this.world.emit('resourceCreated', `do:loadbalancer:${lb.id}`);
      this.world.schedule(() => {
        lb.status = 'active';
        lb.ip = `174.138.${(n >> 8) & 255}.${n & 255}`;
      });
    }
    if (typeof attrs.tag === 'string') this.world.emit('tagsUsed', [attrs.tag]);
    return lb;
  }

  /** The load balancer as the API answers it: droplets by tag resolved as they are now. */
  view(lb: LoadBalancerJson): LoadBalancerJson {
    const droplet_ids = lb.tag ? this.world.state(droplets).list(lb.tag).map((d) => d.id) : lb.droplet_ids;
    return { ...lb, droplet_ids };
  }

  /** Deletes a load balancer. */
  remove(lb: LoadBalancerJson): void {
    this.items.delete(lb.id);
    this.world.emit('resourceDeleted', `do:loadbalancer:${lb.id}`);
  }

  /** Adds or removes droplets or forwarding rules. */
  change(lb: LoadBalancerJson, what: 'droplets' | 'forwarding_rules', add: boolean, attrs: Record<string, unknown>): void {
    if (what === 'droplets') {
      if (lb.tag) throw unprocessable('This load balancer selects droplets by tag.');
      const given: unknown[] = Array.isArray(attrs.droplet_ids) ? attrs.droplet_ids : [];
      if (!given.length) throw unprocessable('droplet_ids is required.');
      const store = this.world.state(droplets);
      for (const id of given) if (add && (typeof id !== 'number' || !store.has(id))) throw unprocessable(`Droplet ${String(id)} not found.`);
      lb.droplet_ids = addOrRemove(lb.droplet_ids, [...new Set(numbers(given))], add);
    } else {
      const given = forwardingRules(attrs.forwarding_rules);
      if (!given.length) throw unprocessable('forwarding_rules is required.');
      const next = addOrRemove(lb.forwarding_rules, given, add, same);
      if (!next.length) throw unprocessable('A load balancer needs at least one forwarding rule.');
      lb.forwarding_rules = next;
    }
  }
}

const loadBalancer = (ctx: RouteContext, store: LoadBalancerStore) => store.get(ctx.params.lb_id);

/** Load balancers: `/v2/load_balancers`. */
export const loadBalancers = defineModule('load_balancers', (world) => new LoadBalancerStore(world), (route) => {
  route('GET', '/v2/load_balancers', (ctx, store) => ok(store.page(ctx, 'load_balancers', store.list().map((lb) => store.view(lb)))));
  route('POST', '/v2/load_balancers', (ctx, store) => accepted({ load_balancer: store.view(store.save(body(ctx))) }));
  route('GET', '/v2/load_balancers/{lb_id}', (ctx, store) => ok({ load_balancer: store.view(loadBalancer(ctx, store)) }));
  route('PUT', '/v2/load_balancers/{lb_id}', (ctx, store) => ok({ load_balancer: store.view(store.save(body(ctx), loadBalancer(ctx, store))) }));
  route('DELETE', '/v2/load_balancers/{lb_id}', (ctx, store) => {
    store.remove(loadBalancer(ctx, store));
    return noContent();
  });
  route('DELETE', '/v2/load_balancers/{lb_id}/cache', (ctx, store) => {
    if (loadBalancer(ctx, store).type !== 'GLOBAL') throw unprocessable('Only global load balancers have a cache.');
    return noContent();
  });
  for (const what of ['droplets', 'forwarding_rules'] as const) {
    for (const [method, add] of [['POST', true], ['DELETE', false]] as const) {
      route(method, `/v2/load_balancers/{lb_id}/${what}`, (ctx, store) => {
        store.change(loadBalancer(ctx, store), what, add, body(ctx));
        return noContent();
      });
    }
  }
});
