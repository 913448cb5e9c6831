import { ValidationError } from './errors.js';
import { apiTimestamp } from './fields.js';
import { checkUuidRef } from './validate.js';

/** The database engines, by the API's names. */
export const DATABASE_ENGINES = ['pg', 'mysql', 'redis', 'valkey', 'mongodb', 'kafka', 'opensearch', 'advanced_pg', 'advanced_mysql'] as const;

/** The name of something inside a cluster (a user, a database, a pool, a replica, a topic, an index): 1 to 63 characters, no spaces or "/". */
export function checkDatabaseName(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[^\s/]{1,63}$/.test(value)) {
    throw new ValidationError(field, `must be a name of 1 to 63 characters without spaces or "/", got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A cluster name: 3 to 63 lowercase letters, digits and "-", starting with a letter. */
export function checkClusterName(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9-]{2,62}$/.test(value)) {
    throw new ValidationError(field, `must be 3 to 63 lowercase letters, digits and "-", starting with a letter, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A database cluster given as a model (anything with its `id`) or by its UUID. */
export type DatabaseClusterRef =
  | string
  | {
      /** The cluster's id. */
      readonly id: string;
    };

/** The id of a cluster given as a model or a UUID. */
export const checkClusterRef: (field: string, value: unknown) => string = checkUuidRef;

/** A whole number of at least `min`. */
export function checkCount(field: string, value: unknown, min = 1): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new ValidationError(field, `must be a whole number of at least ${min}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A string (possibly empty, for values such as an SQL mode). */
export function checkString(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new ValidationError(field, `must be a string, got ${JSON.stringify(value)}`);
  return value;
}

/** A point in time, as a `Date` or an ISO 8601 string, sent as the API writes timestamps (`2019-01-31T19:25:22Z`). */
export function checkTimestamp(field: string, value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  const written = date && apiTimestamp(date);
  if (!written) throw new ValidationError(field, `must be a Date or an ISO 8601 timestamp, got ${JSON.stringify(value)}`);
  return written;
}
