import { DigitalOcean, Droplet, PaginationError, Paginator, Region, ServerError, type Page } from '../../../lib/index.js';
import { fixture, ORIGIN, stubApi, testClient } from '../../helpers.js';

type Body = { droplets: Array<Record<string, unknown>>; links: { pages: Record<string, string> }; meta: { total: number } };

/** Page `n` of a 3-page listing of 2 droplets a page, linked as the API links them. */
function page(n: number, last = 3, host = 'https://api.digitalocean.com'): Body {
  const [a, b] = fixture<Body>('droplets/list').droplets;
  const pages: Record<string, string> = {};
  if (n > 1) Object.assign(pages, { first: `${host}/v2/droplets?page=1&per_page=2`, prev: `${host}/v2/droplets?page=${n - 1}&per_page=2` });
  if (n < last) Object.assign(pages, { next: `${host}/v2/droplets?page=${n + 1}&per_page=2`, last: `${host}/v2/droplets?page=${last}&per_page=2` });
  return { droplets: [{ ...a, id: n * 10 + 1 }, { ...b, id: n * 10 + 2 }], links: { pages }, meta: { total: last * 2 } };
}

/** Page `n` of a listing of droplets with these ids, `perPage` a page, as the API writes it. */
function listing(ids: number[], n: number, perPage: number): Body {
  const [base] = fixture<Body>('droplets/list').droplets;
  const last = Math.max(1, Math.ceil(ids.length / perPage));
  const link = (to: number) => `${ORIGIN}/v2/droplets?page=${to}&per_page=${perPage}`;
  const pages: Record<string, string> = {};
  if (n > 1) Object.assign(pages, { first: link(1), prev: link(Math.min(n - 1, last)) });
  if (n < last) Object.assign(pages, { next: link(n + 1), last: link(last) });
  const droplets = ids.slice((n - 1) * perPage, n * perPage).map((id) => ({ ...base, id, name: `d-${id}` }));
  return { droplets, links: { pages }, meta: { total: ids.length } };
}

/** Every item, read page by page as `for await` reads them. */
async function collect<T>(paginator: { pages(): AsyncIterable<{ items: T[] }> }): Promise<T[]> {
  const items: T[] = [];
  for await (const { items: more } of paginator.pages()) items.push(...more);
  return items;
}

function stubPage(n: number, body: Body = page(n)) {
  return stubApi('GET', '/v2/droplets', { page: String(n), per_page: '2' }).reply(200, body);
}

/** The page numbers a client requests, in the order it sends the requests. */
function requestedPages(client: DigitalOcean): number[] {
  const pages: number[] = [];
  client.on('request', ({ path }) => pages.push(Number(new URLSearchParams(path.split('?')[1]).get('page'))));
  return pages;
}

/** An API over `count` droplets with ids 1..count, answering from memory: what it is asked is recorded. */
function fakeApi(count: number) {
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  const asked: Array<{ page: number; perPage: number }> = [];
  const client = testClient({
    fetch: async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const [n, perPage] = [Number(url.searchParams.get('page')), Number(url.searchParams.get('per_page'))];
      asked.push({ page: n, perPage });
      return Response.json(listing(ids, n, perPage));
    },
  });
  return { client, ids, asked };
}

/**
 * A listing in creation order read straight from memory, as a collection's page source: each page
 * is read at the moment it is requested, so the order of reads and changes is exact.
 */
