import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The permissions a Spaces access key can be granted. @internal */
export const SPACES_KEY_PERMISSIONS = ['read', 'readwrite', 'fullaccess'] as const;

/** What a Spaces access key may do: `read`, `readwrite`, or `fullaccess` (every bucket, with an empty bucket name). */
export type SpacesKeyPermission = (typeof SPACES_KEY_PERMISSIONS)[number];

/** One bucket a Spaces access key may use, and how. */
export class SpacesKeyGrant extends Model {
  /** The bucket's name (empty for a `fullaccess` grant). */
  @Field() bucket!: string;
  /** What the key may do there. */
  @Field() permission!: SpacesKeyPermission | '';
}
