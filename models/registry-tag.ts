import { Field } from '../lib/fields.js';
import { familyOf, registryBase } from '../lib/registry-family.js';
import { path } from '../lib/path.js';
import type { RequestOptions } from '../lib/connection.js';
import { Model } from './model.js';

/** A tag of a repository in a container registry, naming one manifest. */
export class RegistryTag extends Model {
  /** The registry's name. */
  @Field() registryName!: string;
  /** The repository's name, e.g. `web`. */
  @Field() repository!: string;
  /** The tag, e.g. `latest`. */
  @Field() tag!: string;
  /** The digest of the manifest it names. */
  @Field() manifestDigest!: string;
  /** The image's compressed size in bytes. */
  @Field() compressedSizeBytes!: number;
  /** The image's size in bytes. */
  @Field() sizeBytes!: number;
  /** When the tag last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;

  /**
   * Deletes the tag (`DELETE /v2/registry/{name}/repositories/{repo}/tags/{tag}`, or under
   * `/v2/registries`); the manifest stays until garbage collection when no other tag names it.
   */
  async destroy(options?: RequestOptions): Promise<void> {
    const where = `${registryBase(familyOf(this), this.registryName)}/${path`repositories/${this.repository}/tags/${this.tag}`}`;
    await this.connection.request('DELETE', where, options);
  }
}
