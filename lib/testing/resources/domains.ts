import { isIPv4 } from 'node:net';
import { body, created, defineModule, found, noContent, ok, Store } from '../module.js';
import { unprocessable } from '../world.js';

/** A domain as the API answers it. */
export interface DomainJson {
  name: string;
  ttl: number;
  zone_file: string | null;
}

/** A DNS record as the API answers it. */
export interface DomainRecordJson {
  id: number;
  type: string;
  name: string;
  data: string;
  priority: number | null;
  port: number | null;
  ttl: number;
  weight: number | null;
  flags: number | null;
  tag: string | null;
}

type RecordFields = Partial<Omit<DomainRecordJson, 'id'>>;

const RECORD_TYPES = ['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SRV', 'TXT'];
const STRING_FIELDS = ['type', 'name', 'data', 'tag'] as const;
const NUMBER_FIELDS = ['priority', 'port', 'ttl', 'weight', 'flags'] as const;
/** The fields each record type needs beyond type, name and data. */
const REQUIRED: Record<string, ReadonlyArray<(typeof NUMBER_FIELDS)[number] | 'tag'>> = { MX: ['priority'], SRV: ['priority', 'port', 'weight'], CAA: ['flags', 'tag'] };

/** The record fields a request gives, each of its JSON type. */
function recordFields(attrs: Record<string, unknown>): RecordFields {
  const fields: RecordFields = {};
  for (const key of STRING_FIELDS) {
    const value = attrs[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw unprocessable(`${key} is invalid.`);
    fields[key] = value;
  }
  for (const key of NUMBER_FIELDS) {
    const value = attrs[key];
    if (value === undefined) continue;
    if (typeof value !== 'number') throw unprocessable(`${key} is invalid.`);
    fields[key] = value;
  }
  return fields;
}

function checkRecord(record: DomainRecordJson): void {
  if (!RECORD_TYPES.includes(record.type)) throw unprocessable('Record type is invalid.');
  if (!record.name) throw unprocessable('Name is required.');
  if (!record.data) throw unprocessable('Data is required.');
  if (record.type === 'A' && !isIPv4(record.data)) throw unprocessable('Data must be an IPv4 address.');
  for (const key of REQUIRED[record.type] ?? []) if (record[key] === null) throw unprocessable(`${key} is required.`);
}

/** The account's domains, by (lower-case) name, each with its DNS records. */
export class DomainStore extends Store<DomainJson, string> {
  /** Domain name -> record id -> record. */
  readonly records = new Map<string, Map<number, DomainRecordJson>>();
  #nextRecord = 30_000_001;

  /** The domain with this name, in any case; a 404 when there is none. */
  find(name: string): DomainJson {
    return this.get(name.toLowerCase());
  }

  /** Adds a domain with its SOA and NS records, and an apex A record for `ip_address`. */
  create(attrs: Record<string, unknown>): DomainJson & { ip_address?: string } {
    const name = typeof attrs.name === 'string' ? attrs.name.toLowerCase() : '';
    if (!/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(name)) throw unprocessable('Name is invalid.');
    if (this.has(name)) throw unprocessable('Name already exists.');
    const ip = attrs.ip_address;
    if (ip !== undefined && (typeof ip !== 'string' || !isIPv4(ip))) throw unprocessable('IP address is invalid.');
    const domain = this.put(name, { name, ttl: 1800, zone_file: null });
    this.records.set(name, new Map());
    this.#add(name, { type: 'SOA', name: '@', data: '1800' });
    for (const ns of ['ns1', 'ns2', 'ns3']) this.#add(name, { type: 'NS', name: '@', data: `${ns}.digitalocean.com` });
    if (typeof ip === 'string') this.#add(name, { type: 'A', name: '@', data: ip });
    this.world.emit('resourceCreated', `do:domain:${name}`);
    return { ...domain, ...(ip ? { ip_address: ip } : {}) };
  }

  /** Deletes a domain and its records. */
  remove(name: string): void {
    const domain = this.find(name);
    this.items.delete(domain.name);
    this.records.delete(domain.name);
    this.world.emit('resourceDeleted', `do:domain:${domain.name}`);
  }

  /** A domain's records, by `type` and by `name` (the full name, `www.example.com`). */
  recordsOf(name: string, query: URLSearchParams): DomainRecordJson[] {
    const domain = this.find(name);
    const type = query.get('type');
    const fqdn = query.get('name');
    return [...this.#recordMap(domain).values()].filter(
      (r) => (type === null || r.type === type) && (fqdn === null || (r.name === '@' ? domain.name : `${r.name}.${domain.name}`) === fqdn),
    );
  }

  /** One record of a domain; a 404 when there is none. */
  record(name: string, id: string): DomainRecordJson {
    return found(this.#recordMap(this.find(name)).get(Number(id)));
  }

  /** Adds a record to a domain, checked for its type's fields. */
  createRecord(name: string, attrs: Record<string, unknown>): DomainRecordJson {
    const domain = this.find(name);
    const record: DomainRecordJson = { id: this.#nextRecord++, type: '', name: '', data: '', priority: null, port: null, ttl: 1800, weight: null, flags: null, tag: null, ...recordFields(attrs) };
    checkRecord(record);
    this.#recordMap(domain).set(record.id, record);
    return record;
  }

  /** Patches a record, or replaces it (PUT): an SOA record can only change its TTL. */
  updateRecord(name: string, id: string, attrs: Record<string, unknown>, replace: boolean): DomainRecordJson {
    const record = this.record(name, id);
    if (record.type === 'SOA' && replace) throw unprocessable('SOA records can only change their TTL.');
    const next = { ...record, ...recordFields(attrs) };
    if (next.type !== 'SOA') checkRecord(next);
    return Object.assign(record, next);
  }

  /** Deletes a record of a domain. */
  deleteRecord(name: string, id: string): void {
    const record = this.record(name, id);
    this.#recordMap(this.find(name)).delete(record.id);
  }

  #add(domain: string, fields: Pick<DomainRecordJson, 'type' | 'name' | 'data'>): void {
    const record: DomainRecordJson = { id: this.#nextRecord++, priority: null, port: null, weight: null, flags: null, tag: null, ttl: 1800, ...fields };
    this.records.get(domain)!.set(record.id, record);
  }

  #recordMap(domain: DomainJson): Map<number, DomainRecordJson> {
    return this.records.get(domain.name)!;
  }
}

/** Domains and their DNS records: `/v2/domains`. */
export const domains = defineModule('domains', (world) => new DomainStore(world), (route) => {
  route('GET', '/v2/domains', (ctx, store) => ok(store.page(ctx, 'domains', store.list())));
  route('POST', '/v2/domains', (ctx, store) => created({ domain: store.create(body(ctx)) }));
  route('GET', '/v2/domains/{domain_name}', (ctx, store) => ok({ domain: store.find(ctx.params.domain_name) }));
  route('DELETE', '/v2/domains/{domain_name}', (ctx, store) => {
    store.remove(ctx.params.domain_name);
    return noContent();
  });
  const records = '/v2/domains/{domain_name}/records';
  const one = `${records}/{domain_record_id}`;
  route('GET', records, (ctx, store) => ok(store.page(ctx, 'domain_records', store.recordsOf(ctx.params.domain_name, ctx.query))));
  route('POST', records, (ctx, store) => created({ domain_record: store.createRecord(ctx.params.domain_name, body(ctx)) }));
  route('GET', one, (ctx, store) => ok({ domain_record: store.record(ctx.params.domain_name, ctx.params.domain_record_id) }));
  route('PATCH', one, (ctx, store) => ok({ domain_record: store.updateRecord(ctx.params.domain_name, ctx.params.domain_record_id, body(ctx), false) }));
  route('PUT', one, (ctx, store) => ok({ domain_record: store.updateRecord(ctx.params.domain_name, ctx.params.domain_record_id, body(ctx), true) }));
  route('DELETE', one, (ctx, store) => {
    store.deleteRecord(ctx.params.domain_name, ctx.params.domain_record_id);
    return noContent();
  });
});
