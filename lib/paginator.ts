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
  /** The page number, from 1; a stream reads pages 1, last, ..., 2, 1 (see {@link Paginator}). */
  page: number;
  /** How many items the whole listing has, when the API says (`meta.total`, or a top-level `total`). */
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
  /** The total of a listing that says it at the top level (vector databases), not under `meta`. */
  total?: unknown;
  [key: string]: unknown;
}

/**
 * Where a page body holds its items: the array under a key (`'droplets'`), or the values of the
 * object under a key (`{ keyed: 'policies' }`) for a listing that answers its items keyed by id.
 */
export type ItemsAt = string | { keyed: string };

/**
 * A listing: a real `Promise` of every item that is also async-iterable, and lazy: nothing is
 * requested until it is awaited, chained (`then`, `catch`, `finally`) or iterated.
 *
 * - `await` it (or call {@link Paginator.all}) for every item of every page. The result is kept:
 *   awaiting the same paginator again, or chaining it twice, sends nothing more.
 * - `for await` it to stream items, or iterate {@link Paginator.pages} for whole pages: each
 *   iteration is a new reading, with at most two pages in memory.
 * - {@link Paginator.take} for the first `n` items only, {@link Paginator.map} to transform items.
 *
 * **Reading order while streaming.** The API lists in creation order: a deletion moves the items
 * after it one place down, a creation appends at the end, so a resource's position never grows
 * while it exists. Reading forwards, a deletion (by the loop body or anyone else) slides unread
 * items onto pages already read and they are missed. So page 1 is read first (it tells how many
 * pages `L` there are), then pages `L`, `L - 1`, ..., 2, then page 1 once more, yielding only
 * items not yielded before. Nothing moves past the reader: a resource that exists for the whole
 * listing was below `L * perPage` when `L` was learned; if it is not on page `k` when page `k` is
 * read, it is below it then and at every later time, hence on page `k - 1` or lower when that is
 * read, and at the latest on page 1 at the end. A page's `meta.total` bounds every position too,
 * so pages the total shows to be past the end are skipped (a total of 0 ends the listing), and an
 * empty page does not end it. Every resource that exists for the whole listing is therefore
 * yielded exactly once, whatever is created or deleted meanwhile, including by the loop body;
 * resources created or deleted during the listing may or may not appear. Items are never yielded
 * twice: they are told apart by `id`, `ip`, `urn`, `slug` or `name`. The cost is one request more
 * than the number of pages, and no cheaper check can replace the last read of page 1: a deletion
 * on page 1 and a creation at the end change neither the total nor any other page, yet move an
 * unread item onto page 1. A listing of one page costs one request. Items keep the API's order
 * within a page, not across pages. (A listing that states neither its `meta.total` nor its last
 * page is read forwards along its `next` links, without this guarantee; every DigitalOcean
 * listing states its total.) A listing that links no pages at all but states its total, under
 * `meta` or at the top level, has a next page while the total reaches past the page read.
 *
 * While streaming, the next page to read is requested as soon as a page arrives, so the network
 * works while the caller does: breaking out of a loop (or throwing from it) cancels that one
 * request in flight and requests nothing more.
 *
 * The next page is requested through the client's own base URL with the `page` number read
 * from `links.pages.next`: a host named in a response body is never contacted.
 *
 * @example
 * ```ts
 * const all = await client.droplets.list();
 * for await (const droplet of client.droplets.list({ tagName: 'web' })) await droplet.destroy();
 * const firstTen = await client.images.list().take(10);
 * client.regions.list().catch((error) => console.error(error));
 * ```
 */
