import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

function run(args: string[], onStdout?: (text: string, child: ReturnType<typeof spawn>) => void, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, child);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm start (examples/provision.ts)', () => {
  it('runs the whole workflow on the embedded simulator and exits 0', async () => {
    const { code, stdout, stderr } = await run(['examples/provision.ts']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const steps = [
      /embedded DigitalOcean API simulator at http:\/\/127\.0\.0\.1:\d+\/v2\//,
      /11 regions, 11 open/,
      /using s-1vcpu-512mb-10gb/,
      /created demo-web-1 \(#\d+\), demo-web-2 \(#\d+\), demo-db-1 \(#\d+\)/,
      /demo-db-1: active at \d+\.\d+\.\d+\.\d+/,
      /demo-db-1: off; taking a snapshot/,
      /snapshot: completed/,
      /copying it to sfo3/,
      /snapshot now in nyc3, sfo3/,
      /NAME\s+ID\s+STATUS\s+REGION\s+SIZE\s+PUBLIC IPV4\s+\$\/MONTH/,
      /demo-db-1\s+\d+\s+off\s+nyc3/,
      /3 droplets, \$12\.00 a month/,
      /done: 0 droplets left with the tag/,
    ];
    let at = 0;
    for (const step of steps) {
      const found = step.exec(stdout.slice(at));
      expect(found?.[0] ?? `missing after offset ${at}: ${step}`).toMatch(step);
      at += found!.index + found![0].length;
    }
  });

  it('with --live and no terminal to confirm on, creates nothing', async () => {
    const { code, stdout } = await run(['examples/provision.ts', '--live'], undefined, { DIGITALOCEAN_TOKEN: 'not-used' });
    expect(code).toBe(0);
    expect(stdout).toContain('not confirmed; nothing was created');
  }, 30_000);
});

describe('digitalocean-models-simulator command', () => {
  it('prints the URL and a token, serves the API, and stops on SIGINT', async () => {
    let served = false;
    const { code, stdout } = await run(['lib/testing/cli.ts', '--port', '0', '--token', 'cli-token'], (text, child) => {
      const url = /listening at (\S+)/.exec(text)?.[1];
      if (!url || served || !text.includes('DIGITALOCEAN_TOKEN=')) return;
      served = true;
      void fetch(`${url}regions`, { headers: { authorization: 'Bearer cli-token' } }).then(async (response) => {
        const body = (await response.json()) as { regions: unknown[] };
        if (response.status === 200 && body.regions.length === 11) child.kill('SIGINT');
        else child.kill('SIGKILL');
      });
    });
    expect(served).toBe(true);
    expect(stdout).toMatch(/DIGITALOCEAN_TOKEN=cli-token/);
    expect(code).toBe(0);
  });

  it('rejects a bad port with its usage and exit code 2', async () => {
    const { code, stdout, stderr } = await run(['lib/testing/cli.ts', '--port', 'eighty']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Usage: digitalocean-models-simulator \[--port 8080\]/);
    expect(stdout).toBe('');
  });
});
