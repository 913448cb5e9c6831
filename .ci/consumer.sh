#!/usr/bin/env bash
# Packs the package, installs the tarball into a fresh project, and imports it from plain ESM
# JavaScript and from TypeScript, as a user would.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source "$repo/.ci/pack.sh"
install_packed "$repo" "$work" consumer
cd "$work"

cat > esm.mjs <<'JS'
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { DigitalOcean, Droplet, NotFoundError, DigitalOceanError, ValidationError, DROPLET_ACTIONS } from 'digitalocean-models';

const client = new DigitalOcean({ token: 'consumer-secret' });
assert.equal(client.baseUrl, 'https://api.digitalocean.com/v2/');
assert.ok(new NotFoundError({ status: 404, id: 'not_found', message: 'x', request: { method: 'GET', path: '/' } }) instanceof DigitalOceanError);
assert.equal(typeof client.droplets.powerOff, 'function');
assert.equal(typeof Droplet.prototype.powerOff, 'function');
assert.equal(DROPLET_ACTIONS.powerOff, 'power_off');
await assert.rejects(client.droplets.get(-1), ValidationError);
assert.ok(!inspect(client, { depth: 10 }).includes('consumer-secret'));
const { Simulator } = await import('digitalocean-models/testing');
const sim = await Simulator.start({ actionDurationMs: 10 });
const local = new DigitalOcean({ token: sim.token, baseUrl: sim.url });
const droplet = await local.droplets.create({ name: 'pkg', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
await droplet.waitUntilActive({ interval: 5 });
assert.equal(droplet.status, 'active');
assert.ok(droplet instanceof Droplet);
await sim.stop();
console.log('esm consumer: ok');
JS
node esm.mjs
test -x node_modules/.bin/digitalocean-models-simulator

cat > consumer.ts <<'TS'
import { DigitalOcean, type Droplet, type Action, type DropletCreateAttributes, type Paginator } from 'digitalocean-models';
import { Simulator, type HttpFault } from 'digitalocean-models/testing';

export async function offline(): Promise<void> {
  const sim: Simulator = await Simulator.start({ actionDurationMs: 10 });
  const fault: HttpFault = { method: 'GET', path: '/v2/droplets/:id', status: 503 };
  sim.injectFault(fault);
  await provision(new DigitalOcean({ token: sim.token, baseUrl: sim.url }));
  await sim.stop();
}

export async function provision(client: DigitalOcean): Promise<string | undefined> {
  const attrs: DropletCreateAttributes = { name: 'web-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
  const droplet: Droplet = await client.droplets.create(attrs);
  await droplet.waitUntilActive({ interval: 1_000 });
  const action: Action = await droplet.powerOff();
  await action.wait();
  const listing: Paginator<Droplet> = client.droplets.list({ tagName: 'web' });
  for await (const d of listing) d.region.slug.toUpperCase();
  return droplet.publicIpv4;
}
new DigitalOcean({ token: 't' });
TS
cat > tsconfig.json <<JSON
{
  "compilerOptions": {
    "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true,
    "types": ["node"], "typeRoots": ["$repo/node_modules/@types"]
  },
  "files": ["consumer.ts"]
}
JSON
node "$repo/node_modules/typescript/bin/tsc" -p tsconfig.json
echo 'typescript consumer: ok'
