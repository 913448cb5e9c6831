import { readFileSync } from 'node:fs';
import { ResourceFailedError } from '../../lib/index.js';
import { FAST, itConforms, startHarness, type Harness } from './support.js';

/** The README sections whose examples this suite runs, as written but with fast waits. */
const SECTIONS = [
  'Droplet autoscale pools',
  'VPC NAT gateways and VPC peerings',
  'BYOIP prefixes',
  'Partner Network Connect',
  'Billing and organizations',
  'Droplet backups, destroying with associated resources, image transfers',
  'Monitoring: alert policies, metrics and log forwarding',
  'Uptime checks',
  'Security scans',
];

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first `ts` code block of the README section titled `title`. */
function example(title: string): string {
  const start = README.indexOf(`### ${title}\n`);
  if (start < 0) throw new Error(`no README section "${title}"`);
  const block = /```ts\n([\s\S]*?)```/.exec(README.slice(start));
  if (!block) throw new Error(`no example in README section "${title}"`);
  return block[1];
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sim.stop());

describe('the README examples of the core platform run against the simulator', () => {
  it.each(SECTIONS)('%s', async (title) => {
    // Waits poll every 5 seconds by default: the simulator's changes take milliseconds.
    const code = example(title).replace(/\.(waitUntilActive|wait)\(\)/g, `.$1(${JSON.stringify(FAST)})`);
    const quiet = { log: () => undefined };
    await new AsyncFunction('client', 'ResourceFailedError', 'console', code)(h.client, ResourceFailedError, quiet);
  });

  itConforms(() => h);
});
