import type { DockerCredentials } from '../../models/docker-credentials.js';
import { checkRegistryName, REGISTRIES_CREATE, Registry, type RegistriesCreateAttributes } from '../../models/registry.js';
import type { RequestOptions } from '../connection.js';
import { path } from '../path.js';
import { inFamily, type RegistryFamily } from '../registry-family.js';
import { ContainerRegistryCollection } from './container-registry.js';

/**
 * `client.registries`: named container registries through the `/v2/registries` endpoints (as godo's
 * `Registries` service), and, by registry name, their repositories, tags, manifests and garbage
 * collections.
 * @example
 * ```ts
 * const registry = await client.registries.create({ name: 'example-staging', region: 'nyc3' });
 * for await (const repository of registry.repositories()) console.log(repository.name);
 * ```
 */
export class RegistriesCollection extends ContainerRegistryCollection {
  /** @internal */
  protected readonly family: RegistryFamily = 'registries';

  /** Every registry of the account (`GET /v2/registries`). */
  async list(options?: RequestOptions): Promise<Registry[]> {
    return (await this.array(Registry, 'registries', 'registries', options)).map((registry) => this.#in(registry));
  }

  /** One registry by name (`GET /v2/registries/{name}`). @throws NotFoundError when there is none. */
  async get(name: string, options?: RequestOptions): Promise<Registry> {
    return this.#in(await this.load(Registry, path`registries/${checkRegistryName('name', name)}`, 'registry', options));
  }

  /** Creates a registry (`POST /v2/registries`). */
  async create(attrs: RegistriesCreateAttributes, options?: RequestOptions): Promise<Registry> {
    return this.#in(await this.write('POST', Registry, 'registries', 'registry', REGISTRIES_CREATE.wire('attrs', attrs), options));
  }

  /** Deletes a registry with every image in it (`DELETE /v2/registries/{name}`). */
  async delete(name: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`registries/${checkRegistryName('name', name)}`, options);
  }

  /** A read-only Docker `config.json` for registry `name` (`GET /v2/registries/{name}/docker-credentials`). */
  async dockerCredentials(name: string, options?: RequestOptions): Promise<DockerCredentials> {
    return this.#in(this.ref(Registry, { name: checkRegistryName('name', name) })).dockerCredentials(options);
  }

  /** Deletes a repository with its tags and manifests (`DELETE /v2/registries/{name}/repositories/{repo}`). */
  async deleteRepository(name: string, repository: string, options?: RequestOptions): Promise<void> {
    return this.repository(name, repository).destroy(options);
  }

  #in(registry: Registry): Registry {
    return inFamily(registry, 'registries');
  }
}
