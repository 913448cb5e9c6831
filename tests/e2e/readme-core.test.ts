import { readFileSync } from 'node:fs';
import ts from 'typescript';
import * as library from '../../lib/index.js';
import {
  NotFoundError,
  ResourceFailedError,
  type Deployment,
  type Firewall,
  type FunctionsAccessKey,
  type GarbageCollection,
  type KubernetesCluster,
  type NatGateway,
  type PartnerAttachment,
  type RegistryTag,
  type SecurityScan,
  type Tag,
  type Volume,
} from '../../lib/index.js';
import { FAST, itConforms, useHarness } from './support.js';

/** A README section whose example this suite runs, and what must hold once it ran. */
interface Section {
  title: string;
  /** The example's variables `check` reads, returned from the example as it ends. */
  keeps: string[];
  /** What the README says the example did, checked on its variables. */
  check: (variables: Record<string, unknown>) => Promise<void>;
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
    title: 'Every resource of a provisioning script',
    keeps: ['volume', 'firewall', 'applied', 'tag'],
    check: async ({ volume, firewall, applied, tag }) => {
      expect((volume as Volume).sizeGigabytes).toBe(200);
      expect((applied as Firewall[]).map((f) => f.id)).toEqual([(firewall as Firewall).id]);
      expect((await (tag as Tag).reload()).resources).toMatchObject({ count: 3 });
    },
  },
  {
    title: 'Kubernetes, container registries and 1-Click apps',
    keeps: ['cluster', 'kubeconfig', 'expiresAt', 'tags', 'gc'],
    check: async ({ cluster, kubeconfig, expiresAt, tags, gc }) => {
      expect((cluster as KubernetesCluster).version).toBe('1.33.1-do.0');
      expect(kubeconfig).toContain('kind: Config');
      expect(expiresAt).toBeInstanceOf(Date);
      expect((tags as RegistryTag[]).length).toBeGreaterThan(0);
      expect((gc as GarbageCollection).status).toBe('succeeded');
      await expect((cluster as KubernetesCluster).reload()).rejects.toBeInstanceOf(NotFoundError);
    },
  },
  {
    title: 'App Platform apps',
    keeps: ['app', 'redeploy'],
    check: async ({ app, redeploy }) => {
      expect((redeploy as Deployment).phase).toBe('ACTIVE');
      await gone(app);
    },
  },
  {
    title: 'Functions namespaces and triggers',
    keeps: ['ns', 'key'],
    check: async ({ ns, key }) => {
      expect((key as FunctionsAccessKey).name).toBe('ci-main');
      await gone(ns);
    },
  },
  {
    title: 'Marketplace add-ons',
    keeps: ['resource'],
    check: async ({ resource }) => gone(resource),
  },
  {
    title: 'Managed databases',
    keeps: ['cluster', 'copy'],
    check: async ({ cluster, copy }) => {
      await gone(copy);
      await gone(cluster);
    },
  },
  {
    title: 'Spaces keys',
    keeps: ['key', 'admin'],
    check: async ({ key, admin }) => {
      await gone(admin);
      await gone(key);
    },
  },
  {
    title: 'NFS shares',
    keeps: ['share', 'point'],
    check: async ({ share, point }) => {
      await gone(point);
      await gone(share);
    },
  },
  {
    title: 'Vector databases',
    keeps: ['vectors'],
    check: async ({ vectors }) => gone(vectors),
  },
  {
    title: 'Droplet autoscale pools',
    keeps: ['pool', 'events'],
    check: async ({ pool, events }) => {
      expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'CONFIGURATION_CHANGE' })]));
      await gone(pool);
    },
  },
  {
    title: 'VPC NAT gateways and VPC peerings',
    keeps: ['gateway', 'active', 'peering'],
    check: async ({ gateway, active, peering }) => {
      expect((active as NatGateway[]).map((g) => g.id)).toEqual([(gateway as NatGateway).id]);
      await gone(peering);
      await gone(gateway);
    },
  },
  {
    title: 'BYOIP prefixes',
    keeps: ['prefix'],
    check: async ({ prefix }) => gone(prefix),
  },
  {
    title: 'Partner Network Connect',
    keeps: ['attachment', 'value'],
    check: async ({ attachment, value }) => {
      expect([(attachment as PartnerAttachment).state, typeof value]).toEqual(['DELETING', 'string']);
    },
  },
  {
    title: 'Billing and organizations',
    keeps: ['csv', 'pdf', 'created'],
    check: async ({ csv, pdf, created }) => {
      expect([typeof csv, pdf instanceof Uint8Array]).toEqual(['string', true]);
      expect(created).toMatchObject({ team: { name: 'data' } });
    },
  },
  {
    title: 'Droplet backups, destroying with associated resources, image transfers',
    keeps: ['droplet', 'volume', 'volumes'],
    check: async ({ droplet, volume, volumes }) => {
      expect(volumes).toEqual([expect.objectContaining({ id: (volume as Volume).id })]);
      await gone(droplet);
      await gone(volume);
    },
  },
  {
    title: 'Monitoring: alert policies, metrics and log forwarding',
    keeps: ['policy', 'destination'],
    check: async ({ policy, destination }) => {
      await gone(policy);
      await gone(destination);
    },
  },
  {
    title: 'Uptime checks',
    keeps: ['check'],
    check: async ({ check }) => gone(check),
  },
  {
    title: 'Security scans',
    keeps: ['scan', 'latest'],
    check: async ({ scan, latest }) => {
      expect([(scan as SecurityScan).status, (latest as SecurityScan).status]).toEqual(['COMPLETED', 'COMPLETED']);
    },
  },
];

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The `###` sections of `readme` by title, each up to the next heading (a `#` line inside a code block is none). */
function sections(readme: string): Map<string, string> {
  const found = new Map<string, string>();
  let title: string | undefined;
  let body: string[] = [];
  let fenced = false;
  const close = () => title !== undefined && found.set(title, body.join('\n'));
  for (const line of readme.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && /^#{1,3} /.test(line)) {
      close();
      title = line.startsWith('### ') ? line.slice(4) : undefined;
      body = [];
    } else {
      body.push(line);
    }
  }
  close();
  return found;
}

