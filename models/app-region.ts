import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A region apps can run in, from `client.apps.regions()`. */
export class AppRegion extends Model {
  /** The slug `spec.region` takes, e.g. `nyc`. */
  @Field() slug!: string;
  /** The display name, e.g. `New York`. */
  @Field() label!: string;
  /** The flag shown with it, e.g. `usa`. */
  @Field() flag!: string;
  /** The continent, e.g. `North America`. */
  @Field() continent!: string;
  /** The datacenters it spans, e.g. `nyc1`, `nyc3`. */
  @Field() dataCenters!: string[];
  /** Whether new apps cannot be created in it. */
  @Field() disabled?: boolean;
  /** Why it is disabled. */
  @Field() reason?: string;
  /** Whether it is the default region. */
  @Field() default?: boolean;
}
