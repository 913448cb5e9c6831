import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { isIPv4, isIPv6 } from '../lib/validate.js';
import { nullable, oneOf, optional, required, shape, type Attributes, type AttributesOf, type Check, type FieldsOf, type Rule } from '../lib/shape.js';
import { Resource } from './resource.js';

/** The record types the API manages, as its description lists them. */
export const RECORD_TYPES = ['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SOA', 'SRV', 'TXT'] as const;

/** A DNS record type: one of {@link RECORD_TYPES}. */
export type RecordType = (typeof RECORD_TYPES)[number];

/** A whole number from `min` to `max`. */
function wholeNumber(min: number, max: number): Check<number> {
  return (field, value) => {
    if (!(typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)) {
      throw new ValidationError(field, `must be a whole number from ${min} to ${max}, got ${String(value)}`);
    }
    return value;
  };
}

/** A non-empty string of at most `max` characters. */
function recordText(max: number): Check<string> {
  return (field, value) => {
    if (typeof value !== 'string' || value === '' || value.length > max) throw new ValidationError(field, 'must be a non-empty string');
    return value;
  };
}

/** What a record of each type needs beside its name and data. */
const NEEDS: Partial<Record<RecordType, Array<'priority' | 'port' | 'weight' | 'flags' | 'tag'>>> = {
  MX: ['priority'],
  SRV: ['priority', 'port', 'weight'],
  CAA: ['flags', 'tag'],
};

const RECORD_ATTRIBUTES = {
  /** The record type. */
  type: required(oneOf(RECORD_TYPES)),
  /** Host name relative to the domain; `@` for the apex. */
  name: optional(recordText(255)),
  /** The value: an IPv4 address for A, IPv6 for AAAA, a host name for CNAME, MX, NS and SRV, text for TXT. */
  data: optional(recordText(65_535)),
  /** Required for MX and SRV (0 to 65,535). */
  priority: optional(nullable(wholeNumber(0, 65_535))),
  /** Required for SRV (0 to 65,535). */
  port: optional(nullable(wholeNumber(0, 65_535))),
  /** Seconds, at least 30. */
  ttl: optional(wholeNumber(30, 2_147_483_647)),
  /** Required for SRV (0 to 65,535). */
  weight: optional(nullable(wholeNumber(0, 65_535))),
  /** Required for CAA (0 to 255). */
  flags: optional(nullable(wholeNumber(0, 255))),
  /** Required for CAA: `issue`, `issuewild` or `iodef`. */
  tag: optional(nullable(oneOf(['issue', 'issuewild', 'iodef']))),
};

/** The rules of a record's type: what a whole record needs, and the address an A or AAAA record holds. */
function recordRules<A extends Attributes>(whole: boolean): Rule<A> {
  return (given, field) => {
    const attrs = given as Partial<FieldsOf<typeof RECORD_ATTRIBUTES>>;
    const { type, data } = attrs;
    if (whole) {
      for (const key of ['name', 'data'] as const) if (attrs[key] === undefined) throw new ValidationError(`${field}.${key}`, `is required for ${String(type)} records`);
      for (const key of (type && NEEDS[type]) ?? []) {
        if (attrs[key] === undefined || attrs[key] === null) throw new ValidationError(`${field}.${key}`, `is required for ${type} records`);
      }
    }
    if (type === 'A' && typeof data === 'string' && !isIPv4(data)) throw new ValidationError(`${field}.data`, `must be an IPv4 address for an A record, got ${JSON.stringify(data)}`);
    if (type === 'AAAA' && typeof data === 'string' && !isIPv6(data)) throw new ValidationError(`${field}.data`, `must be an IPv6 address for an AAAA record, got ${JSON.stringify(data)}`);
  };
}

/** What `domain.createRecord()` and `record.replace()` take: a whole record, with what its type needs. */
export const DOMAIN_RECORD = shape('a DNS record', RECORD_ATTRIBUTES, recordRules(true));

/** What `record.update()` takes: any of a record's attributes, checked against its type. */
export const DOMAIN_RECORD_UPDATE = shape(
  'a DNS record',
  {
    ...RECORD_ATTRIBUTES,
    /** The record type; the record's own when left out. */
    type: optional(oneOf(RECORD_TYPES)),
  },
  recordRules(false),
);

/** Attributes of a DNS record for `domain.createRecord()` and `record.replace()`. */
export type DomainRecordAttributes = AttributesOf<typeof DOMAIN_RECORD>;
/** Attributes of `record.update()`: any of a record's. */
export type DomainRecordUpdate = AttributesOf<typeof DOMAIN_RECORD_UPDATE>;

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
  async update(attrs: DomainRecordUpdate, options?: RequestOptions): Promise<this> {
    const given = attrs !== null && typeof attrs === 'object' && attrs.type === undefined && this.type !== undefined ? { ...attrs, type: this.type } : attrs;
    return this.save('PATCH', DOMAIN_RECORD_UPDATE.wire('attrs', given), options);
  }

  /** Replaces the whole record (`PUT /v2/domains/{name}/records/{id}`) and updates it in place. */
  async replace(attrs: DomainRecordAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', DOMAIN_RECORD.wire('attrs', attrs), options);
  }
}
