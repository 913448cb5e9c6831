/**
 * Benchmarks: each workload of the client next to the raw floors measured in the same run, bare
 * `fetch` + `JSON.parse` and `undici.request` with a keep-alive agent. Everything talks to a
 * minimal API (bench/api.ts, in a process of its own, with 0 or 100 ms of latency per answer) or
 * the simulator on 127.0.0.1. Prints one table of medians and ratios, then the targets, met or not.
 *
 *   npm run bench            (RUNS=3 for fewer repetitions, ONLY=w1,w2 for some workloads:
 *                             w1 get, w2 list, w3 wait, w4 hydrate, stream)
 */
import { spawn } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Agent, request as undiciRequest } from 'undici';
import { DigitalOcean, Droplet } from '../lib/index.js';
import { toModel } from '../lib/fields.js';
import { Simulator } from '../lib/testing/index.js';
import { droplet } from './api.js';

const RUNS = Number(process.env.RUNS ?? 5);
const TOKEN = 'bench-token';
const HEADERS = { authorization: `Bearer ${TOKEN}`, accept: 'application/json' };

/** Each server latency the HTTP workloads run at, with its sizes: at 100 ms a call is all waiting, so fewer calls and runs suffice. */
const LATENCIES = [
  { latencyMs: 0, calls: 2_000, warmCalls: 200, runs: RUNS },
  { latencyMs: 100, calls: 100, warmCalls: 10, runs: Math.min(RUNS, 3) },
];
type Latency = (typeof LATENCIES)[number];

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

/**
 * Times every subject `runs` times, in interleaved rounds whose order rotates so that drift and GC
 * weigh on all alike, after one untimed round unless `warmup` is false. Resolves to the median
 * milliseconds of each.
 */
async function measure<K extends string>(subjects: Record<K, () => Promise<unknown>>, { runs = RUNS, warmup = true } = {}): Promise<Record<K, number>> {
  const names = Object.keys(subjects) as K[];
  if (warmup) for (const name of names) await subjects[name]();
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      const t0 = performance.now();
      await subjects[name]();
      samples.get(name)!.push(performance.now() - t0);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name)!)])) as Record<K, number>;
}

async function repeat(count: number, call: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < count; i++) await call();
}

// ---- reporting

interface Row {
  workload: string;
  subject: string;
  value: string;
  ratio: string;
  target: string;
}

/** A target: `goal` as the table shows it, `where` naming the workload in the targets block. */
interface Target {
  where: string;
  goal: string;
  measured: string;
  met: boolean;
}

const rows: Row[] = [];
const targets: Target[] = [];

function report(workload: string, subject: string, value: string, ratio = '', checked: Target[] = []): void {
  const first = !rows.some((r) => r.workload === workload);
  rows.push({ workload: first ? workload : '', subject, value, ratio, target: checked.map((t) => `${t.goal}: ${verdict(t)}`).join('; ') });
  targets.push(...checked);
}

const verdict = (t: Target) => (t.met ? 'met' : 'NOT MET');
const times = (a: number, b: number, digits = 2) => `${(a / b).toFixed(digits)}x`;
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (value: number) => `${count(value)} ms`;
const perCall = (total: number, calls: number) => {
  const each = total / calls;
  return each >= 10 ? `${each.toFixed(2)} ms/call` : `${(each * 1000).toFixed(0)} µs/call`;
};

