import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCRIPT = join(ROOT, 'spec/update.ts');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const REAL_SPEC = join(ROOT, 'spec/digitalocean-v2.yaml');

const BUNDLED = `openapi: 3.0.3
info: { title: Tiny, version: '2.0' }
paths:
  /v2/regions:
    get:
      operationId: regions_list
      responses: { '200': { $ref: '#/components/responses/ok' } }
  /v2/droplets/{droplet_id}:
    parameters: [{ name: droplet_id, in: path, required: true, schema: { type: integer } }]
    get:
      operationId: droplets_get
      responses: { '200': { $ref: '#/components/responses/ok' } }
    delete:
      operationId: droplets_destroy
      responses: { '204': { description: gone } }
components:
  responses:
    ok: { description: ok }
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spec-update-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `spec/update.ts` with `args`, writing into `<dir>/spec`. */
function run(file: string, ...args: string[]) {
  const input = join(dir, file);
  const result = spawnSync(process.execPath, [TSX, SCRIPT, input, '--out', join(dir, 'spec'), ...args], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run spec:update', () => {
  it('copies a bundled description byte for byte, records its origin and prints its paths and operations', () => {
    const realBefore = statSync(REAL_SPEC).mtimeMs;
    writeFileSync(join(dir, 'bundled.yaml'), BUNDLED);
    const result = run('bundled.yaml', '--commit', '7C1300C479FED9C353CDA9FC21CD968619552304', '--date', '2026-08-07', '--bundled-with', '@redocly/cli 2.77.0');
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('spec/digitalocean-v2.yaml: OpenAPI 3.0.3, 2 paths, 3 operations');
    expect(readFileSync(join(dir, 'spec/digitalocean-v2.yaml'), 'utf8')).toBe(BUNDLED);
    expect(JSON.parse(readFileSync(join(dir, 'spec/source.json'), 'utf8'))).toEqual({
      repository: 'https://github.com/digitalocean/openapi',
      commit: '7c1300c479fed9c353cda9fc21cd968619552304',
      date: '2026-08-07',
      root: 'specification/DigitalOcean-public.v2.yaml',
      bundledWith: '@redocly/cli 2.77.0',
      license: 'Apache-2.0',
      openapi: '3.0.3',
      paths: 2,
      operations: 3,
    });
    expect(statSync(REAL_SPEC).mtimeMs).toBe(realBefore);
  });

  it.each([
    ['a YAML file that is not OpenAPI', 'name: not-a-description\n', 'is not an OpenAPI 3.x description: found no "openapi" field'],
    ['a Swagger 2.0 file', "swagger: '2.0'\npaths: { /x: { get: { responses: {} } } }\n", 'is not an OpenAPI 3.x description: found "swagger: 2.0"'],
    ['an OpenAPI file without paths', 'openapi: 3.0.0\ninfo: { title: t, version: v }\n', 'is not an OpenAPI 3.x description with paths: "paths" is missing or empty'],
    ['a file that is not YAML', 'openapi: [3.0.0\n', 'is not valid YAML'],
    ['an unbundled description', "openapi: 3.0.0\npaths:\n  /x:\n    get: { $ref: 'resources/x.yml' }\n", "is not bundled: 1 $ref point outside the file (first: resources/x.yml)"],
  ])('refuses %s with a clear message and exit code 1, writing nothing', (_name, text, message) => {
    writeFileSync(join(dir, 'input.yaml'), text);
    const result = run('input.yaml', '--commit', 'abcdef1');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`spec:update: ${join(dir, 'input.yaml')} ${message}`);
    expect(existsSync(join(dir, 'spec'))).toBe(false);
  });

  it('refuses a missing file (exit 1) and bad arguments (exit 2) with the usage', () => {
    expect(run('missing.yaml')).toMatchObject({ status: 1, stderr: expect.stringContaining('missing.yaml: no such file') });
    writeFileSync(join(dir, 'bundled.yaml'), BUNDLED);
    expect(run('bundled.yaml', '--commit', 'main')).toMatchObject({ status: 2, stderr: expect.stringContaining('usage: npm run spec:update -- <bundled.yaml>') });
    expect(run('bundled.yaml', '--tag', 'x')).toMatchObject({ status: 2, stderr: expect.stringContaining('usage:') });
    expect(existsSync(join(dir, 'spec'))).toBe(false);
  });
});
