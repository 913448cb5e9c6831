import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { path } from '../lib/path.js';
import { familyOf, inFamily, registryBase, type RegistryFamily } from '../lib/registry-family.js';
import { oneOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkInt } from '../lib/validate.js';
import type { Connection, RequestOptions } from '../lib/connection.js';
import { DockerCredentials } from './docker-credentials.js';
import { GarbageCollection } from './garbage-collection.js';
import { RegistryRepository } from './registry-repository.js';
import { RegistrySubscription } from './registry-subscription.js';
import { Resource } from './resource.js';

/** The subscription tiers. */
export const REGISTRY_TIERS = ['starter', 'basic', 'professional'] as const;
/** A subscription tier slug. */
export type RegistryTier = (typeof REGISTRY_TIERS)[number];
/** What a garbage collection removes (the `/v2/registry` endpoints only). */
export const GARBAGE_COLLECTION_TYPES = ['untagged manifests only', 'unreferenced blobs only', 'untagged manifests and unreferenced blobs'] as const;
/** What a garbage collection removes. */
export type GarbageCollectionType = (typeof GARBAGE_COLLECTION_TYPES)[number];

/** A registry name: 1 to 63 lowercase letters, digits and `-`. */
export const checkRegistryName: Check<string> = (field, value) => {
  if (typeof value !== 'string' || !/^[a-z0-9-]{1,63}$/.test(value)) {
    throw new ValidationError(field, `must be 1 to 63 lowercase letters, digits and "-", got ${JSON.stringify(value)}`);
  }
  return value;
};

/** A repository name such as `web` or `team/web`. @internal */
export const checkRepositoryName: Check<string> = (field, value) => {
  if (typeof value !== 'string' || !/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(value) || value.length > 255) {
    throw new ValidationError(field, `must be a repository name such as "web" or "team/web", got ${JSON.stringify(value)}`);
  }
  return value;
};

/** What `client.registry.create()` takes: the account's one registry, with its subscription tier. */
export const REGISTRY_CREATE = shape('a container registry', {
  /** The registry's name, unique across DigitalOcean: 1 to 63 lowercase letters, digits and `-`. */
  name: required(checkRegistryName),
  /** The subscription tier: `starter`, `basic` or `professional`. */
  subscriptionTierSlug: required(oneOf(REGISTRY_TIERS)),
  /** The region slug, e.g. `nyc3`; the API picks one when left out. */
  region: optional(oneOf(['nyc3', 'sfo3', 'ams3', 'sgp1', 'fra1'] as const)),
});

/** What `client.registries.create()` takes: a named registry. */
export const REGISTRIES_CREATE = shape('a container registry', {
  /** The registry's name, unique across DigitalOcean: 1 to 63 lowercase letters, digits and `-`. */
  name: required(checkRegistryName),
  /** The subscription tier, when the account has none yet. */
  subscriptionTierSlug: optional(oneOf(REGISTRY_TIERS)),
  /** The region slug, e.g. `nyc3`; the API picks one when left out. */
  region: optional(oneOf(['nyc3', 'sfo3', 'sfo2', 'ams3', 'sgp1', 'fra1', 'blr1', 'syd1'] as const)),
});

/** Attributes of `client.registry.create()`. */
export type RegistryCreateAttributes = AttributesOf<typeof REGISTRY_CREATE>;
/** Attributes of `client.registries.create()`. */
export type RegistriesCreateAttributes = AttributesOf<typeof REGISTRIES_CREATE>;

/** Options of `dockerCredentials()` (the `/v2/registry` endpoint takes them; `/v2/registries` gives read-only credentials). */
export interface DockerCredentialOptions extends RequestOptions {
  /** Seconds the credentials stay valid; 0 or left out for no expiry. */
  expirySeconds?: number;
  /** Credentials that can push, not only pull. */
  readWrite?: boolean;
}

/** Options of `garbageCollect()`. */
export interface GarbageCollectOptions extends RequestOptions {
  /** What to remove (the `/v2/registry` endpoints only); both untagged manifests and unreferenced blobs when left out. */
  type?: GarbageCollectionType;
}

/** Hydrates `json` as `cls` in `family`. @internal */
export function hydrateIn<T extends object>(connection: Connection, cls: new () => T, json: object, family: RegistryFamily): T {
  return inFamily(connection.hydrate(cls, json), family);
}

/** The query of a docker credentials request. @internal */
export function dockerCredentialQuery(options: DockerCredentialOptions = {}): Record<string, number | boolean | undefined> {
  const expiry = options.expirySeconds === undefined ? undefined : checkInt('expirySeconds', options.expirySeconds, 0, 31_536_000);
  if (options.readWrite !== undefined && typeof options.readWrite !== 'boolean') throw new ValidationError('readWrite', 'must be a boolean');
  return { expiry_seconds: expiry, read_write: options.readWrite };
}

