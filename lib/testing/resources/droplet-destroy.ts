import { accepted, body, defineModule, found, ok } from '../module.js';
import type { RouteContext } from '../router.js';
import { Refusal, unprocessable, type ActionJson, type World } from '../world.js';
import { droplets } from './droplets.js';
import { images } from './images.js';
import { reservedIps } from './reserved-ips.js';
import { snapshots } from './snapshots.js';
import { volumes } from './volumes.js';

type Kind = 'reserved_ips' | 'snapshots' | 'volumes' | 'volume_snapshots';
const KINDS: readonly Kind[] = ['reserved_ips', 'snapshots', 'volumes', 'volume_snapshots'];

/** One associated resource of a droplet. */
interface Associated {
  kind: Kind | 'droplet';
  id: string;
  name: string;
  cost: string;
  destroy: () => void;
}

/** One resource of a destroy request and the action destroying it (the latest, after retries). */
interface Entry extends Omit<Associated, 'cost'> {
  action: ActionJson;
  type: string;
  /** Why destroying it failed although its action completed (the API refused it, e.g. a volume still attached). */
  error?: string;
}

/** A droplet's destroy-with-associated-resources request. */
interface Request {
  droplet: Entry;
  entries: Entry[];
}

const RESOURCE_TYPES: Record<Kind | 'droplet', string> = {
  droplet: 'droplet',
  reserved_ips: 'reserved_ip',
  snapshots: 'image',
  volumes: 'volume',
  volume_snapshots: 'volume_snapshot',
};

const ACTION_TYPES: Record<Kind | 'droplet', string> = {
  droplet: 'destroy',
  reserved_ips: 'release_reserved_ip',
  snapshots: 'destroy_snapshot',
  volumes: 'destroy_volume',
  volume_snapshots: 'destroy_volume_snapshot',
};

/**
 * Destroying a droplet with its associated resources (its volumes and their snapshots, its
 * snapshots, its reserved IPs): each resource is destroyed by an action of its own (`destroy`,
 * `destroy_volume`, `destroy_snapshot`, `destroy_volume_snapshot`, `release_reserved_ip`), so a
 * fault injected for one action type fails that resource; the status reports each, and a retry
 * starts the failed ones again.
 */
