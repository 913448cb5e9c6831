import { Field } from '../lib/fields.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { familyOf, inFamily, registryBase, type RegistryFamily } from '../lib/registry-family.js';
import { path } from '../lib/path.js';
import { checkText } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import { Model } from './model.js';
import { RegistryManifest } from './registry-manifest.js';
import { RegistryTag } from './registry-tag.js';

/** A digest such as `sha256:...`. @internal */
export function checkDigest(field: string, value: unknown): string {
  return checkText(field, value, 200);
}

/** A tag name such as `latest`. @internal */
export function checkTagName(field: string, value: unknown): string {
  return checkText(field, value, 128);
}

/** Where a repository's sub-resources are: `{registry}/repositories/{repo}`. @internal */
export function repositoryBase(family: RegistryFamily, registryName: string, repository: string): string {
  return `${registryBase(family, registryName)}/${path`repositories/${repository}`}`;
}

/**
 * A repository of a container registry: the tags and manifests of one image name.
 * @example `for (const tag of await repository.tags()) console.log(tag.tag, tag.manifestDigest);`
 */
export class RegistryRepository extends Model {
  /** The registry's name. */
  @Field() registryName!: string;
  /** The repository's name, e.g. `web` or `team/web`. */
  @Field() name!: string;
  /** The most recently pushed tag (in the older listing, `client.registry.legacyRepositories()`). */
  @Field({ type: () => RegistryTag }) latestTag?: RegistryTag;
  /** The most recently pushed manifest (in the current listing). */
  @Field({ type: () => RegistryManifest }) latestManifest?: RegistryManifest;
  /** How many tags it has. */
  @Field() tagCount!: number;
  /** How many manifests it has (in the current listing). */
  @Field() manifestCount?: number;

  /** The repository's tags (`GET .../repositories/{repo}/tags`): a lazy listing. */
  tags(options?: ListOptions): Paginator<RegistryTag> {
    const family = familyOf(this);
    return paginate(this.connection, RegistryTag, `${repositoryBase(family, this.registryName, this.name)}/tags`, 'tags', {}, options).map((tag) => inFamily(tag, family));
  }

  /** The repository's manifests (`GET .../repositories/{repo}/digests`): a lazy listing. */
  manifests(options?: ListOptions): Paginator<RegistryManifest> {
    const family = familyOf(this);
    return paginate(this.connection, RegistryManifest, `${repositoryBase(family, this.registryName, this.name)}/digests`, 'manifests', {}, options).map((m) => inFamily(m, family));
  }

  /** Deletes a tag of the repository (`DELETE .../repositories/{repo}/tags/{tag}`). */
  async deleteTag(tag: string, options?: RequestOptions): Promise<void> {
    await this.connection.request('DELETE', `${repositoryBase(familyOf(this), this.registryName, this.name)}/${path`tags/${checkTagName('tag', tag)}`}`, options);
  }

  /** Deletes a manifest of the repository and its tags (`DELETE .../repositories/{repo}/digests/{digest}`). */
  async deleteManifest(digest: string, options?: RequestOptions): Promise<void> {
    await this.connection.request('DELETE', `${repositoryBase(familyOf(this), this.registryName, this.name)}/${path`digests/${checkDigest('digest', digest)}`}`, options);
  }

  /**
   * Deletes the repository with its tags and manifests (`DELETE /v2/registries/{name}/repositories/{repo}`;
   * only the named registries' endpoints offer it, so it goes there whichever way the repository was loaded).
   */
  async destroy(options?: RequestOptions): Promise<void> {
    await this.connection.request('DELETE', repositoryBase('registries', this.registryName, this.name), options);
  }
}
