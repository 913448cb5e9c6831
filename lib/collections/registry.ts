import { DockerCredentials } from '../../models/docker-credentials.js';
import {
  checkRegistryName,
  dockerCredentialQuery,
  REGISTRY_CREATE,
  Registry,
  type DockerCredentialOptions,
  type RegistryCreateAttributes,
} from '../../models/registry.js';
import { RegistryRepository } from '../../models/registry-repository.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { inFamily, registryBase, type RegistryFamily } from '../registry-family.js';
import { ContainerRegistryCollection } from './container-registry.js';

/**
 * `client.registry`: the account's container registry through the `/v2/registry` endpoints (as
 * godo's `Registry` service), and, by registry name, its
 * repositories, tags, manifests and garbage collections.
 * @example
 * ```ts
 * const registry = await client.registry.get();
 * const tags = await client.registry.tags(registry.name, 'web');
 * ```
 */
export class RegistryCollection extends ContainerRegistryCollection {
  /** @internal */
  protected readonly family: RegistryFamily = 'registry';

  /** The account's registry (`GET /v2/registry`), with its subscription. @throws NotFoundError when there is none. */
  async get(options?: RequestOptions): Promise<Registry> {
    return inFamily(await this.load(Registry, 'registry', 'registry', options), 'registry');
  }

  /** Creates the account's registry (`POST /v2/registry`) with a subscription tier. */
  async create(attrs: RegistryCreateAttributes, options?: RequestOptions): Promise<Registry> {
    return inFamily(await this.write('POST', Registry, 'registry', 'registry', REGISTRY_CREATE.wire('attrs', attrs), options), 'registry');
  }

  /** Deletes the account's registry with every image in it (`DELETE /v2/registry`). */
  async delete(options?: RequestOptions): Promise<void> {
    await this.call('DELETE', 'registry', options);
  }

  /** A Docker `config.json` for the registry (`GET /v2/registry/docker-credentials`), read-only unless `readWrite`. */
  async dockerCredentials(options: DockerCredentialOptions = {}): Promise<DockerCredentials> {
    const body = await this.connection.request<object>('GET', 'registry/docker-credentials', { query: dockerCredentialQuery(options), signal: options.signal });
    return this.connection.hydrate(DockerCredentials, body ?? {});
  }

  /**
   * The repositories of registry `name` in the older listing, with their latest tag
   * (`GET /v2/registry/{name}/repositories`); `repositories()` gives the current one, with manifests.
   */
  legacyRepositories(name: string, options?: ListOptions): Paginator<RegistryRepository> {
    const where = `${registryBase('registry', checkRegistryName('name', name))}/repositories`;
    return this.page(RegistryRepository, where, 'repositories', {}, options).map((repository) => inFamily(repository, 'registry'));
  }
}
