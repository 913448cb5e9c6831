import { randomUUID } from 'node:crypto';
import { body, created, defineModule, ok } from '../module.js';
import { badRequest, timestamp, unprocessable, type World } from '../world.js';

/** A team as the organization's listing writes it. */
export interface OrganizationTeamJson {
  id: number;
  uuid: string;
  name: string;
  email: string;
  member_count: number;
  status: 'joined' | 'pending';
  joined_organization_at: string;
  company: string;
}

const ROLES = ['member', 'biller', 'billing viewer', 'resource viewer', 'modifier'];
/** Invitations a day before the API stops sending them. */
const DAILY_INVITES = 10;

/**
 * The organization of the simulated account: its own team, and the teams created in it. A new
 * team's invitations are sent until the day's limit of ten, then `daily_invite_limit_reached`.
 */
export class OrganizationStore {
  readonly teams: OrganizationTeamJson[];
  readonly #world: World;
  #invited = 0;
  #nextId = 901;

  constructor(world: World) {
    this.#world = world;
    this.teams = [{ id: 900, uuid: '5df3e300-4a17-4e24-8b7c-20ca6c9fc25b', name: 'My Team', email: 'sammy@example.com', member_count: 3, status: 'joined', joined_organization_at: '2025-01-06T10:00:00Z', company: 'DigitalOcean' }];
  }

  create(attrs: Record<string, unknown>): Record<string, unknown> {
    if (typeof attrs.name !== 'string' || !attrs.name.trim()) throw badRequest('name is required');
    if (this.teams.some((t) => t.name === attrs.name)) throw unprocessable('A team with this name already exists in the organization.');
    const invitations = attrs.invitations === undefined ? [] : attrs.invitations;
    if (!Array.isArray(invitations)) throw badRequest('invitations must be an array');
    const outcomes: Record<string, { status: string }> = {};
    for (const invitation of invitations as Array<Record<string, unknown>>) {
      if (typeof invitation?.email !== 'string' || !ROLES.includes(invitation.role as string)) throw badRequest('each invitation needs an email and a role');
      outcomes[invitation.email] = { status: this.#invited++ < DAILY_INVITES ? 'ok' : 'daily_invite_limit_reached' };
    }
    const team: OrganizationTeamJson = { id: this.#nextId++, uuid: randomUUID(), name: attrs.name, email: 'sammy@example.com', member_count: 1, status: 'joined', joined_organization_at: timestamp(this.#world.now()), company: 'DigitalOcean' };
    this.teams.push(team);
    return { team: { uuid: team.uuid, name: team.name }, invitations: outcomes };
  }
}

/** Organizations: `/v2/organizations/teams`, `/v2/organizations/team`. */
export const organizations = defineModule('organizations', (world) => new OrganizationStore(world), (route) => {
  route('GET', '/v2/organizations/teams', (_ctx, store) => ok({ teams: store.teams }));
  route('POST', '/v2/organizations/team', (ctx, store) => created(store.create(body(ctx))));
});