export class Paginator<T> extends Promise<T[]> implements AsyncIterable<T> {
  /** Promises chained from a paginator (`then`, `catch`, `finally`) are plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #fetchPage: FetchPage<unknown>;
  readonly #perPage: number | undefined;
  readonly #limit: number;
  readonly #signal: AbortSignal | undefined;
  #transform: (item: unknown) => T = (item) => item as T;
  #items: Promise<T[]> | undefined;

  /**
   * @internal Use a collection's `list()`.
   * @throws ValidationError when `perPage` is not a whole number from 1 to 200.
   */
  constructor(fetchPage: FetchPage<T>, options: ListOptions & { limit?: number } = {}) {
    const { perPage } = options;
    if (perPage !== undefined && !(Number.isInteger(perPage) && perPage >= 1 && perPage <= MAX_PER_PAGE)) {
      throw new ValidationError('perPage', `must be a whole number from 1 to ${MAX_PER_PAGE}, got ${String(perPage)}`);
    }
    // The promise itself settles at once and is never read: `then` reads the listing on demand.
    super((resolve) => resolve(null as unknown as T[]));
    this.#fetchPage = fetchPage;
    this.#perPage = perPage;
    this.#limit = options.limit ?? Number.POSITIVE_INFINITY;
    this.#signal = options.signal;
  }

  /**
   * Yields whole pages, in the order described on {@link Paginator}: page 1, then the last page
   * back to page 2, then page 1 again. The first page read is always yielded (so `total` is known
   * even for an empty listing); later ones only when they hold items not yielded before, and with
   * only those items. Each call is a new reading.
   *
   * @throws PaginationError when page 1 (or, reading forwards, any page) links to itself or an
   * earlier page as the next one.
   */
  pages(): AsyncGenerator<Page<T>, void, undefined> {
    return this.#read();
  }

