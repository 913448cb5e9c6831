import { createHash } from 'node:crypto';
import { seedKernels, seedRegions, seedSizes, type KernelJson, type RegionJson, type SizeJson } from './catalogue.js';

/** An action as the API writes it. */
export interface ActionJson {
  /** Numeric id. */
  id: number;
  /** Where it stands. */
  status: 'in-progress' | 'completed' | 'errored';
  /** What it does, e.g. `power_off`. */
  type: string;
  /** When it started. */
  started_at: string;
  /** When it ended; `null` while in progress. */
  completed_at: string | null;
  /** The id of the resource it acts on. */
  resource_id: number | null;
  /** The kind of that resource, e.g. `droplet`. */
  resource_type: string;
  /** Where it runs. */
  region: RegionJson | null;
  /** The slug of that region. */
  region_slug: string | null;
}

/** The API's answer to a request it refuses. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
  ) {
    super(message);
  }
}

/** 404 with the API's body. */
export const notFound = (): Refusal => new Refusal(404, 'not_found', 'The resource you were accessing could not be found.');
/** 400 with the API's body. */
export const badRequest = (message: string): Refusal => new Refusal(400, 'bad_request', message);
/** 422 with the API's body. */
export const unprocessable = (message: string): Refusal => new Refusal(422, 'unprocessable_entity', message);
/** 403 with the API's body. */
export const forbidden = (message: string): Refusal => new Refusal(403, 'forbidden', message);
/** 409 with the API's body. */
export const conflict = (message: string): Refusal => new Refusal(409, 'conflict', message);

/** Timestamps as the API writes them: `2025-03-14T09:26:53Z`. */
export function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A deterministic UUID-shaped id from a seed string. */
function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The simulated account's droplet limit unless `dropletLimit` says otherwise: room for load tests. */
export const DEFAULT_DROPLET_LIMIT = 10_000;

/** Options of the simulated world. */
export interface WorldOptions {
  /** Milliseconds every action takes before it completes. */
  actionDurationMs: number;
  /** How many droplets the account may have at once; default {@link DEFAULT_DROPLET_LIMIT}. */
  dropletLimit?: number;
  /** The clock; tests may replace it. */
  now?: () => number;
}

/**
 * What happens to one resource that others answer to: the simulator's cross-resource effects,
 * all of them. A module emits an event where its rules make it happen and subscribes, in its
 * `create(world)`, to the events that change its own state:
 *
 * - `resourceCreated` (droplets, domains, volumes, reserved IPs, load balancers): the projects
 *   module assigns the URN to the given project, else to the default one.
 * - `resourceDeleted` (the same): the projects module drops the URN's assignment.
 * - `dropletDeleted` (droplets): volumes detach from it, reserved IPv4 and IPv6 addresses are
 *   unassigned, firewalls and load balancers drop it from their `droplet_ids`.
 * - `tagsUsed` (droplets, volumes, volume snapshots, firewalls, load balancers): the tags module
 *   adds the names it does not know yet.
 * - `tagDeleted` (tags): droplets, images, volumes and volume snapshots drop the tag.
 * - `imageDeleted` (images, and droplet snapshots deleted through `/v2/snapshots`): droplets drop
 *   it from their `snapshot_ids`.
 * - `actionSettled` (the world, as an action completes or errors): the droplets module unlocks a
 *   droplet once none of its actions is left in progress.
 *
 * Beyond these, a module reads another's state through `world.state(otherModule)` where its own
 * rules name the other resource: a volume attaches to a droplet (and the droplet lists it), a
 * reserved IP or load balancer points at droplets, a VPC lists its droplet and load balancer
 * members, a tag counts and (un)tags droplets, images, volumes and volume snapshots, `/v2/snapshots`
 * lists droplet snapshot images and volume snapshots, a Let's Encrypt certificate needs a domain, a
 * CDN endpoint a certificate (which cannot be deleted while one uses it: a guard the CDN module
 * registers on the certificates' state), and the balance adds up the droplets.
 */
export interface WorldEvents {
  /** A resource a project can hold was made, with the project it was made in, if any. */
  resourceCreated: [urn: string, projectId?: string];
  /** A resource a project can hold is gone. */
  resourceDeleted: [urn: string];
  /** A droplet is gone. */
  dropletDeleted: [id: number];
  /** Tag names were put on a resource. */
  tagsUsed: [names: readonly string[]];
  /** A tag was deleted. */
  tagDeleted: [name: string];
  /** An image (a snapshot, a backup, a custom image) was deleted. */
  imageDeleted: [id: number];
  /** An action completed or errored. */
  actionSettled: [action: ActionJson];
}

interface Pending {
  action?: ActionJson;
  dueAt: number;
  apply: () => void;
}

/**
 * What spans the simulator's resources: the clock, the actions (started, completed lazily, made to
 * error), the catalogue (regions, sizes, kernels), the events of {@link WorldEvents}, and each
 * module's state. Actions complete lazily: every request first advances the world to the current
 * time, so no timer is ever left behind.
 */
