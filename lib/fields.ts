import 'reflect-metadata';
import { Expose, Transform, Type, plainToInstance } from 'class-transformer';

/** Options of {@link Field}. */
export interface FieldOptions {
  /** The wire name, when it is not the snake_case form of the property name. */
  name?: string;
  /** The class of a nested model or `Date`; arrays of it are mapped item by item. */
  type?: () => abstract new (...args: never[]) => unknown;
  /** A free-form JSON object (a map with keys of the API's choosing), kept as it is. */
  json?: boolean;
}

/** `sizeSlug` -> `size_slug`, `vpcUuid` -> `vpc_uuid`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Property name -> wire name, per class that declares fields. */
const FIELDS = new WeakMap<object, Map<string, string>>();

/** Every field of a model class (its own and inherited), as property -> wire name. */
function fieldsOf(prototype: object | null): Map<string, string> {
  const all = new Map<string, string>();
  const chain: Array<Map<string, string>> = [];
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const own = FIELDS.get(p);
    if (own) chain.unshift(own);
  }
  for (const own of chain) for (const [prop, wire] of own) all.set(prop, wire);
  return all;
}

/**
 * Declares a model field mapped from the API's snake_case key.
 *
 * @example
 * ```ts
 * class Droplet extends Model {
 *   @Field() sizeSlug!: string;
 *   @Field({ type: () => Region }) region!: Region;
 * }
 * ```
 */
export function Field(options: FieldOptions = {}): PropertyDecorator {
  return (target, key) => {
    const prop = String(key);
    const wire = options.name ?? snakeCase(prop);
    if (!FIELDS.has(target)) FIELDS.set(target, new Map());
    FIELDS.get(target)!.set(prop, wire);
    Expose({ name: wire })(target, key);
    if (options.type) Type(options.type as () => new () => unknown)(target, prop);
    if (options.json) Transform(({ obj }) => structuredClone((obj as Record<string, unknown>)[wire]), { toClassOnly: true })(target, prop);
  };
}

/** Builds an instance of `cls` (and its nested models) from an API JSON object. */
export function toModel<T>(cls: new () => T, plain: object): T {
  return plainToInstance(cls, plain, { excludeExtraneousValues: true, exposeUnsetFields: false });
}

/** Writes Dates the way the API writes timestamps (`2020-07-21T18:37:44Z`). */
function apiTimestamp(value: Date): string | null {
  return Number.isNaN(value.getTime()) ? null : value.toISOString().replace('.000Z', 'Z');
}

function plainValue(value: unknown): unknown {
  if (value instanceof Date) return apiTimestamp(value);
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object') {
    if (fieldsOf(Object.getPrototypeOf(value) as object).size) return toPlain(value);
    return structuredClone(value);
  }
  return value;
}

/** The API's snake_case JSON shape of a model: its declared fields only, undefined ones left out. */
export function toPlain(model: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [prop, wire] of fieldsOf(Object.getPrototypeOf(model) as object)) {
    const value = (model as Record<string, unknown>)[prop];
    if (value !== undefined) out[wire] = plainValue(value);
  }
  return out;
}
