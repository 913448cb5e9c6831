import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** An IPv4 interface of a droplet. */
export class NetworkV4 extends Model {
  /** The address, e.g. `104.236.32.182`. */
  @Field() ipAddress!: string;
  /** The netmask, e.g. `255.255.192.0`. */
  @Field() netmask!: string;
  /** The gateway; the API gives none for private interfaces. */
  @Field() gateway!: string | null;
  /** `public` or `private`. */
  @Field() type!: 'public' | 'private';
}