export class World {
  /** The regions of the catalogue. */
  readonly regions: RegionJson[];
  /** The sizes of the catalogue. */
  readonly sizes: SizeJson[];
  /** The kernels of the catalogue. */
  readonly kernels: KernelJson[];
  /** Every action, by id. */
  readonly actions = new Map<number, ActionJson>();
  /** How many droplets each create request made, in order: a retried create shows up here twice. */
  readonly createdDroplets: number[] = [];
  /** The name of every droplet ever created, in order: a name twice is a droplet made twice. */
  readonly createdNames: string[] = [];
  readonly #pending: Pending[] = [];
  readonly #states = new Map<object, unknown>();
  readonly #listeners: { [E in keyof WorldEvents]: Array<(...args: WorldEvents[E]) => void> } = {
    resourceCreated: [],
    resourceDeleted: [],
    dropletDeleted: [],
    tagsUsed: [],
    tagDeleted: [],
    imageDeleted: [],
    actionSettled: [],
  };
  readonly #failNext = new Map<string, number>();
  readonly #options: WorldOptions;
  #nextAction = 2_600_000_001;

  /** A world with the catalogue and nothing else; {@link Simulator.start} makes one. */
  constructor(options: WorldOptions) {
    this.#options = options;
    this.sizes = seedSizes();
    this.regions = seedRegions(this.sizes);
    this.kernels = seedKernels();
  }

  /** The state of a simulator module in this world, made on first use. */
  state<S>(module: { create: (world: World) => S }): S {
    if (!this.#states.has(module)) this.#states.set(module, module.create(this));
    return this.#states.get(module) as S;
  }

  /** Calls `listener` each time `event` happens (see {@link WorldEvents}). */
  on<E extends keyof WorldEvents>(event: E, listener: (...args: WorldEvents[E]) => void): void {
    this.#listeners[event].push(listener);
  }

  /** Tells every listener of `event` that it happened, in the order they subscribed. */
  emit<E extends keyof WorldEvents>(event: E, ...args: WorldEvents[E]): void {
    for (const listener of this.#listeners[event]) listener(...args);
  }

  /** The world's clock, in milliseconds. */
  now(): number {
    return (this.#options.now ?? Date.now)();
  }

  /** How many droplets the account may have at once. */
  get dropletLimit(): number {
    return this.#options.dropletLimit ?? DEFAULT_DROPLET_LIMIT;
  }

  /** Completes (or errors) every action whose time has come, in the order they were due. */
  advance(): void {
    const now = this.now();
    this.#pending.sort((a, b) => a.dueAt - b.dueAt || (a.action?.id ?? 0) - (b.action?.id ?? 0));
    while (this.#pending.length && this.#pending[0].dueAt <= now) {
      const { action, apply, dueAt } = this.#pending.shift()!;
      if (!action) {
        apply();
        continue;
      }
      const failures = this.#failNext.get(action.type) ?? this.#failNext.get('*') ?? 0;
      if (failures > 0) {
        this.#failNext.set(this.#failNext.has(action.type) ? action.type : '*', failures - 1);
        action.status = 'errored';
      } else {
        apply();
        action.status = 'completed';
      }
      action.completed_at = timestamp(dueAt);
      this.emit('actionSettled', action);
    }
  }

  /** Runs `apply` once the action duration has passed, as a background change of state. */
  schedule(apply: () => void): void {
    this.#pending.push({ apply, dueAt: this.now() + this.#options.actionDurationMs });
  }

  /** Starts an action on any resource: it completes (running `apply`) after the action duration. */
  startAction(type: string, resourceId: number | null, resourceType: string, region: RegionJson | null, apply: () => void): ActionJson {
    const action: ActionJson = {
      id: this.#nextAction++,
      status: 'in-progress',
      type,
      started_at: timestamp(this.now()),
      completed_at: null,
      resource_id: resourceId,
      resource_type: resourceType,
      region: region ? structuredClone(region) : null,
      region_slug: region?.slug ?? null,
    };
    this.actions.set(action.id, action);
    this.#pending.push({ action, dueAt: this.now() + this.#options.actionDurationMs, apply });
    return action;
  }

  /** Whether an action on this resource is still in progress. */
  busy(resourceType: string, resourceId: number | null): boolean {
    return this.#pending.some((p) => p.action?.resource_type === resourceType && p.action.resource_id === resourceId);
  }

  /** Actions on one resource, newest first. */
  actionsOf(type: string, id: number): ActionJson[] {
    return [...this.actions.values()].filter((a) => a.resource_type === type && a.resource_id === id).reverse();
  }

  /** The next `times` actions of `type` (`*` for any) end `errored` instead of completing. */
  failActions(type: string, times: number): void {
    this.#failNext.set(type, (this.#failNext.get(type) ?? 0) + times);
  }

  // ---- the catalogue

  /** A region by slug. */
  region(slug: unknown): RegionJson | undefined {
    return this.regions.find((r) => r.slug === slug);
  }

  /** A size by slug. */
  size(slug: unknown): SizeJson | undefined {
    return this.sizes.find((s) => s.slug === slug);
  }

  /** The default VPC of a region: the VPCs module seeds it, droplets and load balancers land in it. */
  vpcOf(region: string): string {
    return uuidFrom(`vpc:${region}`);
  }
}
