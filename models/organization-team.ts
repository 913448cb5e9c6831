import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A team's place in its organization: `joined`, or `pending` until it accepts. */
export type OrganizationTeamStatus = 'joined' | 'pending';

/** A team of an organization. */
export class OrganizationTeam extends Model {
  /** The team's numeric id. */
  @Field() id?: number;
  /** The team's UUID. */
  @Field() uuid!: string;
  /** The name. */
  @Field() name!: string;
  /** The team's contact email address. */
  @Field() email?: string;
  /** How many members it has. */
  @Field() memberCount?: number;
  /** `joined` or `pending`. */
  @Field() status?: OrganizationTeamStatus;
  /** When it joined the organization. */
  @Field({ type: () => Date }) joinedOrganizationAt?: Date;
  /** The team's company. */
  @Field() company?: string;
}