export class DropletDestroyRequests {
  readonly #requests = new Map<number, Request>();
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
  }

  /** The droplet's associated resources, by kind. */
  associated(dropletId: number): Associated[] {
    const world = this.#world;
    const droplet = world.state(droplets).get(dropletId);
    const resources: Associated[] = [];
    const volumeStore = world.state(volumes);
    const attached = volumeStore.list().filter((v) => v.droplet_ids.includes(droplet.id));
    for (const volume of attached) {
      resources.push({ kind: 'volumes', id: volume.id, name: volume.name, cost: (volume.size_gigabytes * 0.1).toFixed(2), destroy: () => volumeStore.remove(volume) });
    }
    for (const snapshot of volumeStore.snapshots.list()) {
      if (!attached.some((v) => v.id === snapshot.resource_id)) continue;
      resources.push({ kind: 'volume_snapshots', id: snapshot.id, name: snapshot.name, cost: (snapshot.size_gigabytes * 0.06).toFixed(2), destroy: () => world.state(snapshots).remove(snapshot.id) });
    }
    for (const record of world.state(images).list()) {
      if (record.dropletId !== droplet.id || record.image.type !== 'snapshot') continue;
      const id = String(record.image.id);
      resources.push({ kind: 'snapshots', id, name: record.image.name, cost: ((record.image.size_gigabytes ?? 0) * 0.06).toFixed(2), destroy: () => world.state(images).remove(id) });
    }
    for (const record of world.state(reservedIps).list()) {
      if (record.droplet !== droplet.id) continue;
      const { ip } = record;
      resources.push({ kind: 'reserved_ips', id: ip, name: ip, cost: '5.00', destroy: () => world.state(reservedIps).remove(ip) });
    }
    return resources;
  }

  /** The associated resources as the listing writes them. */
  associatedView(dropletId: number): Record<string, unknown> {
    const resources = this.associated(dropletId);
    const of = (kind: Kind) => resources.filter((r) => r.kind === kind).map(({ id, name, cost }) => ({ id, name, cost }));
    return { reserved_ips: of('reserved_ips'), floating_ips: of('reserved_ips'), snapshots: of('snapshots'), volumes: of('volumes'), volume_snapshots: of('volume_snapshots') };
  }

  /** Starts destroying the droplet with the chosen associated resources (all of them when `chosen` is `undefined`). */
  start(dropletId: number, chosen: Record<string, unknown> | undefined): void {
    const dropletStore = this.#world.state(droplets);
    const droplet = dropletStore.get(dropletId);
    if (this.#requests.has(dropletId)) throw unprocessable('The droplet is already being destroyed.');
    const associated = this.associated(dropletId);
    let picked = associated;
    if (chosen) {
      picked = [];
      for (const [key, value] of Object.entries(chosen)) {
        const kind = (key === 'floating_ips' ? 'reserved_ips' : key) as Kind;
        if (!KINDS.includes(kind) || !Array.isArray(value)) throw unprocessable(`${key} is not a kind of associated resource`);
        for (const id of value) {
          const match = associated.find((r) => r.kind === kind && r.id === String(id));
          if (!match) throw unprocessable(`${String(id)} is not one of the droplet's ${key}`);
          if (!picked.includes(match)) picked.push(match);
        }
      }
    }
    const self: Associated = { kind: 'droplet', id: String(droplet.id), name: droplet.name, cost: '', destroy: () => dropletStore.remove(droplet.id) };
    this.#requests.set(dropletId, { droplet: this.#run(self, droplet.id), entries: picked.map((r) => this.#run(r, null)) });
  }

  /** The request's status as the status endpoint writes it; a 404 when there is none. */
  status(dropletId: number): Record<string, unknown> {
    const request = found(this.#requests.get(dropletId));
    const view = (entry: Entry) => ({
      id: entry.id,
      name: entry.name,
      ...(entry.action.status === 'completed' && !entry.error ? { destroyed_at: entry.action.completed_at } : {}),
      ...(failed(entry) ? { error_message: entry.error ?? `the ${entry.type.replace(/_/g, ' ')} action failed; retry it` } : {}),
    });
    const of = (kind: Kind) => request.entries.filter((e) => e.kind === kind).map(view);
    const all = [request.droplet, ...request.entries];
    const done = all.every((e) => e.action.status !== 'in-progress');
    const completed = all.map((e) => e.action.completed_at ?? '').sort().at(-1);
    return {
      droplet: view(request.droplet),
      resources: { reserved_ips: of('reserved_ips'), floating_ips: [], snapshots: of('snapshots'), volumes: of('volumes'), volume_snapshots: of('volume_snapshots') },
      ...(done ? { completed_at: completed } : {}),
      failures: all.filter(failed).length,
    };
  }

  /** Starts again every failed destruction of the request. */
  retry(dropletId: number): void {
    const request = found(this.#requests.get(dropletId));
    const again = [request.droplet, ...request.entries].filter(failed);
    if (again.length === 0) throw unprocessable('Nothing failed: there is nothing to retry.');
    for (const entry of again) {
      delete entry.error;
      entry.action = this.#action(entry);
    }
  }

  #run(resource: Associated, resourceId: number | null): Entry {
    const entry = { ...resource, type: ACTION_TYPES[resource.kind], action: undefined as unknown as ActionJson, resourceId };
    entry.action = this.#action(entry);
    return entry;
  }

  #action(entry: Omit<Entry, 'action'> & { resourceId?: number | null }): ActionJson {
    const world = this.#world;
    return world.startAction(entry.type, entry.resourceId ?? null, RESOURCE_TYPES[entry.kind], null, () => {
      try {
        entry.destroy();
      } catch (error) {
        // A resource already gone is destroyed; any other refusal fails it.
        if (!(error instanceof Refusal && error.status === 404)) entry.error = (error as Error).message;
      }
    });
  }
}

/** Whether destroying the resource failed: its action errored, or the API refused the destruction. */
function failed(entry: Entry): boolean {
  return entry.action.status === 'errored' || entry.error !== undefined;
}

function dangerous(ctx: RouteContext): void {
  if (String(ctx.headers?.['x-dangerous']).toLowerCase() !== 'true') throw new Refusal(412, 'precondition_failed', 'The X-Dangerous header must be true to destroy every associated resource.');
}

const BASE = '/v2/droplets/{droplet_id}/destroy_with_associated_resources';

/** Destroying droplets with their associated resources: `/v2/droplets/{droplet_id}/destroy_with_associated_resources`. */
export const dropletDestroy = defineModule('droplet_destroy', (world) => new DropletDestroyRequests(world), (route) => {
  const id = (ctx: RouteContext) => Number(ctx.params.droplet_id);
  route('GET', BASE, (ctx, requests) => ok(requests.associatedView(id(ctx))));
  route('DELETE', `${BASE}/selective`, (ctx, requests) => {
    requests.start(id(ctx), ctx.body === undefined ? {} : body(ctx));
    return { status: 202 };
  });
  route('DELETE', `${BASE}/dangerous`, (ctx, requests) => {
    dangerous(ctx);
    requests.start(id(ctx), undefined);
    return { status: 202 };
  });
  route('GET', `${BASE}/status`, (ctx, requests) => ok(requests.status(id(ctx))));
  route('POST', `${BASE}/retry`, (ctx, requests) => {
    requests.retry(id(ctx));
    return accepted(undefined);
  });
});
