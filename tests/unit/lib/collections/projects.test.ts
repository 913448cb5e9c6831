import { Droplet, Project, ProjectResource, Volume } from '../../../../lib/index.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '4e1bfbc3-dc3e-41f2-a18f-1b4d7ba71679';
const ATTRS = { name: 'my-web-api', purpose: 'Service or API', description: 'My website API', environment: 'Production' as const };
const WIRE = { name: 'my-web-api', purpose: 'Service or API', description: 'My website API', environment: 'Production' };
const URNS = ['do:droplet:3164444', 'do:volume:506f78a4-e098-11e5-ad9f-000f53306ae1'];

describe('ProjectsCollection and Project', () => {
  itSends([
    { name: 'client.projects.list()', call: (c) => c.projects.list(), method: 'GET', path: '/v2/projects', query: PAGE, status: 200, reply: 'projects/list', result: many(Project, 'projects/list', 'projects') },
    { name: 'client.projects.get(id)', call: (c) => c.projects.get(ID), method: 'GET', path: `/v2/projects/${ID}`, status: 200, reply: 'projects/get', result: one(Project, 'projects/get', 'project') },
    { name: 'client.projects.getDefault()', call: (c) => c.projects.getDefault(), method: 'GET', path: '/v2/projects/default', status: 200, reply: 'projects/get', result: one(Project, 'projects/get', 'project') },
    { name: 'client.projects.create(attrs)', call: (c) => c.projects.create(ATTRS), method: 'POST', path: '/v2/projects', body: WIRE, status: 201, reply: 'projects/get', result: one(Project, 'projects/get', 'project') },
    { name: 'client.projects.update(id, attrs) (PUT)', call: (c) => c.projects.update(ID, { ...ATTRS, isDefault: false }), method: 'PUT', path: `/v2/projects/${ID}`, body: { ...WIRE, is_default: false }, status: 200, reply: 'projects/get', result: one(Project, 'projects/get', 'project') },
    { name: "client.projects.update('default', attrs) (PUT)", call: (c) => c.projects.update('default', ATTRS), method: 'PUT', path: '/v2/projects/default', body: WIRE, status: 200, reply: 'projects/get', result: one(Project, 'projects/get', 'project') },
    { name: 'client.projects.patch(id, attrs) (PATCH)', call: (c) => c.projects.patch(ID, { environment: 'Staging' }), method: 'PATCH', path: `/v2/projects/${ID}`, body: { environment: 'Staging' }, status: 200, reply: 'projects/get', result: one(Project, 'projects/get', 'project') },
    { name: "client.projects.patch('default', attrs)", call: (c) => c.projects.patch('default', { description: 'd' }), method: 'PATCH', path: '/v2/projects/default', body: { description: 'd' }, status: 200, reply: 'projects/get', result: one(Project, 'projects/get', 'project') },
    { name: 'client.projects.delete(id)', call: (c) => c.projects.delete(ID), method: 'DELETE', path: `/v2/projects/${ID}`, status: 204, result: nothing },
    { name: 'client.projects.resources(id)', call: (c) => c.projects.resources(ID), method: 'GET', path: `/v2/projects/${ID}/resources`, query: PAGE, status: 200, reply: 'projects/resources', result: many(ProjectResource, 'projects/resources', 'resources') },
    { name: "client.projects.resources('default')", call: (c) => c.projects.resources('default'), method: 'GET', path: '/v2/projects/default/resources', query: PAGE, status: 200, reply: 'projects/resources', result: many(ProjectResource, 'projects/resources', 'resources') },
    { name: 'client.projects.assign(id, urns)', call: (c) => c.projects.assign(ID, URNS), method: 'POST', path: `/v2/projects/${ID}/resources`, body: { resources: URNS }, status: 200, reply: 'projects/assign', result: many(ProjectResource, 'projects/assign', 'resources') },
    {
      name: "client.projects.assign('default', models)",
      call: (c) => c.projects.assign('default', [loaded(c, Droplet, 'droplets/get', 'droplet'), loaded(c, Volume, 'volumes/get', 'volume')]),
      method: 'POST',
      path: '/v2/projects/default/resources',
      body: { resources: URNS },
      status: 200,
      reply: 'projects/assign',
      result: many(ProjectResource, 'projects/assign', 'resources'),
    },
    { name: 'project.assign(models)', call: (c) => loaded(c, Project, 'projects/get', 'project').assign([loaded(c, Droplet, 'droplets/get', 'droplet')]), method: 'POST', path: `/v2/projects/${ID}/resources`, body: { resources: [URNS[0]] }, status: 200, reply: 'projects/assign', result: many(ProjectResource, 'projects/assign', 'resources') },
    { name: 'project.update(attrs)', call: (c) => loaded(c, Project, 'projects/get', 'project').update({ name: 'api' }), method: 'PATCH', path: `/v2/projects/${ID}`, body: { name: 'api' }, status: 200, reply: 'projects/get', result: one(Project, 'projects/get', 'project') },
    { name: 'project.resources()', call: (c) => loaded(c, Project, 'projects/get', 'project').resources(), method: 'GET', path: `/v2/projects/${ID}/resources`, query: PAGE, status: 200, reply: 'projects/resources', result: many(ProjectResource, 'projects/resources', 'resources') },
    { name: 'project.destroy()', call: (c) => loaded(c, Project, 'projects/get', 'project').destroy(), method: 'DELETE', path: `/v2/projects/${ID}`, status: 204, result: nothing },
  ]);

  itRefuses([
    ['create without a purpose', (c) => c.projects.create({ name: 'x' } as never), 'attrs.purpose'],
    ['create with a 176-character name', (c) => c.projects.create({ ...ATTRS, name: 'x'.repeat(176) }), 'attrs.name'],
    ['an unknown environment', (c) => c.projects.patch(ID, { environment: 'QA' as never }), 'attrs.environment'],
    ['assign something without a URN', (c) => c.projects.assign(ID, [{ id: 3 } as never]), 'resources[0]'],
    ['assign a made-up URN', (c) => c.projects.assign(ID, ['do:planet:earth']), 'resources[0]'],
    ["delete 'default'", (c) => c.projects.delete('default'), 'id'],
  ]);
});
