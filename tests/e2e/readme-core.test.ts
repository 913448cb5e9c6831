import { readFileSync } from 'node:fs';
import {
  NotFoundError,
  ResourceFailedError,
  type AlertPolicy,
  type AutoscalePool,
  type ByoipPrefix,
  type Droplet,
  type NatGateway,
  type PartnerAttachment,
  type SecurityScan,
  type UptimeCheck,
  type Volume,
  type VpcPeering,
} from '../../lib/index.js';
import { FAST, itConforms, startHarness, type Harness } from './support.js';

/** A README section whose example this suite runs, and what must hold once it ran. */
interface Section {
  title: string;
  /** The example's variables `then` reads, returned from the example as it ends. */
  keeps: string[];
  /** What the README says the example did, checked on its variables. */
  then: (variables: Record<string, unknown>) => Promise<void>;
}

/** Expects `model` to be gone, at once or once its deletion completes: its reload turns into a 404. */
async function gone(model: unknown): Promise<void> {
  const reload = () => (model as { reload(): Promise<unknown> }).reload().then(() => undefined, (error: unknown) => error);
  const deadline = Date.now() + FAST.timeout;
  let error = await reload();
  while (error === undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, FAST.interval));
    error = await reload();
  }
  expect(error).toBeInstanceOf(NotFoundError);
}

/** The README sections whose examples this suite runs, as written but with fast waits. */
const SECTIONS: Section[] = [
  {
    title: 'Droplet autoscale pools',
    keeps: ['pool', 'events'],
    then: async ({ pool, events }) => {
      expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'CONFIGURATION_CHANGE' })]));
      await gone(pool as AutoscalePool);
    },
  },
  {
    title: 'VPC NAT gateways and VPC peerings',
    keeps: ['gateway', 'active', 'peering'],
    then: async ({ gateway, active, peering }) => {
      expect((active as NatGateway[]).map((g) => g.id)).toEqual([(gateway as NatGateway).id]);
      expect((await (peering as VpcPeering).reload()).status).toBe('DELETING');
    },
  },
  {
    title: 'BYOIP prefixes',
    keeps: ['prefix'],
    then: async ({ prefix }) => gone(prefix as ByoipPrefix),
  },
  {
    title: 'Partner Network Connect',
    keeps: ['attachment', 'value'],
    then: async ({ attachment, value }) => {
      expect([(attachment as PartnerAttachment).state, typeof value]).toEqual(['DELETING', 'string']);
    },
  },
  {
    title: 'Billing and organizations',
    keeps: ['csv', 'pdf', 'created'],
    then: async ({ csv, pdf, created }) => {
      expect([typeof csv, pdf instanceof Uint8Array]).toEqual(['string', true]);
      expect(created).toMatchObject({ team: { name: 'data' } });
    },
  },
  {
    title: 'Droplet backups, destroying with associated resources, image transfers',
    keeps: ['droplet', 'volume', 'volumes'],
    then: async ({ droplet, volume, volumes }) => {
      expect(volumes).toEqual([expect.objectContaining({ id: (volume as Volume).id })]);
      await gone(droplet as Droplet);
      await gone(volume as Volume);
    },
  },
  {
    title: 'Monitoring: alert policies, metrics and log forwarding',
    keeps: ['policy', 'destination'],
    then: async ({ policy, destination }) => {
      await gone(policy as AlertPolicy);
      await gone(destination);
    },
  },
  {
    title: 'Uptime checks',
    keeps: ['check'],
    then: async ({ check }) => gone(check as UptimeCheck),
  },
  {
    title: 'Security scans',
    keeps: ['scan', 'latest'],
    then: async ({ scan, latest }) => {
      expect([(scan as SecurityScan).status, (latest as SecurityScan).status]).toEqual(['COMPLETED', 'COMPLETED']);
    },
  },
];

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first `ts` code block of the section titled `title` of `readme`, before the next heading. */
function example(title: string, readme = README): string {
  const start = readme.indexOf(`\n### ${title}\n`);
  if (start < 0) throw new Error(`no README section "${title}"`);
  const body = readme.slice(start + 1).split(/\n#{1,3} /)[0];
  const block = /```ts\n([\s\S]*?)```/.exec(body);
  if (!block) throw new Error(`no example in README section "${title}"`);
  return block[1];
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<Record<string, unknown>>;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sim.stop());

describe('the README examples of the core platform run against the simulator', () => {
  it.each(SECTIONS.map((section) => [section.title, section] as const))('%s', async (title, { keeps, then }) => {
    // Waits poll every 5 seconds by default: the simulator's changes take milliseconds.
    const code = example(title).replace(/\.(waitUntilActive|wait)\(\)/g, `.$1(${JSON.stringify(FAST)})`);
    const quiet = { log: () => undefined };
    const variables = await new AsyncFunction('client', 'ResourceFailedError', 'console', `${code}\nreturn { ${keeps.join(', ')} };`)(h.client, ResourceFailedError, quiet);
    await then(variables);
  });

  it("reads each example from its own section only, never the next section's", () => {
    const readme = '# T\n\n### Prose\n\nNo code here.\n\n### Code\n\n```ts\nrun();\n```\n';
    expect(example('Code', readme)).toBe('run();\n');
    expect(() => example('Prose', readme)).toThrow('no example in README section "Prose"');
    expect(() => example('Cod', readme)).toThrow('no README section "Cod"');
  });

  itConforms(() => h);
});
