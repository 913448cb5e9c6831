import { Certificate } from '../../../../lib/index.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '892071a0-bb95-49bc-8021-3afd67a210bf';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----';
const CERT = '-----BEGIN CERTIFICATE-----\nMIIFFjCCAv6gAwIBAgIRAJErCErPDBinU\n-----END CERTIFICATE-----';

describe('CertificatesCollection and Certificate', () => {
  itSends([
    { name: 'client.certificates.list()', call: (c) => c.certificates.list(), method: 'GET', path: '/v2/certificates', query: PAGE, status: 200, reply: 'certificates/list', result: many(Certificate, 'certificates/list', 'certificates') },
    { name: 'client.certificates.list({ name })', call: (c) => c.certificates.list({ name: 'web-cert-01' }), method: 'GET', path: '/v2/certificates', query: { ...PAGE, name: 'web-cert-01' }, status: 200, reply: 'certificates/list', result: many(Certificate, 'certificates/list', 'certificates') },
    { name: 'client.certificates.get(id)', call: (c) => c.certificates.get(ID), method: 'GET', path: `/v2/certificates/${ID}`, status: 200, reply: 'certificates/get', result: one(Certificate, 'certificates/get', 'certificate') },
    { name: 'client.certificates.create(custom)', call: (c) => c.certificates.create({ type: 'custom', name: 'web-cert-01', privateKey: KEY, leafCertificate: CERT, certificateChain: CERT }), method: 'POST', path: '/v2/certificates', body: { type: 'custom', name: 'web-cert-01', private_key: KEY, leaf_certificate: CERT, certificate_chain: CERT }, status: 201, reply: 'certificates/get', result: one(Certificate, 'certificates/get', 'certificate') },
    { name: "client.certificates.create(Let's Encrypt)", call: (c) => c.certificates.create({ type: 'lets_encrypt', name: 'le-cert-01', dnsNames: ['example.com', '*.example.com'] }), method: 'POST', path: '/v2/certificates', body: { type: 'lets_encrypt', name: 'le-cert-01', dns_names: ['example.com', '*.example.com'] }, status: 201, reply: 'certificates/get', result: one(Certificate, 'certificates/get', 'certificate') },
    { name: 'client.certificates.delete(id)', call: (c) => c.certificates.delete(ID), method: 'DELETE', path: `/v2/certificates/${ID}`, status: 204, result: nothing },
    { name: 'certificate.destroy()', call: (c) => loaded(c, Certificate, 'certificates/get', 'certificate').destroy(), method: 'DELETE', path: `/v2/certificates/${ID}`, status: 204, result: nothing },
  ]);

  itRefuses([
    ['an unknown type', (c) => c.certificates.create({ type: 'self_signed', name: 'x' } as never), 'attrs.type'],
    ['a custom one without PEM', (c) => c.certificates.create({ type: 'custom', name: 'x', privateKey: 'secret', leafCertificate: CERT }), 'attrs.privateKey'],
    ["a Let's Encrypt one without names", (c) => c.certificates.create({ type: 'lets_encrypt', name: 'x', dnsNames: [] }), 'attrs.dnsNames'],
    ["a Let's Encrypt one for an address", (c) => c.certificates.create({ type: 'lets_encrypt', name: 'x', dnsNames: ['203.0.113.1'] }), 'attrs.dnsNames[0]'],
  ]);
});