function source(count: number) {
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  const requested: number[] = [];
  let created = count;
  const fetchPage = async (n: number, perPage: number) => {
    requested.push(n);
    const last = Math.max(1, Math.ceil(ids.length / perPage));
    const items = ids.slice((n - 1) * perPage, n * perPage).map((id) => ({ id }));
    return { page: { items, page: n, total: ids.length }, next: n < last ? n + 1 : undefined, last: n < last ? last : undefined };
  };
  return {
    ids,
    requested,
    fetchPage,
    remove: (id: number) => {
      const at = ids.indexOf(id);
      if (at >= 0) ids.splice(at, 1);
    },
    create: () => ids.push(++created),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Paginator', () => {
  it('awaited, resolves to every item of every page in order', async () => {
    [1, 2, 3].forEach((n) => stubPage(n));
    const droplets = await testClient().droplets.list({ perPage: 2 });
    expect(droplets.map((d) => d.id)).toEqual([11, 12, 21, 22, 31, 32]);
    expect(droplets.every((d) => d instanceof Droplet)).toBe(true);
  });

  it('requests nothing until awaited, chained or iterated', async () => {
    const { client, asked } = fakeApi(1);
    const awaited = client.droplets.list({ perPage: 2 });
    const chained = client.droplets.list({ perPage: 2 });
    const iterated = client.droplets.list({ perPage: 2 });
    client.droplets.list({ perPage: 2 }).take(1);
    client.droplets.list({ perPage: 2 }).map((d) => d.id);
    await sleep(20);
    expect(asked).toEqual([]);
    await awaited;
    expect(asked).toHaveLength(1);
    await chained.finally(() => undefined);
    expect(asked).toHaveLength(2);
    const ids: number[] = [];
    for await (const droplet of iterated) {
      expect(droplet.id).toBe(1);
      ids.push(droplet.id);
    }
    expect(ids).toEqual([1]);
    expect(asked).toHaveLength(3);
  });

  it('awaited, fetches the pages after the first concurrently', async () => {
    stubPage(1);
    const inFlight: number[] = [];
    let current = 0;
    for (const n of [2, 3]) {
      stubApi('GET', '/v2/droplets', { page: String(n), per_page: '2' })
        .delay(30)
        .reply(200, () => {
          inFlight.push(current);
          return page(n);
        });
    }
    const client = testClient();
    client.on('request', () => current++);
    client.on('response', () => current--);
    const droplets = await client.droplets.list({ perPage: 2 });
    expect(droplets.map((d) => d.id)).toEqual([11, 12, 21, 22, 31, 32]);
    expect(Math.max(...inFlight)).toBe(2);
  });

  it('awaited, reads the listing again from the last page back when a page disagrees with the first', async () => {
    stubPage(1);
    const grown = page(2);
    grown.meta.total = 7;
    stubPage(2, grown);
    stubPage(3);
    // then as for await reads it, after the page 1 already read: 3, 2, 1
    stubPage(3);
    stubPage(2);
    stubPage(1);
    const client = testClient();
    const pages = requestedPages(client);
    const ids = (await client.droplets.list({ perPage: 2 })).map((d) => d.id);
    expect(ids).toEqual([11, 12, 31, 32, 21, 22]);
    expect(pages.slice(3)).toEqual([3, 2, 1]);
  });

  it('for await reads page 1, then the last page back to page 2, then page 1 once more', async () => {
    [1, 3, 2, 1].forEach((n) => stubPage(n));
    const client = testClient();
    const pages = requestedPages(client);
    const seen: number[] = [];
    for await (const droplet of client.droplets.list({ perPage: 2 })) seen.push(droplet.id);
    expect(seen).toEqual([11, 12, 31, 32, 21, 22]);
    expect(pages).toEqual([1, 3, 2, 1]);
  });

  it('a listing of one page costs one request', async () => {
    stubPage(1, page(1, 1));
    stubPage(1, page(1, 1));
    const client = testClient();
    const pages = requestedPages(client);
    expect((await collect(client.droplets.list({ perPage: 2 }))).map((d) => d.id)).toEqual([11, 12]);
    expect((await client.droplets.list({ perPage: 2 })).map((d) => d.id)).toEqual([11, 12]);
    expect(pages).toEqual([1, 1]);
  });

  it('for await fetches the next page to read while the caller consumes one, never two ahead', async () => {
    [1, 3, 2, 1].forEach((n) => stubPage(n));
    const client = testClient();
    const pages = requestedPages(client);
    const ahead: number[][] = [];
    for await (const droplet of client.droplets.list({ perPage: 2 })) {
      await sleep(20);
      if (droplet.id % 10 === 1) ahead.push([...pages]);
    }
    expect(ahead).toEqual([
      [1, 3],
      [1, 3, 2],
      [1, 3, 2, 1],
    ]);
  });

  it('pages() yields pages in reading order with their number and meta.total; page 1 read again only when it brings new items', async () => {
    [1, 3, 2, 1].forEach((n) => stubPage(n));
    const pages: Array<Omit<Page<Droplet>, 'items'> & { ids: number[] }> = [];
    for await (const { items, ...rest } of testClient().droplets.list({ perPage: 2 }).pages()) pages.push({ ...rest, ids: items.map((d) => d.id) });
    expect(pages).toEqual([
      { page: 1, total: 6, ids: [11, 12] },
      { page: 3, total: 6, ids: [31, 32] },
      { page: 2, total: 6, ids: [21, 22] },
    ]);
  });

  it('pages() yields page 1 of an empty listing, so its total is known', async () => {
    stubPage(1, { droplets: [], links: { pages: {} }, meta: { total: 0 } });
    const pages: Array<Page<Droplet>> = [];
    for await (const one of testClient().droplets.list({ perPage: 2 }).pages()) pages.push(one);
    expect(pages).toEqual([{ items: [], page: 1, total: 0 }]);
  });

  it('map() transforms items once they are told apart, so page 1 read again yields nothing twice', async () => {
    [1, 3, 2, 1].forEach((n) => stubPage(n));
    const calls: number[] = [];
    const ids: string[] = [];
    for await (const id of testClient().droplets.list({ perPage: 2 }).map((d) => (calls.push(d.id), `#${d.id}`))) ids.push(id);
    expect(ids).toEqual(['#11', '#12', '#31', '#32', '#21', '#22']);
    expect(calls).toEqual([11, 12, 31, 32, 21, 22]);
  });

  it.each([
    ['without perPage, asks for n at once', undefined, 5, [{ page: 1, perPage: 5 }]],
    ['ceil(5 / 2) pages of 2', 2, 5, [1, 2, 3].map((n) => ({ page: n, perPage: 2 }))],
    ['on a page boundary, not the page after', 2, 4, [1, 2].map((n) => ({ page: n, perPage: 2 }))],
    ['inside the first page, one request', 10, 3, [{ page: 1, perPage: 10 }]],
    ['n = 0, no request', 2, 0, []],
  ])('take(n) reads forwards, %s', async (_name, perPage, n, expected) => {
    const { client, asked } = fakeApi(30);
    const droplets = await client.droplets.list({ perPage }).take(n);
    expect(droplets.map((d) => d.id)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    await sleep(20);
    expect(asked).toEqual(expected);
  });

  it('take(n) streamed sends as many requests as awaited', async () => {
    const { client, asked } = fakeApi(30);
    const ids: number[] = [];
    for await (const droplet of client.droplets.list({ perPage: 4 }).take(6)) ids.push(droplet.id);
    await sleep(20);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6]);
    expect(asked.map((a) => a.page)).toEqual([1, 2]);
  });

  it('take(n) of a paginator does not read the paginator itself', async () => {
    const { client, asked } = fakeApi(30);
    const all = client.droplets.list({ perPage: 10 });
    await expect(all.take(2)).resolves.toHaveLength(2);
    await sleep(20);
    expect(asked).toEqual([{ page: 1, perPage: 10 }]);
  });

  it('breaking out of for await cancels the one page requested ahead and requests nothing more', async () => {
    const asked: number[] = [];
    const cancelled: number[] = [];
    const client = testClient({
      fetch: async (input) => {
        const request = input as Request;
        const n = Number(new URL(request.url).searchParams.get('page'));
        asked.push(n);
        if (n > 1) {
          // later pages answer slowly: the break comes while this one is in flight
          await new Promise((resolve) => {
            const timer = setTimeout(resolve, 500);
            request.signal.addEventListener('abort', () => (cancelled.push(n), clearTimeout(timer), resolve(undefined)), { once: true });
          });
        }
        return Response.json(page(n));
      },
    });
    const read: number[] = [];
    for await (const droplet of client.droplets.list({ perPage: 2 })) {
      await sleep(20);
      expect(droplet.id).toBe(11);
      read.push(droplet.id);
      break;
    }
    expect(read).toEqual([11]);
    await sleep(50);
    expect(asked).toEqual([1, 3]);
    expect(cancelled).toEqual([3]);
  });

  it('requests the next page through the client base URL, never the host named in the link', async () => {
    stubPage(1, page(1, 2, 'https://evil.example.com'));
    stubPage(2, page(2, 2, 'https://evil.example.com'));
    const droplets = await testClient().droplets.list({ perPage: 2 });
    expect(droplets.map((d) => d.id)).toEqual([11, 12, 21, 22]);
  });

  it('counts the pages of a listing that links none from its total, at the top level or under meta', async () => {
    for (const at of ['top', 'meta'] as const) {
      const ids = [1, 2, 3, 4, 5];
      const asked: number[] = [];
      const client = testClient({
        fetch: async (input) => {
          const url = new URL(input instanceof Request ? input.url : String(input));
          const n = Number(url.searchParams.get('page'));
          asked.push(n);
          const { droplets } = listing(ids, n, Number(url.searchParams.get('per_page')));
          return Response.json(at === 'top' ? { droplets, total: ids.length } : { droplets, meta: { total: ids.length } });
        },
      });
      expect((await client.droplets.list({ perPage: 2 })).map((d) => d.id)).toEqual(ids);
      expect(asked.sort()).toEqual([1, 2, 3]);
      asked.length = 0;
      const pages: Array<{ page: number; total: number | undefined; ids: number[] }> = [];
      for await (const { page: n, total, items } of client.droplets.list({ perPage: 2 }).pages()) pages.push({ page: n, total, ids: items.map((d) => d.id) });
      expect(pages).toEqual([
        { page: 1, total: 5, ids: [1, 2] },
        { page: 3, total: 5, ids: [5] },
        { page: 2, total: 5, ids: [3, 4] },
      ]);
      expect(asked).toEqual([1, 3, 2, 1]);
      asked.length = 0;
      expect((await client.droplets.list({ perPage: 2 }).take(3)).map((d) => d.id)).toEqual([1, 2, 3]);
      expect(asked).toEqual([1, 2]);
    }
  });

  it('fails with PaginationError when page 1 links to itself as next, instead of looping', async () => {
    const stuck = page(1);
    stuck.links.pages.next = 'https://api.digitalocean.com/v2/droplets?page=1&per_page=2';
    stubPage(1, stuck);
    const error = await collect(testClient().droplets.list({ perPage: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe('page 1 links to page 1 as next: the listing does not advance');
  });

  it('fails with PaginationError when a next link read forwards does not advance', async () => {
    stubPage(1);
    const stuck = page(2);
    stuck.links.pages.next = 'https://api.digitalocean.com/v2/droplets?page=2&per_page=2';
    stubPage(2, stuck);
    const error = await testClient().droplets.list({ perPage: 2 }).take(5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe('page 2 links to page 2 as next: the listing does not advance');
  });

  it('fails with PaginationError when next has no page number', async () => {
    const body = page(1);
    body.links.pages.next = 'https://api.digitalocean.com/v2/droplets?cursor=abc';
    stubPage(1, body);
    const error = testClient().droplets.list({ perPage: 2 }).all();
    await expect(error).rejects.toBeInstanceOf(PaginationError);
    await expect(error).rejects.toThrow('links.pages.next has no valid page number: "https://api.digitalocean.com/v2/droplets?cursor=abc"');
  });

  it('fails with a PaginationError naming links.pages.last when last has no page number', async () => {
    const body = page(1);
    body.links.pages.last = 'https://api.digitalocean.com/v2/droplets?page=last';
    stubPage(1, body);
    await expect(testClient().droplets.list({ perPage: 2 }).all()).rejects.toThrow(
      new PaginationError('links.pages.last has no valid page number: "https://api.digitalocean.com/v2/droplets?page=last"'),
    );
  });

  it('rejects a perPage outside 1..200 before any request', () => {
    const client = testClient();
    expect(() => client.droplets.list({ perPage: 0 })).toThrow('perPage must be a whole number from 1 to 200, got 0');
    expect(() => client.droplets.list({ perPage: 201 })).toThrow('perPage must be a whole number from 1 to 200, got 201');
  });

  it('passes its signal to every page request', async () => {
    stubApi('GET', '/v2/droplets', { page: '1', per_page: '200' }).delay(200).reply(200, fixture('droplets/list'));
    const first = new AbortController();
    const listing = testClient().droplets.list({ signal: first.signal }).all();
    setTimeout(() => first.abort(), 10);
    await expect(listing).rejects.toMatchObject({ name: 'AbortError' });

    // and to the pages after the first, awaited or streamed: aborting it cancels those in flight
    for (const read of ['awaited', 'streamed'] as const) {
      const signals = new Map<number, AbortSignal>();
      const cancelled: number[] = [];
      const client = testClient({
        fetch: async (input) => {
          const request = input as Request;
          const n = Number(new URL(request.url).searchParams.get('page'));
          signals.set(n, request.signal);
          if (n === 1) return Response.json(page(1));
          // later pages answer slowly: the abort comes while they are in flight
          return new Promise<Response>((resolve, reject) => {
            const timer = setTimeout(() => resolve(Response.json(page(n))), 1000);
            request.signal.addEventListener('abort', () => (cancelled.push(n), clearTimeout(timer), reject(request.signal.reason)), { once: true });
          });
        },
      });
      const controller = new AbortController();
      const paged = client.droplets.list({ perPage: 2, signal: controller.signal });
      const items: number[] = [];
      const reading =
        read === 'awaited'
          ? paged.all()
          : (async () => {
              for await (const droplet of paged) items.push(droplet.id);
            })();
      const inFlight = read === 'awaited' ? [2, 3] : [3];
      while (!inFlight.every((n) => signals.has(n))) await sleep(5);
      expect([...signals.values()].some((signal) => signal.aborted)).toBe(false);
      controller.abort();
      await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
      expect([...signals.keys()].sort((a, b) => a - b)).toEqual([1, ...inFlight]);
      expect(cancelled.sort((a, b) => a - b)).toEqual(inFlight);
      expect([...signals.values()].every((signal) => signal.aborted)).toBe(true);
      expect(items).toEqual(read === 'awaited' ? [] : [11, 12]);
    }
  });
});

describe('Paginator as a Promise', () => {
  it('is a Promise of every item: catch receives a failed listing, and chained promises are plain', async () => {
    stubApi('GET', '/v2/regions', { page: '1', per_page: '200' }).reply(500, { id: 'server_error', message: 'Server was unable to give you a response.' });
    const listing = testClient().regions.list();
    expect(listing).toBeInstanceOf(Promise);
    const caught = listing.catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(Promise);
    expect(caught).not.toBeInstanceOf(Paginator);
    expect(await caught).toBeInstanceOf(ServerError);
  });

  it('is accepted wherever a Promise of the items is expected', async () => {
    stubApi('GET', '/v2/regions', { page: '1', per_page: '200' }).reply(200, { regions: [{ slug: 'fra1', name: 'Frankfurt 1' }], links: {}, meta: { total: 1 } });
    const client = testClient();
    const regions = (): Promise<Region[]> => client.regions.list();
    const listing: Promise<Region[]> = regions();
    const [all] = await Promise.all([listing]);
    expect(all.map((r) => r.slug)).toEqual(['fra1']);
    expect(all[0]).toBeInstanceOf(Region);
  });

  it('sends its requests once however often it is awaited or chained', async () => {
    [1, 2, 3].forEach((n) => stubPage(n));
    const client = testClient();
    const pages = requestedPages(client);
    const listing = client.droplets.list({ perPage: 2 });
    const [first, second] = await Promise.all([listing, listing.then((items) => items)]);
    let finished = false;
    const third = await listing.finally(() => (finished = true));
    expect(await listing.all()).toBe(first);
    expect([second, third]).toEqual([first, first]);
    expect(finished).toBe(true);
    expect(pages.sort()).toEqual([1, 2, 3]);
  });

  it('never leaves an unhandled rejection: neither unawaited nor abandoned with a failing page ahead', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const client = testClient({
        fetch: async (input) => {
          const n = Number(new URL((input as Request).url).searchParams.get('page'));
          return n === 1 ? Response.json(page(1)) : Response.json({ id: 'server_error', message: 'down' }, { status: 500 });
        },
      });
      client.droplets.list({ perPage: 2 });
      client.droplets.list({ perPage: 2 }).map((d) => d.id);
      const base = client.droplets.list({ perPage: 2 });
      await expect(base.take(2)).resolves.toHaveLength(2);
      const read: number[] = [];
      for await (const droplet of client.droplets.list({ perPage: 2 })) {
        await sleep(30); // the page ahead has failed meanwhile
        expect(droplet.id).toBe(11);
        read.push(droplet.id);
        break;
      }
      expect(read).toEqual([11]);
      await sleep(30);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe('Paginator under churn', () => {
  it.each([
    [20, [1, 2, 1]],
    [30, [1, 3, 2, 1]],
    [50, [1, 5, 4, 3, 2, 1]],
    [90, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]],
  ])('deleting each of %i items as it is streamed, 10 a page, leaves none behind', async (count, requests) => {
    const listing = source(count);
    const seen: number[] = [];
    for await (const item of new Paginator(listing.fetchPage, { perPage: 10 })) {
      seen.push(item.id);
      listing.remove(item.id);
    }
    expect(listing.ids).toEqual([]);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(listing.requested).toEqual(requests);
  });

  it('deleting each page as pages() yields it leaves none behind', async () => {
    const listing = source(30);
    for await (const { items } of new Paginator(listing.fetchPage, { perPage: 10 }).pages()) items.forEach((item) => listing.remove(item.id));
    expect(listing.ids).toEqual([]);
    expect(listing.requested).toEqual([1, 3, 2, 1]);
  });

  it('misses nothing when deletions and creations between two pages leave the total unchanged', async () => {
    const listing = source(6);
    const seen: number[] = [];
    for await (const { items } of new Paginator(listing.fetchPage, { perPage: 2 }).pages()) {
      seen.push(...items.map((item) => item.id));
      if (seen.length === 2) {
        // the first page is deleted and two droplets are created: still 6
        listing.remove(1);
        listing.remove(2);
        listing.create();
        listing.create();
      }
    }
    expect(seen.filter((id) => id <= 6).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('an empty page read backwards does not end the listing', async () => {
    const listing = source(30);
    const seen: number[] = [];
    for await (const item of new Paginator(listing.fetchPage, { perPage: 10 })) {
      seen.push(item.id);
      if (item.id === 1) for (const id of [...listing.ids]) if (id <= 10 || id > 20) listing.remove(id);
    }
    // page 3 was read ahead before the deletions; page 2 is then empty; page 1 holds 11..20
    expect(listing.requested).toEqual([1, 3, 2, 1]);
    expect(seen.filter((id) => id > 10 && id <= 20)).toEqual(Array.from({ length: 10 }, (_, i) => 11 + i));
  });

  it('skips the pages meta.total shows to be past the end, and stops when it is 0', async () => {
    const shrinking = source(90);
    const seen: number[] = [];
    for await (const item of new Paginator(shrinking.fetchPage, { perPage: 10 })) {
      seen.push(item.id);
      if (item.id === 1) for (let id = 1; id <= 60; id++) shrinking.remove(id);
    }
    expect(shrinking.requested).toEqual([1, 9, 8, 3, 2, 1]);
    expect(seen.filter((id) => id > 60).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => 61 + i));

    const emptied = source(30);
    for await (const item of new Paginator(emptied.fetchPage, { perPage: 10 })) if (item.id === 1) emptied.ids.length = 0;
    expect(emptied.requested).toEqual([1, 3, 2]);
  });

  it('never yields an item twice when one shows up again on another page', async () => {
    stubPage(1);
    const repeated = page(3);
    repeated.droplets[0].id = 12; // an item of page 1 shows up again
    stubPage(3, repeated);
    stubPage(2);
    stubPage(1);
    const ids = (await collect(testClient().droplets.list({ perPage: 2 }))).map((d) => d.id);
    expect(ids).toEqual([11, 12, 32, 21, 22]);
  });

  it('finds the items a deletion moved onto page 1 after it was read', async () => {
    // Before: [11 12] [21 22] [31 32]. Once page 1 is read, 11 and 12 are deleted:
    // now [21 22] [31 32], so page 3 is empty, page 2 holds 31 and 32, and 21, 22 moved to page 1.
    stubPage(1);
    stubPage(3, { droplets: [], links: { pages: {} }, meta: { total: 4 } });
    stubPage(2, { ...page(2, 2), droplets: page(3).droplets, meta: { total: 4 } });
    stubPage(1, { ...page(1, 2), droplets: page(2).droplets, meta: { total: 4 } });
    const ids = (await collect(testClient().droplets.list({ perPage: 2 }))).map((d) => d.id);
    expect(ids).toEqual([11, 12, 31, 32, 21, 22]);
  });
});
