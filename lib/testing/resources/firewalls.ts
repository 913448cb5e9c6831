import { randomUUID } from 'node:crypto';
import { accepted, addOrRemove, body, defineModule, noContent, numbers, numericParam, objects, ok, same, strings, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { unprocessable, type World } from '../world.js';
import { droplets } from './droplets.js';

/** Where a rule's traffic comes from or goes to. */
export interface FirewallPeersJson {
  addresses?: string[];
  droplet_ids?: number[];
  load_balancer_uids?: string[];
  kubernetes_ids?: string[];
  tags?: string[];
}

/** A firewall rule as the API answers it: `sources` on inbound rules, `destinations` on outbound ones. */
export interface FirewallRuleJson {
  protocol: 'tcp' | 'udp' | 'icmp';
  ports: string;
  sources?: FirewallPeersJson;
  destinations?: FirewallPeersJson;
}

/** A firewall as the API answers it. */
export interface FirewallJson {
  id: string;
  status: 'waiting' | 'succeeded' | 'failed';
  created_at: string;
  pending_changes: Array<{ droplet_id: number; removing: boolean; status: string }>;
  name: string;
  droplet_ids: number[];
  tags: string[];
  inbound_rules: FirewallRuleJson[];
  outbound_rules: FirewallRuleJson[];
}

const PROTOCOLS = ['tcp', 'udp', 'icmp'] as const;
const DIRECTIONS = [
  ['inbound_rules', 'sources'],
  ['outbound_rules', 'destinations'],
] as const;

/** The peers a rule gives, each list of its JSON type. */
function peersOf(given: Record<string, unknown>): FirewallPeersJson {
  const peers: FirewallPeersJson = {};
  for (const key of Object.keys(given)) {
    if (key === 'droplet_ids') peers.droplet_ids = numbers(given[key]);
    else if (key === 'addresses' || key === 'load_balancer_uids' || key === 'kubernetes_ids' || key === 'tags') peers[key] = strings(given[key]);
  }
  return peers;
}

/** The rules of one direction a request gives, checked; ICMP rules have ports `0`. */
function rulesOf(value: unknown, direction: 'sources' | 'destinations'): FirewallRuleJson[] {
  return objects(value).map((rule) => {
    const protocol = PROTOCOLS.find((p) => p === rule.protocol);
    if (!protocol) throw unprocessable('Protocol is invalid.');
    if (protocol !== 'icmp' && typeof rule.ports !== 'string') throw unprocessable('Ports are required.');
    const [given] = objects([rule[direction]]);
    if (!given) throw unprocessable(`${direction} are required.`);
    const ports = protocol !== 'icmp' && typeof rule.ports === 'string' ? rule.ports : '0';
    const peers = peersOf(given);
    return direction === 'sources' ? { protocol, ports, sources: peers } : { protocol, ports, destinations: peers };
  });
}

/** The firewalls, by id: `waiting` after each change until it has applied. */
export class FirewallStore extends Store<FirewallJson, string> {
  /** Firewall -> the number of its latest change, which alone marks it `succeeded` once applied. */
  readonly #changes = new WeakMap<FirewallJson, number>();

  constructor(world: World) {
    super(world);
    world.on('dropletDeleted', (id) => {
      for (const firewall of this.items.values()) firewall.droplet_ids = firewall.droplet_ids.filter((d) => d !== id);
    });
  }

  /** Creates a firewall (no `existing`) or replaces one's name, droplets, tags and rules. */
  save(attrs: Record<string, unknown>, existing?: FirewallJson): FirewallJson {
    if (typeof attrs.name !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9.-]*$/.test(attrs.name)) throw unprocessable('Name is invalid.');
    const [inbound, outbound] = DIRECTIONS.map(([key, peers]) => rulesOf(attrs[key], peers));
    const dropletIds = this.#droplets(attrs.droplet_ids);
    const tags = strings(attrs.tags);
    const settings = { name: attrs.name, droplet_ids: [...new Set(dropletIds)], tags, inbound_rules: inbound, outbound_rules: outbound };
    const firewall: FirewallJson = existing ? Object.assign(existing, settings) : { id: randomUUID(), status: 'waiting', created_at: this.now(), pending_changes: [], ...settings };
    this.world.emit('tagsUsed', tags);
    this.put(firewall.id, firewall);
    this.#apply(firewall);
    return firewall;
  }

  /** Adds or removes droplets, tags or rules (`what`), as the API's sub-collection verbs do. */
  change(firewall: FirewallJson, what: string, add: boolean, attrs: Record<string, unknown>): void {
    if (what === 'droplets') {
      if (!numbers(attrs.droplet_ids).length) throw unprocessable('droplet_ids is required.');
      const ids = add ? this.#droplets(attrs.droplet_ids) : numbers(attrs.droplet_ids);
      firewall.droplet_ids = addOrRemove(firewall.droplet_ids, [...new Set(ids)], add);
    } else if (what === 'tags') {
      const tags = strings(attrs.tags);
      if (!tags.length) throw unprocessable('tags is required.');
      if (add) this.world.emit('tagsUsed', tags);
      firewall.tags = addOrRemove(firewall.tags, [...new Set(tags)], add);
    } else {
      firewall.inbound_rules = addOrRemove(firewall.inbound_rules, rulesOf(attrs.inbound_rules, 'sources'), add, same);
      firewall.outbound_rules = addOrRemove(firewall.outbound_rules, rulesOf(attrs.outbound_rules, 'destinations'), add, same);
    }
    this.#apply(firewall);
  }

  /** The firewalls that apply to a droplet: by its id or by one of its tags. */
  ofDroplet(dropletId: number): FirewallJson[] {
    const droplet = this.world.state(droplets).get(dropletId);
    return this.list().filter((f) => f.droplet_ids.includes(dropletId) || f.tags.some((t) => droplet.tags.includes(t)));
  }

  /** The droplet ids a request gives, each of a droplet that exists. */
  #droplets(value: unknown): number[] {
    const ids: unknown[] = Array.isArray(value) ? value : [];
    const store = this.world.state(droplets);
    for (const id of ids) if (typeof id !== 'number' || !store.has(id)) throw unprocessable(`Droplet ${String(id)} not found.`);
    return numbers(ids);
  }

  /** A firewall is `waiting` after every change until it has applied, one action duration later. */
  #apply(firewall: FirewallJson): void {
    const change = (this.#changes.get(firewall) ?? 0) + 1;
    this.#changes.set(firewall, change);
    firewall.status = 'waiting';
    this.world.schedule(() => {
      if (this.#changes.get(firewall) === change) firewall.status = 'succeeded';
    });
  }
}