/**
 * A DigitalOcean container registry (DOCR): repositories of images, their tags and manifests.
 * @example
 * ```ts
 * const registry = await client.registry.get();
 * for await (const repository of registry.repositories()) console.log(repository.name, repository.tagCount);
 * const gc = await registry.garbageCollect();
 * await gc.wait();
 * ```
 */
export class Registry extends Resource {
  /** The registry's name, e.g. `example`: images are `registry.digitalocean.com/{name}/{repository}`. */
  @Field() name!: string;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** The region slug its storage is in, e.g. `nyc3`. */
  @Field() region!: string;
  /** The storage it uses, in bytes. */
  @Field() storageUsageBytes!: number;
  /** When `storageUsageBytes` was last measured. */
  @Field({ type: () => Date }) storageUsageBytesUpdatedAt!: Date;
  /** The account's subscription (in the `/v2/registry` answers). */
  @Field({ type: () => RegistrySubscription }) subscription?: RegistrySubscription;

  /** The host and path images of this registry are pushed to, e.g. `registry.digitalocean.com/example`. */
  get endpoint(): string {
    return `registry.digitalocean.com/${this.name}`;
  }

  protected get resourcePath(): string {
    return familyOf(this) === 'registry' ? 'registry' : path`registries/${this.name}`;
  }

  protected get resourceKey(): string {
    return 'registry';
  }

  /** The registry's repositories with their latest manifest (`GET .../repositoriesV2`): a lazy listing. */
  repositories(options?: ListOptions): Paginator<RegistryRepository> {
    const family = familyOf(this);
    return paginate(this.connection, RegistryRepository, `${this.#base}/repositoriesV2`, 'repositories', {}, options).map((r) => inFamily(r, family));
  }

  /**
   * A repository of this registry by name, to list its tags and manifests without loading it first.
   * @example `const tags = await registry.repository('web').tags();`
   */
  repository(name: string): RegistryRepository {
    const json = { registry_name: this.name, name: checkRepositoryName('name', name) };
    return hydrateIn(this.connection, RegistryRepository, json, familyOf(this));
  }

  /**
   * Starts a garbage collection (`POST .../garbage-collection`) and resolves to it: `gc.wait()` waits
   * for it to succeed.
   * @example `const gc = await registry.garbageCollect(); await gc.wait();`
   */
  async garbageCollect(options: GarbageCollectOptions = {}): Promise<GarbageCollection> {
    const family = familyOf(this);
    let json: object | undefined;
    if (options.type !== undefined) {
      if (family !== 'registry') throw new ValidationError('type', 'is taken only by the /v2/registry endpoints (client.registry)');
      json = { type: oneOf(GARBAGE_COLLECTION_TYPES)('type', options.type) };
    }
    const gc = await this.connection.one(GarbageCollection, 'POST', `${this.#base}/garbage-collection`, 'garbage_collection', { json, signal: options.signal });
    return inFamily(gc, family);
  }

  /** The running garbage collection (`GET .../garbage-collection`). @throws NotFoundError when none runs. */
  async garbageCollection(options?: RequestOptions): Promise<GarbageCollection> {
    return inFamily(await this.connection.one(GarbageCollection, 'GET', `${this.#base}/garbage-collection`, 'garbage_collection', options), familyOf(this));
  }

  /** The registry's garbage collections, newest first (`GET .../garbage-collections`). */
  garbageCollections(options?: ListOptions): Paginator<GarbageCollection> {
    const family = familyOf(this);
    return paginate(this.connection, GarbageCollection, `${this.#base}/garbage-collections`, 'garbage_collections', {}, options).map((gc) => inFamily(gc, family));
  }

  /**
   * A Docker `config.json` to pull from (or, with `readWrite`, push to) the registry
   * (`GET /v2/registry/docker-credentials` or `GET /v2/registries/{name}/docker-credentials`).
   */
  async dockerCredentials(options: DockerCredentialOptions = {}): Promise<DockerCredentials> {
    const family = familyOf(this);
    if (family === 'registries' && (options.expirySeconds !== undefined || options.readWrite !== undefined)) {
      throw new ValidationError('options', 'expirySeconds and readWrite are taken only by the /v2/registry endpoint (client.registry)');
    }
    const where = family === 'registry' ? 'registry/docker-credentials' : `${this.#base}/docker-credentials`;
    const query = family === 'registry' ? dockerCredentialQuery(options) : {};
    const body = await this.connection.request<object>('GET', where, { query, signal: options.signal });
    return this.connection.hydrate(DockerCredentials, body ?? {});
  }

  /** Where the registry's sub-resources are: `registry/{name}` or `registries/{name}`. */
  get #base(): string {
    return registryBase(familyOf(this), this.name);
  }
}
