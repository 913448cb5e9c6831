import type { RegionJson } from '../catalogue.js';
import { accepted, actionIn, body, created, defineModule, noContent, ok, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { forbidden, unprocessable, type ActionJson, type World } from '../world.js';
import { ACCOUNT } from './account.js';
import { droplets, type DropletJson } from './droplets.js';
import { projects } from './projects.js';

/** A reserved IPv4 address as the simulator keeps it: its droplet by id. */
export interface ReservedIpRecord {
  ip: string;
  region: RegionJson;
  droplet: number | null;
  locked: boolean;
  project_id: string;
}

/** A reserved (or floating) IPv4 address as the API answers it: its droplet as it is now. */
export interface ReservedIpJson extends Omit<ReservedIpRecord, 'droplet'> {
  droplet: DropletJson | null;
}

/** Actions on a reserved IP carry its address as a number. */
function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** The reserved IPv4 addresses, by address, within the account's `floating_ip_limit`. */
export class ReservedIpStore extends Store<ReservedIpRecord, string> {
  #next = 1;

  constructor(world: World) {
    super(world);
    world.on('dropletDeleted', (id) => {
      for (const record of this.items.values()) if (record.droplet === id) record.droplet = null;
    });
  }

  /** Reserves an address in a region, or for a droplet (assigned by an `assign_ip` action). */
  create(attrs: Record<string, unknown>): ReservedIpRecord {
    let region: RegionJson | undefined;
    let droplet: DropletJson | undefined;
    if (attrs.droplet_id !== undefined) {
      droplet = typeof attrs.droplet_id === 'number' ? this.world.state(droplets).items.get(attrs.droplet_id) : undefined;
      if (!droplet) throw unprocessable('Droplet not found.');
      const id = droplet.id;
      if (this.list().some((r) => r.droplet === id)) throw unprocessable('The droplet already has a reserved IP.');
      region = droplet.region;
    } else {
      region = this.world.region(attrs.region);
      if (!region) throw unprocessable('You specified an invalid region.');
    }
    if (this.items.size >= ACCOUNT.floating_ip_limit) throw forbidden('You have reached the reserved IP limit of your account.');
    const n = this.#next++;
    const ip = `45.55.${(n >> 8) & 255}.${n & 255}`;
    const projectId = typeof attrs.project_id === 'string' ? attrs.project_id : this.world.state(projects).defaultProjectId;
    const record = this.put(ip, { ip, region: structuredClone(region), droplet: null, locked: false, project_id: projectId });
    this.world.emit('resourceCreated', `do:floatingip:${ip}`, projectId);
    if (droplet) {
      const target = droplet.id;
      this.world.startAction('assign_ip', ipToInt(ip), 'reserved_ip', region, () => this.#point(record, target));
    }
    return record;
  }

  /** The address as the API answers it: its droplet as it is now, locked while an action runs. */
  view(record: ReservedIpRecord): ReservedIpJson {
    const droplet = record.droplet === null ? null : (this.world.state(droplets).items.get(record.droplet) ?? null);
    return { ...record, droplet, locked: this.world.busy('reserved_ip', ipToInt(record.ip)) };
  }

  /** Releases an address. */
  remove(ip: string): void {
    this.delete(ip);
    this.world.emit('resourceDeleted', `do:floatingip:${ip}`);
  }

  /** Starts `assign` (to a droplet of its region) or `unassign`. */
  action(record: ReservedIpRecord, attrs: Record<string, unknown>): ActionJson {
    const id = ipToInt(record.ip);
    if (this.world.busy('reserved_ip', id)) throw unprocessable('The reserved IP already has a pending event.');
    const { region } = record;
    if (attrs.type === 'assign') {
      const droplet = typeof attrs.droplet_id === 'number' ? this.world.state(droplets).items.get(attrs.droplet_id) : undefined;
      if (!droplet) throw unprocessable('Droplet not found.');
      if (droplet.region.slug !== region.slug) throw unprocessable("The droplet must be in the reserved IP's region.");
      return this.world.startAction('assign_ip', id, 'reserved_ip', region, () => this.#point(record, droplet.id));
    }
    if (attrs.type === 'unassign') {
      if (record.droplet === null) throw unprocessable('The reserved IP is not assigned.');
      return this.world.startAction('unassign_ip', id, 'reserved_ip', region, () => void (record.droplet = null));
    }
    throw unprocessable(`${JSON.stringify(attrs.type)} is not a valid reserved IP action type.`);
  }

  /** The actions on an address, newest first. */
  actionsOf(record: ReservedIpRecord): ActionJson[] {
    return this.world.actionsOf('reserved_ip', ipToInt(record.ip));
  }

  /** Points the address at a droplet still there, taking it from any other address. */
  #point(record: ReservedIpRecord, dropletId: number): void {
    for (const other of this.items.values()) if (other.droplet === dropletId) other.droplet = null;
    if (this.world.state(droplets).has(dropletId)) record.droplet = dropletId;
  }
}

/**
 * Reserved IPv4 addresses, answered twice: as `/v2/reserved_ips` and as the legacy
 * `/v2/floating_ips`, which are the same addresses.
 */
export const reservedIps = defineModule('reserved_ips', (world) => new ReservedIpStore(world), (route) => {
  for (const [base, key, param] of [['/v2/reserved_ips', 'reserved_ip', 'reserved_ip'], ['/v2/floating_ips', 'floating_ip', 'floating_ip']] as const) {
    const one = `${base}/{${param}}`;
    const record = (ctx: RouteContext, store: ReservedIpStore) => store.get(ctx.params[param]);
    route('GET', base, (ctx, store) => ok(store.page(ctx, `${key}s`, store.list().map((r) => store.view(r)))));
    route('POST', base, (ctx, store) => {
      const made = store.create(body(ctx));
      return accepted({ [key]: store.view(made), links: made.droplet === null ? {} : { droplets: [] } });
    });
    route('GET', one, (ctx, store) => ok({ [key]: store.view(record(ctx, store)) }));
    route('DELETE', one, (ctx, store) => {
      store.remove(ctx.params[param]);
      return noContent();
    });
    route('GET', `${one}/actions`, (ctx, store) => ok(store.page(ctx, 'actions', store.actionsOf(record(ctx, store)))));
    route('POST', `${one}/actions`, (ctx, store) => created({ action: store.action(record(ctx, store), body(ctx)) }));
    route('GET', `${one}/actions/{action_id}`, (ctx, store) => ok({ action: actionIn(ctx, store.actionsOf(record(ctx, store))) }));
  }
});
