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
  /**
   * A secret the API returned (a password, a token, a private key): shown as `[REDACTED]` by
   * `util.inspect` and `console.log`, kept in `toJSON()` because the API sent it.
   */
  secret?: boolean;
}

/** `sizeSlug` -> `size_slug`, `vpcUuid` -> `vpc_uuid`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** What {@link Field} records of one property. */
interface FieldSpec {
  prop: string;
  wire: string;
  secret: boolean;
}

/** The fields each class declares itself, by property name. */
const FIELDS = new WeakMap<object, Map<string, FieldSpec>>();
/** Every field of a class, its own and inherited, computed once. */
const ALL_FIELDS = new WeakMap<object, FieldSpec[]>();

/** Every field of a model class (its own and inherited). */
function fieldsOf(prototype: object | null): FieldSpec[] {
  if (!prototype) return [];
  const cached = ALL_FIELDS.get(prototype);
  if (cached) return cached;
  const all = new Map<string, FieldSpec>();
  const chain: Array<Map<string, FieldSpec>> = [];
  for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const own = FIELDS.get(p);
    if (own) chain.unshift(own);
  }
  for (const own of chain) for (const [prop, spec] of own) all.set(prop, spec);
  const list = [...all.values()];
  ALL_FIELDS.set(prototype, list);
  return list;
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
    FIELDS.get(target)!.set(prop, { prop, wire, secret: options.secret === true });
    Expose({ name: wire })(target, key);
    if (options.type) Type(options.type as () => new () => unknown)(target, prop);
    if (options.json) Transform(({ obj }) => structuredClone((obj as Record<string, unknown>)[wire]), { toClassOnly: true })(target, prop);
  };
}

/** The owner (a connection) of the models {@link toModel} is building, while it builds them. */
let building: unknown;

/**
 * The owner of the model being constructed, when {@link toModel} constructs it; `undefined` for a
 * model built with `new`. class-transformer constructs every model, nested ones too, synchronously
 * inside `toModel`, so the owner is handed over without a second walk over the models.
 * @internal
 */
export function ownerOfNewModel(): unknown {
  return building;
}

/**
 * Builds an instance of `cls` (and its nested models) from an API JSON object through
 * class-transformer, from the `@Field` declarations: declared wire keys go to their properties,
 * Dates and nested models are built (item by item in arrays), everything else is left out. Each
 * model it makes is given `owner` as it is constructed (see {@link ownerOfNewModel}).
 */
export function toModel<T>(cls: new () => T, plain: object, owner?: unknown): T {
  const outer = building;
  building = owner;
  try {
    return plainToInstance(cls, plain, { excludeExtraneousValues: true, exposeUnsetFields: false });
  } finally {
    building = outer;
  }
}

/** The property names of a model's declared fields (its own and inherited). */
export function fieldNames(model: object): string[] {
  return fieldsOf(Object.getPrototypeOf(model) as object).map((field) => field.prop);
}

/** The property names of a model's secret fields (its own and inherited). */
export function secretFieldNames(model: object): string[] {
  return fieldsOf(Object.getPrototypeOf(model) as object)
    .filter((field) => field.secret)
    .map((field) => field.prop);
}

/** Writes a Date the way the API writes timestamps (`2020-07-21T18:37:44Z`); `null` for an Invalid Date. @internal */
export function apiTimestamp(value: Date): string | null {
  return Number.isNaN(value.getTime()) ? null : value.toISOString().replace('.000Z', 'Z');
}

function plainValue(value: unknown): unknown {
  if (value instanceof Date) return apiTimestamp(value);
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object') {
    if (fieldsOf(Object.getPrototypeOf(value) as object).length) return toPlain(value);
    return structuredClone(value);
  }
  return value;
}

/** The API's snake_case JSON shape of a model: its declared fields only, undefined ones left out. */
export function toPlain(model: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { prop, wire } of fieldsOf(Object.getPrototypeOf(model) as object)) {
    const value = (model as Record<string, unknown>)[prop];
    if (value !== undefined) out[wire] = plainValue(value);
  }
  return out;
}
