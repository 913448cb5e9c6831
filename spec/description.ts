/**
 * The official OpenAPI description kept in this folder: where it is and its parse, shared by the
 * coverage report (spec/coverage.ts), the update script (spec/update.ts) and the conformance
 * check of the end-to-end suites (tests/e2e/support.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The file name of the description, in this folder and in `spec:update --out`. */
export const SPEC_FILE = 'digitalocean-v2.yaml';

/** The official description, kept in this folder. */
export const SPEC_PATH = fileURLToPath(new URL(`./${SPEC_FILE}`, import.meta.url));

/** The methods an OpenAPI path item holds its operations under. */
export const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** One operation of the description, as far as this project reads it. */
export interface DescribedOperation {
  tags?: string[];
  operationId?: string;
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}

/** The description's paths and components. */
export interface Description {
  paths: Record<string, Record<string, DescribedOperation>>;
  components: Record<string, unknown>;
}

let description: Description | undefined;

/**
 * The paths and components of the description at {@link SPEC_PATH}. The YAML is large: its parse
 * is cached in the temp folder, keyed by the file's size and modification time.
 */
export function loadDescription(): Description {
  if (description) return description;
  const stat = statSync(SPEC_PATH);
  const key = createHash('sha1').update(`${stat.size}:${stat.mtimeMs}`).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'digitalocean-models-openapi');
  const cached = join(dir, `${key}.json`);
  if (existsSync(cached)) {
    description = JSON.parse(readFileSync(cached, 'utf8')) as Description;
  } else {
    const parsed = parse(readFileSync(SPEC_PATH, 'utf8'), { maxAliasCount: -1 }) as Description;
    description = { paths: parsed.paths, components: parsed.components };
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${cached}.${process.pid}`, JSON.stringify(description));
    writeFileSync(cached, readFileSync(`${cached}.${process.pid}`));
  }
  return description;
}