const firewall = (ctx: RouteContext, store: FirewallStore) => store.get(ctx.params.firewall_id);

/** Firewalls: `/v2/firewalls`, and the firewalls of a droplet. */
export const firewalls = defineModule('firewalls', (world) => new FirewallStore(world), (route) => {
  route('GET', '/v2/firewalls', (ctx, store) => ok(store.page(ctx, 'firewalls', store.list())));
  route('POST', '/v2/firewalls', (ctx, store) => accepted({ firewall: store.save(body(ctx)) }));
  route('GET', '/v2/firewalls/{firewall_id}', (ctx, store) => ok({ firewall: firewall(ctx, store) }));
  route('PUT', '/v2/firewalls/{firewall_id}', (ctx, store) => ok({ firewall: store.save(body(ctx), firewall(ctx, store)) }));
  route('DELETE', '/v2/firewalls/{firewall_id}', (ctx, store) => {
    store.delete(ctx.params.firewall_id);
    return noContent();
  });
  for (const what of ['droplets', 'tags', 'rules']) {
    for (const [method, add] of [['POST', true], ['DELETE', false]] as const) {
      route(method, `/v2/firewalls/{firewall_id}/${what}`, (ctx, store) => {
        store.change(firewall(ctx, store), what, add, body(ctx));
        return noContent();
      });
    }
  }
  route('GET', '/v2/droplets/{droplet_id}/firewalls', (ctx, store) => ok(store.page(ctx, 'firewalls', store.ofDroplet(numericParam(ctx, 'droplet_id')))));
});
