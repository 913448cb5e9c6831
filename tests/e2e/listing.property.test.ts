import fc from 'fast-check';
import { DigitalOcean, type Droplet } from '../../lib/index.js';
import { Simulator } from '../../lib/testing/index.js';
import { Conformance, itConforms, useHarness } from './support.js';

/** Every `GET /v2/droplets` page request the client sends. */
let listRequests = 0;
const h = useHarness();
beforeAll(async () => {
  h.client.on('request', ({ method, path }) => {
    if (method === 'GET' && path.startsWith('/v2/droplets?')) listRequests++;
  });
});

const BASE = { region: 'fra1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
let tags = 0;

/** A tag no droplet has yet, so that each listing sees only its own droplets. */
function freshTag(name: string): string {
  return `${name}-${++tags}`;
}

/** Creates `count` droplets tagged `tag`, ten a request; resolves to their ids in creation order. */
async function seed(tag: string, count: number, client = h.client): Promise<number[]> {
  const ids: number[] = [];
  for (let from = 0; from < count; from += 10) {
    const names = Array.from({ length: Math.min(10, count - from) }, (_, i) => `${tag}-${from + i}`);
    const made = await client.droplets.createMany({ ...BASE, names, tags: [tag] });
    ids.push(...made.map((d) => d.id));
  }
  return ids;
}

describe('deleting every droplet as it is streamed leaves none behind', () => {
  it.each([
    [20, 10, 3],
    [30, 10, 4],
    [50, 10, 6],
    [90, 10, 10],
    [450, undefined, 4],
  ])('%i droplets, perPage %s: none left, %i page requests', async (count, perPage, requests) => {
    const tag = freshTag('teardown');
    await seed(tag, count);
    const before = listRequests;
    for await (const droplet of h.client.droplets.list({ tagName: tag, perPage })) await droplet.destroy();
    expect(listRequests - before).toBe(requests);
    await expect(h.client.droplets.list({ tagName: tag })).resolves.toEqual([]);
  });

  it('page by page through pages() as well', async () => {
    const tag = freshTag('teardown-pages');
    await seed(tag, 30);
    for await (const { items } of h.client.droplets.list({ tagName: tag, perPage: 10 }).pages()) {
      for (const droplet of items) await droplet.destroy();
    }
    await expect(h.client.droplets.list({ tagName: tag })).resolves.toEqual([]);
  });
  itConforms(() => h);
});

/** What the loop body does after an item is yielded. */
interface Step {
  /** Destroy the droplet just yielded. */
  deleteSelf: boolean;
  /** Delete another existing droplet, picked by this number. */
  deleteOther: number | undefined;
  /** Create this many droplets. */
  create: number;
}

const scenario = fc.record({
  count: fc.integer({ min: 0, max: 120 }),
  perPage: fc.integer({ min: 1, max: 50 }),
  byPage: fc.boolean(),
  steps: fc.array(
    fc.record({
      deleteSelf: fc.boolean(),
      deleteOther: fc.option(fc.nat(), { nil: undefined, freq: 2 }),
      create: fc.integer({ min: 0, max: 2 }),
    }),
    { minLength: 1, maxLength: 12 },
  ),
});

/**
 * One run: `count` droplets, listed `perPage` a page by `for await` (or `pages()` when `byPage`),
 * the loop body doing the next of `steps` after each droplet; then checks what was yielded.
 */
async function run(client: DigitalOcean, { count, perPage, byPage, steps }: { count: number; perPage: number; byPage: boolean; steps: Step[] }): Promise<void> {
  const tag = 'churn';
  const initial = await seed(tag, count, client);
  const existing = new Set(initial);
  const deleted = new Set<number>();
  const created = new Set<number>();
  let step = 0;
  const churn = async (droplet: Droplet) => {
    const { deleteSelf, deleteOther, create }: Step = steps[step++ % steps.length];
    if (deleteSelf && existing.has(droplet.id)) {
      await droplet.destroy();
      existing.delete(droplet.id);
      deleted.add(droplet.id);
    }
    if (deleteOther !== undefined && existing.size > 0) {
      const victim = [...existing][deleteOther % existing.size];
      await client.droplets.delete(victim);
      existing.delete(victim);
      deleted.add(victim);
    }
    if (create > 0) {
      const names = Array.from({ length: create }, (_, i) => `${tag}-new-${step}-${i}`);
      for (const made of await client.droplets.createMany({ ...BASE, names, tags: [tag] })) {
        existing.add(made.id);
        created.add(made.id);
      }
    }
  };

  const yielded: number[] = [];
  const listing = client.droplets.list({ tagName: tag, perPage });
  if (byPage) {
    for await (const { items } of listing.pages()) {
      yielded.push(...items.map((d) => d.id));
      for (const droplet of items) await churn(droplet);
    }
  } else {
    for await (const droplet of listing) {
      yielded.push(droplet.id);
      await churn(droplet);
    }
  }

  const once = new Set(yielded);
  expect(once.size).toBe(yielded.length);
  expect(initial.filter((id) => !deleted.has(id) && !once.has(id))).toEqual([]);
  expect(yielded.filter((id) => !initial.includes(id) && !created.has(id))).toEqual([]);
}

describe('a listing while its loop body deletes and creates droplets', () => {
  it('yields every droplet that exists for the whole listing exactly once, and nothing twice', async () => {
    // One check of every run's answers against the description: its compiled schemas serve them all.
    const conformance = new Conformance();
    await fc.assert(
      // each run on its own simulator, whose hourly budget of 5,000 requests a run stays well within
      fc.asyncProperty(scenario, async (drawn) => {
        const sim = await Simulator.start({ actionDurationMs: 30 });
        sim.on('exchange', (exchange) => conformance.check(exchange));
        try {
          await run(new DigitalOcean({ token: sim.token, baseUrl: sim.url, maxRetries: 0 }), drawn);
        } finally {
          await sim.stop();
        }
      }),
      { numRuns: 40 },
    );
    expect(conformance.checked.size).toBeGreaterThan(0);
    expect(conformance.violations).toEqual([]);
  }, 120_000);
});
