import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { RequestOptions } from '../lib/connection.js';
import { checkRecord, type DomainRecordAttributes, type RecordType } from '../lib/records.js';
import { Resource } from './resource.js';

/** A DNS record of a domain. */
export class DomainRecord extends Resource {
  /** The record's id. */
  @Field() id!: number;
  /** `A`, `AAAA`, `CAA`, `CNAME`, `MX`, `NS`, `SOA`, `SRV` or `TXT`. */
  @Field() type!: RecordType;
  /** The host name relative to the domain, `@` for the domain itself. */
  @Field() name!: string;
  /** The value: an address, a host name, text, ... depending on the type. */
  @Field() data!: string;
  /** Priority, for MX and SRV records. */
  @Field() priority!: number | null;
  /** Port, for SRV records. */
  @Field() port!: number | null;
  /** Time to live in seconds. */
  @Field() ttl!: number;
  /** Weight, for SRV records. */
  @Field() weight!: number | null;
  /** Flags, for CAA records. */
  @Field() flags!: number | null;
  /** Tag (`issue`, `issuewild` or `iodef`), for CAA records. */
  @Field() tag!: string | null;
  /** The domain the record belongs to (not part of the API's record body). */
  domainName!: string;

  protected get resourcePath(): string {
    return path`domains/${this.domainName}/records/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'domain_record';
  }

  /**
   * Changes some attributes of the record (`PATCH /v2/domains/{name}/records/{id}`) and updates it in place.
   * @example `await record.update({ data: '203.0.113.7', ttl: 300 });`
   */
  async update(attrs: Partial<DomainRecordAttributes>, options?: RequestOptions): Promise<this> {
    const body = checkRecord({ ...attrs, type: attrs?.type ?? this.type }, true);
    if (attrs?.type === undefined && this.type === undefined) delete body.type;
    return this.save('PATCH', body, options);
  }

  /** Replaces the whole record (`PUT /v2/domains/{name}/records/{id}`) and updates it in place. */
  async replace(attrs: DomainRecordAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', checkRecord(attrs, false), options);
  }
}
