import { AddonApp, AddonAppMetadata, AddonResource, ResourceFailedError, type DigitalOcean } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const UUID = '123e4567-e89b-42d3-a456-426614174000';
const BASE = `/v2/add-ons/saas/${UUID}`;
const METADATA = [{ name: 'sender_domain', value: 'example.com' }];

const resource = (c: DigitalOcean) => loaded(c, AddonResource, 'addons/resource-provisioning', 'resource');

describe('AddonsCollection and AddonResource', () => {
  itSends([
    { name: 'client.addons.apps()', call: (c) => c.addons.apps(), method: 'GET', path: '/v2/add-ons/apps', status: 200, reply: 'addons/apps', result: many(AddonApp, 'addons/apps', 'apps') },
    { name: 'client.addons.appMetadata(slug)', call: (c) => c.addons.appMetadata('mailer'), method: 'GET', path: '/v2/add-ons/apps/mailer/metadata', status: 200, reply: 'addons/app-metadata', result: many(AddonAppMetadata, 'addons/app-metadata', 'metadata') },
    { name: 'client.addons.list()', call: (c) => c.addons.list(), method: 'GET', path: '/v2/add-ons/saas', status: 200, reply: 'addons/resources', result: many(AddonResource, 'addons/resources', 'resources') },
    { name: 'client.addons.get(uuid)', call: (c) => c.addons.get(UUID), method: 'GET', path: BASE, status: 200, reply: 'addons/resource', result: one(AddonResource, 'addons/resource', 'resource') },
    { name: 'client.addons.create(attrs)', call: (c) => c.addons.create({ appSlug: 'mailer', planSlug: 'starter', name: 'mail', metadata: METADATA, linkedDropletId: 3164444 }), method: 'POST', path: '/v2/add-ons/saas', body: { app_slug: 'mailer', plan_slug: 'starter', name: 'mail', metadata: METADATA, linked_droplet_id: 3164444 }, status: 200, reply: 'addons/resource-provisioning', result: one(AddonResource, 'addons/resource-provisioning', 'resource') },
    { name: 'client.addons.rename(uuid, name)', call: (c) => c.addons.rename(UUID, 'mail'), method: 'PATCH', path: BASE, body: { name: 'mail' }, status: 200, reply: 'addons/resource', result: one(AddonResource, 'addons/resource', 'resource') },
    { name: 'client.addons.changePlan(uuid, plan)', call: (c) => c.addons.changePlan(UUID, 'growth'), method: 'PATCH', path: `${BASE}/plan`, body: { plan_slug: 'growth' }, status: 200, reply: 'addons/resource-growth', result: one(AddonResource, 'addons/resource-growth', 'resource') },
    { name: 'client.addons.delete(uuid)', call: (c) => c.addons.delete(UUID), method: 'DELETE', path: BASE, status: 200, result: nothing },
    { name: 'resource.reload()', call: (c) => resource(c).reload(), method: 'GET', path: BASE, status: 200, reply: 'addons/resource', result: one(AddonResource, 'addons/resource', 'resource') },
    { name: 'resource.rename(name)', call: (c) => resource(c).rename('mail'), method: 'PATCH', path: BASE, body: { name: 'mail' }, status: 200, reply: 'addons/resource', result: one(AddonResource, 'addons/resource', 'resource') },
    { name: 'resource.changePlan(plan)', call: (c) => resource(c).changePlan('growth'), method: 'PATCH', path: `${BASE}/plan`, body: { plan_slug: 'growth' }, status: 200, reply: 'addons/resource-growth', result: one(AddonResource, 'addons/resource-growth', 'resource') },
    { name: 'resource.destroy()', call: (c) => resource(c).destroy(), method: 'DELETE', path: BASE, status: 200, result: nothing },
  ]);

  itRefuses([
    ['get by name', (c) => c.addons.get('mail'), 'uuid'],
    ['create without metadata', (c) => c.addons.create({ appSlug: 'mailer', planSlug: 'starter', name: 'mail' } as never), 'attrs.metadata'],
    ['create with a setting that is a number', (c) => c.addons.create({ appSlug: 'mailer', planSlug: 'starter', name: 'mail', metadata: [{ name: 'limit', value: 3 as never }] }), 'attrs.metadata[0].value'],
    ['create with a bad app slug', (c) => c.addons.create({ appSlug: 'mail er', planSlug: 'starter', name: 'mail', metadata: [] }), 'attrs.appSlug'],
    ['rename to nothing', (c) => c.addons.rename(UUID, ''), 'name'],
    ['a plan slug with a slash', (c) => c.addons.changePlan(UUID, 'a/b'), 'planSlug'],
  ]);

  describe('#changePlan', () => {
    it('resolves to the same resource, updated in place from the answer', async () => {
      stubApi('PATCH', `${BASE}/plan`).reply(200, fixture('addons/resource-growth'));
      const subject = resource(testClient());
      await expect(subject.changePlan('growth')).resolves.toBe(subject);
      expect([subject.planSlug, subject.planName, subject.state]).toEqual(['growth', 'Growth', 'provisioned']);
    });
  });

  describe('#waitUntilProvisioned', () => {
    it('polls until provisioned and resolves to the resource, reloaded in place', async () => {
      stubApi('GET', BASE).reply(200, fixture('addons/resource-provisioning'));
      stubApi('GET', BASE).reply(200, fixture('addons/resource'));
      const subject = resource(testClient());
      await expect(subject.waitUntilProvisioned({ interval: 1 })).resolves.toBe(subject);
      expect([subject.state, subject.hasConfig]).toEqual(['provisioned', true]);
    });

    it('rejects with ResourceFailedError carrying the resource when provisioning fails', async () => {
      const failed = fixture<{ resource: Record<string, unknown> }>('addons/resource-provisioning');
      Object.assign(failed.resource, { state: 'provisioning-failed', message: 'the sender domain is not verified' });
      stubApi('GET', BASE).reply(200, failed);
      const error = (await resource(testClient()).waitUntilProvisioned({ interval: 1 }).catch((e: unknown) => e)) as ResourceFailedError<AddonResource>;
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect(error.resource.state).toBe('provisioning-failed');
      expect([error.state, error.wanted, error.resource.message]).toEqual(['provisioning-failed', 'provisioned', 'the sender domain is not verified']);
    });
  });
});
