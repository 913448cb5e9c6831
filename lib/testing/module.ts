import { page, type Handler, type RouteContext, type RouteResult, type Router } from './router.js';
import { badRequest, notFound, timestamp, type ActionJson, type World } from './world.js';

/**
 * One resource of the simulator: its routes, answering from its typed state, which lives in the
 * {@link World} (`world.state(module)`), so that every simulator has its own. Adding a resource to
 * the simulator is one such module and one line in `resources/index.ts`.
 *
 * @example
 * ```ts
 * export const sshKeys = defineModule('ssh_keys', (world) => new SshKeyStore(world), (route) => {
 *   route('GET', '/v2/account/keys', (ctx, keys) => ok(keys.page(ctx, 'ssh_keys')));
 * });
 * ```
 */
export interface SimulatorModule<S = unknown> {
  /** The module's name, unique in the simulator, e.g. `ssh_keys`. */
  readonly name: string;
  /** Makes the module's state for a new world (seeded with what the real API starts with). */
  readonly create: (world: World) => S;
  /** Adds the module's routes (the official description's path templates) to `router`. */
  routes(router: Router): void;
}

/** A route handler of a module: the request and the module's state. */
export type ModuleHandler<S> = (ctx: RouteContext, state: S) => RouteResult;

/** Declares a module: its name, how its state is made, and its routes. */
export function defineModule<S>(
  name: string,
  create: (world: World) => S,
  declare: (route: (method: string, template: string, handler: ModuleHandler<S>) => void) => void,
): SimulatorModule<S> {
  const module: SimulatorModule<S> = {
    name,
    create,
    routes(router) {
      declare((method, template, handler) => {
        const bound: Handler = (ctx) => handler(ctx, ctx.world.state(module));
        router.add(method, template, bound);
      });
    },
  };
  return module;
}

/** A 200 answer. */
export const ok = (body: unknown): RouteResult => ({ status: 200, body });
/** A 201 answer. */
export const created = (body: unknown): RouteResult => ({ status: 201, body });
/** A 202 answer. */
export const accepted = (body: unknown): RouteResult => ({ status: 202, body });
/** A 204 answer: no body. */
export const noContent = (): RouteResult => ({ status: 204 });

/** Whether a JSON value is an object (not an array, not `null`). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The request's JSON body as an object; a 400 otherwise. */
export function body(ctx: RouteContext): Record<string, unknown> {
  if (!isObject(ctx.body)) throw badRequest('The request body must be a JSON object.');
  return ctx.body;
}

/** `value` when there is one; a 404 otherwise, as the API answers for an id that names nothing. */
export function found<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) throw notFound();
  return value;
}

/** The action the `action_id` path parameter names among a resource's `actions`; a 404 when it is not one of them. */
export function actionIn(ctx: RouteContext, actions: readonly ActionJson[]): ActionJson {
  return found(actions.find((action) => String(action.id) === ctx.params.action_id));
}

/** A numeric path parameter (`droplet_id`); a 404 when it is not one, as the API answers. */
export function numericParam(ctx: RouteContext, name: string): number {
  const raw = ctx.params[name];
  if (!/^\d{1,15}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** Whether a JSON value is a UUID (`0c4a7d2e-8f5b-4e1a-9c3d-2b6f8a1e7d90`), the form of most of the API's ids. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Whether a JSON value is a valid tag name (letters, digits, `_`, `:` and `-`, up to 255). */
export function isTagName(value: unknown): value is string {
  return typeof value === 'string' && /^[a-zA-Z0-9_:-]{1,255}$/.test(value);
}

/** The strings of a JSON array (none when it is not one). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The objects of a JSON array (none when it is not one). */
export function objects(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** The numbers of a JSON array (none when it is not one). */
export function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

/** Whether two JSON values are equal (same keys in the same order). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `current` with those of `given` it lacks added, or with those in `given` removed: the API's add/remove verbs. */
export function addOrRemove<T>(current: readonly T[], given: readonly T[], add: boolean, equal: (a: T, b: T) => boolean = Object.is): T[] {
  return add ? [...current, ...given.filter((g) => !current.some((c) => equal(c, g)))] : current.filter((c) => !given.some((g) => equal(c, g)));
}

/** A resource kept as open JSON (a {@link Store} takes any object type; a typed interface is better). */
export interface Stored {
  [key: string]: unknown;
}

/** The tags of a stored resource, when it has any. */
function tagsOf(item: object): unknown[] {
  return 'tags' in item && Array.isArray(item.tags) ? item.tags : [];
}

/**
 * The shared base of a module's state: one id map of one kind of resource, with the 404s,
 * paging, tag filters and timestamps the API's listings have.
 */
export class Store<T extends object, K extends string | number = string | number> {
  /** The resources, by id, in creation order (the order the API lists them in). */
  readonly items = new Map<K, T>();
  /** The world the store belongs to: its clock, actions and cross-resource events. */
  protected readonly world: World;

  constructor(world: World) {
    this.world = world;
  }

  /** The resource with `id`; a 404 when there is none. */
  get(id: K): T {
    return found(this.items.get(id));
  }

  /** Whether there is a resource with `id`. */
  has(id: K): boolean {
    return this.items.has(id);
  }

  /** Adds or replaces a resource. */
  put(id: K, item: T): T {
    this.items.set(id, item);
    return item;
  }

  /** Deletes a resource; a 404 when there is none. */
  delete(id: K): T {
    const item = this.get(id);
    this.items.delete(id);
    return item;
  }

  /** Every resource, optionally only those tagged `tag` (the `tag_name` query of listings). */
  list(tag?: string | null): T[] {
    const all = [...this.items.values()];
    return tag ? all.filter((item) => tagsOf(item).includes(tag)) : all;
  }

  /** One page of `items` (default: all of them) under `key`, with the API's links and `meta.total`. */
  page(ctx: RouteContext, key: string, items: unknown[] = this.list(ctx.query.get('tag_name'))): Record<string, unknown> {
    return page(ctx, key, items);
  }

  /** The world's clock as the API writes timestamps. */
  now(): string {
    return timestamp(this.world.now());
  }
}
