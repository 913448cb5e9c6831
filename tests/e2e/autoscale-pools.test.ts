import { AutoscalePool, AutoscalePoolMember, Droplet, NotFoundError, UnprocessableEntityError } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

/** While set, the simulator's clock stands still there, so that nothing completes however busy the machine is. */
let frozenAt: number | undefined;
const h = useHarness({ actionDurationMs: 200, now: () => frozenAt ?? Date.now() });

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));
const TEMPLATE = { name: 'asp-web', region: 'nyc3' as const, size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', sshKeys: [] as string[], tags: ['asp'] };

describe('droplet autoscale pools end to end', () => {
  it('a pool keeps its members by its config, records its scaling, replaces a lost member, and deletes with its droplets', async () => {
    frozenAt = Date.now();
    const pool = await h.client.autoscalePools.create({ name: 'asp-web', config: { minInstances: 2, maxInstances: 4, targetCpuUtilization: 0.6 }, dropletTemplate: TEMPLATE });
    expect(pool).toBeInstanceOf(AutoscalePool);
    expect([pool.status, pool.activeResourcesCount, pool.config.minInstances, pool.dropletTemplate.region]).toEqual(['active', 2, 2, 'nyc3']);
    const members = await pool.members();
    expect(members.map((m) => [m.constructor, m.status])).toEqual([
      [AutoscalePoolMember, 'provisioning'],
      [AutoscalePoolMember, 'provisioning'],
    ]);
    const droplets = await Promise.all(members.map((m) => m.droplet()));
    expect(droplets[0]).toBeInstanceOf(Droplet);
    expect(droplets[0].tags).toContain('asp');
    frozenAt = undefined;
    await Promise.all(droplets.map((d) => d.waitUntilActive(FAST)));
    expect((await h.client.autoscalePools.members(pool.id)).map((m) => [m.status, m.healthStatus])).toEqual([
      ['active', 'healthy'],
      ['active', 'healthy'],
    ]);
    expect((await pool.history()).map((e) => [e.reason, e.currentInstanceCount, e.desiredInstanceCount, e.status])).toEqual([['CONFIGURATION_CHANGE', 0, 2, 'success']]);

    await pool.update({ name: 'asp-web', config: { targetNumberInstances: 3 }, dropletTemplate: TEMPLATE });
    expect([pool.config.targetNumberInstances, pool.activeResourcesCount]).toEqual([3, 3]);
    await h.client.autoscalePools.update(pool.id, { name: 'asp-web-2', config: { targetNumberInstances: 1 }, dropletTemplate: TEMPLATE });
    expect((await pool.reload()).activeResourcesCount).toBe(1);
    expect((await h.client.autoscalePools.history(pool.id)).map((e) => [e.currentInstanceCount, e.desiredInstanceCount])).toEqual([
      [0, 2],
      [2, 3],
      [3, 1],
    ]);

    const [only] = await pool.members();
    await h.client.droplets.delete(only.dropletId);
    const [replacement] = await pool.members();
    expect(replacement.dropletId).not.toBe(only.dropletId);
    expect((await pool.history()).at(-1)).toMatchObject({ reason: 'SCALE_UP', currentInstanceCount: 0, desiredInstanceCount: 1 });

    expect((await h.client.autoscalePools.list({ name: 'asp-web-2' })).map((p) => p.id)).toEqual([pool.id]);
    expect((await h.client.autoscalePools.get(pool.id)).name).toBe('asp-web-2');
    await pool.destroyWithDroplets();
    await expect(h.client.droplets.get(replacement.dropletId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await pool.reload()).status).toBe('deleting');
    await settle();
    await expect(pool.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('deleting a pool without dangerous leaves its droplets; bad templates are refused by the API', async () => {
    const pool = await h.client.autoscalePools.create({ name: 'asp-keep', config: { targetNumberInstances: 1 }, dropletTemplate: { ...TEMPLATE, name: 'asp-keep' } });
    const [member] = await h.client.autoscalePools.members(pool.id);
    await h.client.autoscalePools.delete(pool.id);
    await settle();
    await expect(h.client.autoscalePools.get(pool.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await h.client.droplets.get(member.dropletId)).name).toMatch(/^asp-keep-/);
    await expect(h.client.autoscalePools.create({ name: 'asp-bad', config: { targetNumberInstances: 1 }, dropletTemplate: { ...TEMPLATE, size: 'no-such-size' } })).rejects.toBeInstanceOf(UnprocessableEntityError);
    const other = await h.client.autoscalePools.create({ name: 'asp-gone', config: { targetNumberInstances: 1 }, dropletTemplate: TEMPLATE });
    await h.client.autoscalePools.deleteWithDroplets(other.id);
    await settle();
    await expect(other.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  itAnswersModules(() => h, 'autoscale-pools');
  itConforms(() => h);
});
