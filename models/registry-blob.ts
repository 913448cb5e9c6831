import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A layer or config blob of an image manifest. */
export class RegistryBlob extends Model {
  /** The blob's digest, e.g. `sha256:...`. */
  @Field() digest!: string;
  /** Its compressed size in bytes. */
  @Field() compressedSizeBytes!: number;
}
