import { Domain, DomainRecord } from '../../../../lib/index.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const REC = '/v2/domains/example.com/records';

function record(value: unknown): void {
  one(DomainRecord, 'domains/record', 'domain_record')(value);
  expect((value as DomainRecord).domainName).toBe('example.com');
}

describe('DomainsCollection, Domain and DomainRecord', () => {
  itSends([
    { name: 'client.domains.list()', call: (c) => c.domains.list(), method: 'GET', path: '/v2/domains', query: PAGE, status: 200, reply: 'domains/list', result: many(Domain, 'domains/list', 'domains') },
    { name: 'client.domains.get(name)', call: (c) => c.domains.get('example.com'), method: 'GET', path: '/v2/domains/example.com', status: 200, reply: 'domains/get', result: one(Domain, 'domains/get', 'domain') },
    { name: 'client.domains.create(attrs)', call: (c) => c.domains.create({ name: 'example.com', ipAddress: '192.241.165.154' }), method: 'POST', path: '/v2/domains', body: { name: 'example.com', ip_address: '192.241.165.154' }, status: 201, reply: 'domains/create', result: one(Domain, 'domains/create', 'domain') },
    { name: 'client.domains.delete(name)', call: (c) => c.domains.delete('example.com'), method: 'DELETE', path: '/v2/domains/example.com', status: 204, result: nothing },
    { name: 'client.domains.records(name, filters)', call: (c) => c.domains.records('example.com', { type: 'A', name: 'www.example.com' }), method: 'GET', path: REC, query: { ...PAGE, type: 'A', name: 'www.example.com' }, status: 200, reply: 'domains/records', result: (v) => {
      many(DomainRecord, 'domains/records', 'domain_records')(v);
      expect((v as DomainRecord[]).map((r) => r.domainName)).toEqual(['example.com', 'example.com']);
    } },
    { name: 'client.domains.getRecord(name, id)', call: (c) => c.domains.getRecord('example.com', 28448433), method: 'GET', path: `${REC}/28448433`, status: 200, reply: 'domains/record', result: record },
    { name: 'client.domains.createRecord(name, MX)', call: (c) => c.domains.createRecord('example.com', { type: 'MX', name: '@', data: 'mail.example.com', priority: 10, ttl: 3600 }), method: 'POST', path: REC, body: { type: 'MX', name: '@', data: 'mail.example.com', priority: 10, ttl: 3600 }, status: 201, reply: 'domains/record', result: record },
    { name: 'client.domains.createRecord(name, SRV)', call: (c) => c.domains.createRecord('example.com', { type: 'SRV', name: '_sip._tcp', data: 'sip.example.com', priority: 10, port: 5060, weight: 5 }), method: 'POST', path: REC, body: { type: 'SRV', name: '_sip._tcp', data: 'sip.example.com', priority: 10, port: 5060, weight: 5 }, status: 201, reply: 'domains/record', result: record },
    { name: 'client.domains.updateRecord(name, id, attrs) (PATCH)', call: (c) => c.domains.updateRecord('example.com', 28448433, { data: '203.0.113.7' }), method: 'PATCH', path: `${REC}/28448433`, body: { data: '203.0.113.7' }, status: 200, reply: 'domains/record', result: record },
    { name: 'client.domains.updateRecord(name, id, attrs, { replace }) (PUT)', call: (c) => c.domains.updateRecord('example.com', 28448433, { type: 'A', name: 'www', data: '203.0.113.7' }, { replace: true }), method: 'PUT', path: `${REC}/28448433`, body: { type: 'A', name: 'www', data: '203.0.113.7' }, status: 200, reply: 'domains/record', result: record },
    { name: 'client.domains.deleteRecord(name, id)', call: (c) => c.domains.deleteRecord('example.com', 28448433), method: 'DELETE', path: `${REC}/28448433`, status: 204, result: nothing },
    { name: 'record.reload() keeps the domain it belongs to', call: (c) => {
      const r = loaded(c, DomainRecord, 'domains/record', 'domain_record');
      r.domainName = 'example.com';
      return r.reload();
    }, method: 'GET', path: `${REC}/28448433`, status: 200, reply: 'domains/record', result: record },
    { name: 'domain.records()', call: (c) => loaded(c, Domain, 'domains/get', 'domain').records(), method: 'GET', path: REC, query: PAGE, status: 200, reply: 'domains/records', result: many(DomainRecord, 'domains/records', 'domain_records') },
    { name: 'domain.createRecord(CNAME)', call: (c) => loaded(c, Domain, 'domains/get', 'domain').createRecord({ type: 'CNAME', name: 'www', data: '@' }), method: 'POST', path: REC, body: { type: 'CNAME', name: 'www', data: '@' }, status: 201, reply: 'domains/record', result: record },
    { name: 'domain.destroy()', call: (c) => loaded(c, Domain, 'domains/get', 'domain').destroy(), method: 'DELETE', path: '/v2/domains/example.com', status: 204, result: nothing },
    { name: 'record.update(attrs) keeps the type for its checks', call: async (c) => {
      const [r] = await Promise.resolve([loaded(c, DomainRecord, 'domains/record', 'domain_record')]);
      r.domainName = 'example.com';
      return r.update({ data: '203.0.113.8', ttl: 60 });
    }, method: 'PATCH', path: `${REC}/28448433`, body: { type: 'A', data: '203.0.113.8', ttl: 60 }, status: 200, reply: 'domains/record', result: record },
  ]);


  itRefuses([
    ['get with a path', (c) => c.domains.get('../account'), 'name'],
    ['create with an IPv6 apex address', (c) => c.domains.create({ name: 'example.com', ipAddress: '::1' }), 'attrs.ipAddress'],
    ['an A record with a host name', (c) => c.domains.createRecord('example.com', { type: 'A', name: 'www', data: 'example.org' }), 'attrs.data'],
    ['an AAAA record with an IPv4 address', (c) => c.domains.createRecord('example.com', { type: 'AAAA', name: 'www', data: '203.0.113.1' }), 'attrs.data'],
    ['an MX record without priority', (c) => c.domains.createRecord('example.com', { type: 'MX', name: '@', data: 'mail.example.com' }), 'attrs.priority'],
    ['an SRV record without port', (c) => c.domains.createRecord('example.com', { type: 'SRV', name: '_sip._tcp', data: 'x.example.com', priority: 1, weight: 1 }), 'attrs.port'],
    // @ts-expect-error a CAA tag is one of issue, issuewild and iodef: refused at compile time and at run time
    ['a CAA record with a bad tag', (c) => c.domains.createRecord('example.com', { type: 'CAA', name: '@', data: 'letsencrypt.org', flags: 0, tag: 'issuer' }), 'attrs.tag'],
    // @ts-expect-error PTR is not a record type the API manages: refused at compile time and at run time
    ['an unknown record type', (c) => c.domains.createRecord('example.com', { type: 'PTR', name: '1', data: 'x.example.com' }), 'attrs.type'],
    ['a record without data', (c) => c.domains.createRecord('example.com', { type: 'TXT', name: '@' }), 'attrs.data'],
    ['a TTL under 30', (c) => c.domains.createRecord('example.com', { type: 'TXT', name: '@', data: 'v=spf1 -all', ttl: 5 }), 'attrs.ttl'],
    ['a record id of 0', (c) => c.domains.getRecord('example.com', 0), 'id'],
  ]);
});
