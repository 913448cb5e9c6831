import { NotFoundError, PartnerAttachment, PartnerAttachmentKey, UnprocessableEntityError, type Vpc } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

let vpc: Vpc;
let other: Vpc;
const h = useHarness({ actionDurationMs: 100 });
beforeAll(async () => {
  vpc = await h.client.vpcs.create({ name: 'pnc-a', region: 'nyc3' });
  other = await h.client.vpcs.create({ name: 'pnc-b', region: 'nyc3' });
});

describe('Partner Network Connect end to end', () => {
  it('create, become active, read the BGP key and remote routes, make a service key, update, delete', async () => {
    const attachment = await h.client.partnerAttachments.create({
      name: 'pnc.to-aws',
      connectionBandwidthInMbps: 1000,
      region: 'nyc',
      naasProvider: 'MEGAPORT',
      vpcIds: [vpc.id],
      bgp: { localRouterIp: '169.254.0.1/29', peerRouterIp: '169.254.0.6/29', peerRouterAsn: 64999, authKey: 'c3VwZXItc2VjcmV0' },
    });
    expect(attachment).toBeInstanceOf(PartnerAttachment);
    expect([attachment.state, attachment.bgp?.peerAsn, attachment.vpcIds]).toEqual(['PENDING', 64999, [vpc.id]]);
    h.sim.injectFault({ method: 'GET', path: `/v2/partner_network_connect/attachments/${attachment.id}`, status: 500 });
    await expect(attachment.waitUntilActive(FAST)).rejects.toMatchObject({ name: 'ServerError' });
    await attachment.waitUntilActive(FAST);
    expect(attachment.state).toBe('ACTIVE');
    const key = await attachment.bgpAuthKey();
    expect([key.constructor, key.value]).toEqual([PartnerAttachmentKey, 'c3VwZXItc2VjcmV0']);
    expect((await h.client.partnerAttachments.bgpAuthKey(attachment.id)).value).toBe('c3VwZXItc2VjcmV0');
    expect((await attachment.remoteRoutes()).map((r) => r.cidr)).toEqual(['10.10.10.0/24', '10.10.20.0/24']);
    expect((await h.client.partnerAttachments.remoteRoutes(attachment.id)).length).toBe(2);

    await expect(attachment.serviceKey()).rejects.toBeInstanceOf(NotFoundError);
    await attachment.createServiceKey();
    const service = await attachment.serviceKey();
    expect([service.state, service.createdAt instanceof Date]).toEqual(['CREATED', true]);
    await h.client.partnerAttachments.createServiceKey(attachment.id);
    expect((await h.client.partnerAttachments.serviceKey(attachment.id)).value).not.toBe(service.value);

    await attachment.update({ vpcIds: [vpc.id, other.id] });
    expect(attachment.vpcIds).toEqual([vpc.id, other.id]);
    await h.client.partnerAttachments.update(attachment.id, { name: 'pnc.to-gcp' });
    expect((await h.client.partnerAttachments.get(attachment.id)).name).toBe('pnc.to-gcp');
    expect((await h.client.partnerAttachments.list()).map((a) => a.id)).toEqual([attachment.id]);
    await expect(h.client.partnerAttachments.create({ name: 'pnc.to-gcp', connectionBandwidthInMbps: 1000, region: 'nyc', naasProvider: 'MEGAPORT', vpcIds: [vpc.id] })).rejects.toBeInstanceOf(UnprocessableEntityError);

    const deleting = await h.client.partnerAttachments.delete(attachment.id);
    expect(deleting.state).toBe('DELETING');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(attachment.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('attachment.destroy() marks it DELETING in place', async () => {
    const attachment = await h.client.partnerAttachments.create({ name: 'pnc.short', connectionBandwidthInMbps: 2000, region: 'fra', naasProvider: 'MEGAPORT', vpcIds: [other.id] });
    await attachment.destroy();
    expect(attachment.state).toBe('DELETING');
  });

  itAnswersModules(() => h, 'partner-attachments');
  itConforms(() => h);
});
