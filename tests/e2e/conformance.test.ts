import { NotFoundError } from '../../lib/index.js';
import { Router } from '../../lib/testing/router.js';
import { resourceRoutes, routes } from '../../lib/testing/routes.js';
import { Conformance, FAST, useHarness } from './support.js';

const h = useHarness();

describe('simulator conformance to the official OpenAPI description', () => {
  it('flags a body that breaks its operation schema', () => {
    const conformance = new Conformance();
    conformance.check({ method: 'GET', url: '/v2/regions', route: '/v2/regions', status: 200, body: { regions: 'nyc3' }, faulted: false });
    conformance.check({ method: 'GET', url: '/v2/regions', route: '/v2/regions', status: 200, body: { regions: [], links: {}, meta: { total: 0 } }, faulted: false });
    expect(conformance.violations).toEqual([{ operation: 'GET /v2/regions 200', status: 200, errors: expect.arrayContaining(['/regions must be array']) }]);
  });

  it('every droplet, image, catalogue and action operation exists in the description, and every answer of a full sweep conforms', async () => {
    const { client, conformance } = h;
    const droplet = await client.droplets.create({ name: 'sweep', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', tags: ['sweep'] });
    await droplet.waitUntilActive(FAST);
    const [gone] = await client.droplets.createMany({ names: ['sweep-2'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', tags: ['gone'] });
    await gone.waitUntilActive(FAST);
    const byTag = await client.droplets.actByTag('gone', 'power_off');
    expect(byTag.map((a) => [a.type, a.resourceId])).toEqual([['power_off', gone.id]]);
    await byTag[0].wait(FAST);
    expect((await gone.reload()).status).toBe('off');
    const snap = await droplet.snapshot('sweep-snap').then((a) => a.wait(FAST));
    await droplet.getAction(snap.id);
    await Promise.all([droplet.actions(), droplet.kernels(), droplet.snapshots(), droplet.backups(), droplet.neighbors(), client.droplets.list()]);
    const [image] = await droplet.snapshots();
    const full = await client.images.get(image.id);
    await full.update({ name: 'sweep-golden' });
    const transfer = await full.transfer('sfo3');
    await transfer.wait(FAST);
    await Promise.all([full.actions(), full.getAction(transfer.id), client.images.list(), client.regions.list(), client.sizes.list(), client.actions.list(), client.actions.get(transfer.id)]);
    await client.images.createCustom({ name: 'sweep-custom', url: 'https://images.example.com/x.img', region: 'nyc3' });
    await full.destroy();
    await client.droplets.deleteByTag('gone');
    await droplet.destroy();
    await expect(client.droplets.get(droplet.id)).rejects.toBeInstanceOf(NotFoundError);

    const answered = new Set([...conformance.checked.keys()].map((key) => key.replace(/ \d+$/, '')));
    // The resource operations (keys, domains, volumes, ...) are swept by tests/e2e/resources.test.ts.
    const resourceOperations = new Set(resourceRoutes(new Router()).operations);
    const operations = routes().operations.filter((op) => !resourceOperations.has(op));
    expect(operations.filter((op) => !answered.has(op))).toEqual([]);
    expect(conformance.violations).toEqual([]);
  });
});
