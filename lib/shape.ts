import { ValidationError } from './errors.js';
import { snakeCase } from './fields.js';
import { checkAttrs } from './validate.js';

/** Checks one value, named `field` in errors, and returns it as it is sent. */
export type Check<T> = (field: string, value: unknown) => T;

/** One attribute of a {@link Shape}: its check, and whether it must be given. */
export interface Attribute<T, Required extends boolean> {
  readonly check: Check<T>;
  readonly required: Required;
  /** The wire name, when it is not the snake_case form of the attribute's name. */
  readonly name?: string;
}

/** An attribute that must be given. */
export function required<T>(check: Check<T>, options: { name?: string } = {}): Attribute<T, true> {
  return { check, required: true, ...options };
}

/** An attribute that may be left out (or given as `undefined`). */
export function optional<T>(check: Check<T>, options: { name?: string } = {}): Attribute<T, false> {
  return { check, required: false, ...options };
}

type Attributes = Record<string, Attribute<unknown, boolean>>;
type ValueOf<A> = A extends Attribute<infer T, boolean> ? T : never;

/**
 * The TypeScript type of what a shape accepts: its required attributes, and its optional ones
 * marked `?`. The TSDoc written on each attribute of the shape is kept.
 */
export type AttributesOf<A extends Attributes> = {
  [K in keyof A as A[K] extends Attribute<unknown, true> ? K : never]: ValueOf<A[K]>;
} & {
  [K in keyof A as A[K] extends Attribute<unknown, true> ? never : K]?: ValueOf<A[K]>;
};

/**
 * A request's attributes, declared once: the TypeScript type ({@link AttributesOf}), the input
 * checks, and the API's snake_case JSON all come from it.
 *
 * @example
 * ```ts
 * export const SSH_KEY_CREATE = shape('an SSH key', {
 *   name: required(checkText),
 *   publicKey: required(checkPublicKey),
 * });
 * export type SshKeyCreateAttributes = AttributesOf<typeof SSH_KEY_CREATE.attributes>;
 * const json = SSH_KEY_CREATE.wire('attrs', attrs); // { name, public_key }, or a ValidationError
 * ```
 */
export class Shape<A extends Attributes> {
  /** The attributes, by their camelCase names. */
  readonly attributes: A;
  /** What the attributes describe, for error messages (`a droplet create`). */
  readonly what: string;

  constructor(what: string, attributes: A) {
    this.what = what;
    this.attributes = attributes;
  }

  /**
   * Checks `value` before any request: an object, with no attribute the shape does not declare,
   * every required one given, each given one passing its check. Returns the API's JSON: each
   * attribute under its snake_case name with the value its check returns (nested shapes through
   * {@link objectOf}, free-form maps as they are), undefined values left out.
   * @throws ValidationError naming the field at fault (`attrs.name`).
   */
  wire(field: string, value: unknown): Record<string, unknown> {
    const given = checkAttrs(field, value);
    const unknown = Object.keys(given).filter((key) => !Object.hasOwn(this.attributes, key));
    if (unknown.length) throw new ValidationError(field, `has attributes ${this.what} does not take: ${unknown.join(', ')}`);
    const out: Record<string, unknown> = {};
    for (const [key, attribute] of Object.entries(this.attributes)) {
      const raw = given[key];
      if (raw === undefined) {
        if (attribute.required) throw new ValidationError(`${field}.${key}`, 'is required');
        continue;
      }
      out[attribute.name ?? snakeCase(key)] = attribute.check(`${field}.${key}`, raw);
    }
    return out;
  }

  /** A shape with only some of this one's attributes, all optional: what an update (PATCH) takes. */
  partial<K extends keyof A & string>(what: string, keys: readonly K[]): Shape<{ [P in K]: Attribute<ValueOf<A[P]>, false> }> {
    const picked = Object.fromEntries(keys.map((key) => [key, { ...this.attributes[key], required: false }]));
    return new Shape(what, picked as unknown as { [P in K]: Attribute<ValueOf<A[P]>, false> });
  }
}

/** Declares a request's attributes once; see {@link Shape}. */
export function shape<A extends Attributes>(what: string, attributes: A): Shape<A> {
  return new Shape(what, attributes);
}

/** Checks that a value is a boolean. */
export const checkBoolean: Check<boolean> = (field, value) => {
  if (typeof value !== 'boolean') throw new ValidationError(field, 'must be a boolean');
  return value;
};

/** A check that accepts exactly one of `values` (a closed set of the API's, such as a record type). */
export function oneOf<const V extends string | number>(values: readonly V[]): Check<V> {
  return (field, value) => {
    if (!values.includes(value as V)) throw new ValidationError(field, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`);
    return value as V;
  };
}

/** A check of an array whose items each pass `check`, with at least `min` of them. */
export function arrayOf<T>(check: Check<T>, min = 0): Check<T[]> {
  return (field, value) => {
    if (!Array.isArray(value)) throw new ValidationError(field, 'must be an array');
    if (value.length < min) throw new ValidationError(field, `must hold at least ${min} item${min === 1 ? '' : 's'}`);
    return value.map((item, i) => check(`${field}[${i}]`, item));
  };
}

/** A check of a nested object of the given shape; its value is sent in the API's JSON form. */
export function objectOf<A extends Attributes>(nested: Shape<A>): Check<AttributesOf<A>> {
  return (field, value) => nested.wire(field, value) as AttributesOf<A>;
}

/** A free-form JSON object (labels, a config blob), sent as it is. */
export const checkJson: Check<Record<string, unknown>> = (field, value) => structuredClone(checkAttrs(field, value));
