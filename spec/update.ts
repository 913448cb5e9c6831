/**
 * Replaces the official OpenAPI description in this folder with a newly bundled one.
 *
 *   npm run spec:update -- <bundled.yaml> [--commit <sha>] [--date <YYYY-MM-DD>] [--bundled-with <tool>] [--out <dir>]
 *
 * The file must parse as YAML, be an OpenAPI 3.x description with paths and operations, and be
 * bundled (no `$ref` pointing outside the file). It is copied byte for byte to
 * `<dir>/digitalocean-v2.yaml` and its origin written to `<dir>/source.json`; `<dir>` is this
 * folder unless `--out` names another. Prints the number of paths and operations.
 *
 * Exit codes: 0 done, 1 the file is missing or not a bundled OpenAPI 3.x description, 2 bad arguments.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { METHODS, SPEC_FILE } from './description.js';

export { SPEC_FILE };

/** The file name of the description's origin record. */
export const SOURCE_FILE = 'source.json';

/** Where the description comes from: `source.json`. */
export interface Source {
  repository: string;
  /** The upstream commit the file was bundled from, `null` when the update did not say. */
  commit: string | null;
  /** The upstream commit's date (`YYYY-MM-DD`), or the day of the update when not given. */
  date: string;
  /** The upstream root file that was bundled. */
  root: string;
  bundledWith: string;
  license: string;
  openapi: string;
  paths: number;
  operations: number;
}

const DEFAULTS = {
  repository: 'https://github.com/digitalocean/openapi',
  root: 'specification/DigitalOcean-public.v2.yaml',
  bundledWith: '@redocly/cli',
  license: 'Apache-2.0',
};
const USAGE = 'usage: npm run spec:update -- <bundled.yaml> [--commit <sha>] [--date <YYYY-MM-DD>] [--bundled-with <tool>] [--out <dir>]';

/** A refusal: its message is printed and the script exits with `code`. */
class Refusal extends Error {
  constructor(message: string, readonly code: 1 | 2) {
    super(message);
  }
}

/** The paths and operations of a bundled OpenAPI 3.x description, or a refusal saying why it is not one. */
export function inspectDescription(text: string, name: string): { openapi: string; paths: number; operations: number } {
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: -1, logLevel: 'error' });
  } catch (error) {
    throw new Refusal(`${name} is not valid YAML: ${(error as Error).message.split('\n')[0]}`, 1);
  }
  const root = (document ?? {}) as { openapi?: unknown; swagger?: unknown; paths?: unknown };
  if (typeof document !== 'object' || Array.isArray(document)) {
    throw new Refusal(`${name} is not an OpenAPI 3.x description: it is not a YAML mapping`, 1);
  }
  if (typeof root.openapi !== 'string' || !/^3\.\d+(\.\d+)?$/.test(root.openapi)) {
    const found = root.openapi !== undefined ? `"openapi: ${String(root.openapi)}"` : root.swagger !== undefined ? `"swagger: ${String(root.swagger)}"` : 'no "openapi" field';
    throw new Refusal(`${name} is not an OpenAPI 3.x description: found ${found}, expected "openapi: 3.x"`, 1);
  }
  const paths = root.paths;
  if (!paths || typeof paths !== 'object' || Array.isArray(paths) || Object.keys(paths).length === 0) {
    throw new Refusal(`${name} is not an OpenAPI 3.x description with paths: "paths" is missing or empty`, 1);
  }
  let operations = 0;
  for (const item of Object.values(paths as Record<string, Record<string, unknown> | null>)) {
    for (const method of METHODS) if (item?.[method] && typeof item[method] === 'object') operations += 1;
  }
  if (operations === 0) throw new Refusal(`${name} is not an OpenAPI 3.x description with operations: its paths declare none`, 1);
  const external = externalRefs(document);
  if (external.length > 0) {
    throw new Refusal(`${name} is not bundled: ${external.length} $ref point outside the file (first: ${external[0]}); bundle it with \`redocly bundle\` first`, 1);
  }
  return { openapi: root.openapi, paths: Object.keys(paths).length, operations };
}

/** Every `$ref` that does not point inside the document. */
function externalRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) externalRefs(child, found);
  } else if (node && typeof node === 'object') {
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) found.push(ref);
    for (const child of Object.values(node)) externalRefs(child, found);
  }
  return found;
}

function readSource(file: string): Partial<Source> {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<Source>;
  } catch {
    return {};
  }
}

/** Runs the update with command-line arguments; returns the lines to print. */
export function update(args: string[]): string[] {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    throw new Refusal(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new Refusal(USAGE, 2);
  const commit = values.commit ?? null;
  if (commit !== null && !/^[0-9a-f]{7,40}$/i.test(commit)) throw new Refusal(`--commit must be a commit id (7 to 40 hex digits), got "${commit}"\n${USAGE}`, 2);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new Refusal(`--date must be YYYY-MM-DD, got "${values.date}"\n${USAGE}`, 2);

  const input = resolve(positionals[0]);
  if (!existsSync(input)) throw new Refusal(`${positionals[0]}: no such file`, 1);
  const found = inspectDescription(readFileSync(input, 'utf8'), positionals[0]);

  const out = resolve(values.out ?? fileURLToPath(new URL('.', import.meta.url)));
  mkdirSync(out, { recursive: true });
  const target = join(out, SPEC_FILE);
  if (!existsSync(target) || realpathSync(target) !== realpathSync(input)) copyFileSync(input, target);
  const previous = readSource(join(out, SOURCE_FILE));
  const source: Source = {
    repository: previous.repository ?? DEFAULTS.repository,
    commit: commit?.toLowerCase() ?? null,
    date: values.date ?? new Date().toISOString().slice(0, 10),
    root: previous.root ?? DEFAULTS.root,
    bundledWith: values['bundled-with'] ?? previous.bundledWith ?? DEFAULTS.bundledWith,
    license: previous.license ?? DEFAULTS.license,
    ...found,
  };
  writeFileSync(join(out, SOURCE_FILE), `${JSON.stringify(source, null, 2)}\n`);

  const shown = (file: string) => relative(process.cwd(), file) || file;
  return [
    `${shown(target)}: OpenAPI ${found.openapi}, ${found.paths} paths, ${found.operations} operations`,
    `${shown(join(out, SOURCE_FILE))}: ${source.repository} at ${source.commit ?? 'an unrecorded commit (pass --commit <sha>)'}, ${source.date}, bundled with ${source.bundledWith}`,
  ];
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      commit: { type: 'string' },
      date: { type: 'string' },
      'bundled-with': { type: 'string' },
      out: { type: 'string' },
    },
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    for (const line of update(process.argv.slice(2))) console.log(line);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(`spec:update: ${error.message}`);
    process.exitCode = error.code;
  }
}
