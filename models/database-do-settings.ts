import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** DigitalOcean-side settings of a database cluster. */
export class DatabaseDoSettings extends Model {
  /** Extra host names (CNAMEs) the cluster answers to. */
  @Field() serviceCnames?: string[];
}
