import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { OrganizationTeam } from './organization-team.js';

/** Whether an invitation was sent: `ok`, or `daily_invite_limit_reached`. */
export type TeamInvitationStatus = 'ok' | 'daily_invite_limit_reached';

/** What creating a team answers: the team, and the outcome of each invitation by email address. */
export class OrganizationTeamCreation extends Model {
  /** The new team. */
  @Field({ type: () => OrganizationTeam }) team!: OrganizationTeam;
  /** Each invitation's outcome, by email address: `{ 'ana@example.com': { status: 'ok' } }`. */
  @Field({ json: true }) invitations?: Record<string, { status: TeamInvitationStatus }>;
}
