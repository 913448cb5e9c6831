/**
 * A provisioning walk-through: three tagged droplets, a snapshot copied to a second region,
 * a summary, then everything cleaned up.
 *
 *   npm start                          against an embedded simulator (offline, free)
 *   npm start -- --live                against the real API with DIGITALOCEAN_TOKEN, after confirmation
 */
import { createInterface } from 'node:readline/promises';
import { DigitalOcean, type Droplet, type Image } from '../lib/index.js';
import { Simulator } from '../lib/testing/index.js';

const TAG = `demo-${Date.now().toString(36)}`;
const REGION = 'nyc3';
const SECOND_REGION = 'sfo3';
const SIZE = 's-1vcpu-512mb-10gb';
const IMAGE = 'ubuntu-24-04-x64';

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

async function provision(client: DigitalOcean, interval: number): Promise<void> {
  const regions = await client.regions.list();
  const open = regions.filter((r) => r.available).map((r) => r.slug);
  console.log(`${regions.length} regions, ${open.length} open: ${open.join(', ')}`);
  const sizes = await client.sizes.list();
  const size = sizes.find((s) => s.slug === SIZE);
  if (!size) throw new Error(`size ${SIZE} is not offered`);
  console.log(`${sizes.length} sizes; using ${size.slug}: ${size.vcpus} vCPU, ${size.memory} MB, $${size.priceMonthly}/month`);

  const droplets = await client.droplets.createMany({
    names: ['demo-web-1', 'demo-web-2', 'demo-db-1'],
    region: REGION,
    size: size.slug,
    image: IMAGE,
    tags: [TAG],
  });
  console.log(`created ${droplets.map((d) => `${d.name} (#${d.id})`).join(', ')}; waiting for them to boot`);
  await Promise.all(
    droplets.map((droplet) =>
      droplet.waitUntilActive({
        interval,
        onProgress: (d) => console.log(`  ${d.name}: ${d.status}${d.publicIpv4 ? ` at ${d.publicIpv4}` : ''}`),
      }),
    ),
  );

  const db: Droplet = droplets[2];
  console.log(`powering off ${db.name}`);
  await db.powerOff().then((action) => action.wait({ interval }));
  console.log(`  ${db.name}: ${db.status}; taking a snapshot`);
  const snapshotAction = await db.snapshot(`${db.name}-golden`);
  await snapshotAction.wait({ interval, onProgress: (a) => console.log(`  snapshot: ${a.status}`) });
  const snapshot: Image = await snapshotAction.image();
  console.log(`snapshot ${snapshot.name} (#${snapshot.id}) in ${snapshot.regions.join(', ')}; copying it to ${SECOND_REGION}`);
  await snapshot.transfer(SECOND_REGION).then((action) => action.wait({ interval, onProgress: (a) => console.log(`  transfer: ${a.status}`) }));
  console.log(`snapshot now in ${snapshot.regions.join(', ')}`);

  const fleet = await client.droplets.list({ tagName: TAG });
  console.log(`\n${table([
    ['NAME', 'ID', 'STATUS', 'REGION', 'SIZE', 'PUBLIC IPV4', '$/MONTH'],
    ...fleet.map((d) => [d.name, String(d.id), d.status, d.region.slug, d.sizeSlug, d.publicIpv4 ?? '-', d.size.priceMonthly.toFixed(2)]),
  ])}\n`);
  const monthly = fleet.reduce((sum, d) => sum + d.size.priceMonthly, 0);
  console.log(`${fleet.length} droplets, $${monthly.toFixed(2)} a month`);

  console.log(`cleaning up: deleting the droplets tagged ${TAG} and the snapshot`);
  await client.droplets.deleteByTag(TAG);
  await snapshot.destroy();
  const left = await client.droplets.list({ tagName: TAG });
  console.log(`done: ${left.length} droplets left with the tag`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--live')) {
    const client = new DigitalOcean();
    const ok = await confirm(`This creates 3 ${SIZE} droplets and a snapshot on your DigitalOcean account, then deletes them. Type "yes" to go on: `);
    if (!ok) {
      console.log('not confirmed; nothing was created');
      return;
    }
    try {
      await provision(client, 5_000);
    } finally {
      await client.droplets.deleteByTag(TAG).catch(() => undefined);
    }
    return;
  }
  const simulator = await Simulator.start({ actionDurationMs: 300 });
  console.log(`embedded DigitalOcean API simulator at ${simulator.url} (run with --live for the real API)\n`);
  try {
    await provision(new DigitalOcean({ token: simulator.token, baseUrl: simulator.url }), 100);
  } finally {
    await simulator.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
