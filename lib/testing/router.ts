import type { World } from './world.js';

/** What a route handler sees of a request. */
export interface RouteContext {
  /** Path parameters, by the names of the route's template (`droplet_id`). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, `undefined` when there was none. */
  body: unknown;
  world: World;
  /** `http://127.0.0.1:port`, for the absolute links the API writes. */
  origin: string;
  /** The request path without the query. */
  path: string;
  /** The request's headers, names in lower case (`x-dangerous`). */
  headers?: Record<string, string | string[] | undefined>;
}

/** A handler's answer: a status and a JSON body (none for 204), or a text (or binary) body with its content type. */
export interface RouteResult {
  status: number;
  body?: unknown;
  /** A body that is not JSON (a YAML kubeconfig, an invoice's CSV or PDF bytes), sent as it is with `contentType`. */
  text?: { body: string | Uint8Array; contentType: string };
}

/** A route handler: answers a request from the simulated state, or throws a `Refusal`. */
export type Handler = (ctx: RouteContext) => RouteResult;

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
  /** How many segments of the template are literal: the more, the more specific the route. */
  literals: number;
}

/**
 * Routes requests by method and the official description's path templates
 * (`/v2/droplets/{droplet_id}`), so each answer can be traced back to its operation.
 */
export class Router {
  readonly #routes: Route[] = [];

  add(method: string, template: string, handler: Handler): this {
    const names: string[] = [];
    const source = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    const literals = template.split('/').filter((segment) => segment && !segment.startsWith('{')).length;
    this.#routes.push({ method, template, pattern: new RegExp(`^${source}/?$`), names, handler, literals });
    return this;
  }

  /** Every `METHOD /template` routed, in the order added. */
  get operations(): string[] {
    return this.#routes.map((route) => `${route.method} ${route.template}`);
  }

  /** The route for a request, with its parameters; literal segments win over parameters. */
  match(method: string, path: string): { template: string; handler: Handler; params: Record<string, string> } | undefined {
    let best: { route: Route; found: RegExpExecArray } | undefined;
    for (const route of this.#routes) {
      if (route.method !== method || (best && best.route.literals >= route.literals)) continue;
      const found = route.pattern.exec(path);
      if (found) best = { route, found };
    }
    if (!best) return undefined;
    const { route, found } = best;
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
    return { template: route.template, handler: route.handler, params };
  }
}

/** The API's default and largest page sizes. */
const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 200;

/** The page a listing request asks for, read from its `page` and `per_page` as the API reads them. */
export interface PageOf<T> {
  /** The items on the page. */
  items: T[];
  /** The page's number, from 1 (`page`, default 1). */
  page: number;
  /** The page size (`per_page`, from 1 to 200, default 20). */
  perPage: number;
  /** How many pages all the items make: at least 1, even when there are none. */
  pages: number;
}

/** The page of `items` the request asks for (`page`, `per_page`), with its number, size and the count of pages. */
export function pageOf<T>(ctx: RouteContext, items: readonly T[]): PageOf<T> {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number.parseInt(ctx.query.get('per_page') ?? '', 10) || DEFAULT_PER_PAGE));
  const number = Math.max(1, Number.parseInt(ctx.query.get('page') ?? '', 10) || 1);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return { items: items.slice((number - 1) * perPage, number * perPage), page: number, perPage, pages };
}

/**
 * One page of `items` under `key`, with `links.pages` (absolute URLs, as the API writes them)
 * and `meta.total`, read from the request's `page` and `per_page` (see {@link pageOf}).
 */
export function page(ctx: RouteContext, key: string, items: unknown[]): Record<string, unknown> {
  const { items: onPage, page: number, perPage, pages: last } = pageOf(ctx, items);
  const link = (n: number) => {
    const query = new URLSearchParams(ctx.query);
    query.set('page', String(n));
    query.set('per_page', String(perPage));
    return `${ctx.origin}${ctx.path}?${query}`;
  };
  const pages: Record<string, string> = {};
  if (number > 1) Object.assign(pages, { first: link(1), prev: link(Math.min(number - 1, last)) });
  if (number < last) Object.assign(pages, { next: link(number + 1), last: link(last) });
  return { [key]: onPage, links: { pages }, meta: { total: items.length } };
}
