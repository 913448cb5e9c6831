import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** An IPv6 interface of a droplet (always public). */
export class NetworkV6 extends Model {
  /** The address, e.g. `2604:a880:0:1010::18a:a001`. */
  @Field() ipAddress!: string;
  /** The prefix length, e.g. `64`. */
  @Field() netmask!: number;
  /** The gateway. */
  @Field() gateway!: string;
  /** Always `public`. */
  @Field() type!: 'public';
}
