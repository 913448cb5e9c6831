import { PaginationError, ValidationError } from './errors.js';
import type { Connection, Query, RequestOptions } from './connection.js';
import type { Model } from '../models/model.js';

/** The API's largest page. */
export const MAX_PER_PAGE = 200;

/** Options of every `list()`. */
export interface ListOptions extends RequestOptions {
  /** Items per request, 1 to 200; default 200 (fewer requests). */
  perPage?: number;
}

/** One page of a listing. */
export interface Page<T> {
  /** The page's items, in API order. */
  items: T[];
  /** The page number, from 1. */
  page: number;
  /** `meta.total`: how many items the whole listing has, when the API says. */
  total: number | undefined;
}

/** One fetched page, with the numbers of the next and the last page as the API links them. */
interface Fetched<T> {
  page: Page<T>;
  next: number | undefined;
  last?: number | undefined;
}

type FetchPage<T> = (page: number, perPage: number, signal?: AbortSignal) => Promise<Fetched<T>>;

/** How many pages `await paginator` fetches at once after the first. */
export const CONCURRENT_PAGES = 50;

interface PagedBody {
  links?: { pages?: { next?: string; last?: string } };
  meta?: { total?: number };
  [key: string]: unknown;
}

/**
 * A lazy listing. `await` it for every item of every page, `for await` it to stream items (at
 * most two pages in memory), `pages()` for whole pages, `take(n)` to stop after `n` items. Nothing
 * is requested until it is awaited or iterated.
 *
 * The next page is requested through the client's own base URL with the `page` number read
 * from `links.pages.next`: a host named in a response body is never contacted.
 *
 * @example
 * ```ts
 * const all = await client.droplets.list();
 * for await (const droplet of client.droplets.list({ tagName: 'web' })) console.log(droplet.name);
 * const firstTen = await client.images.list().take(10);
 * ```
 */
export class Paginator<T> implements PromiseLike<T[]>, AsyncIterable<T> {
  readonly #fetchPage: FetchPage<T>;
  readonly #perPage: number | undefined;
  readonly #limit: number;
  readonly #signal: AbortSignal | undefined;

  /** @internal Use a collection's `list()`. */
  constructor(
    fetchPage: FetchPage<T>,
    options: ListOptions & { limit?: number } = {},
  ) {
    if (options.perPage !== undefined && !(Number.isInteger(options.perPage) && options.perPage >= 1 && options.perPage <= MAX_PER_PAGE)) {
      throw new ValidationError('perPage', `must be a whole number from 1 to ${MAX_PER_PAGE}, got ${String(options.perPage)}`);
    }
    this.#fetchPage = fetchPage;
    this.#perPage = options.perPage;
    this.#limit = options.limit ?? Number.POSITIVE_INFINITY;
    this.#signal = options.signal;
  }

