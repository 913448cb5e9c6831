import { CdnEndpoint } from '../../../../lib/index.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '19f06b6a-3ace-4315-b086-499a0e521b76';
const CERT = '892071a0-bb95-49bc-8021-3afd67a210bf';

describe('CdnEndpointsCollection and CdnEndpoint', () => {
  itSends([
    { name: 'client.cdnEndpoints.list()', call: (c) => c.cdnEndpoints.list(), method: 'GET', path: '/v2/cdn/endpoints', query: PAGE, status: 200, reply: 'cdn/list', result: many(CdnEndpoint, 'cdn/list', 'endpoints') },
    { name: 'client.cdnEndpoints.get(id)', call: (c) => c.cdnEndpoints.get(ID), method: 'GET', path: `/v2/cdn/endpoints/${ID}`, status: 200, reply: 'cdn/get', result: one(CdnEndpoint, 'cdn/get', 'endpoint') },
    { name: 'client.cdnEndpoints.create(attrs)', call: (c) => c.cdnEndpoints.create({ origin: 'static-images.nyc3.digitaloceanspaces.com', ttl: 3600, customDomain: 'static.example.com', certificateId: CERT }), method: 'POST', path: '/v2/cdn/endpoints', body: { origin: 'static-images.nyc3.digitaloceanspaces.com', ttl: 3600, custom_domain: 'static.example.com', certificate_id: CERT }, status: 201, reply: 'cdn/get', result: one(CdnEndpoint, 'cdn/get', 'endpoint') },
    { name: 'client.cdnEndpoints.update(id, attrs)', call: (c) => c.cdnEndpoints.update(ID, { ttl: 600 }), method: 'PUT', path: `/v2/cdn/endpoints/${ID}`, body: { ttl: 600 }, status: 200, reply: 'cdn/get', result: one(CdnEndpoint, 'cdn/get', 'endpoint') },
    { name: 'client.cdnEndpoints.delete(id)', call: (c) => c.cdnEndpoints.delete(ID), method: 'DELETE', path: `/v2/cdn/endpoints/${ID}`, status: 204, result: nothing },
    { name: 'client.cdnEndpoints.purgeCache(id, files)', call: (c) => c.cdnEndpoints.purgeCache(ID, ['assets/css/*', 'index.html']), method: 'DELETE', path: `/v2/cdn/endpoints/${ID}/cache`, body: { files: ['assets/css/*', 'index.html'] }, status: 204, result: nothing },
    { name: 'endpoint.purgeCache(files)', call: (c) => loaded(c, CdnEndpoint, 'cdn/get', 'endpoint').purgeCache(['*']), method: 'DELETE', path: `/v2/cdn/endpoints/${ID}/cache`, body: { files: ['*'] }, status: 204, result: nothing },
    { name: 'endpoint.update(attrs)', call: (c) => loaded(c, CdnEndpoint, 'cdn/get', 'endpoint').update({ customDomain: '' }), method: 'PUT', path: `/v2/cdn/endpoints/${ID}`, body: { custom_domain: '' }, status: 200, reply: 'cdn/get', result: one(CdnEndpoint, 'cdn/get', 'endpoint') },
  ]);

  itRefuses([
    ['a TTL of 100', (c) => c.cdnEndpoints.create({ origin: 'a.nyc3.digitaloceanspaces.com', ttl: 100 as never }), 'attrs.ttl'],
    ['an origin that is not a host', (c) => c.cdnEndpoints.create({ origin: 'https://a.nyc3.digitaloceanspaces.com/' }), 'attrs.origin'],
    ['a purge of nothing', (c) => c.cdnEndpoints.purgeCache(ID, []), 'files'],
    ['a certificate id that is not a UUID', (c) => c.cdnEndpoints.update(ID, { certificateId: 'web-cert' }), 'attrs.certificateId'],
  ]);
});
