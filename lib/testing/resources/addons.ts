import { randomUUID } from 'node:crypto';
import { body, defineModule, found, ok, Store } from '../module.js';
import { unprocessable } from '../world.js';

type Json = Record<string, unknown>;

/** An add-on resource as the API writes it. */
interface AddonResourceJson {
  [key: string]: unknown;
  uuid: string;
  name: string;
  state: 'provisioning' | 'provisioned' | 'deprovisioning';
  app_name: string;
  app_slug: string;
  plan_name: string;
  plan_slug: string;
  plan_price_per_month: number;
  has_config: boolean;
  metadata: Array<{ name: string; value: unknown }>;
  sso_url?: string;
  message: string;
}

/** A seeded add-on app: what `GET /v2/add-ons/apps` lists, and the settings it asks for. */
interface AddonAppRecord {
  app: { app_slug: string; tos: string; eula: string; plans: Json[] };
  name: string;
  metadata: Json[];
}

const SEEDED = '2025-01-06T09:00:00Z';
// Features are boolean ones only: the description's oneOf for a feature value has two string
// branches, so no string value can conform to it.

function plan(id: number, appId: number, slug: string, displayName: string, price: number, byDefault: boolean, features: Array<[string, string, unknown]>): Json {
  return {
    id,
    app_id: appId,
    uuid: `7d1c2f0a-${String(appId).padStart(4, '0')}-4c1b-9a6e-${String(id).padStart(12, '0')}`,
    slug,
    display_name: displayName,
    description: `${displayName} plan`,
    price_per_month: price,
    active: true,
    available: true,
    by_default: byDefault,
    state: 'approved',
    features: features.map(([name, type, value], i) => ({ id: id * 10 + i, name, type, value, created_at: SEEDED, updated_at: SEEDED })),
    created_at: SEEDED,
    updated_at: SEEDED,
  };
}

function seedApps(): AddonAppRecord[] {
  return [
    {
      name: 'Mailer',
      app: {
        app_slug: 'mailer',
        tos: 'https://mailer.example.com/tos',
        eula: 'https://mailer.example.com/eula',
        plans: [plan(11, 1, 'starter', 'Starter', 0, true, [['dedicated_ip', 'boolean', false]]), plan(12, 1, 'growth', 'Growth', 25, false, [['dedicated_ip', 'boolean', true]])],
      },
      metadata: [{ id: 1, name: 'sender_domain', display_name: 'Sender domain', description: 'The domain mail is sent from', type: 'string' }],
    },
    {
      name: 'Cache Cloud',
      app: {
        app_slug: 'cache-cloud',
        tos: 'https://cache.example.com/tos',
        eula: 'https://cache.example.com/eula',
        plans: [plan(21, 2, 'dev', 'Developer', 0, true, [['persistence', 'boolean', false]]), plan(22, 2, 'pro', 'Pro', 15, false, [['persistence', 'boolean', true]])],
      },
      metadata: [{ id: 2, name: 'eviction', display_name: 'Eviction policy', description: 'What is evicted when memory is full', type: 'string', options: ['allkeys-lru', 'noeviction'] }],
    },
  ];
}

/** Marketplace add-ons: the seeded apps and plans, and resources that provision in the background. */
export class AddonStore extends Store<AddonResourceJson, string> {
  readonly apps = seedApps();

  /** A seeded app; a 404 when there is none. */
  app(slug: string): AddonAppRecord {
    return found(this.apps.find((a) => a.app.app_slug === slug));
  }

