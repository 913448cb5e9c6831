import { path } from './path.js';

/**
 * Which of the API's two container registry families a model was loaded through: `registry`, the
 * account's one registry (`/v2/registry`, `/v2/registry/{name}/...`), or `registries`, the named
 * registries (`/v2/registries/{name}/...`). A model's sub-resources are reached through the same one.
 */
export type RegistryFamily = 'registry' | 'registries';

/** The family of each model, kept off the model itself (out of its JSON, `inspect` and equality). */
const families = new WeakMap<object, RegistryFamily>();

/** Records that `model` (and what it lists later) belongs to `family`. @internal */
export function inFamily<T extends object>(model: T, family: RegistryFamily): T {
  families.set(model, family);
  return model;
}

/** The family `model` was loaded through; `registry` for one built by hand. @internal */
export function familyOf(model: object): RegistryFamily {
  return families.get(model) ?? 'registry';
}

/** The path of registry `name`'s sub-resources in `family`: `registry/{name}` or `registries/{name}`. @internal */
export function registryBase(family: RegistryFamily, name: string): string {
  return family === 'registry' ? path`registry/${name}` : path`registries/${name}`;
}
