import { Droplet, PaginationError, type Page } from '../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../helpers.js';

type Body = { droplets: Array<Record<string, unknown>>; links: object; meta: { total: number } };

/** Page `n` of a 3-page listing of 2 droplets a page, linked as the API links them. */
function page(n: number, last = 3, host = 'https://api.digitalocean.com'): Body {
  const [a, b] = fixture<Body>('droplets/list').droplets;
  const pages: Record<string, string> = {};
  if (n > 1) Object.assign(pages, { first: `${host}/v2/droplets?page=1&per_page=2`, prev: `${host}/v2/droplets?page=${n - 1}&per_page=2` });
  if (n < last) Object.assign(pages, { next: `${host}/v2/droplets?page=${n + 1}&per_page=2`, last: `${host}/v2/droplets?page=${last}&per_page=2` });
  return { droplets: [{ ...a, id: n * 10 + 1 }, { ...b, id: n * 10 + 2 }], links: { pages }, meta: { total: last * 2 } };
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

describe('Paginator', () => {
  it('awaited, resolves to every item of every page in order', async () => {
    [1, 2, 3].forEach((n) => stubPage(n));
    const droplets = await testClient().droplets.list({ perPage: 2 });
    expect(droplets.map((d) => d.id)).toEqual([11, 12, 21, 22, 31, 32]);
    expect(droplets.every((d) => d instanceof Droplet)).toBe(true);
  });

  it('requests nothing until awaited or iterated', async () => {
    const requested: string[] = [];
    const client = testClient({
      fetch: async (input) => {
        requested.push(String(input instanceof Request ? input.url : input));
        return new Response(JSON.stringify(page(1, 1)), { headers: { 'content-type': 'application/json' } });
      },
    });
    const listing = client.droplets.list({ perPage: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requested).toEqual([]);
    await listing;
    expect(requested).toEqual(['https://api.digitalocean.com/v2/droplets?page=1&per_page=2']);
  });

  it('for await streams: it fetches the next page while the caller consumes one, never two ahead', async () => {
    const first = stubPage(1);
    const second = stubPage(2);
    const third = stubPage(3);
    const seen: number[] = [];
    for await (const droplet of testClient().droplets.list({ perPage: 2 })) {
      seen.push(droplet.id);
      if (seen.length === 1) expect([first.isDone(), third.isDone()]).toEqual([true, false]);
      if (seen.length === 2) await new Promise((resolve) => setTimeout(resolve, 20));
      if (seen.length === 2) expect([second.isDone(), third.isDone()]).toEqual([true, false]);
    }
    expect(seen).toEqual([11, 12, 21, 22, 31, 32]);
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

  it('awaited, reads the listing again page by page when its total changed meanwhile', async () => {
    stubPage(1);
    const grown = page(2);
    grown.meta.total = 7;
    stubPage(2, grown);
    stubPage(3);
    // read again page by page: 1, 2 (grown: page 1 is read back), 3 (shrunk again: page 2 is read back)
    stubPage(1);
    stubPage(2, grown);
    stubPage(1);
    stubPage(3);
    stubPage(2);
    const ids = (await testClient().droplets.list({ perPage: 2 })).map((d) => d.id);
    expect(ids).toEqual([11, 12, 21, 22, 31, 32]);
  });

  it('pages() yields whole pages with their number and meta.total', async () => {
    [1, 2, 3].forEach((n) => stubPage(n));
    const pages: Array<Omit<Page<Droplet>, 'items'> & { ids: number[] }> = [];
    for await (const { items, ...rest } of testClient().droplets.list({ perPage: 2 }).pages()) pages.push({ ...rest, ids: items.map((d) => d.id) });
    expect(pages).toEqual([
      { page: 1, total: 6, ids: [11, 12] },
      { page: 2, total: 6, ids: [21, 22] },
      { page: 3, total: 6, ids: [31, 32] },
    ]);
  });

  it('take(n) stops early without requesting further pages', async () => {
    stubPage(1);
    stubPage(2);
    const droplets = await testClient().droplets.list({ perPage: 2 }).take(3);
    expect(droplets.map((d) => d.id)).toEqual([11, 12, 21]);
  });

  it('take(n) on a page boundary does not request the next page', async () => {
    stubPage(1);
    const droplets = await testClient().droplets.list({ perPage: 2 }).take(2);
    expect(droplets.map((d) => d.id)).toEqual([11, 12]);
  });

  it('take(n) without perPage asks for n items at once', async () => {
    stubApi('GET', '/v2/droplets', { page: '1', per_page: '5' }).reply(200, fixture('droplets/list'));
    await expect(testClient().droplets.list().take(5)).resolves.toHaveLength(2);
  });

  it('breaking out of for await stops the listing', async () => {
    stubPage(1);
    const seen: number[] = [];
    for await (const droplet of testClient().droplets.list({ perPage: 2 })) {
      seen.push(droplet.id);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([11, 12]);
  });

  it('requests the next page through the client base URL, never the host named in the link', async () => {
    stubPage(1, page(1, 2, 'https://evil.example.com'));
    stubPage(2, page(2, 2, 'https://evil.example.com'));
    const droplets = await testClient().droplets.list({ perPage: 2 });
    expect(droplets.map((d) => d.id)).toEqual([11, 12, 21, 22]);
  });

  it('fails with PaginationError when next does not advance, instead of looping', async () => {
    stubPage(1);
    const stuck = page(2);
    (stuck.links as { pages: Record<string, string> }).pages.next = 'https://api.digitalocean.com/v2/droplets?page=2&per_page=2';
    stubPage(2, stuck);
    const error = await collect(testClient().droplets.list({ perPage: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe('page 2 links to page 2 as next: the listing does not advance');
  });

  it('fails with PaginationError when next has no page number', async () => {
    const body = page(1);
    (body.links as { pages: Record<string, string> }).pages.next = 'https://api.digitalocean.com/v2/droplets?cursor=abc';
    stubPage(1, body);
    await expect(testClient().droplets.list({ perPage: 2 }).all()).rejects.toBeInstanceOf(PaginationError);
  });

  it('rejects a perPage outside 1..200 before any request', () => {
    const client = testClient();
    expect(() => client.droplets.list({ perPage: 0 })).toThrow('perPage must be a whole number from 1 to 200, got 0');
    expect(() => client.droplets.list({ perPage: 201 })).toThrow('perPage must be a whole number from 1 to 200, got 201');
  });

  it('passes its signal to every page request', async () => {
    stubApi('GET', '/v2/droplets', { page: '1', per_page: '200' }).delay(200).reply(200, fixture('droplets/list'));
    const controller = new AbortController();
    const listing = testClient().droplets.list({ signal: controller.signal }).all();
    setTimeout(() => controller.abort(), 10);
    await expect(listing).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('Paginator under churn', () => {
  it('never yields an item twice when one shows up again on a later page', async () => {
    stubPage(1);
    const repeated = page(2);
    repeated.droplets[0].id = 12; // an item of page 1 reappears
    repeated.meta.total = 7;
    stubPage(2, repeated);
    stubApi('GET', '/v2/droplets', { page: '1', per_page: '2' }).reply(200, page(1));
    const third = page(3);
    third.meta.total = 7;
    stubPage(3, third);
    const ids = (await collect(testClient().droplets.list({ perPage: 2 }))).map((d) => d.id);
    expect(ids).toEqual([11, 12, 22, 31, 32]);
  });

  it('reads earlier pages again when deletions shift unseen items onto them', async () => {
    // Before: [11 12] [21 22] [31 32]. After page 1 is read, 11 and 12 are deleted:
    // now [21 22] [31 32], so page 2 holds 31 and 32 and 21, 22 moved to page 1.
    stubPage(1);
    const shiftedTwo = { ...page(2), droplets: page(3).droplets, meta: { total: 4 } };
    (shiftedTwo.links as { pages: Record<string, string> }).pages = {};
    stubPage(2, shiftedTwo);
    const shiftedOne = { ...page(1), droplets: page(2).droplets, meta: { total: 4 } };
    stubApi('GET', '/v2/droplets', { page: '1', per_page: '2' }).reply(200, shiftedOne);
    const ids = (await collect(testClient().droplets.list({ perPage: 2 }))).map((d) => d.id);
    expect(ids.sort()).toEqual([11, 12, 21, 22, 31, 32]);
  });
});
