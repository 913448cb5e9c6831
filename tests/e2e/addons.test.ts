import { AddonApp, AddonAppMetadata, AddonResource, DigitalOcean, NotFoundError, UnprocessableEntityError } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

/** How far the simulator's clock runs ahead of real time: moved on instead of sleeping until scheduled changes are due. */
let ahead = 0;
const h = useHarness({ now: () => Date.now() + ahead });

describe('Add-ons end to end', () => {
  it('picks an app and a plan, provisions a resource, renames it, changes its plan and deletes it', async () => {
    const apps = await h.client.addons.apps();
    expect(apps[0]).toBeInstanceOf(AddonApp);
    const mailer = apps.find((a) => a.appSlug === 'mailer')!;
    expect(mailer.plans.map((p) => [p.slug, p.pricePerMonth, p.byDefault])).toEqual([['starter', 0, true], ['growth', 25, false]]);
    const settings = await h.client.addons.appMetadata('mailer');
    expect(settings[0]).toBeInstanceOf(AddonAppMetadata);
    expect(settings.map((s) => s.name)).toEqual(['sender_domain']);
    await expect(h.client.addons.appMetadata('nothing')).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.addons.create({ appSlug: 'mailer', planSlug: 'starter', name: 'mail', metadata: [] })).rejects.toBeInstanceOf(UnprocessableEntityError);

    const retrying = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 3, retryBaseDelay: 1 });
    const resource = await retrying.addons.create({ appSlug: 'mailer', planSlug: 'starter', name: 'mail', metadata: [{ name: 'sender_domain', value: 'example.com' }] });
    expect(resource).toBeInstanceOf(AddonResource);
    expect(resource.state).toBe('provisioning');
    const fault = h.sim.injectFault({ method: 'GET', path: '/v2/add-ons/saas/*', status: 503, times: 2 });
    await resource.waitUntilProvisioned(FAST);
    expect([resource.state, resource.hasConfig, fault.hits]).toEqual(['provisioned', true, 2]);
    expect(resource.ssoUrl).toMatch(/^https:\/\/mailer\./);

    await resource.rename('transactional-mail');
    expect((await h.client.addons.get(resource.uuid)).name).toBe('transactional-mail');
    await resource.changePlan('growth');
    expect([resource.planSlug, resource.planPricePerMonth]).toEqual(['growth', 25]);
    await h.client.addons.changePlan(resource.uuid, 'starter');
    await h.client.addons.rename(resource.uuid, 'mail');
    expect((await h.client.addons.list()).map((r) => [r.name, r.planSlug])).toEqual([['mail', 'starter']]);
    await expect(h.client.addons.changePlan(resource.uuid, 'enterprise')).rejects.toBeInstanceOf(UnprocessableEntityError);

    const cache = await h.client.addons.create({ appSlug: 'cache-cloud', planSlug: 'dev', name: 'cache', metadata: [{ name: 'eviction', value: 'allkeys-lru' }] });
    await cache.waitUntilProvisioned(FAST);
    await cache.destroy();
    await h.client.addons.delete(resource.uuid);
    expect((await resource.reload()).state).toBe('deprovisioning');
    ahead += 1_000;
    await expect(resource.reload()).rejects.toBeInstanceOf(NotFoundError);
    expect(await h.client.addons.list()).toEqual([]);
  });

  itAnswersModules(() => h, 'addons');
  itConforms(() => h);
});
