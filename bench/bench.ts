/**
 * Benchmarks: each workload of the client next to the raw floors measured in the same run, bare
 * `fetch` + `JSON.parse` and `undici.request` with a keep-alive agent. Everything talks to a
 * minimal API (bench/api.ts, in a process of its own) or the simulator on 127.0.0.1. Prints one
 * table of medians and ratios.
 *
 *   npm run bench            (RUNS=3 npm run bench for fewer repetitions, ONLY=w1,w2 for some workloads)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Agent, request as undiciRequest } from 'undici';
import { DigitalOcean, Droplet } from '../lib/index.js';
import { toModel } from '../lib/fields.js';
import { Simulator } from '../lib/testing/index.js';
import { droplet } from './api.js';

const RUNS = Number(process.env.RUNS ?? 5);
const TOKEN = 'bench-token';

// ---- the API, in a process of its own

interface ApiProcess {
  url: string;
  close: () => Promise<void>;
}

/** Starts bench/api-server.ts with `total` droplets and `latencyMs` per answer. */
async function apiProcess(total: number, latencyMs: number): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./api-server.ts', import.meta.url)), String(total), String(latencyMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.on('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
  });
  return {
    url,
    close: async () => {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.stdin.end();
      await exited;
    },
  };
}

// ---- measuring

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Medians of several subjects timed in interleaved rounds, so that drift and GC weigh on all alike. */
async function interleaved(fns: Array<() => Promise<unknown>>, runs = RUNS): Promise<number[]> {
  for (const fn of fns) await fn();
  const times: number[][] = fns.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < fns.length; i++) {
      const k = (i + round) % fns.length;
      times[k].push(await timed(fns[k]));
    }
  }
  return times.map(median);
}

async function medianOf(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(fn));
  return median(times);
}

interface Row {
  workload: string;
  subject: string;
  value: string;
  ratio: string;
}

const rows: Row[] = [];
const row = (workload: string, subject: string, value: string, ratio = '') => rows.push({ workload, subject, value, ratio });

// ---- W1 get-one

async function w1(): Promise<void> {
  const N = 2_000;
  const server = await apiProcess(1, 0);
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: 16 });
  const client = new DigitalOcean({ token: TOKEN, baseUrl: server.url, maxRetries: 0 });
  const viaKy = new DigitalOcean({ token: TOKEN, baseUrl: server.url, maxRetries: 0, fetch: (input, init) => fetch(input, init) });
  const headers = { authorization: `Bearer ${TOKEN}`, accept: 'application/json' };
  const fetchLoop = async () => {
    for (let i = 0; i < N; i++) JSON.parse(await (await fetch(`${server.url}droplets/3164444`, { headers })).text());
  };
  const undiciLoop = async () => {
    for (let i = 0; i < N; i++) JSON.parse(await (await undiciRequest(`${server.url}droplets/3164444`, { headers, dispatcher: agent })).body.text());
  };
  const oursLoop = async () => {
    for (let i = 0; i < N; i++) await client.droplets.get(3164444);
  };
  const kyLoop = async () => {
    for (let i = 0; i < N; i++) await viaKy.droplets.get(3164444);
  };
  const [floorUndici, floorFetch, ours, overKy] = await interleaved([undiciLoop, fetchLoop, oursLoop, kyLoop]);
  const perCall = (ms: number) => `${((ms / N) * 1000).toFixed(0)} µs/call`;
  row('W1 get-one (2,000 sequential)', 'undici.request floor', perCall(floorUndici), '1.00x');
  row('', 'bare fetch + JSON.parse', perCall(floorFetch), `${(floorFetch / floorUndici).toFixed(2)}x`);
  row('', 'client.droplets.get', perCall(ours), `${(ours / floorUndici).toFixed(2)}x (${(ours / floorFetch).toFixed(2)}x fetch)`);
  row('', 'the same with { fetch } (ky over global fetch)', perCall(overKy), `${(overKy / floorUndici).toFixed(2)}x (${(overKy / floorFetch).toFixed(2)}x fetch)`);
  await agent.close();
  await server.close();
}

// ---- W2 list-all

async function w2(): Promise<void> {
  const TOTAL = 10_000;
  const PER = 200;
  const server = await apiProcess(TOTAL, 20);
  const headers = { authorization: `Bearer ${TOKEN}`, accept: 'application/json' };
  const client = new DigitalOcean({ token: TOKEN, baseUrl: server.url, maxRetries: 0 });
  const page = async (n: number) => JSON.parse(await (await fetch(`${server.url}droplets?page=${n}&per_page=${PER}`, { headers })).text()) as { droplets: unknown[] };
  const sequential = async () => {
    const items: unknown[] = [];
    for (let n = 1; n <= TOTAL / PER; n++) items.push(...(await page(n)).droplets);
    if (items.length !== TOTAL) throw new Error('lost items');
  };
  const concurrent = async () => {
    const first = await page(1);
    const rest = await Promise.all(Array.from({ length: TOTAL / PER - 1 }, (_, i) => page(i + 2)));
    if ([first, ...rest].flatMap((p) => p.droplets).length !== TOTAL) throw new Error('lost items');
  };
  const ours = async () => {
    const items = await client.droplets.list();
    if (items.length !== TOTAL) throw new Error(`lost items: ${items.length}`);
  };
  const [seq, conc, mine] = await interleaved([sequential, concurrent, ours], Math.min(RUNS, 5));
  row('W2 list-all (10,000 droplets, 50 pages, +20 ms each)', 'sequential bare-fetch loop', `${seq.toFixed(0)} ms`, '1.00x');
  row('', 'concurrent bare-fetch floor', `${conc.toFixed(0)} ms`, `${(seq / conc).toFixed(1)}x faster`);
  row('', 'await client.droplets.list()', `${mine.toFixed(0)} ms`, `${(seq / mine).toFixed(1)}x faster, ${(mine / conc).toFixed(2)}x the floor`);
  await server.close();
}