  /** Yields every item, reading pages as {@link Paginator.pages} does (at most two in memory). */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.#read()) yield* page.items;
  }

  /**
   * A paginator over the first `n` items in API order only. It reads forwards, page 1 first, asks
   * for `min(n, 200)` items a page unless `perPage` is given, and sends at most
   * `ceil(n / perPage)` requests: a page that completes the `n` items is the last one requested.
   *
   * @throws ValidationError when `n` is not a whole number >= 0.
   */
  take(n: number): Paginator<T> {
    if (!(Number.isInteger(n) && n >= 0)) throw new ValidationError('n', `must be a whole number >= 0, got ${String(n)}`);
    return this.#derive(Math.min(n, this.#limit), this.#transform);
  }

  /** A paginator whose items are `fn(item)`; pages are read as by this one, `fn` runs once per item yielded. */
  map<U>(fn: (item: T) => U): Paginator<U> {
    const transform = this.#transform;
    return this.#derive(this.#limit, (item) => fn(transform(item)));
  }

  /**
   * Every item of every page: what `await paginator` resolves to, read once however often it is
   * awaited. The first page tells how many there are; the rest are fetched concurrently
   * (50 at a time, within the client's concurrency and rate limits) and joined
   * in API order. Should any page disagree with the first (its `meta.total`, its links or how many
   * items it holds), something changed meanwhile and the listing is read again as `for await` reads
   * it, from the last page back to the first. The guarantee therefore covers the changes those
   * totals reveal; a deletion and a creation between two concurrent reads cancel out and can go
   * unnoticed. The full guarantee holds for `for await` and `pages()`.
   *
   * @throws PaginationError when a `next` link does not advance.
   */
  all(): Promise<T[]> {
    return (this.#items ??= this.#readAll());
  }

  /** Makes the paginator a lazy promise: `await paginator` is `await paginator.all()`. */
  override then<R1 = T[], R2 = never>(
    onFulfilled?: ((items: T[]) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.all().then(onFulfilled, onRejected);
  }

  #derive<U>(limit: number, transform: (item: unknown) => U): Paginator<U> {
    const derived = new Paginator<U>(this.#fetchPage as FetchPage<U>, { perPage: this.#perPage, signal: this.#signal, limit });
    derived.#transform = transform;
    return derived;
  }

  #pageSize(): number {
    return this.#perPage ?? Math.min(MAX_PER_PAGE, this.#limit);
  }

  /**
   * One reading, as `pages()` yields it; `first` is page 1 when it has been fetched already.
   * `take(n)` reads forwards along the `next` links, as does a listing that says neither its total
   * nor its last page; every other reading goes backwards after page 1.
   */
  async *#read(first?: Fetched<unknown>): AsyncGenerator<Page<T>, void, undefined> {
    const perPage = this.#pageSize();
    const forwards = this.#limit !== Number.POSITIVE_INFINITY;
    const seen = new Set<unknown>();
    let remaining = this.#limit;
    // Every request of this reading stops with the listing's signal, and when the reader stops.
    const controller = new AbortController();
    const signal = this.#signal;
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    let ahead: { number: number; result: Promise<Fetched<unknown>> } | undefined;
    try {
      let number: number | undefined = 1;
      let backwards = false;
      let reads = 0;
      let fetched = first;
      while (number !== undefined && remaining > 0) {
        const current: Fetched<unknown> = fetched ?? (await (ahead?.number === number ? ahead.result : this.#fetchPage(number, perPage, controller.signal)));
        fetched = undefined;
        ahead = undefined;
        let next: number | undefined;
        if (backwards) {
          next = below(number, current.page.total, perPage);
        } else {
          if (current.next !== undefined && current.next <= number) {
            throw new PaginationError(`page ${number} links to page ${current.next} as next: the listing does not advance`);
          }
          const last = number === 1 && !forwards && current.next !== undefined ? pageCount(current, perPage) : undefined;
          backwards = last !== undefined;
          next = last !== undefined ? Math.max(last, current.next!) : current.page.items.length ? current.next : undefined;
        }
        const items = current.page.items.filter((item) => {
          const key = identity(item);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        if (items.length > remaining) items.length = remaining;
        remaining -= items.length;
        if (next !== undefined && remaining > 0) {
          const result = this.#fetchPage(next, perPage, controller.signal);
          result.catch(() => undefined); // a reading abandoned early must not leave an unhandled rejection
          ahead = { number: next, result };
        }
        if (reads++ === 0 || items.length) yield { items: items.map(this.#transform), page: number, total: current.page.total };
        number = next;
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (ahead) controller.abort();
    }
  }

  async #readAll(): Promise<T[]> {
    if (this.#limit !== Number.POSITIVE_INFINITY) return this.#collect();
    const perPage = this.#pageSize();
    const first = await this.#fetchPage(1, perPage, this.#signal);
    const last = first.next === 2 ? pageCount(first, perPage) : undefined;
    if (last === undefined || last < 2) return this.#collect(first);
    const rest = new Array<Fetched<unknown>>(last - 1);
    let cursor = 2;
    let failed = false;
    const worker = async () => {
      while (cursor <= last && !failed) {
        const n = cursor++;
        try {
          rest[n - 2] = await this.#fetchPage(n, perPage, this.#signal);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_PAGES, last - 1) }, worker));
    const pages = [first, ...rest];
    const total = first.page.total;
    if (!pages.every((fetched, i) => agrees(fetched, { number: i + 1, last, total, perPage }))) return this.#collect(first);
    const seen = new Set<unknown>();
    const items: T[] = [];
    for (const fetched of pages) {
      for (const item of fetched.page.items) {
        const key = identity(item);
        if (seen.has(key)) continue;
        seen.add(key);
        items.push(this.#transform(item));
      }
    }
    return items;
  }

  async #collect(first?: Fetched<unknown>): Promise<T[]> {
    const items: T[] = [];
    for await (const page of this.#read(first)) items.push(...page.items);
    return items;
  }
}

/** How many pages the listing has by page 1's `links.pages.last` and `meta.total` (the larger), if it says. */
function pageCount(first: Fetched<unknown>, perPage: number): number | undefined {
  const { last, page } = first;
  const counted = page.total === undefined ? undefined : Math.ceil(page.total / perPage);
  if (last === undefined) return counted;
  return counted === undefined ? last : Math.max(last, counted);
}

/**
 * The page to read after page `number` when reading backwards: the one below, or the last one
 * `total` (which bounds every position now) leaves, whichever is lower; none after page 1 or when
 * nothing is left.
 */
function below(number: number, total: number | undefined, perPage: number): number | undefined {
  const next = total === undefined ? number - 1 : Math.min(number - 1, Math.ceil(total / perPage));
  return next >= 1 ? next : undefined;
}

/** Whether page `number` of `last`, read after page 1, looks as it would had nothing changed meanwhile. */
function agrees(fetched: Fetched<unknown>, expected: { number: number; last: number; total: number | undefined; perPage: number }): boolean {
  const { number, last, total, perPage } = expected;
  const { page, next } = fetched;
  if (page.total !== total || next !== (number < last ? number + 1 : undefined)) return false;
  if (fetched.last !== undefined && fetched.last !== last) return false;
  if (number < last) return page.items.length === perPage;
  return total === undefined ? page.items.length > 0 : page.items.length === total - (last - 1) * perPage;
}

/** What tells two items of a listing apart: their id, address, URN, slug or name, else their content. */
function identity(item: unknown): unknown {
  if (item === null || typeof item !== 'object') return item;
  const record = item as Record<string, unknown>;
  return record.id ?? record.ip ?? record.urn ?? record.slug ?? record.name ?? JSON.stringify(item);
}

/** Reads the page number of the `links.pages.next` or `.last` URL; the URL's host is never used. */
function pageNumber(links: { next?: string; last?: string } | undefined, which: 'next' | 'last'): number | undefined {
  const link = links?.[which];
  if (!link) return undefined;
  let page: string | null;
  try {
    page = new URL(link, 'https://invalid.invalid/').searchParams.get('page');
  } catch {
    throw new PaginationError(`links.pages.${which} is not a URL: ${JSON.stringify(link)}`);
  }
  const number = Number(page);
  if (!Number.isSafeInteger(number) || number < 1) throw new PaginationError(`links.pages.${which} has no valid page number: ${JSON.stringify(link)}`);
  return number;
}

/** The items of a page body where `at` says they are, or undefined when they are not there. */
function itemsOf(body: PagedBody, at: ItemsAt): object[] | undefined {
  if (typeof at === 'string') return Array.isArray(body[at]) ? (body[at] as object[]) : undefined;
  const keyed = body[at.keyed];
  return keyed !== null && typeof keyed === 'object' && !Array.isArray(keyed) ? (Object.values(keyed) as object[]) : undefined;
}

/**
 * A paginator over `GET path`, whose body holds the items where `at` says, hydrated as `cls`.
 * The total is read from `meta.total`, else from a top-level `total`; the next and last pages
 * from `links.pages`, or, when the body has no `links`, the next page is counted from the total.
 * @throws PaginationError (when read) when a page body has no items where `at` says.
 * @internal
 */
export function paginate<T extends Model>(
  connection: Connection,
  cls: new () => T,
  path: string,
  at: ItemsAt,
  query: Query,
  options: ListOptions = {},
): Paginator<T> {
  return new Paginator(async (page, perPage, signal) => {
    const body = (await connection.request<PagedBody>('GET', path, { query: { ...query, page, per_page: perPage }, signal })) ?? {};
    const raw = itemsOf(body, at);
    if (!raw) throw new PaginationError(typeof at === 'string' ? `GET ${path} answered without a "${at}" array` : `GET ${path} answered without a "${at.keyed}" object`);
    const total = body.meta?.total ?? (typeof body.total === 'number' ? body.total : undefined);
    const unlinked = body.links === undefined;
    return {
      page: { items: raw.map((item) => connection.hydrate(cls, item)), page, total },
      next: unlinked ? (total !== undefined && page * perPage < total ? page + 1 : undefined) : pageNumber(body.links?.pages, 'next'),
      last: pageNumber(body.links?.pages, 'last'),
    };
  }, options);
}