/** The first `ts` code block of the section titled `title` of `readme`. */
function example(title: string, readme = README): string {
  const section = sections(readme).get(title);
  if (section === undefined) throw new Error(`no README section "${title}"`);
  const block = /```ts\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error(`no example in README section "${title}"`);
  return block[1];
}

/**
 * The example as the body of an async function: waits made fast (they poll every 5 seconds by
 * default, the simulator's changes take milliseconds), types stripped, and the library's imports
 * read from its `library` parameter.
 */
function runnable(code: string): string {
  const fast = code.replace(/\.(wait\w*)\(\)/g, `.$1(${JSON.stringify(FAST)})`).replace(/\.(wait\w*)\(\{/g, `.$1({ ...${JSON.stringify(FAST)}, `);
  const js = ts.transpileModule(fast, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const body = js.replace(/^import \{([^}]*)\} from 'digitalocean-models';$/gm, 'const {$1} = library;');
  if (/^(import|export) /m.test(body)) throw new Error(`an import or export the runner cannot follow:\n${body}`);
  return body;
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<Record<string, unknown>>;

const h = useHarness();

describe('the README examples run against the simulator', () => {
  it.each(SECTIONS.map((section) => [section.title, section] as const))('%s', async (title, { keeps, check }) => {
    const code = `${runnable(example(title))}\nreturn { ${keeps.join(', ')} };`;
    const quiet = { log: () => undefined };
    const variables = await new AsyncFunction('client', 'library', 'ResourceFailedError', 'console', code)(h.client, library, ResourceFailedError, quiet);
    await check(variables);
  });

  it('runs the example of every README section that has one', () => {
    const withExamples = [...sections(README)].filter(([, body]) => body.includes('```ts\n')).map(([title]) => title);
    expect(withExamples.sort()).toEqual(SECTIONS.map((s) => s.title).sort());
  });

  it("reads each example from its own section only, never the next section's", () => {
    const readme = '# T\n\n### Prose\n\nNo code here.\n\n### Code\n\n```sh\n# a comment, not a heading\n```\n\n```ts\nrun();\n```\n\n## Next\n\n```ts\nnot();\n```\n';
    expect(example('Code', readme)).toBe('run();\n');
    expect(() => example('Prose', readme)).toThrow('no example in README section "Prose"');
    expect(() => example('Cod', readme)).toThrow('no README section "Cod"');
  });

  itConforms(() => h);
});
