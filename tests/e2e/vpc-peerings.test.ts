import { NotFoundError, UnprocessableEntityError, VpcPeering } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

/** While set, the simulator's clock stands still there, so that nothing completes however busy the machine is. */
let frozenAt: number | undefined;
const h = useHarness({ actionDurationMs: 100, now: () => frozenAt ?? Date.now() });

describe('VPC peerings end to end', () => {
  it('peer two VPCs, go PROVISIONING to ACTIVE through a fault, list by region, rename, delete through DELETING', async () => {
    const app = await h.client.vpcs.create({ name: 'peer-app', region: 'nyc3' });
    const db = await h.client.vpcs.create({ name: 'peer-db', region: 'sfo3' });
    const peering = await h.client.vpcPeerings.create({ name: 'app-to-db', vpcIds: [app, db.id] });
    expect(peering).toBeInstanceOf(VpcPeering);
    expect([peering.status, peering.vpcIds]).toEqual(['PROVISIONING', [app.id, db.id]]);
    await expect(h.client.vpcPeerings.create({ name: 'again', vpcIds: [db, app] })).rejects.toBeInstanceOf(UnprocessableEntityError);
    h.sim.injectFault({ method: 'GET', path: `/v2/vpc_peerings/${peering.id}`, status: 503 });
    await expect(peering.waitUntilActive(FAST)).rejects.toMatchObject({ name: 'ServerError' });
    await peering.waitUntilActive(FAST);
    expect(peering.status).toBe('ACTIVE');

    expect((await h.client.vpcPeerings.list()).map((p) => p.id)).toEqual([peering.id]);
    expect((await h.client.vpcPeerings.list({ region: 'sfo3' })).map((p) => p.id)).toEqual([peering.id]);
    expect(await h.client.vpcPeerings.list({ region: 'fra1' })).toEqual([]);
    expect((await app.peerings()).map((p) => p.id)).toEqual([peering.id]);
    await peering.update({ name: 'app-db' });
    expect(peering.name).toBe('app-db');
    await h.client.vpcPeerings.update(peering.id, { name: 'app-db-2' });
    expect((await h.client.vpcPeerings.get(peering.id)).name).toBe('app-db-2');

    frozenAt = Date.now();
    await h.client.vpcPeerings.delete(peering.id);
    expect((await peering.reload()).status).toBe('DELETING');
    frozenAt = undefined;
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(h.client.vpcPeerings.get(peering.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  itAnswersModules(() => h, 'vpc-peerings');
  itConforms(() => h);
});
