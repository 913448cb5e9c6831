import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Whether a load balancer keeps a client on one droplet. */
export class StickySessions extends Model {
  /** `cookies` or `none`. */
  @Field() type!: 'cookies' | 'none';
  /** The cookie's name, with `cookies`. */
  @Field() cookieName?: string;
  /** The cookie's lifetime, with `cookies`. */
  @Field() cookieTtlSeconds?: number;
}