// ---- W3 wait-many

async function w3(): Promise<void> {
  const COUNT = 100;
  const INTERVAL = 250;
  const measure = async (naive: boolean) => {
    const sim = await Simulator.start({ actionDurationMs: 2_000 });
    const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, maxRetries: 0 });
    const droplets = [];
    for (let i = 0; i < COUNT / 10; i++) {
      droplets.push(...(await client.droplets.createMany({ names: Array.from({ length: 10 }, (_, j) => `w3-${i}-${j}`), region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' })));
    }
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const actions = await Promise.all(droplets.map((d) => d.reboot()));
    let limited = 0;
    client.on('response', (e) => (e.status === 429 ? limited++ : 0));
    const before = sim.requestCount;
    const t0 = performance.now();
    if (naive) {
      const headers = { authorization: `Bearer ${sim.token}` };
      await Promise.all(
        actions.map(async (a) => {
          for (;;) {
            await new Promise((resolve) => setTimeout(resolve, INTERVAL));
            const body = (await (await fetch(`${sim.url}actions/${a.id}`, { headers })).json()) as { action: { status: string } };
            if (body.action.status !== 'in-progress') return;
          }
        }),
      );
    } else {
      await Promise.all(actions.map((a) => a.wait({ interval: INTERVAL })));
    }
    const wall = performance.now() - t0;
    const spent = sim.requestCount - before;
    await sim.stop();
    return { wall, spent, limited };
  };
  const naive = await measure(true);
  const ours = await measure(false);
  row('W3 wait-many (100 actions, 2 s, 250 ms interval)', '100 naive pollers', `${naive.spent} requests, ${(naive.wall / 1000).toFixed(2)} s`, '1.00x');
  row('', 'Promise.all(actions.map(a => a.wait()))', `${ours.spent} requests, ${(ours.wall / 1000).toFixed(2)} s, ${ours.limited} 429s`, `${(ours.spent / naive.spent).toFixed(3)}x the requests`);
}

// ---- W4 hydrate

async function w4(): Promise<void> {
  const N = 20_000;
  const plain = Array.from({ length: N }, (_, i) => droplet(i + 1));
  const parseOnly = await medianOf(async () => {
    for (const item of plain) JSON.parse(JSON.stringify(item));
  }, 3);
  const hydrate = await medianOf(async () => {
    for (const item of plain) toModel(Droplet, item);
  }, 3);
  const transformer = await medianOf(async () => {
    for (const item of plain.slice(0, N / 10)) toModel(Droplet, item);
  }, 3);
  const perSecond = (count: number, ms: number) => `${Math.round(count / (ms / 1000)).toLocaleString('en-US')} /s`;
  row('W4 hydrate', 'JSON round trip per droplet (floor)', perSecond(N, parseOnly));
  row('', 'class-transformer plainToInstance', perSecond(N / 10, transformer), `${(transformer * 10 / parseOnly).toFixed(1)}x the floor's time`);
  row('', 'hydrate Droplet (nested models, Dates)', perSecond(N, hydrate), `${(hydrate / parseOnly).toFixed(2)}x the floor's time`);

  const TOTAL = 100_000;
  const server = await apiProcess(TOTAL, 0);
  const child = spawn(process.execPath, [fileURLToPath(new URL('./stream.mjs', import.meta.url))], {
    env: { ...process.env, STREAM_URL: server.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  const { count, ms, peak } = JSON.parse(out) as { count: number; ms: number; peak: number };
  if (count !== TOTAL) throw new Error(`streamed ${count}`);
  row('', 'for await over 100,000 droplets (own process)', `${(ms / 1000).toFixed(1)} s, peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`, `${Math.round(TOTAL / (ms / 1000)).toLocaleString('en-US')} droplets/s end to end`);
  await server.close();
}

const only = process.env.ONLY?.toLowerCase().split(',');
for (const [name, workload] of Object.entries({ w1, w2, w3, w4 })) if (!only || only.includes(name)) await workload();

const widths = (['workload', 'subject', 'value', 'ratio'] as const).map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(`\nmedians of ${RUNS} interleaved runs (W2: at most 5, W4 hydration: 3), Node ${process.version}, ${process.arch}\n`);
console.log(line(['workload', 'subject', 'value', 'ratio']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line([r.workload, r.subject, r.value, r.ratio]));
