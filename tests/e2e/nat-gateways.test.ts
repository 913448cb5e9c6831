import { DigitalOcean, NatGateway, NotFoundError, UnprocessableEntityError, type Vpc } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

let vpc: Vpc;
/** While set, the simulator's clock stands still there, so that nothing completes however busy the machine is. */
let frozenAt: number | undefined;
const h = useHarness({ actionDurationMs: 100, now: () => frozenAt ?? Date.now() });
beforeAll(async () => {
  vpc = await h.client.vpcs.create({ name: 'nat-vpc', region: 'nyc3' });
});

describe('VPC NAT gateways end to end', () => {
  it('create, go NEW to PROVISIONING to ACTIVE through faults, list by filters, update, delete', async () => {
    const gateway = await h.client.natGateways.create({ name: 'nat-egress', region: 'nyc3', size: 1, vpcs: [{ vpcUuid: vpc.id, defaultGateway: true }] });
    expect(gateway).toBeInstanceOf(NatGateway);
    expect([gateway.state, gateway.type, gateway.vpcs[0].vpcUuid, gateway.vpcs[0].defaultGateway]).toEqual(['NEW', 'PUBLIC', vpc.id, true]);
    const retrying = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 2, retryBaseDelay: 5 });
    const fault = h.sim.injectFault({ method: 'GET', path: `/v2/vpc_nat_gateways/${gateway.id}`, status: 503, times: 2 });
    const seen = new Set<string>();
    const active = await (await retrying.natGateways.get(gateway.id)).waitUntilActive({ ...FAST, onProgress: (g) => seen.add(g.state) });
    expect(fault.hits).toBe(2);
    expect(active.state).toBe('ACTIVE');
    expect(seen.has('ACTIVE')).toBe(true);
    expect(active.publicIpv4s[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    await gateway.waitUntilActive(FAST);

    expect((await h.client.natGateways.list({ state: 'active', region: 'nyc3', type: 'public' })).map((g) => g.id)).toEqual([gateway.id]);
    expect(await h.client.natGateways.list({ name: 'no-such-gateway' })).toEqual([]);
    await gateway.update({ name: 'nat-egress-2', size: 2, tcpTimeoutSeconds: 600 });
    expect([gateway.name, gateway.size, gateway.tcpTimeoutSeconds, gateway.state]).toEqual(['nat-egress-2', 2, 600, 'ACTIVE']);
    await h.client.natGateways.update(gateway.id, { name: 'nat-egress-3', size: 1 });
    expect((await h.client.natGateways.get(gateway.id)).name).toBe('nat-egress-3');

    frozenAt = Date.now();
    await h.client.natGateways.delete(gateway.id);
    expect((await gateway.reload()).state).toBe('DELETING');
    frozenAt = undefined;
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(gateway.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('the API refuses a VPC of another region, and gateway.destroy() deletes', async () => {
    const fra = await h.client.vpcs.create({ name: 'nat-vpc-fra', region: 'fra1' });
    await expect(h.client.natGateways.create({ name: 'nat-bad', region: 'nyc3', size: 1, vpcs: [{ vpcUuid: fra.id }] })).rejects.toBeInstanceOf(UnprocessableEntityError);
    const gateway = await h.client.natGateways.create({ name: 'nat-fra', region: 'fra1', size: 1, vpcs: [{ vpcUuid: fra.id }] });
    frozenAt = Date.now();
    await gateway.destroy();
    expect((await h.client.natGateways.list({ state: 'deleting' })).map((g) => g.id)).toEqual([gateway.id]);
    frozenAt = undefined;
  });

  itAnswersModules(() => h, 'nat-gateways');
  itConforms(() => h);
});
