/**
 * Soak run: 10,000 mixed operations against the embedded simulator with 5% random faults and the
 * rate limit enforced, from 16 concurrent workers. Prints operations done, retries, errors by class,
 * 429s received, duplicate droplets (must be 0), unhandled rejections (must be 0) and peak memory.
 *
 *   npm run soak              (OPERATIONS=2000 npm run soak for a shorter run)
 */
import { DigitalOcean, type Droplet } from '../lib/index.js';
import { Simulator } from '../lib/testing/index.js';

const OPERATIONS = Number(process.env.OPERATIONS ?? 10_000);
const WORKERS = 16;
const FAULT_RATE = 0.05;
const WAIT = { interval: 25, timeout: 60_000 };
const BASE = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };

let unhandled = 0;
process.on('unhandledRejection', () => unhandled++);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const sim = await Simulator.start({
  actionDurationMs: 40,
  rateLimit: { perMinute: 6_000, perHour: 200_000 },
  randomFaults: { rate: FAULT_RATE, seed: 20261129, slowMs: 1_500 },
});
const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, timeout: 1_000, maxRetries: 4, retryBaseDelay: 20 });

let retries = 0;
let received429 = 0;
let requests = 0;
client.on('retry', () => retries++);
client.on('response', (e) => {
  requests++;
  if (e.status === 429) received429++;
});

const errors = new Map<string, number>();
const done = new Map<string, number>();
let started = 0;
let nameCounter = 0;
const mine: Droplet[] = [];

function pick<T>(items: T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

/** One operation of a provisioning script, chosen at random with realistic weights. */
async function operation(): Promise<string> {
  const roll = Math.random();
  const droplet = pick(mine);
  if (roll < 0.12 || !droplet) {
    const created = await client.droplets.create({ ...BASE, name: `soak-${++nameCounter}`, tags: ['soak'] });
    mine.push(created);
    return 'create';
  }
  if (roll < 0.15) {
    const names = [`soak-${++nameCounter}`, `soak-${++nameCounter}`, `soak-${++nameCounter}`];
    mine.push(...(await client.droplets.createMany({ ...BASE, names, tags: ['soak'] })));
    return 'createMany';
  }
  if (roll < 0.4) {
    await droplet.reload();
    return 'get';
  }
  if (roll < 0.5) {
    await client.droplets.list({ tagName: 'soak', perPage: 50 }).take(100);
    return 'list';
  }
  if (roll < 0.6) {
    await droplet.waitUntilActive(WAIT);
    return 'waitUntilActive';
  }
  if (roll < 0.75) {
    await droplet.reload();
    const action = droplet.status === 'active' ? await droplet.powerOff() : await droplet.powerOn();
    await action.wait(WAIT);
    return 'powerAction';
  }
  if (roll < 0.8) {
    await droplet.rename(`${droplet.name.replace(/-r\d+$/, '')}-r${nameCounter}`).then((a) => a.wait(WAIT));
    return 'rename';
  }
  if (roll < 0.85) {
    await client.regions.list();
    return 'regions';
  }
  if (roll < 0.9) {
    await client.actions.list().take(20);
    return 'actions';
  }
  mine.splice(mine.indexOf(droplet), 1);
  await droplet.destroy();
  return 'delete';
}

async function worker(): Promise<void> {
  while (started < OPERATIONS) {
    started++;
    try {
      const name = await operation();
      done.set(name, (done.get(name) ?? 0) + 1);
    } catch (error) {
      const name = (error as Error).name ?? 'Error';
      errors.set(name, (errors.get(name) ?? 0) + 1);
    }
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: WORKERS }, () => worker()));
const seconds = (performance.now() - t0) / 1000;

const names = new Map<string, number>();
for (const name of sim.world.createdNames) names.set(name, (names.get(name) ?? 0) + 1);
const duplicates = [...names.values()].filter((n) => n > 1).length;

await sim.stop();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const succeeded = [...done.values()].reduce((a, b) => a + b, 0);
const failed = [...errors.values()].reduce((a, b) => a + b, 0);
const table = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
console.log(`soak: ${OPERATIONS} operations from ${WORKERS} workers in ${seconds.toFixed(1)} s, ${FAULT_RATE * 100}% random faults, rate limit enforced`);
console.log(`operations done:      ${succeeded} succeeded, ${failed} failed`);
console.log(`  by kind:            ${table(done)}`);
console.log(`requests answered:    ${requests}`);
console.log(`retries:              ${retries}`);
console.log(`errors by class:      ${table(errors)}`);
console.log(`429s received:        ${received429}`);
console.log(`droplets created:     ${sim.world.createdNames.length}`);
console.log(`duplicates found:     ${duplicates}`);
console.log(`unhandled rejections: ${unhandled}`);
console.log(`peak memory (RSS):    ${(peakRss / 1024 / 1024).toFixed(1)} MB`);
process.exitCode = duplicates === 0 && unhandled === 0 ? 0 : 1;
