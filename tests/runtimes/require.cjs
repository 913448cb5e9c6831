// The package from CommonJS: require() of its ES modules (Node 20.19+, 22.12+ and later, no flag).
// Prints one line per case and, last, "N passed, N failed".
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- require() is what this file checks */
const assert = require('node:assert/strict');
const { inspect } = require('node:util');

const cases = [];
const test = (name, fn) => cases.push({ name, fn });

test("require('digitalocean-models') gives the classes", () => {
  const sdk = require('digitalocean-models');
  for (const name of ['DigitalOcean', 'Droplet', 'Action', 'Paginator', 'NotFoundError', 'ValidationError', 'DigitalOceanError']) {
    assert.equal(typeof sdk[name], 'function', name);
  }
  assert.equal(sdk.DROPLET_ACTIONS.powerOff, 'power_off');
  assert.equal(sdk.DEFAULT_BASE_URL, 'https://api.digitalocean.com/v2/');
  const client = new sdk.DigitalOcean({ token: 'cjs-secret' });
  assert.equal(client.baseUrl, 'https://api.digitalocean.com/v2/');
  assert.ok(!inspect(client, { depth: 10 }).includes('cjs-secret'));
});

test('require() and import() give the same module', async () => {
  const required = require('digitalocean-models');
  const imported = await import('digitalocean-models');
  assert.equal(required.DigitalOcean, imported.DigitalOcean);
  assert.equal(required.NotFoundError, imported.NotFoundError);
});

test("require('digitalocean-models/testing'): a droplet on the simulator", async () => {
  const { DigitalOcean, Droplet, ValidationError } = require('digitalocean-models');
  const { Simulator } = require('digitalocean-models/testing');
  const sim = await Simulator.start({ actionDurationMs: 10 });
  try {
    const client = new DigitalOcean({ token: sim.token, baseUrl: sim.url });
    await assert.rejects(client.droplets.get(-1), ValidationError);
    const droplet = await client.droplets.create({ name: 'cjs-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
    assert.ok(droplet instanceof Droplet);
    await droplet.waitUntilActive({ interval: 5 });
    assert.equal(droplet.status, 'active');
  } finally {
    await sim.stop();
  }
});

(async () => {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of cases) {
    try {
      await fn();
      passed++;
      console.log(`ok - ${name}`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name}: ${(error && error.stack) || error}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
})();
