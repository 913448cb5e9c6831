import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { OrganizationTeam } from './organization-team.js';

/** Whether an invitation was sent: `ok`, or `daily_invite_limit_reached`. */
export type TeamInvitationStatus = 'ok' | 'daily_invite_limit_reached';

/** How an invitation to a new team went. */
export interface TeamInvitationOutcome {
  /** `ok` when it was sent; `daily_invite_limit_reached` when the day's invitations are spent. */
  status: TeamInvitationStatus;
}

/** What creating a team answers: the team, and the outcome of each invitation by email address. */
export class OrganizationTeamCreation extends Model {
  /** The new team. */
  @Field({ type: () => OrganizationTeam }) team!: OrganizationTeam;
  /** Each invitation's outcome, by email address: `{ 'ana@example.com': { status: 'ok' } }`. */
  @Field({ json: true }) invitations?: Record<string, TeamInvitationOutcome>;
}
