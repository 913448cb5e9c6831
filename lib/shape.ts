import { ValidationError } from './errors.js';
import { snakeCase } from './fields.js';
import { checkArray, checkAttrs, checkKeys } from './validate.js';

/** Checks one value, named `field` in errors, and returns it as it is sent. */
export type Check<T> = (field: string, value: unknown) => T;

/** One attribute of a {@link Shape}: its check, and whether it must be given. */
export interface Attribute<T, Required extends boolean> {
  /** Checks a given value and returns it as sent. */
  readonly check: Check<T>;
  /** Whether the attribute must be given. */
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

/** The attributes of a shape, by their camelCase names. */
export type Attributes = Record<string, Attribute<unknown, boolean>>;
/** The type of the value an attribute takes. */
export type ValueOf<A> = A extends Attribute<infer T, boolean> ? T : never;

/** The TypeScript type of what attributes accept: the required ones, and the optional ones marked `?`. */
export type FieldsOf<A extends Attributes> = {
  [K in keyof A as A[K] extends Attribute<unknown, true> ? K : never]: ValueOf<A[K]>;
} & {
  [K in keyof A as A[K] extends Attribute<unknown, true> ? never : K]?: ValueOf<A[K]>;
};

/**
 * The TypeScript type of what a shape (or a set of attributes) accepts: its required attributes,
 * and its optional ones marked `?`. The TSDoc written on each attribute is kept.
 * @example `export type SshKeyCreateAttributes = AttributesOf<typeof SSH_KEY_CREATE>;`
 */
export type AttributesOf<S extends Shape<Attributes> | Attributes> = S extends Shape<infer A> ? FieldsOf<A> : S extends Attributes ? FieldsOf<S> : never;

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
 * export type SshKeyCreateAttributes = AttributesOf<typeof SSH_KEY_CREATE>;
 * const json = SSH_KEY_CREATE.wire('attrs', attrs); // { name, public_key }, or a ValidationError
 * ```
 */
export class Shape<A extends Attributes> {
  /** The attributes, by their camelCase names. */
  readonly attributes: A;
  /** What the attributes describe, for error messages (`a droplet create`). */
  readonly what: string;
  /** Rules across attributes (an MX record needs a priority), run after each attribute's own check. */
  readonly rules: Rule<A> | undefined;

  constructor(what: string, attributes: A, rules?: Rule<A>) {
    this.what = what;
    this.attributes = attributes;
    this.rules = rules;
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
    checkKeys(field, given, Object.keys(this.attributes), this.what);
    const out: Record<string, unknown> = {};
    for (const [key, attribute] of Object.entries(this.attributes)) {
      const raw = given[key];
      if (raw === undefined) {
        if (attribute.required) throw new ValidationError(`${field}.${key}`, 'is required');
        continue;
      }
      out[attribute.name ?? snakeCase(key)] = attribute.check(`${field}.${key}`, raw);
    }
    this.rules?.(given as Partial<FieldsOf<A>>, field);
    return out;
  }

  /** A shape with only some of this one's attributes, all optional: what an update (PATCH) takes. */
  partial<K extends keyof A & string>(
    what: string,
    keys: readonly K[],
    rules?: Rule<{ [P in K]: Attribute<ValueOf<A[P]>, false> }>,
  ): Shape<{ [P in K]: Attribute<ValueOf<A[P]>, false> }> {
    const picked = Object.fromEntries(keys.map((key) => [key, { ...this.attributes[key], required: false }]));
    return new Shape(what, picked as unknown as { [P in K]: Attribute<ValueOf<A[P]>, false> }, rules);
  }
}

/** A rule across the attributes of a shape: throws a `ValidationError` naming the field at fault. */
export type Rule<A extends Attributes> = (attrs: Partial<FieldsOf<A>>, field: string) => void;

/** Declares a request's attributes once, with optional rules across them; see {@link Shape}. */
export function shape<A extends Attributes>(what: string, attributes: A, rules?: Rule<A>): Shape<A> {
  return new Shape(what, attributes, rules);
}

/** A check that also accepts `null` (the API's "unset"). */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (field, value) => (value === null ? null : check(field, value));
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
  return (field, value) => checkArray(field, value, check, min);
}

/** A check of a nested object of the given shape; its value is sent in the API's JSON form. */
export function objectOf<A extends Attributes>(nested: Shape<A>): Check<FieldsOf<A>> {
  return (field, value) => nested.wire(field, value) as FieldsOf<A>;
}

/** A free-form JSON object (labels, a config blob), sent as it is. */
export const checkJson: Check<Record<string, unknown>> = (field, value) => structuredClone(checkAttrs(field, value));
