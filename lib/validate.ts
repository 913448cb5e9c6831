import { ValidationError } from './errors.js';
import { snakeCase } from './fields.js';

/** A numeric resource id: a positive safe integer. */
export function checkId(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new ValidationError(field, `must be a positive integer id, got ${describe(value)}`);
  }
  return value;
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
