import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** What a Spaces access key may do: `read`, `readwrite`, or `fullaccess` (every bucket, with an empty bucket name). */
export type SpacesKeyPermission = 'read' | 'readwrite' | 'fullaccess';

/** One bucket a Spaces access key may use, and how. */
export class SpacesKeyGrant extends Model {
  /** The bucket's name (empty for a `fullaccess` grant). */
  @Field() bucket!: string;
  /** What the key may do there. */
  @Field() permission!: SpacesKeyPermission | '';
}
