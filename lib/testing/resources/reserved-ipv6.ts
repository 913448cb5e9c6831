import { body, created, defineModule, noContent, ok, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { unprocessable, type ActionJson, type World } from '../world.js';
import { droplets, type DropletJson } from './droplets.js';

/** A reserved IPv6 address as the simulator keeps it: its droplet by id. */
export interface ReservedIpv6Record {
  ip: string;
  reserved_at: string;
  region_slug: string;
  droplet: number | null;
}

/** A reserved IPv6 address as the API answers it: its droplet as it is now. */
export interface ReservedIpv6Json extends Omit<ReservedIpv6Record, 'droplet'> {
  droplet: DropletJson | null;
}

/** The reserved IPv6 addresses, by address. */
export class ReservedIpv6Store extends Store<ReservedIpv6Record, string> {
  #next = 1;
  /** Address -> the number its actions carry as resource id. */
  readonly #actionIds = new Map<string, number>();

  constructor(world: World) {
    super(world);
    world.on('dropletDeleted', (id) => {
      for (const record of this.items.values()) if (record.droplet === id) record.droplet = null;
    });
  }

  /** Reserves an address in a region. */
  create(attrs: Record<string, unknown>): ReservedIpv6Record {
    const region = this.world.region(attrs.region_slug);
    if (!region) throw unprocessable('You specified an invalid region.');
    const n = this.#next++;
    const ip = `2a03:b0c0:2:f0::${n.toString(16)}:1`;
    this.#actionIds.set(ip, n);
    return this.put(ip, { ip, reserved_at: this.now(), region_slug: region.slug, droplet: null });
  }

  /** The address as the API answers it: its droplet as it is now. */
  view(record: ReservedIpv6Record): ReservedIpv6Json {
    return { ...record, droplet: record.droplet === null ? null : (this.world.state(droplets).items.get(record.droplet) ?? null) };
  }

  /** Starts `assign` (to a droplet of its region) or `unassign`. */
  action(record: ReservedIpv6Record, attrs: Record<string, unknown>): ActionJson {
    const region = this.world.region(record.region_slug) ?? null;
    const resourceId = this.#actionIds.get(record.ip) ?? null;
    if (attrs.type === 'assign') {
      const droplet = typeof attrs.droplet_id === 'number' ? this.world.state(droplets).items.get(attrs.droplet_id) : undefined;
      if (!droplet) throw unprocessable('Droplet not found.');
      if (droplet.region.slug !== record.region_slug) throw unprocessable("The droplet must be in the reserved IP's region.");
      return this.world.startAction('assign_ip', resourceId, 'reserved_ipv6', region, () => void (record.droplet = droplet.id));
    }
    if (attrs.type === 'unassign') return this.world.startAction('unassign_ip', resourceId, 'reserved_ipv6', region, () => void (record.droplet = null));
    throw unprocessable(`${JSON.stringify(attrs.type)} is not a valid reserved IPv6 action type.`);
  }
}

const record = (ctx: RouteContext, store: ReservedIpv6Store) => store.get(ctx.params.reserved_ipv6);

/** Reserved IPv6 addresses: `/v2/reserved_ipv6`. */
export const reservedIpv6 = defineModule('reserved_ipv6', (world) => new ReservedIpv6Store(world), (route) => {
  route('GET', '/v2/reserved_ipv6', (ctx, store) => ok(store.page(ctx, 'reserved_ipv6s', store.list().map((r) => store.view(r)))));
  route('POST', '/v2/reserved_ipv6', (ctx, store) => created({ reserved_ipv6: store.view(store.create(body(ctx))) }));
  route('GET', '/v2/reserved_ipv6/{reserved_ipv6}', (ctx, store) => ok({ reserved_ipv6: store.view(record(ctx, store)) }));
  route('DELETE', '/v2/reserved_ipv6/{reserved_ipv6}', (ctx, store) => {
    store.delete(ctx.params.reserved_ipv6);
    return noContent();
  });
  route('POST', '/v2/reserved_ipv6/{reserved_ipv6}/actions', (ctx, store) => created({ action: store.action(record(ctx, store), body(ctx)) }));
});
