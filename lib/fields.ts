import 'reflect-metadata';
import { Expose, Type, instanceToPlain, plainToInstance } from 'class-transformer';

/** Options of {@link Field}. */
export interface FieldOptions {
  /** The wire name, when it is not the snake_case form of the property name. */
  name?: string;
  /** The class of a nested model or `Date`; arrays of it are mapped item by item. */
  type?: () => abstract new (...args: never[]) => unknown;
}

/** `sizeSlug` -> `size_slug`, `vpcUuid` -> `vpc_uuid`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Writes Dates the way the API writes timestamps (`2020-07-21T18:37:44Z`), through arrays and objects. */
function apiTimestamps(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().replace('.000Z', 'Z');
  if (Array.isArray(value)) return value.map(apiTimestamps);
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = apiTimestamps(item);
  }
  return value;
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
    Expose({ name: options.name ?? snakeCase(String(key)) })(target, key);
    if (options.type) Type(options.type as () => new () => unknown)(target, key as string);
  };
}

/** Builds an instance of `cls` (and its nested models) from an API JSON object. */
export function toModel<T>(cls: new () => T, plain: object): T {
  return plainToInstance(cls, plain, { excludeExtraneousValues: true, exposeUnsetFields: false });
}

/** The API's snake_case JSON shape of a model. */
export function toPlain(model: object): Record<string, unknown> {
  return apiTimestamps(instanceToPlain(model, { strategy: 'excludeAll', exposeUnsetFields: false })) as Record<string, unknown>;
}
