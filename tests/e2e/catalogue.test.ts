import { Action, DigitalOcean, Region, Size } from '../../lib/index.js';
import { FAST, itConforms, useHarness } from './support.js';

const h = useHarness();

describe('regions, sizes and actions end to end', () => {
  it('regions lists the real catalogue slugs', async () => {
    const regions = await h.client.regions.list();
    expect(regions.every((r) => r instanceof Region)).toBe(true);
    expect(regions.map((r) => r.slug)).toEqual(['nyc1', 'nyc3', 'sfo2', 'sfo3', 'ams3', 'sgp1', 'lon1', 'fra1', 'tor1', 'blr1', 'syd1']);
    expect(regions.find((r) => r.slug === 'nyc3')!.sizes).toContain('s-1vcpu-1gb');
  });

  it('sizes lists prices and the regions that offer each', async () => {
    const sizes = await h.client.sizes.list();
    expect(sizes.every((s) => s instanceof Size)).toBe(true);
    const basic = sizes.find((s) => s.slug === 's-1vcpu-1gb')!;
    expect([basic.priceMonthly, basic.vcpus, basic.memory, basic.regions.length]).toEqual([6, 1, 1024, 11]);
    expect(sizes.map((s) => s.slug)).toEqual(expect.arrayContaining(['s-1vcpu-512mb-10gb', 's-1vcpu-2gb', 's-2vcpu-2gb', 's-2vcpu-4gb', 's-4vcpu-8gb']));
    expect(sizes.find((s) => s.gpuInfo)?.gpuInfo?.model).toBe('nvidia_h100');
  });

  it('actions lists every action newest first, and get loads one', async () => {
    const droplets = await h.client.droplets.createMany({ names: ['act-1', 'act-2'], region: 'ams3', size: 's-1vcpu-1gb', image: 'debian-12-x64' });
    await Promise.all(droplets.map((d) => d.waitUntilActive(FAST)));
    const reboot = await droplets[0].reboot();
    const actions = await h.client.actions.list();
    expect(actions.every((a) => a instanceof Action)).toBe(true);
    expect(actions.map((a) => a.id)).toEqual([...actions.map((a) => a.id)].sort((a, b) => b - a));
    expect(actions[0].id).toBe(reboot.id);
    const loaded = await h.client.actions.get(reboot.id);
    expect([loaded.type, loaded.resourceId, loaded.regionSlug]).toEqual(['reboot', droplets[0].id, 'ams3']);
    await expect(h.client.actions.get(1)).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
  });

  it('every response carries rate-limit headers and a request id', async () => {
    const response = await fetch(`${h.sim.url}regions`, { headers: { authorization: `Bearer ${h.sim.token}` } });
    expect(response.headers.get('ratelimit-limit')).toBe('5000');
    expect(Number(response.headers.get('ratelimit-remaining'))).toBeLessThan(5000);
    expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await h.client.regions.list();
    expect(h.client.rateLimit?.limit).toBe(5000);
  });

  it('reuses its connections: 50 requests in a row open one or two sockets, not 50', async () => {
    const client = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url });
    const before = h.sim.connectionCount;
    for (let i = 0; i < 50; i++) await client.regions.list();
    expect(h.sim.connectionCount - before).toBeLessThanOrEqual(2);
  });

  itConforms(() => h);
});
