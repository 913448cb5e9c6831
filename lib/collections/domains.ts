import { Domain } from '../../models/domain.js';
import { path } from '../path.js';
import { DomainRecord } from '../../models/domain-record.js';
import type { ListOptions, Paginator } from '../paginator.js';
import type { DomainRecordAttributes, DomainRecordUpdate } from '../../models/domain-record.js';
import { checkAttrs, checkDomainName, checkId, checkIpv4, checkKeys } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import type { RecordListOptions } from '../../models/domain.js';
import { Collection } from './collection.js';

/**
 * `client.domains`: DNS zones and their records.
 * @example
 * ```ts
 * const domain = await client.domains.create({ name: 'example.com', ipAddress: '203.0.113.10' });
 * const records = await domain.records({ type: 'A' });
 * ```
 */
export class DomainsCollection extends Collection {
  /** Every domain (`GET /v2/domains`). */
  list(options?: ListOptions): Paginator<Domain> {
    return this.page(Domain, 'domains', 'domains', {}, options);
  }

  /** One domain (`GET /v2/domains/{name}`). */
  async get(name: string, options?: RequestOptions): Promise<Domain> {
    return this.load(Domain, path`domains/${checkDomainName('name', name)}`, 'domain', options);
  }

  /** Adds a domain, with an apex A record when `ipAddress` is given (`POST /v2/domains`). */
  async create(attrs: { name: string; ipAddress?: string }, options?: RequestOptions): Promise<Domain> {
    const given = checkAttrs('attrs', attrs);
    checkKeys('attrs', given, ['name', 'ipAddress'], 'a domain');
    const json = { name: checkDomainName('attrs.name', given.name), ip_address: given.ipAddress === undefined ? undefined : checkIpv4('attrs.ipAddress', given.ipAddress) };
    return this.write('POST', Domain, 'domains', 'domain', json, options);
  }

  /** Deletes a domain and its records (`DELETE /v2/domains/{name}`). */
  async delete(name: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`domains/${checkDomainName('name', name)}`, options);
  }

  /** `domain.records()` by name. */
  records(name: string, options?: RecordListOptions): Paginator<DomainRecord> {
    return this.#ref(name).records(options);
  }

  /** `domain.getRecord()` by name. */
  async getRecord(name: string, id: number, options?: RequestOptions): Promise<DomainRecord> {
    return this.#ref(name).getRecord(id, options);
  }

  /** `domain.createRecord()` by name. */
  async createRecord(name: string, attrs: DomainRecordAttributes, options?: RequestOptions): Promise<DomainRecord> {
    return this.#ref(name).createRecord(attrs, options);
  }

  /** `record.update()` by domain name and record id; `replace: true` sends a full `PUT` instead of a `PATCH`. */
  async updateRecord(name: string, id: number, attrs: DomainRecordUpdate, options?: RequestOptions & { replace?: boolean }): Promise<DomainRecord> {
    const record = this.ref(DomainRecord, { id: checkId('id', id) });
    record.domainName = checkDomainName('name', name);
    return options?.replace ? record.replace(attrs as DomainRecordAttributes, options) : record.update(attrs, options);
  }

  /** `domain.deleteRecord()` by name. */
  async deleteRecord(name: string, id: number, options?: RequestOptions): Promise<void> {
    return this.#ref(name).deleteRecord(id, options);
  }

  #ref(name: string): Domain {
    return this.ref(Domain, { name: checkDomainName('name', name) });
  }
}
