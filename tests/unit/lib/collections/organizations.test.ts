import { OrganizationTeam, OrganizationTeamCreation } from '../../../../lib/index.js';
import { fixture, json } from '../../../helpers.js';
import { itRefuses, itSends } from '../../../operations.js';

describe('OrganizationsCollection', () => {
  itSends([
    {
      name: 'client.organizations.teams()',
      call: (c) => c.organizations.teams(),
      method: 'GET',
      path: '/v2/organizations/teams',
      status: 200,
      reply: 'organizations/teams',
      result: (value) => {
        expect((value as unknown[]).every((t) => t instanceof OrganizationTeam)).toBe(true);
        expect(json(value)).toEqual(fixture<{ teams: unknown }>('organizations/teams').teams);
        expect((value as OrganizationTeam[])[0].joinedOrganizationAt).toBeInstanceOf(Date);
      },
    },
    {
      name: 'client.organizations.createTeam(attrs)',
      call: (c) => c.organizations.createTeam({ name: 'data', invitations: [{ email: 'ana@example.com', role: 'member' }, { email: 'bo@example.com', role: 'billing viewer' }] }),
      method: 'POST',
      path: '/v2/organizations/team',
      body: { name: 'data', invitations: [{ email: 'ana@example.com', role: 'member' }, { email: 'bo@example.com', role: 'billing viewer' }] },
      status: 201,
      reply: 'organizations/create-team',
      result: (value) => {
        expect(value).toBeInstanceOf(OrganizationTeamCreation);
        expect((value as OrganizationTeamCreation).team).toBeInstanceOf(OrganizationTeam);
        expect(json(value)).toEqual(fixture('organizations/create-team'));
      },
    },
  ]);

  itRefuses([
    ['createTeam without a name', (c) => c.organizations.createTeam({ name: '' }), 'attrs.name'],
    ['createTeam inviting a bad email', (c) => c.organizations.createTeam({ name: 'x', invitations: [{ email: 'ana', role: 'member' }] }), 'attrs.invitations[0].email'],
    ['createTeam with an unknown role', (c) => c.organizations.createTeam({ name: 'x', invitations: [{ email: 'ana@example.com', role: 'owner' as never }] }), 'attrs.invitations[0].role'],
  ]);
});
