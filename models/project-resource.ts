import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A resource assigned to a project. */
export class ProjectResource extends Model {
  /** Its uniform resource name, e.g. `do:droplet:3164444`. */
  @Field() urn!: string;
  /** When it was assigned. */
  @Field({ type: () => Date }) assignedAt!: Date;
  /** Links to the resource, e.g. `{ self: 'https://api.digitalocean.com/v2/droplets/3164444' }`. */
  @Field({ json: true }) links!: Record<string, string>;
  /** `ok`, `not_found`, `assigned`, `already_assigned` or `service_down`. */
  @Field() status!: string;
}
