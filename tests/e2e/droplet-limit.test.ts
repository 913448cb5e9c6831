import { UnprocessableEntityError } from '../../lib/index.js';
import { DEFAULT_DROPLET_LIMIT, Simulator } from '../../lib/testing/index.js';
import { itConforms, useHarness } from './support.js';

const h = useHarness({ dropletLimit: 3 });

const BASE = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
const MESSAGE = 'creating this/these droplet(s) will exceed your droplet limit';

describe('the simulated droplet limit', () => {
  it('is reported by GET /v2/account', async () => {
    expect((await h.client.account.get()).dropletLimit).toBe(3);
  });

  it('refuses a create past it with the API\'s 422, making no droplet, and counts deletions', async () => {
    await h.client.droplets.createMany({ ...BASE, names: ['limit-1', 'limit-2'] });
    const error = (await h.client.droplets.createMany({ ...BASE, names: ['limit-3', 'limit-4'] }).catch((e: unknown) => e)) as UnprocessableEntityError;
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect([error.status, error.id, (error.body as { message: string }).message]).toEqual([422, 'unprocessable_entity', MESSAGE]);
    expect((await h.client.droplets.list()).map((d) => d.name)).toEqual(['limit-1', 'limit-2']);
    const third = await h.client.droplets.create({ ...BASE, name: 'limit-3' });
    await expect(h.client.droplets.create({ ...BASE, name: 'limit-4' })).rejects.toMatchObject({ status: 422, message: expect.stringContaining(MESSAGE) });
    await third.destroy();
    await expect(h.client.droplets.create({ ...BASE, name: 'limit-4' })).resolves.toMatchObject({ name: 'limit-4' });
  });

  it(`defaults to ${DEFAULT_DROPLET_LIMIT.toLocaleString('en')}`, async () => {
    const sim = await Simulator.start();
    try {
      const response = await fetch(`${sim.url}account`, { headers: { authorization: `Bearer ${sim.token}` } });
      expect(((await response.json()) as { account: { droplet_limit: number } }).account.droplet_limit).toBe(10_000);
      expect(DEFAULT_DROPLET_LIMIT).toBe(10_000);
    } finally {
      await sim.stop();
    }
  });

  itConforms(() => h);
});
