import { ValidationError } from './errors.js';
import { isIPv4, isIPv6 } from 'node:net';

export { isIPv4, isIPv6 };
import { snakeCase } from './fields.js';

/** A numeric resource id: a positive safe integer. */
export function checkId(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new ValidationError(field, `must be a positive integer id, got ${describe(value)}`);
  }
  return value;
}

/** A droplet given as a model (anything with its `id`) or by id. */
export type DropletRef =
  | number
  | {
      /** The droplet's id. */
      readonly id: number;
    };

/** The id of a droplet given as a model or an id. */
export function checkDropletRef(field: string, droplet: unknown): number {
  return checkId(field, idOf(droplet));
}

/** A resource whose id is a UUID (an app, a load balancer, a cluster, ...) given as a model (anything with its `id`) or by its UUID. */
export type UuidRef =
  | string
  | {
      /** The UUID. */
      readonly id: string;
    };

/** The UUID of a resource given as a model or a UUID. */
export function checkUuidRef(field: string, value: unknown): string {
  return checkUuid(field, idOf(value));
}

/** The `id` of a model (any object), or the value itself: what a `...Ref` check then checks. */
function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value;
}

/** A resource given by its URN (`do:droplet:3164444`) or as a model with a `urn`. */
export type UrnRef =
  | string
  | {
      /** The resource's uniform resource name. */
      readonly urn: string;
    };

/** Any URN: `do:{kind}:{id}`. */
const URN = /^do:[a-z][a-z0-9_]*:[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The URN of a model with a `urn`, or a URN; `pattern` narrows the kinds accepted. */
export function checkUrnRef(field: string, value: unknown, pattern: RegExp = URN): string {
  const urn = typeof value === 'object' && value !== null ? (value as { urn?: unknown }).urn : value;
  if (typeof urn !== 'string' || !pattern.test(urn)) {
    throw new ValidationError(field, `must be a model with a urn, or a URN such as "do:droplet:3164444", got ${describe(urn ?? null)}`);
  }
  return urn;
}

/** A slug such as `nyc3`, `s-1vcpu-1gb` or `ubuntu-24-04-x64`. */
export function checkSlug(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,254}$/i.test(value)) {
    throw new ValidationError(field, `must be a slug (letters, digits, ".", "-", "_"), got ${describe(value)}`);
  }
  return value;
}

/** An image reference: a numeric id or a slug. */
export function checkImageRef(field: string, value: unknown): number | string {
  return typeof value === 'number' ? checkId(field, value) : checkSlug(field, value);
}

const HOSTNAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?$/;

/** A droplet name: the API's hostname rule, 1 to 255 characters of letters, digits, "." and "-". */
export function checkDropletName(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) throw new ValidationError(field, `must be a non-empty string, got ${describe(value)}`);
  if (value.length > 255) throw new ValidationError(field, `must be at most 255 characters, got ${value.length}`);
  if (!HOSTNAME.test(value)) {
    throw new ValidationError(field, `must be a valid hostname (letters, digits, "." and "-", starting and ending with a letter or digit), got ${describe(value)}`);
  }
  return value;
}

/** A tag name: letters, digits, ":", "-" and "_", 1 to 255 characters. */
export function checkTag(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[a-zA-Z0-9_:-]{1,255}$/.test(value)) {
    throw new ValidationError(field, `must be a tag name of 1 to 255 letters, digits, ":", "-" or "_", got ${describe(value)}`);
  }
  return value;
}

/** A non-empty string of at most `max` characters. */
export function checkText(field: string, value: unknown, max = 255): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ValidationError(field, `must be a non-empty string, got ${describe(value)}`);
  if (value.length > max) throw new ValidationError(field, `must be at most ${max} characters, got ${value.length}`);
  return value;
}

/** A plain object of attributes. */
export function checkAttrs(field: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError(field, `must be an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Converts camelCase keys to the API's snake_case, recursively, leaving undefined values out. */
export function toWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toWire);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [snakeCase(k), toWire(v)]),
  );
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** A UUID, the id of volumes, firewalls, load balancers, VPCs, projects, certificates and CDN endpoints. */
export function checkUuid(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw new ValidationError(field, `must be a UUID, got ${describe(value)}`);
  }
  return value;
}

/** An IPv4 address. */
export function checkIpv4(field: string, value: unknown): string {
  if (typeof value !== 'string' || !isIPv4(value)) throw new ValidationError(field, `must be an IPv4 address, got ${describe(value)}`);
  return value;
}

/** An IPv6 address. */
export function checkIpv6(field: string, value: unknown): string {
  if (typeof value !== 'string' || !isIPv6(value)) throw new ValidationError(field, `must be an IPv6 address, got ${describe(value)}`);
  return value;
}

/** A domain name such as `example.com`. */
export function checkDomainName(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length > 253 || !/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(value)) {
    throw new ValidationError(field, `must be a domain name such as "example.com", got ${describe(value)}`);
  }
  return value;
}

/** A whole number within `min`..`max`. */
export function checkInt(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(field, `must be a whole number from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

/** The keys of `attrs` must all be in `allowed`. */
export function checkKeys(field: string, attrs: Record<string, unknown>, allowed: readonly string[], what: string): void {
  const unknown = Object.keys(attrs).filter((key) => !allowed.includes(key));
  if (unknown.length) throw new ValidationError(field, `has attributes ${what} does not take: ${unknown.join(', ')}`);
}

/** An array whose items each pass `check`. */
export function checkArray<T>(field: string, value: unknown, check: (field: string, item: unknown) => T, min = 0): T[] {
  if (!Array.isArray(value)) throw new ValidationError(field, `must be an array, got ${describe(value)}`);
  if (value.length < min) throw new ValidationError(field, `must hold at least ${min} item${min === 1 ? '' : 's'}`);
  return value.map((item, i) => check(`${field}[${i}]`, item));
}

/** A valid `Date` (not an Invalid Date). */
export function checkDate(field: string, value: unknown): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new ValidationError(field, 'must be a valid Date');
  return value;
}

/** An email address. */
export function checkEmail(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new ValidationError(field, `must be an email address, got ${JSON.stringify(value)}`);
  return value;
}

/** An https URL (a webhook's). A webhook URL is a secret: the message never repeats it. */
export function checkHttpsUrl(field: string, value: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') throw new ValidationError(field, 'must be an https:// URL, e.g. "https://hooks.slack.com/services/T000/B000/XXXX"');
  return value as string;
}
