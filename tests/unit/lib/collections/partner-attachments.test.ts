import { inspect } from 'node:util';
import { PartnerAttachment, PartnerAttachmentKey, PartnerAttachmentRemoteRoute } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '5a4981aa-9653-4bd1-bef5-d6bff52042e4';
const VPC = '796c6fe3-2a1d-4da2-9f3e-38239827dc91';
const BASE = `/v2/partner_network_connect/attachments`;
const attachment = (c: Parameters<typeof loaded>[0]) => loaded(c, PartnerAttachment, 'partner-attachments/get', 'partner_attachment');
const BGP = { localRouterIp: '169.254.0.1/29', peerRouterIp: '169.254.0.6/29', peerRouterAsn: 133937, authKey: 'c3VwZXItc2VjcmV0' };
const BGP_JSON = { local_router_ip: '169.254.0.1/29', peer_router_ip: '169.254.0.6/29', peer_router_asn: 133937, auth_key: 'c3VwZXItc2VjcmV0' };

describe('PartnerAttachmentsCollection and PartnerAttachment', () => {
  itSends([
    { name: 'client.partnerAttachments.list()', call: (c) => c.partnerAttachments.list(), method: 'GET', path: BASE, query: PAGE, status: 200, reply: 'partner-attachments/list', result: many(PartnerAttachment, 'partner-attachments/list', 'partner_attachments') },
    { name: 'client.partnerAttachments.get(id)', call: (c) => c.partnerAttachments.get(ID), method: 'GET', path: `${BASE}/${ID}`, status: 200, reply: 'partner-attachments/get', result: one(PartnerAttachment, 'partner-attachments/get', 'partner_attachment') },
    {
      name: 'client.partnerAttachments.create(attrs)',
      call: (c) => c.partnerAttachments.create({ name: 'env.prod-partner-network-connect', connectionBandwidthInMbps: 1000, region: 'nyc', naasProvider: 'MEGAPORT', vpcIds: [VPC], bgp: BGP, redundancyZone: 'MEGAPORT_BLUE' }),
      method: 'POST',
      path: BASE,
      body: { name: 'env.prod-partner-network-connect', connection_bandwidth_in_mbps: 1000, region: 'nyc', naas_provider: 'MEGAPORT', vpc_ids: [VPC], bgp: BGP_JSON, redundancy_zone: 'MEGAPORT_BLUE' },
      status: 202,
      reply: 'partner-attachments/pending',
      result: one(PartnerAttachment, 'partner-attachments/pending', 'partner_attachment'),
    },
    { name: 'client.partnerAttachments.update(id, { name })', call: (c) => c.partnerAttachments.update(ID, { name: 'renamed' }), method: 'PATCH', path: `${BASE}/${ID}`, body: { name: 'renamed' }, status: 202, reply: 'partner-attachments/get', result: one(PartnerAttachment, 'partner-attachments/get', 'partner_attachment') },
    { name: 'client.partnerAttachments.delete(id)', call: (c) => c.partnerAttachments.delete(ID), method: 'DELETE', path: `${BASE}/${ID}`, status: 202, reply: 'partner-attachments/deleting', result: one(PartnerAttachment, 'partner-attachments/deleting', 'partner_attachment') },
    { name: 'client.partnerAttachments.bgpAuthKey(id)', call: (c) => c.partnerAttachments.bgpAuthKey(ID), method: 'GET', path: `${BASE}/${ID}/bgp_auth_key`, status: 200, reply: 'partner-attachments/bgp-auth-key', result: one(PartnerAttachmentKey, 'partner-attachments/bgp-auth-key', 'bgp_auth_key') },
    { name: 'client.partnerAttachments.remoteRoutes(id)', call: (c) => c.partnerAttachments.remoteRoutes(ID), method: 'GET', path: `${BASE}/${ID}/remote_routes`, query: PAGE, status: 200, reply: 'partner-attachments/remote-routes', result: many(PartnerAttachmentRemoteRoute, 'partner-attachments/remote-routes', 'remote_routes') },
    { name: 'client.partnerAttachments.serviceKey(id)', call: (c) => c.partnerAttachments.serviceKey(ID), method: 'GET', path: `${BASE}/${ID}/service_key`, status: 200, reply: 'partner-attachments/service-key', result: one(PartnerAttachmentKey, 'partner-attachments/service-key', 'service_key') },
    { name: 'client.partnerAttachments.createServiceKey(id)', call: (c) => c.partnerAttachments.createServiceKey(ID), method: 'POST', path: `${BASE}/${ID}/service_key`, status: 202, result: nothing },
    { name: 'attachment.update({ vpcIds, bgp })', call: (c) => attachment(c).update({ vpcIds: [VPC], bgp: BGP }), method: 'PATCH', path: `${BASE}/${ID}`, body: { vpc_ids: [VPC], bgp: BGP_JSON }, status: 202, reply: 'partner-attachments/get', result: one(PartnerAttachment, 'partner-attachments/get', 'partner_attachment') },
    { name: 'attachment.bgpAuthKey()', call: (c) => attachment(c).bgpAuthKey(), method: 'GET', path: `${BASE}/${ID}/bgp_auth_key`, status: 200, reply: 'partner-attachments/bgp-auth-key', result: one(PartnerAttachmentKey, 'partner-attachments/bgp-auth-key', 'bgp_auth_key') },
    { name: 'attachment.remoteRoutes()', call: (c) => attachment(c).remoteRoutes(), method: 'GET', path: `${BASE}/${ID}/remote_routes`, query: PAGE, status: 200, reply: 'partner-attachments/remote-routes', result: many(PartnerAttachmentRemoteRoute, 'partner-attachments/remote-routes', 'remote_routes') },
    { name: 'attachment.serviceKey()', call: (c) => attachment(c).serviceKey(), method: 'GET', path: `${BASE}/${ID}/service_key`, status: 200, reply: 'partner-attachments/service-key', result: one(PartnerAttachmentKey, 'partner-attachments/service-key', 'service_key') },
    { name: 'attachment.createServiceKey()', call: (c) => attachment(c).createServiceKey(), method: 'POST', path: `${BASE}/${ID}/service_key`, status: 202, result: nothing },
    { name: 'attachment.reload()', call: (c) => attachment(c).reload(), method: 'GET', path: `${BASE}/${ID}`, status: 200, reply: 'partner-attachments/get', result: one(PartnerAttachment, 'partner-attachments/get', 'partner_attachment') },
  ]);

  it('attachment.destroy() updates it in place from the answer: DELETING', async () => {
    stubApi('DELETE', `${BASE}/${ID}`).reply(202, fixture('partner-attachments/deleting'));
    const pa = attachment(testClient());
    await pa.destroy();
    expect(pa.state).toBe('DELETING');
  });

  it('waitUntilActive() polls until ACTIVE', async () => {
    stubApi('GET', `${BASE}/${ID}`).reply(200, fixture('partner-attachments/get'));
    const client = testClient();
    const pa = loaded(client, PartnerAttachment, 'partner-attachments/pending', 'partner_attachment');
    await expect(pa.waitUntilActive({ interval: 1 })).resolves.toBe(pa);
    expect([pa.state, pa.bgp?.peerAsn]).toEqual(['ACTIVE', 133937]);
  });

  it('keys are secrets: redacted in inspect, kept in JSON', () => {
    const key = loaded(testClient(), PartnerAttachmentKey, 'partner-attachments/bgp-auth-key', 'bgp_auth_key');
    expect(inspect(key)).not.toContain('c3VwZXItc2VjcmV0');
    expect(key.toJSON()).toEqual({ value: 'c3VwZXItc2VjcmV0' });
  });

  itRefuses([
    ['get with a bad id', (c) => c.partnerAttachments.get('pa-1'), 'id'],
    ['create with a name holding a space', (c) => c.partnerAttachments.create({ name: 'a b', connectionBandwidthInMbps: 1000, region: 'nyc', naasProvider: 'MEGAPORT', vpcIds: [VPC] }), 'attrs.name'],
    ['create with a bandwidth not offered', (c) => c.partnerAttachments.create({ name: 'a', connectionBandwidthInMbps: 3000 as never, region: 'nyc', naasProvider: 'MEGAPORT', vpcIds: [VPC] }), 'attrs.connectionBandwidthInMbps'],
    ['create without VPCs', (c) => c.partnerAttachments.create({ name: 'a', connectionBandwidthInMbps: 1000, region: 'nyc', naasProvider: 'MEGAPORT', vpcIds: [] }), 'attrs.vpcIds'],
    ['create with an incomplete BGP session', (c) => c.partnerAttachments.create({ name: 'a', connectionBandwidthInMbps: 1000, region: 'nyc', naasProvider: 'MEGAPORT', vpcIds: [VPC], bgp: { localRouterIp: '169.254.0.1/29' } as never }), 'attrs.bgp.peerRouterIp'],
    ['update with nothing to change', (c) => c.partnerAttachments.update(ID, {}), 'attrs'],
  ]);
});
