import { isIPv4, isIPv6 } from 'node:net';
import { ValidationError } from './errors.js';
import { checkAttrs, checkKeys, toWire } from './validate.js';

/** The record types the API manages, as its description lists them. */
export const RECORD_TYPES = ['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SOA', 'SRV', 'TXT'] as const;

/** A DNS record type: one of {@link RECORD_TYPES}. */
export type RecordType = (typeof RECORD_TYPES)[number];

/** Attributes of a DNS record for `domain.createRecord()` and `record.update()`. */
export interface DomainRecordAttributes {
  /** The record type. */
  type: RecordType;
  /** Host name relative to the domain; `@` for the apex. */
  name?: string;
  /** The value: an IPv4 address for A, IPv6 for AAAA, a host name for CNAME, MX, NS and SRV, text for TXT. */
  data?: string;
  /** Required for MX and SRV. */
  priority?: number | null;
  /** Required for SRV. */
  port?: number | null;
  /** Seconds, at least 30. */
  ttl?: number;
  /** Required for SRV. */
  weight?: number | null;
  /** Required for CAA (0 to 255). */
  flags?: number | null;
  /** Required for CAA: `issue`, `issuewild` or `iodef`. */
  tag?: string | null;
}

const REQUIRED: Record<string, Array<keyof DomainRecordAttributes>> = {
  MX: ['priority'],
  SRV: ['priority', 'port', 'weight'],
  CAA: ['flags', 'tag'],
};

const KEYS = ['type', 'name', 'data', 'priority', 'port', 'ttl', 'weight', 'flags', 'tag'];

function wholeNumber(field: string, value: unknown, min: number, max: number): void {
  if (value !== undefined && value !== null && !(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) {
    throw new ValidationError(field, `must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
}

/** A record type: one of {@link RECORD_TYPES}. */
export function checkRecordType(field: string, type: unknown): RecordType {
  if (typeof type !== 'string' || !(RECORD_TYPES as readonly string[]).includes(type)) {
    throw new ValidationError(field, `must be one of ${RECORD_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
  }
  return type as RecordType;
}

/**
 * Checks a record's attributes against its type's rules and gives the request body.
 * `partial` (an update) does not require `name` and `data`.
 */
export function checkRecord(raw: Partial<DomainRecordAttributes>, partial: boolean): Record<string, unknown> {
  const attrs = checkAttrs('attrs', raw);
  checkKeys('attrs', attrs, KEYS, 'a DNS record');
  const type = attrs.type;
  if (!(partial && type === undefined)) checkRecordType('attrs.type', type);
  for (const key of ['name', 'data'] as const) {
    const value = attrs[key];
    if (value === undefined && !partial) throw new ValidationError(`attrs.${key}`, `is required for ${String(type)} records`);
    if (value !== undefined && (typeof value !== 'string' || value === '' || value.length > 255 + (key === 'data' ? 65_280 : 0))) {
      throw new ValidationError(`attrs.${key}`, 'must be a non-empty string');
    }
  }
  if (!partial) {
    for (const key of REQUIRED[type as string] ?? []) {
      if (attrs[key] === undefined || attrs[key] === null) throw new ValidationError(`attrs.${key}`, `is required for ${type} records`);
    }
  }
  if (typeof attrs.data === 'string') {
    if (type === 'A' && !isIPv4(attrs.data)) throw new ValidationError('attrs.data', `must be an IPv4 address for an A record, got ${JSON.stringify(attrs.data)}`);
    if (type === 'AAAA' && !isIPv6(attrs.data)) throw new ValidationError('attrs.data', `must be an IPv6 address for an AAAA record, got ${JSON.stringify(attrs.data)}`);
  }
  wholeNumber('attrs.priority', attrs.priority, 0, 65535);
  wholeNumber('attrs.port', attrs.port, 0, 65535);
  wholeNumber('attrs.weight', attrs.weight, 0, 65535);
  wholeNumber('attrs.flags', attrs.flags, 0, 255);
  wholeNumber('attrs.ttl', attrs.ttl, 30, 2_147_483_647);
  if (attrs.tag !== undefined && attrs.tag !== null && !['issue', 'issuewild', 'iodef'].includes(attrs.tag as string)) {
    throw new ValidationError('attrs.tag', `must be "issue", "issuewild" or "iodef", got ${JSON.stringify(attrs.tag)}`);
  }
  return toWire(attrs) as Record<string, unknown>;
}
