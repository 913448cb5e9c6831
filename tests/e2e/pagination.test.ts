import { itConforms, useHarness } from './support.js';

const TOTAL = 1000;
const h = useHarness();
beforeAll(async () => {
  for (let batch = 0; batch < TOTAL / 10; batch++) {
    const names = Array.from({ length: 10 }, (_, i) => `fleet-${String(batch * 10 + i).padStart(4, '0')}`);
    await h.client.droplets.createMany({ names, region: 'fra1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', tags: ['fleet'] });
  }
});

describe('pagination over 1,000 droplets end to end', () => {
  it('await gives every droplet once, in order, in five requests of 200', async () => {
    const before = h.sim.requestCount;
    const droplets = await h.client.droplets.list({ tagName: 'fleet' });
    expect(h.sim.requestCount - before).toBe(5);
    expect(droplets).toHaveLength(TOTAL);
    expect(new Set(droplets.map((d) => d.id)).size).toBe(TOTAL);
    expect(droplets.map((d) => d.name)).toEqual(Array.from({ length: TOTAL }, (_, i) => `fleet-${String(i).padStart(4, '0')}`));
  });

  it('for await streams every droplet once with an odd page size: page 1, then the last back to page 2', async () => {
    const before = h.sim.requestCount;
    const names: string[] = [];
    for await (const droplet of h.client.droplets.list({ perPage: 37 })) names.push(droplet.name);
    // 28 pages of 37: read 1, 28, 27, ..., 2, then page 1 once more, which brings nothing new
    expect(h.sim.requestCount - before).toBe(29);
    const range = (from: number, to: number) => Array.from({ length: Math.min(to, TOTAL) - from }, (_, i) => `fleet-${String(from + i).padStart(4, '0')}`);
    const pages = [1, ...Array.from({ length: 27 }, (_, i) => 28 - i)];
    expect(names).toEqual(pages.flatMap((n) => range((n - 1) * 37, n * 37)));
  });

  it('pages() reports each page read with its number and meta.total, and take() reads forwards and stops early', async () => {
    const pages: Array<[number, number, number]> = [];
    for await (const page of h.client.droplets.list({ perPage: 200 }).pages()) pages.push([page.page, page.total!, page.items.length]);
    expect(pages).toEqual([
      [1, 1000, 200],
      [5, 1000, 200],
      [4, 1000, 200],
      [3, 1000, 200],
      [2, 1000, 200],
    ]);
    const before = h.sim.requestCount;
    const first = await h.client.droplets.list({ perPage: 100 }).take(150);
    expect(first.map((d) => d.name)).toEqual(Array.from({ length: 150 }, (_, i) => `fleet-${String(i).padStart(4, '0')}`));
    expect(h.sim.requestCount - before).toBe(2);
  });

  it('links.pages are absolute URLs with first, prev, next and last, as the API writes them', async () => {
    const response = await fetch(`${h.sim.url}droplets?page=2&per_page=300&tag_name=fleet`, { headers: { authorization: `Bearer ${h.sim.token}` } });
    const body = (await response.json()) as { droplets: unknown[]; links: { pages: Record<string, string> }; meta: { total: number } };
    const origin = new URL(h.sim.url).origin;
    expect(body.droplets).toHaveLength(200);
    expect(body.meta).toEqual({ total: 1000 });
    expect(body.links.pages).toEqual({
      first: `${origin}/v2/droplets?page=1&per_page=200&tag_name=fleet`,
      prev: `${origin}/v2/droplets?page=1&per_page=200&tag_name=fleet`,
      next: `${origin}/v2/droplets?page=3&per_page=200&tag_name=fleet`,
      last: `${origin}/v2/droplets?page=5&per_page=200&tag_name=fleet`,
    });
  });

  itConforms(() => h);
});
