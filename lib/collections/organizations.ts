import { OrganizationTeam } from '../../models/organization-team.js';
import { OrganizationTeamCreation } from '../../models/organization-team-creation.js';
import type { RequestOptions } from '../connection.js';
import { arrayOf, objectOf, oneOf, optional, required, shape, type AttributesOf } from '../shape.js';
import { checkEmail, checkText } from '../validate.js';
import { Collection } from './collection.js';

/** The roles an invitation to a new team can give. */
export const TEAM_ROLES = ['member', 'biller', 'billing viewer', 'resource viewer', 'modifier'] as const;

/** An invitation to a new team. */
export const TEAM_INVITATION = shape('a team invitation', {
  /** Who to invite. */
  email: required(checkEmail),
  /** Their role, one of {@link TEAM_ROLES}. */
  role: required(oneOf(TEAM_ROLES)),
});

/** What `client.organizations.createTeam()` takes. */
export const TEAM_CREATE = shape('a team', {
  /** The team's name. */
  name: required(checkText),
  /** People to invite. */
  invitations: optional(arrayOf(objectOf(TEAM_INVITATION))),
});

/** Attributes of `client.organizations.createTeam()`. */
export type TeamCreateAttributes = AttributesOf<typeof TEAM_CREATE>;

/**
 * `client.organizations`: the teams of the organization the token belongs to (calls made in an
 * organization context).
 * @example `const { team, invitations } = await client.organizations.createTeam({ name: 'data', invitations: [{ email: 'ana@example.com', role: 'member' }] });`
 */
export class OrganizationsCollection extends Collection {
  /** The organization's teams (`GET /v2/organizations/teams`). */
  async teams(options?: RequestOptions): Promise<OrganizationTeam[]> {
    return this.array(OrganizationTeam, 'organizations/teams', 'teams', options);
  }

  /**
   * Creates a team in the organization and invites people to it (`POST /v2/organizations/team`);
   * resolves to the team and each invitation's outcome.
   * @throws ValidationError for a bad email address or role, before any request.
   */
  async createTeam(attrs: TeamCreateAttributes, options?: RequestOptions): Promise<OrganizationTeamCreation> {
    const body = await this.connection.request<object>('POST', 'organizations/team', { json: TEAM_CREATE.wire('attrs', attrs), signal: options?.signal });
    return this.connection.hydrate(OrganizationTeamCreation, body);
  }
}
