import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { checkId, checkText } from '../lib/validate.js';
import { oneOf } from '../lib/shape.js';
import type { RequestOptions } from '../lib/connection.js';
import { DOMAIN_RECORD, DomainRecord, RECORD_TYPES, type DomainRecordAttributes, type RecordType } from './domain-record.js';
import { Resource } from './resource.js';

/** Filters of `domain.records()`. */
export interface RecordListOptions extends ListOptions {
  /** Only records of this type, e.g. `A`. */
  type?: RecordType;
  /** Only records with this fully qualified name, e.g. `www.example.com`. */
  name?: string;
}

/**
 * A domain whose DNS DigitalOcean serves, with its records.
 * @example
 * ```ts
 * const domain = await client.domains.create({ name: 'example.com', ipAddress: droplet.publicIpv4 });
 * await domain.createRecord({ type: 'CNAME', name: 'www', data: '@' });
 * ```
 */
export class Domain extends Resource {
  /** The domain name, e.g. `example.com`. */
  @Field() name!: string;
  /** The address the apex A record was created with, when one was given. */
  @Field() ipAddress?: string;
  /** Time to live of the zone's records, in seconds. */
  @Field() ttl!: number | null;
  /** The zone file, once generated. */
  @Field() zoneFile!: string | null;

  /** The domain's uniform resource name, `do:domain:{name}`. */
  get urn(): string {
    return `do:domain:${this.name}`;
  }

  protected get resourcePath(): string {
    return path`domains/${this.name}`;
  }

  protected get resourceKey(): string {
    return 'domain';
  }

  /** The domain's records, optionally by type and name (`GET /v2/domains/{name}/records`). */
  records(options: RecordListOptions = {}): Paginator<DomainRecord> {
    const { type, name, ...rest } = options;
    if (name !== undefined) checkText('name', name);
    if (type !== undefined) oneOf(RECORD_TYPES)('type', type);
    const records = paginate(this.connection, DomainRecord, `${this.resourcePath}/records`, 'domain_records', { type, name }, rest);
    return records.map((record) => Object.assign(record, { domainName: this.name }));
  }

  /** One record (`GET /v2/domains/{name}/records/{id}`). */
  async getRecord(id: number, options?: RequestOptions): Promise<DomainRecord> {
    const record = await this.loadAt(DomainRecord, path`records/${checkId('id', id)}`, 'domain_record', options);
    return Object.assign(record, { domainName: this.name });
  }

  /**
   * Adds a record (`POST /v2/domains/{name}/records`).
   * @throws ValidationError before any request when the type's required fields are missing.
   */
  async createRecord(attrs: DomainRecordAttributes, options?: RequestOptions): Promise<DomainRecord> {
    const json = DOMAIN_RECORD.wire('attrs', attrs);
    const record = await this.loadAt(DomainRecord, 'records', 'domain_record', { method: 'POST', json, signal: options?.signal });
    return Object.assign(record, { domainName: this.name });
  }

  /** Deletes a record (`DELETE /v2/domains/{name}/records/{id}`). */
  async deleteRecord(id: number, options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', path`records/${checkId('id', id)}`, options);
  }
}
