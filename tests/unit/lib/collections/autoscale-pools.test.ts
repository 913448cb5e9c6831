import { AutoscalePool, AutoscalePoolHistoryEvent, AutoscalePoolMember, Droplet } from '../../../../lib/index.js';
import { toModel } from '../../../../lib/fields.js';
import { stubApi, fixture, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '0d3db13e-a604-4944-9827-7ec2642d32ac';
const TEMPLATE = { name: 'web', region: 'nyc3' as const, size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', sshKeys: [] as string[], tags: ['web'] };
const TEMPLATE_JSON = { name: 'web', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', ssh_keys: [], tags: ['web'] };
const ATTRS = { name: 'web-pool', config: { minInstances: 2, maxInstances: 5, targetCpuUtilization: 0.6, cooldownMinutes: 10 }, dropletTemplate: { ...TEMPLATE, sshKeys: [] } };
const BODY = { name: 'web-pool', config: { min_instances: 2, max_instances: 5, target_cpu_utilization: 0.6, cooldown_minutes: 10 }, droplet_template: TEMPLATE_JSON };
const pool = (c: Parameters<typeof loaded>[0]) => loaded(c, AutoscalePool, 'autoscale-pools/get', 'autoscale_pool');

describe('AutoscalePoolsCollection and AutoscalePool', () => {
  itSends([
    { name: 'client.autoscalePools.list()', call: (c) => c.autoscalePools.list(), method: 'GET', path: '/v2/droplets/autoscale', query: PAGE, status: 200, reply: 'autoscale-pools/list', result: many(AutoscalePool, 'autoscale-pools/list', 'autoscale_pools') },
    { name: 'client.autoscalePools.list({ name })', call: (c) => c.autoscalePools.list({ name: 'web-pool' }), method: 'GET', path: '/v2/droplets/autoscale', query: { ...PAGE, name: 'web-pool' }, status: 200, reply: 'autoscale-pools/list', result: many(AutoscalePool, 'autoscale-pools/list', 'autoscale_pools') },
    { name: 'client.autoscalePools.get(id)', call: (c) => c.autoscalePools.get(ID), method: 'GET', path: `/v2/droplets/autoscale/${ID}`, status: 200, reply: 'autoscale-pools/get', result: one(AutoscalePool, 'autoscale-pools/get', 'autoscale_pool') },
    { name: 'client.autoscalePools.create(dynamic)', call: (c) => c.autoscalePools.create(ATTRS), method: 'POST', path: '/v2/droplets/autoscale', body: BODY, status: 202, reply: 'autoscale-pools/get', result: one(AutoscalePool, 'autoscale-pools/get', 'autoscale_pool') },
    { name: 'client.autoscalePools.create(static)', call: (c) => c.autoscalePools.create({ ...ATTRS, config: { targetNumberInstances: 3 } }), method: 'POST', path: '/v2/droplets/autoscale', body: { ...BODY, config: { target_number_instances: 3 } }, status: 202, reply: 'autoscale-pools/get', result: one(AutoscalePool, 'autoscale-pools/get', 'autoscale_pool') },
    { name: 'client.autoscalePools.update(id, attrs)', call: (c) => c.autoscalePools.update(ID, ATTRS), method: 'PUT', path: `/v2/droplets/autoscale/${ID}`, body: BODY, status: 200, reply: 'autoscale-pools/get', result: one(AutoscalePool, 'autoscale-pools/get', 'autoscale_pool') },
    { name: 'client.autoscalePools.delete(id)', call: (c) => c.autoscalePools.delete(ID), method: 'DELETE', path: `/v2/droplets/autoscale/${ID}`, status: 202, result: nothing },
    { name: 'client.autoscalePools.deleteWithDroplets(id)', call: (c) => c.autoscalePools.deleteWithDroplets(ID), method: 'DELETE', path: `/v2/droplets/autoscale/${ID}/dangerous`, status: 202, result: nothing },
    { name: 'client.autoscalePools.members(id)', call: (c) => c.autoscalePools.members(ID), method: 'GET', path: `/v2/droplets/autoscale/${ID}/members`, query: PAGE, status: 200, reply: 'autoscale-pools/members', result: many(AutoscalePoolMember, 'autoscale-pools/members', 'droplets') },
    { name: 'client.autoscalePools.history(id)', call: (c) => c.autoscalePools.history(ID), method: 'GET', path: `/v2/droplets/autoscale/${ID}/history`, query: PAGE, status: 200, reply: 'autoscale-pools/history', result: many(AutoscalePoolHistoryEvent, 'autoscale-pools/history', 'history') },
    { name: 'pool.members()', call: (c) => pool(c).members(), method: 'GET', path: `/v2/droplets/autoscale/${ID}/members`, query: PAGE, status: 200, reply: 'autoscale-pools/members', result: many(AutoscalePoolMember, 'autoscale-pools/members', 'droplets') },
    { name: 'pool.history()', call: (c) => pool(c).history(), method: 'GET', path: `/v2/droplets/autoscale/${ID}/history`, query: PAGE, status: 200, reply: 'autoscale-pools/history', result: many(AutoscalePoolHistoryEvent, 'autoscale-pools/history', 'history') },
    { name: 'pool.update(attrs)', call: (c) => pool(c).update(ATTRS), method: 'PUT', path: `/v2/droplets/autoscale/${ID}`, body: BODY, status: 200, reply: 'autoscale-pools/get', result: one(AutoscalePool, 'autoscale-pools/get', 'autoscale_pool') },
    { name: 'pool.reload()', call: (c) => pool(c).reload(), method: 'GET', path: `/v2/droplets/autoscale/${ID}`, status: 200, reply: 'autoscale-pools/get', result: one(AutoscalePool, 'autoscale-pools/get', 'autoscale_pool') },
    { name: 'pool.destroy()', call: (c) => pool(c).destroy(), method: 'DELETE', path: `/v2/droplets/autoscale/${ID}`, status: 202, result: nothing },
  ]);

  it('pool.destroyWithDroplets() sends X-Dangerous: true', async () => {
    const scope = stubApi('DELETE', `/v2/droplets/autoscale/${ID}/dangerous`).matchHeader('x-dangerous', 'true').reply(202);
    const client = testClient();
    await expect(pool(client).destroyWithDroplets()).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('member.droplet() loads the member droplet', async () => {
    stubApi('GET', '/v2/droplets/480000101').reply(200, fixture('droplets/get'));
    const client = testClient();
    const member = client.attach(toModel(AutoscalePoolMember, fixture<{ droplets: object[] }>('autoscale-pools/members').droplets[0]));
    expect(member.updatedAt).toBeInstanceOf(Date);
    expect(await member.droplet()).toBeInstanceOf(Droplet);
  });

  it('hydrates config, template and utilization as models, and reads the desired count', () => {
    const p = pool(testClient());
    expect([p.config.minInstances, p.dropletTemplate.sshKeys.length, p.currentUtilization?.cpu, p.desiredCount]).toEqual([2, 1, 0.44, 2]);
    expect(p.createdAt).toBeInstanceOf(Date);
  });

  itRefuses([
    ['get with a bad id', (c) => c.autoscalePools.get('nope'), 'id'],
    ['create without a template', (c) => c.autoscalePools.create({ name: 'x', config: { targetNumberInstances: 1 } } as never), 'attrs.dropletTemplate'],
    ['create with min above max', (c) => c.autoscalePools.create({ ...ATTRS, config: { minInstances: 4, maxInstances: 2 } }), 'attrs.config.maxInstances'],
    ['create with too many droplets', (c) => c.autoscalePools.create({ ...ATTRS, config: { targetNumberInstances: 1001 } }), 'attrs.config.targetNumberInstances'],
    ['create with a CPU target above 1', (c) => c.autoscalePools.create({ ...ATTRS, config: { minInstances: 1, maxInstances: 2, targetCpuUtilization: 1.5 } }), 'attrs.config.targetCpuUtilization'],
    ['create in a region pools do not run in', (c) => c.autoscalePools.create({ ...ATTRS, dropletTemplate: { ...ATTRS.dropletTemplate, region: 'atl1' as never } }), 'attrs.dropletTemplate.region'],
    ['create with a template attribute it does not take', (c) => c.autoscalePools.create({ ...ATTRS, dropletTemplate: { ...ATTRS.dropletTemplate, backups: true } as never }), 'attrs.dropletTemplate'],
    ['members of a bad id', (c) => c.autoscalePools.members('../x'), 'id'],
  ]);
});
