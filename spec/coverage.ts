/**
 * How much of the API this project covers, per tag of the official description in this folder:
 * the operations the client reaches (a unit test sends their request), the simulator routes, and
 * the end-to-end suite exercises (the client sent them to the simulator), out of those the
 * description has.
 *
 *   npm run coverage:api                   runs the test suite recording every request, then prints
 *   npm run coverage:api -- --from DIR     prints from the requests recorded in DIR by an earlier run
 *   npm run coverage:api -- --markdown     prints the table as Markdown (the README's table)
 *
 * Requests are recorded by tests/setup.ts when API_COVERAGE_DIR is set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routes } from '../lib/testing/routes.js';
import { loadDescription, METHODS, type Description } from './description.js';

/** One operation of the description. */
export interface SpecOperation {
  method: string;
  template: string;
  tag: string;
  operationId: string;
}

/** One recorded request (a line of a record file). */
export interface RecordedRequest {
  suite: 'unit' | 'e2e';
  method: string;
  /** The request's path, without the query. */
  path: string;
}

/** Every operation of `description` (default the official one, in this folder). */
export function specOperations(description: Pick<Description, 'paths'> = loadDescription()): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [template, item] of Object.entries(description.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({ method: method.toUpperCase(), template, tag: operation.tags?.[0] ?? '(untagged)', operationId: operation.operationId ?? '' });
    }
  }
  return operations;
}

/**
 * Finds the operation a concrete request is for: its method and a template whose literal segments
 * match, preferring the template with the most literal segments (`/v2/droplets/actions` over
 * `/v2/droplets/{droplet_id}`).
 */
export function matcher(operations: SpecOperation[]): (method: string, path: string) => SpecOperation | undefined {
  const compiled = operations.map((op) => {
    const segments = op.template.split('/');
    return { op, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
  });
  compiled.sort((a, b) => b.literals - a.literals);
  return (method, path) => {
    const parts = path.replace(/\/+$/, '').split('/');
    return compiled.find(
      ({ op, segments }) =>
        op.method === method && segments.length === parts.length && segments.every((s, i) => s.startsWith('{') || s === parts[i]),
    )?.op;
  };
}

/** Reads every record file of `dir`. */
export function readRecords(dir: string): RecordedRequest[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as RecordedRequest));
}

/** One row of the table. */
export interface CoverageRow {
  tag: string;
  operations: number;
  client: number;
  simulator: number;
  e2e: number;
}

/** Per tag: how many operations the description has, and how many the client, the simulator and the e2e suite reach. */
export function coverage(operations: SpecOperation[], simulated: Iterable<string>, records: RecordedRequest[]): CoverageRow[] {
  const find = matcher(operations);
  const key = (op: SpecOperation) => `${op.method} ${op.template}`;
  const reached = { unit: new Set<string>(), e2e: new Set<string>() };
  for (const record of records) {
    const op = find(record.method, record.path);
    if (op) reached[record.suite].add(key(op));
  }
  const routed = new Set(simulated);
  const rows = new Map<string, CoverageRow>();
  for (const op of operations) {
    const row = rows.get(op.tag) ?? { tag: op.tag, operations: 0, client: 0, simulator: 0, e2e: 0 };
    row.operations++;
    if (reached.unit.has(key(op))) row.client++;
    if (routed.has(key(op))) row.simulator++;
    if (reached.e2e.has(key(op))) row.e2e++;
    rows.set(op.tag, row);
  }
  return [...rows.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The table as text: aligned columns, or Markdown. */
export function render(rows: CoverageRow[], markdown: boolean): string {
  const total = rows.reduce(
    (sum, row) => ({ tag: 'Total', operations: sum.operations + row.operations, client: sum.client + row.client, simulator: sum.simulator + row.simulator, e2e: sum.e2e + row.e2e }),
    { tag: 'Total', operations: 0, client: 0, simulator: 0, e2e: 0 },
  );
  const header = ['tag', 'operations', 'client', 'simulator', 'e2e'];
  const cells = [...rows, total].map((row) => [row.tag, String(row.operations), String(row.client), String(row.simulator), String(row.e2e)]);
  if (markdown) {
    const line = (values: string[]) => `| ${values.join(' | ')} |`;
    return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...cells.map((c, i) => line(i === cells.length - 1 ? c.map((v) => `**${v}**`) : c))].join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values: string[]) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

function main(argv: string[]): void {
  const fromIndex = argv.indexOf('--from');
  let dir = fromIndex >= 0 ? argv[fromIndex + 1] : undefined;
  const markdown = argv.includes('--markdown');
  let cleanup = false;
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'api-coverage-'));
    cleanup = true;
    const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url));
    const run = spawnSync(process.execPath, ['--experimental-vm-modules', jest, '--silent'], {
      env: { ...process.env, API_COVERAGE_DIR: dir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) console.error(`(the test suite exited with ${run.status}: the figures count what it reached)`);
  }
  try {
    console.log(render(coverage(specOperations(), routes().operations, readRecords(dir)), markdown));
  } finally {
    if (cleanup) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