function table(cells: Row[]): string {
  const keys = ['workload', 'subject', 'value', 'ratio', 'target'] as const;
  const widths = keys.map((k) => Math.max(k.length, ...cells.map((r) => r[k].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join(' | ').trimEnd();
  return [line([...keys]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map((r) => line(keys.map((k) => r[k])))].join('\n');
}

// ---- W1 sequential gets

async function w1({ latencyMs, calls, warmCalls, runs }: Latency): Promise<void> {
  const ID = 3164444;
  const server = await apiProcess(1, latencyMs);
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: 16 });
  const client = new DigitalOcean({ token: TOKEN, baseUrl: server.url, maxRetries: 0 });
  const url = `${server.url}droplets/${ID}`;
  const call = {
    undici: async () => JSON.parse(await (await undiciRequest(url, { headers: HEADERS, dispatcher: agent })).body.text()),
    fetch: async () => JSON.parse(await (await fetch(url, { headers: HEADERS })).text()),
    client: () => client.droplets.get(ID),
  };
  const got = await call.client();
  if (!(got instanceof Droplet) || got.id !== ID) throw new Error('client.droplets.get returned something other than the droplet');
  for (const one of Object.values(call)) await repeat(warmCalls, one);
  const t = await measure(
    { undici: () => repeat(calls, call.undici), fetch: () => repeat(calls, call.fetch), client: () => repeat(calls, call.client) },
    { runs, warmup: false },
  );

  // With latency the differences are a fraction of a percent: one more digit.
  const digits = latencyMs > 0 ? 3 : 2;
  const workload = `W1 get, ${latencyMs} ms latency (${count(calls)} sequential)`;
  report(workload, 'undici.request floor', perCall(t.undici, calls), `${times(1, 1, digits)} undici`);
  report(workload, 'bare fetch + JSON.parse', perCall(t.fetch, calls), `${times(t.fetch, t.undici, digits)} undici`);
  const overFetch = Math.round(((t.client - t.fetch) / calls) * 1000);
  const ratio = `${times(t.client, t.undici, digits)} undici, ${times(t.client, t.fetch, digits)} fetch (${overFetch >= 0 ? '+' : ''}${count(overFetch)} µs/call)`;
  const checked = latencyMs > 0 ? [{ where: `W1 get at ${latencyMs} ms`, goal: '≤ 1.05x undici.request', measured: times(t.client, t.undici, digits), met: t.client <= 1.05 * t.undici }] : [];
  report(workload, 'client.droplets.get(id)', perCall(t.client, calls), ratio, checked);
  await agent.close();
  await server.close();
}

// ---- W2 listing

async function w2({ latencyMs, runs }: Latency): Promise<void> {
  const TOTAL = 10_000;
  const PER = 200;
  const server = await apiProcess(TOTAL, latencyMs);
  const client = new DigitalOcean({ token: TOKEN, baseUrl: server.url, maxRetries: 0 });
  const page = async (n: number) =>
    JSON.parse(await (await fetch(`${server.url}droplets?page=${n}&per_page=${PER}`, { headers: HEADERS })).text()) as { droplets: unknown[]; meta: { total: number } };
  /** The hand-written listing: the first page, then the others `inFlight` at a time. */
  const bareFetch = (inFlight: number) => async () => {
    const first = await page(1);
    const items = [...first.droplets];
    const last = Math.ceil(first.meta.total / PER);
    for (let from = 2; from <= last; from += inFlight) {
      const batch = await Promise.all(Array.from({ length: Math.min(inFlight, last - from + 1) }, (_, i) => page(from + i)));
      for (const p of batch) items.push(...p.droplets);
    }
    if (items.length !== TOTAL) throw new Error(`lost items: ${items.length}`);
  };
  const t = await measure(
    {
      sequential: bareFetch(1),
      fourAtATime: bareFetch(4),
      concurrent: bareFetch(Infinity),
      client: async () => {
        const items = await client.droplets.list();
        if (items.length !== TOTAL || !(items[TOTAL - 1] instanceof Droplet)) throw new Error(`lost items: ${items.length}`);
      },
    },
    { runs },
  );

  const workload = `W2 list 10,000 (50 pages of 200), ${latencyMs} ms latency`;
  report(workload, 'sequential bare-fetch loop', ms(t.sequential), `${times(t.sequential, t.concurrent)} the floor`);
  report(workload, 'bare fetch, 4 pages at a time', ms(t.fourAtATime), `${times(t.fourAtATime, t.concurrent)} the floor`);
  report(workload, 'concurrent bare-fetch floor (all after the first)', ms(t.concurrent), '1.00x the floor');
  const ratio = `${times(t.client, t.concurrent)} the floor, ${times(t.client, t.fourAtATime)} 4 at a time`;
  const checked = latencyMs > 0 ? [{ where: `W2 list at ${latencyMs} ms`, goal: 'faster than 4 pages at a time', measured: `${ms(t.client)} vs ${ms(t.fourAtATime)}`, met: t.client < t.fourAtATime }] : [];
  report(workload, 'await client.droplets.list()', ms(t.client), ratio, checked);
  await server.close();
}

// ---- W3 waiting on many actions

type Action = Awaited<ReturnType<Droplet['reboot']>>;

async function w3(): Promise<void> {
  const COUNT = 100;
  const INTERVAL = 250;
  /** Reboots COUNT droplets of a fresh simulator and times `waitAll` on their actions, counting the requests and 429s it sees. */
  const run = async (waitAll: (actions: Action[], sim: Simulator) => Promise<unknown>, rateLimit: boolean) => {
    const sim = await Simulator.start({ actionDurationMs: 2_000, rateLimit: rateLimit ? {} : undefined });
    const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url, maxRetries: 0 });
    const droplets = [];
    for (let i = 0; i < COUNT / 10; i++) {
      droplets.push(...(await client.droplets.createMany({ names: Array.from({ length: 10 }, (_, j) => `w3-${i}-${j}`), region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' })));
    }
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const actions = await Promise.all(droplets.map((d) => d.reboot()));
    let requests = 0;
    let limited = 0;
    sim.on('exchange', (e) => {
      requests++;
      if (e.status === 429) limited++;
    });
    const t0 = performance.now();
    await waitAll(actions, sim);
    const wall = performance.now() - t0;
    await sim.stop();
    return { wall, requests, limited };
  };
  const naivePollers = (actions: Action[], sim: Simulator) =>
    Promise.all(
      actions.map(async (a) => {
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, INTERVAL));
          const body = (await (await fetch(`${sim.url}actions/${a.id}`, { headers: { authorization: `Bearer ${sim.token}` } })).json()) as { action?: { status: string } };
          if (body.action && body.action.status !== 'in-progress') return;
        }
      }),
    );
  // The naive pollers run without the rate limit (under it they would spin until the minute resets); the client runs under DigitalOcean's.
  const naive = await run(naivePollers, false);
  const ours = await run((actions) => Promise.all(actions.map((a) => a.wait({ interval: INTERVAL }))), true);

  const workload = 'W3 wait on 100 actions (2 s each, 250 ms interval)';
  const value = (r: typeof naive) => `${count(r.requests)} requests, ${r.limited} 429s, ${(r.wall / 1000).toFixed(2)} s`;
  report(workload, '100 naive pollers (rate limit off)', value(naive), '1.00x the requests');
  const share = ours.requests / naive.requests;
  report(workload, 'Promise.all(actions.map(a => a.wait())) (250/min enforced)', value(ours), `${share.toFixed(3)}x the requests`, [
    { where: 'W3 wait', goal: '≤ 0.1x the naive requests', measured: `${ours.requests} vs ${naive.requests} (${share.toFixed(3)}x)`, met: share <= 0.1 },
    { where: 'W3 wait', goal: 'zero 429s', measured: String(ours.limited), met: ours.limited === 0 },
  ]);
}

// ---- W4 hydration

async function w4(): Promise<void> {
  const N = 10_000;
  const API_PER_SECOND = (250 * 200) / 60;
  const plain = Array.from({ length: N }, (_, i) => droplet(i + 1));
  const t = await measure(
    {
      roundTrip: async () => {
        for (const item of plain) JSON.parse(JSON.stringify(item));
      },
      toModel: async () => {
        for (const item of plain) if (!(toModel(Droplet, item) instanceof Droplet)) throw new Error('not a Droplet');
      },
    },
    { runs: Math.min(RUNS, 3) },
  );
  const rate = (elapsed: number) => N / (elapsed / 1000);
  const workload = 'W4 hydrate (droplets with nested models and dates)';
  report(workload, 'JSON round trip per droplet (floor)', `${count(rate(t.roundTrip))} /s`, '1.00x the floor');
  report(workload, 'toModel(Droplet, json)', `${count(rate(t.toModel))} /s`, `${times(t.toModel, t.roundTrip)} the floor's time`);
  report(workload, 'the API at most: 250 pages/min of 200', `${count(API_PER_SECOND)} /s`, `toModel builds ${count(rate(t.toModel) / API_PER_SECOND)}x that`);
}

// ---- 100,000 droplets streamed

async function stream(): Promise<void> {
  const TOTAL = 100_000;
  const LIMIT_MB = 150;
  const server = await apiProcess(TOTAL, 0);
  const child = spawn(process.execPath, [fileURLToPath(new URL('./stream.mjs', import.meta.url))], {
    env: { ...process.env, STREAM_URL: server.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  await server.close();
  const { count: seen, ms: elapsed, peak } = JSON.parse(out) as { count: number; ms: number; peak: number };
  if (seen !== TOTAL) throw new Error(`streamed ${seen} of ${TOTAL}`);
  const peakMb = peak / 1024 / 1024;
  report('Stream 100,000 droplets, 0 ms latency', 'for await over list() (own process, dist/)', `${(elapsed / 1000).toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB`, `${count(TOTAL / (elapsed / 1000))} droplets/s end to end`, [
    { where: 'Stream 100,000', goal: `peak RSS < ${LIMIT_MB} MB`, measured: `${peakMb.toFixed(0)} MB`, met: peakMb < LIMIT_MB },
  ]);
}

// ---- run

const workloads: Record<string, () => Promise<void>> = {
  w1: async () => {
    for (const latency of LATENCIES) await w1(latency);
  },
  w2: async () => {
    for (const latency of LATENCIES) await w2(latency);
  },
  w3,
  w4,
  stream,
};
const only = process.env.ONLY?.toLowerCase().split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !(name in workloads));
if (unknown?.length) throw new Error(`ONLY names unknown workloads: ${unknown.join(', ')} (known: ${Object.keys(workloads).join(', ')})`);

const cores = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`;
console.log(`Node ${process.version}, ${process.platform} ${process.arch}, ${cores}`);
console.log(`medians of RUNS=${RUNS} interleaved runs (${Math.min(RUNS, 3)} at 100 ms latency and for W4); W3 and the stream run once\n`);
for (const [name, workload] of Object.entries(workloads)) {
  if (only && !only.includes(name)) continue;
  process.stderr.write(`running ${name}...\n`);
  await workload();
}

console.log(table(rows));
if (targets.length) {
  const named = targets.map((t) => ({ ...t, name: `${t.where}: ${t.goal}` }));
  const width = Math.max(...named.map((t) => t.name.length));
  const measuredWidth = Math.max(...named.map((t) => t.measured.length));
  console.log('\ntargets');
  for (const t of named) console.log(`  ${t.name.padEnd(width)}  ${t.measured.padEnd(measuredWidth)}  ${verdict(t)}`);
}
