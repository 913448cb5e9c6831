import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A datacenter region, e.g. `nyc3`. */
export class Region extends Model {
  /** The display name, e.g. `New York 3`. */
  @Field() name!: string;
  /** The identifier, e.g. `nyc3`. */
  @Field() slug!: string;
  /** Features offered here, e.g. `backups`, `ipv6`, `storage`. */
  @Field() features!: string[];
  /** Whether new droplets can be created here. */
  @Field() available!: boolean;
  /** Slugs of the sizes offered here. */
  @Field() sizes!: string[];
}
