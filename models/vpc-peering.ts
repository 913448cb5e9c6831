import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A peering that routes private traffic between two VPCs. */
export class VpcPeering extends Model {
  /** The peering's id (a UUID). */
  @Field() id!: string;
  /** The name. */
  @Field() name!: string;
  /** The two VPCs it joins. */
  @Field() vpcIds!: string[];
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** `PROVISIONING`, `ACTIVE` or `DELETING`. */
  @Field() status!: 'PROVISIONING' | 'ACTIVE' | 'DELETING';
}