  /**
   * Yields whole pages, requesting each only when the previous one has been consumed.
   *
   * Items are never yielded twice (they are told apart by `id`, `ip`, `urn`, `slug` or `name`). When
   * the listing's total changes between two pages, resources were created or deleted meanwhile, and
   * deletions shift later items towards earlier pages: the pages already read are read again, back
   * to where nothing new appears, and what had moved there is yielded then.
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const perPage = this.#perPage ?? Math.min(MAX_PER_PAGE, this.#limit);
    const seen = new Set<unknown>();
    let remaining = this.#limit;
    let number: number | undefined = 1;
    let lastTotal: number | undefined;
    const fresh = (page: Page<T>): Page<T> => {
      const items = page.items.filter((item) => {
        const key = identity(item);
        if (key === undefined) return true;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const kept = items.length > remaining ? items.slice(0, remaining) : items;
      remaining -= kept.length;
      return { ...page, items: kept };
    };
    // The next page is requested while the caller consumes this one (two pages in memory at most).
    let prefetched: { number: number; result: Promise<Fetched<T>> } | undefined;
    const request = (n: number): Promise<Fetched<T>> => {
      if (prefetched?.number === n) return prefetched.result;
      return this.#fetchPage(n, perPage, this.#signal);
    };
    while (number !== undefined && remaining > 0) {
      const { page, next }: Fetched<T> = await request(number);
      prefetched = undefined;
      if (next !== undefined && next > number && remaining > page.items.length) {
        const result = this.#fetchPage(next, perPage, this.#signal);
        result.catch(() => undefined); // a listing abandoned early must not leave an unhandled rejection
        prefetched = { number: next, result };
      }
      if (next !== undefined && next <= number) {
        throw new PaginationError(`page ${number} links to page ${next} as next: the listing does not advance`);
      }
      const shifted = lastTotal !== undefined && page.total !== undefined && page.total !== lastTotal;
      lastTotal = page.total;
      if (shifted) {
        for (let back = number - 1; back >= 1 && remaining > 0; back--) {
          const { page: again } = await this.#fetchPage(back, perPage, this.#signal);
          const first = again.items.length ? identity(again.items[0]) : undefined;
          const reachedRead = first === undefined || seen.has(first);
          const moved = fresh(again);
          if (moved.items.length) yield moved;
          if (reachedRead) break;
        }
      }
      yield fresh(page);
      if (page.items.length === 0) return;
      number = next;
    }
  }

  /** Yields every item, with at most two pages in memory (the one consumed and the next). */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** A paginator over the first `n` items only; it stops requesting pages once it has them. */
  take(n: number): Paginator<T> {
    if (!(Number.isInteger(n) && n >= 0)) throw new ValidationError('n', `must be a whole number >= 0, got ${String(n)}`);
    return new Paginator(this.#fetchPage, { perPage: this.#perPage, signal: this.#signal, limit: Math.min(n, this.#limit) });
  }

  /** A paginator whose items are `fn(item)`; pages are fetched as by this one. */
  map<U>(fn: (item: T) => U): Paginator<U> {
    const fetchPage = this.#fetchPage;
    return new Paginator<U>(
      async (page, perPage, signal) => {
        const { page: fetched, next, last } = await fetchPage(page, perPage, signal);
        return { page: { ...fetched, items: fetched.items.map(fn) }, next, last };
      },
      { perPage: this.#perPage, signal: this.#signal, limit: this.#limit },
    );
  }

  /**
   * Every item of every page. The first page tells how many there are; the rest are fetched
   * concurrently (50 at a time, within the client's concurrency and rate
   * limits) and joined in API order. Should the total change meanwhile, the listing is read again
   * page by page, as `pages()` reads it.
   */
  async all(): Promise<T[]> {
    if (this.#limit !== Number.POSITIVE_INFINITY) return this.#sequential();
    const perPage = this.#perPage ?? MAX_PER_PAGE;
    const first = await this.#fetchPage(1, perPage, this.#signal);
    const last = first.last ?? (first.page.total !== undefined ? Math.ceil(first.page.total / perPage) : undefined);
    if (first.next === undefined) return dedupe(first.page.items);
    if (first.next !== 2 || last === undefined || last < 2) return this.#sequential();
    const rest: Array<Fetched<T> | undefined> = new Array(last - 1);
    let cursor = 2;
    const worker = async () => {
      while (cursor <= last) {
        const n = cursor++;
        rest[n - 2] = await this.#fetchPage(n, perPage, this.#signal);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_PAGES, last - 1) }, worker));
    const pages = [first, ...(rest as Array<Fetched<T>>)];
    const stable = pages.every((p, i) => p.page.total === first.page.total && p.next === (i === pages.length - 1 ? undefined : i + 2));
    if (!stable) return this.#sequential();
    return dedupe(pages.flatMap((p) => p.page.items));
  }

  async #sequential(): Promise<T[]> {
    const items: T[] = [];
    for await (const page of this.pages()) items.push(...page.items);
    return items;
  }

  /** Makes the paginator awaitable: `await paginator` is `await paginator.all()`. */
  then<R1 = T[], R2 = never>(
    onFulfilled?: ((items: T[]) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.all().then(onFulfilled, onRejected);
  }
}

/** Items without repeats, first occurrence kept. */
function dedupe<T>(items: T[]): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const key = identity(item);
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What tells two items of a listing apart: their id, address, URN, slug or name. */
function identity(item: unknown): unknown {
  if (item === null || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  return record.id ?? record.ip ?? record.urn ?? record.slug ?? record.name;
}

/** Reads the page number of a `links.pages.next` URL; the URL's host is never used. */
function nextPageNumber(link: string | undefined): number | undefined {
  if (!link) return undefined;
  let page: string | null;
  try {
    page = new URL(link, 'https://invalid.invalid/').searchParams.get('page');
  } catch {
    throw new PaginationError(`links.pages.next is not a URL: ${JSON.stringify(link)}`);
  }
  const number = Number(page);
  if (!Number.isSafeInteger(number) || number < 1) throw new PaginationError(`links.pages.next has no valid page number: ${JSON.stringify(link)}`);
  return number;
}

/**
 * A paginator over `GET path`, whose body holds the items under `key`, hydrated as `cls`.
 * @internal
 */
export function paginate<T extends Model>(
  connection: Connection,
  cls: new () => T,
  path: string,
  key: string,
  query: Query,
  options: ListOptions = {},
): Paginator<T> {
  return new Paginator(async (page, perPage, signal) => {
    const body = await connection.request<PagedBody>('GET', path, { query: { ...query, page, per_page: perPage }, signal });
    const raw = body?.[key];
    if (!Array.isArray(raw)) throw new PaginationError(`GET ${path} answered without a "${key}" array`);
    return {
      page: { items: raw.map((item: object) => connection.hydrate(cls, item)), page, total: body.meta?.total },
      next: nextPageNumber(body.links?.pages?.next),
      last: nextPageNumber(body.links?.pages?.last),
    };
  }, options);
}
