import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** One line of an invoice: a resource's charge for the period. */
export class InvoiceItem extends Model {
  /** The product, e.g. `Droplets`. */
  @Field() product!: string;
  /** The resource's UUID, when it has one. */
  @Field() resourceUuid?: string;
  /** The resource's id, when it has one. */
  @Field() resourceId?: string;
  /** The line's group, e.g. `web-01 (s-1vcpu-1gb)`. */
  @Field() groupDescription?: string;
  /** The line's description. */
  @Field() description?: string;
  /** The amount in US dollars as a decimal string. */
  @Field() amount!: string;
  /** How long the resource was billed, in `durationUnit`s. */
  @Field() duration?: string;
  /** The unit of `duration`, e.g. `Hours`. */
  @Field() durationUnit?: string;
  /** When the billed time began. */
  @Field() startTime?: string;
  /** When it ended. */
  @Field() endTime?: string;
  /** The resource's project. */
  @Field() projectName?: string;
}