  /** Creates a resource: `provisioning`, then `provisioned` one world step later. */
  create(attrs: Json): AddonResourceJson {
    const app = this.apps.find((a) => a.app.app_slug === attrs.app_slug);
    if (!app) throw unprocessable(`unknown add-on app ${JSON.stringify(attrs.app_slug)}`);
    const chosen = this.#plan(app, attrs.plan_slug);
    if (typeof attrs.name !== 'string' || attrs.name === '') throw unprocessable('name is required');
    if (!Array.isArray(attrs.metadata)) throw unprocessable('metadata is required');
    const given = attrs.metadata as Array<{ name: string; value: unknown }>;
    for (const setting of app.metadata) {
      const value = given.find((m) => m.name === setting.name)?.value;
      if (value === undefined) throw unprocessable(`metadata ${String(setting.name)} is required`);
      if (Array.isArray(setting.options) && !setting.options.includes(value)) throw unprocessable(`metadata ${String(setting.name)} must be one of ${setting.options.join(', ')}`);
    }
    const uuid = randomUUID();
    const resource: AddonResourceJson = {
      uuid,
      name: attrs.name,
      state: 'provisioning',
      app_name: app.name,
      app_slug: app.app.app_slug,
      plan_name: chosen.display_name as string,
      plan_slug: chosen.slug as string,
      plan_price_per_month: chosen.price_per_month as number,
      has_config: false,
      metadata: given.map((m) => ({ name: m.name, value: m.value })),
      message: 'Resource is being provisioned.',
    };
    this.put(uuid, resource);
    this.world.schedule(() => {
      if (resource.state !== 'provisioning') return;
      resource.state = 'provisioned';
      resource.has_config = true;
      resource.sso_url = `https://${app.app.app_slug}.example.com/sso/${uuid}`;
      resource.message = 'Resource is provisioned successfully.';
    });
    return resource;
  }

  /** Renames a resource. */
  rename(uuid: string, attrs: Json): AddonResourceJson {
    const resource = this.get(uuid);
    if (typeof attrs.name !== 'string' || attrs.name === '') throw unprocessable('name is required');
    resource.name = attrs.name;
    return resource;
  }

  /** Moves a provisioned resource to another plan of its app. */
  changePlan(uuid: string, attrs: Json): AddonResourceJson {
    const resource = this.get(uuid);
    if (resource.state !== 'provisioned') throw unprocessable(`the resource is ${resource.state}; its plan can change once it is provisioned`);
    const chosen = this.#plan(this.app(resource.app_slug), attrs.plan_slug);
    if (chosen.slug === resource.plan_slug) throw unprocessable(`the resource is already on ${resource.plan_slug}`);
    Object.assign(resource, { plan_slug: chosen.slug, plan_name: chosen.display_name, plan_price_per_month: chosen.price_per_month, message: `Plan changed to ${String(chosen.display_name)}.` });
    return resource;
  }

  /** Starts deprovisioning a resource: it is gone one world step later. */
  deprovision(uuid: string): void {
    const resource = this.get(uuid);
    if (resource.state === 'deprovisioning') throw unprocessable('the resource is already being deprovisioned');
    resource.state = 'deprovisioning';
    resource.message = 'Resource is being deprovisioned.';
    this.world.schedule(() => this.items.delete(uuid));
  }

  #plan(app: AddonAppRecord, slug: unknown): Json {
    const plan = app.app.plans.find((p) => p.slug === slug);
    if (!plan || plan.available !== true) throw unprocessable(`unknown plan ${JSON.stringify(slug)} for ${app.app.app_slug}`);
    return plan;
  }
}

/** Add-ons: `/v2/add-ons`. */
export const addons = defineModule('addons', (world) => new AddonStore(world), (route) => {
  route('GET', '/v2/add-ons/apps', (_ctx, store) => ok({ apps: store.apps.map((a) => a.app) }));
  route('GET', '/v2/add-ons/apps/{app_slug}/metadata', (ctx, store) => ok({ metadata: store.app(ctx.params.app_slug).metadata }));
  route('GET', '/v2/add-ons/saas', (_ctx, store) => ok({ resources: store.list() }));
  route('POST', '/v2/add-ons/saas', (ctx, store) => ok({ resource: store.create(body(ctx)) }));
  route('GET', '/v2/add-ons/saas/{resource_uuid}', (ctx, store) => ok({ resource: store.get(ctx.params.resource_uuid) }));
  route('PATCH', '/v2/add-ons/saas/{resource_uuid}', (ctx, store) => ok({ resource: store.rename(ctx.params.resource_uuid, body(ctx)) }));
  route('PATCH', '/v2/add-ons/saas/{resource_uuid}/plan', (ctx, store) => ok({ resource: store.changePlan(ctx.params.resource_uuid, body(ctx)) }));
  route('DELETE', '/v2/add-ons/saas/{resource_uuid}', (ctx, store) => {
    store.deprovision(ctx.params.resource_uuid);
    return { status: 200 };
  });
});
