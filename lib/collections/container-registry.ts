import { GarbageCollection } from '../../models/garbage-collection.js';
import {
  checkRegistryName,
  checkRepositoryName,
  hydrateIn,
  REGISTRY_TIERS,
  Registry,
  type GarbageCollectOptions,
  type RegistryTier,
} from '../../models/registry.js';
import type { RegistryManifest } from '../../models/registry-manifest.js';
import { RegistryRepository } from '../../models/registry-repository.js';
import { RegistryOptions } from '../../models/registry-options.js';
import { RegistrySubscription } from '../../models/registry-subscription.js';
import type { RegistryTag } from '../../models/registry-tag.js';
import { ApiError } from '../errors.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { inFamily, type RegistryFamily } from '../registry-family.js';
import { oneOf } from '../shape.js';
import { checkText } from '../validate.js';
import { Collection } from './collection.js';

/**
 * What `client.registry` and `client.registries` share: the account's subscription, the options,
 * name checks, and a registry's repositories, tags, manifests and garbage collections by name, each
 * through its own family of endpoints (`/v2/registry/...` or `/v2/registries/...`).
 */
export abstract class ContainerRegistryCollection extends Collection {
  /** Which family of endpoints this collection calls. @internal */
  protected abstract readonly family: RegistryFamily;

  /** The account's registry subscription (`GET /v2/{registry|registries}/subscription`). */
  async subscription(options?: RequestOptions): Promise<RegistrySubscription> {
    return this.load(RegistrySubscription, `${this.family}/subscription`, 'subscription', options);
  }

  /** Changes the subscription tier (`POST /v2/{registry|registries}/subscription`) and resolves to the subscription. */
  async updateSubscription(tierSlug: RegistryTier, options?: RequestOptions): Promise<RegistrySubscription> {
    const json = { tier_slug: oneOf(REGISTRY_TIERS)('tierSlug', tierSlug) };
    return this.write('POST', RegistrySubscription, `${this.family}/subscription`, 'subscription', json, options);
  }

  /** The regions and subscription tiers registries can use (`GET /v2/{registry|registries}/options`). */
  async options(options?: RequestOptions): Promise<RegistryOptions> {
    return this.load(RegistryOptions, `${this.family}/options`, 'options', options);
  }

  /**
   * Whether a registry name is free to take (`POST /v2/{registry|registries}/validate-name`): `true`
   * when the API accepts it, `false` when it answers 409 (taken).
   */
  async validateName(name: string, options?: RequestOptions): Promise<boolean> {
    try {
      await this.call('POST', `${this.family}/validate-name`, { ...options, json: { name: checkRegistryName('name', name) } });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) return false;
      throw error;
    }
  }

  /** The repositories of registry `name`, with their latest manifest (`GET .../{name}/repositoriesV2`): a lazy listing. */
  repositories(name: string, options?: ListOptions): Paginator<RegistryRepository> {
    return this.#registry(name).repositories(options);
  }

  /**
   * A repository of registry `name`, to list its tags and manifests without loading anything first.
   * @example `const tags = await client.registry.repository('example', 'web').tags();`
   */
  repository(name: string, repository: string): RegistryRepository {
    const json = { registry_name: checkRegistryName('name', name), name: checkRepositoryName('repository', repository) };
    return hydrateIn(this.connection, RegistryRepository, json, this.family);
  }

  /** The tags of a repository (`GET .../{name}/repositories/{repo}/tags`): a lazy listing. */
  tags(name: string, repository: string, options?: ListOptions): Paginator<RegistryTag> {
    return this.repository(name, repository).tags(options);
  }

  /** Deletes a tag (`DELETE .../{name}/repositories/{repo}/tags/{tag}`). */
  async deleteTag(name: string, repository: string, tag: string, options?: RequestOptions): Promise<void> {
    return this.repository(name, repository).deleteTag(tag, options);
  }

  /** The manifests of a repository (`GET .../{name}/repositories/{repo}/digests`): a lazy listing. */
  manifests(name: string, repository: string, options?: ListOptions): Paginator<RegistryManifest> {
    return this.repository(name, repository).manifests(options);
  }

  /** Deletes a manifest and its tags (`DELETE .../{name}/repositories/{repo}/digests/{digest}`). */
  async deleteManifest(name: string, repository: string, digest: string, options?: RequestOptions): Promise<void> {
    return this.repository(name, repository).deleteManifest(digest, options);
  }

  /** Starts a garbage collection of registry `name` (`POST .../{name}/garbage-collection`); `gc.wait()` waits for it. */
  async garbageCollect(name: string, options?: GarbageCollectOptions): Promise<GarbageCollection> {
    return this.#registry(name).garbageCollect(options);
  }

  /** The running garbage collection of registry `name` (`GET .../{name}/garbage-collection`). @throws NotFoundError when none runs. */
  async garbageCollection(name: string, options?: RequestOptions): Promise<GarbageCollection> {
    return this.#registry(name).garbageCollection(options);
  }

  /** The garbage collections of registry `name`, newest first (`GET .../{name}/garbage-collections`). */
  garbageCollections(name: string, options?: ListOptions): Paginator<GarbageCollection> {
    return this.#registry(name).garbageCollections(options);
  }

  /** Cancels a garbage collection (`PUT .../{name}/garbage-collection/{uuid}` with `cancel: true`) and resolves to it. */
  async cancelGarbageCollection(name: string, uuid: string, options?: RequestOptions): Promise<GarbageCollection> {
    const gc = this.ref(GarbageCollection, { uuid: checkText('uuid', uuid, 64), registry_name: checkRegistryName('name', name) });
    return inFamily(gc, this.family).cancel(options);
  }

  #registry(name: string): Registry {
    return inFamily(this.ref(Registry, { name: checkRegistryName('name', name) }), this.family);
  }
}
