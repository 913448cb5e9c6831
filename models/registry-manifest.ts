import { Field } from '../lib/fields.js';
import { familyOf, registryBase } from '../lib/registry-family.js';
import { path } from '../lib/path.js';
import type { RequestOptions } from '../lib/connection.js';
import { Model } from './model.js';
import { RegistryBlob } from './registry-blob.js';

/** An image manifest in a repository of a container registry, with its tags and blobs. */
export class RegistryManifest extends Model {
  /** The registry's name. */
  @Field() registryName!: string;
  /** The repository's name. */
  @Field() repository!: string;
  /** The manifest's digest, e.g. `sha256:...`. */
  @Field() digest!: string;
  /** Its compressed size in bytes. */
  @Field() compressedSizeBytes!: number;
  /** Its size in bytes. */
  @Field() sizeBytes!: number;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
  /** The tags naming it; empty for an untagged manifest (which garbage collection removes). */
  @Field() tags!: string[];
  /** Its blobs. */
  @Field({ type: () => RegistryBlob }) blobs!: RegistryBlob[];

  /** Deletes the manifest and every tag naming it (`DELETE .../repositories/{repo}/digests/{digest}`). */
  async destroy(options?: RequestOptions): Promise<void> {
    const where = `${registryBase(familyOf(this), this.registryName)}/${path`repositories/${this.repository}/digests/${this.digest}`}`;
    await this.connection.request('DELETE', where, options);
  }
}
