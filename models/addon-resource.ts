import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkId, checkSlug, checkText, checkUuid } from '../lib/validate.js';
import { Resource } from './resource.js';

/** Where an add-on resource is in its life. */
export type AddonResourceState = 'pending' | 'provisioning' | 'provisioned' | 'deprovisioning' | 'deprovisioned' | 'provisioning-failed' | 'deprovisioning-failed' | 'suspended';

/** One setting of an add-on resource. */
export const ADDON_METADATA = shape('an add-on setting', {
  /** The setting's name, from `client.addons.appMetadata(appSlug)`. */
  name: required(checkText),
  /** Its value: a string or a boolean. */
  value: required((field, value) => {
    if (typeof value !== 'string' && typeof value !== 'boolean') throw new ValidationError(field, 'must be a string or a boolean');
    return value;
  }),
});

/** What `client.addons.create()` takes. */
export const ADDON_CREATE = shape('an add-on resource', {
  /** The add-on app, from `client.addons.apps()`. */
  appSlug: required(checkSlug),
  /** The plan, from the app's `plans`. */
  planSlug: required(checkSlug),
  /** The resource's name. */
  name: required(checkText),
  /** The settings the app asks for (`client.addons.appMetadata(appSlug)`); `[]` when it asks for none. */
  metadata: required(arrayOf((field, value) => ADDON_METADATA.wire(field, value))),
  /** A droplet to link it to. */
  linkedDropletId: optional(checkId),
  /** A fleet to put it in. */
  fleetUuid: optional(checkUuid),
});

/** Attributes of `client.addons.create()`. */
export type AddonCreateAttributes = AttributesOf<typeof ADDON_CREATE>;

/**
 * A SaaS add-on resource: an instance of an add-on app on one of its plans.
 * @example
 * ```ts
 * const resource = await client.addons.create({ appSlug: 'mailer', planSlug: 'starter', name: 'mail', metadata: [] });
 * await resource.waitUntilProvisioned();
 * await resource.changePlan('growth');
 * ```
 */
export class AddonResource extends Resource {
  /** The resource's UUID. */
  @Field() uuid!: string;
  /** Its name. */
  @Field() name!: string;
  /** `pending`, `provisioning`, `provisioned`, `deprovisioning`, ... */
  @Field() state!: AddonResourceState;
  /** The add-on app's slug. */
  @Field() appSlug!: string;
  /** The add-on app's name. */
  @Field() appName?: string;
  /** The plan's slug. */
  @Field() planSlug!: string;
  /** The plan's name. */
  @Field() planName?: string;
  /** The plan's price, US dollars a month. */
  @Field() planPricePerMonth?: number;
  /** Whether the add-on gave it configuration (connection settings) to read. */
  @Field() hasConfig!: boolean;
  /** Its settings. */
  @Field({ json: true }) metadata?: Array<{
    /** The setting's name. */
    name: string;
    /** Its value, a string or a boolean. */
    value: unknown;
  }>;
  /** The single sign-on URL of the add-on's dashboard. */
  @Field() ssoUrl?: string;
  /** The add-on's last word on it. */
  @Field() message?: string;

  /** The resource's UUID. */
  get id(): string {
    return this.uuid;
  }

  protected get resourcePath(): string {
    return path`add-ons/saas/${this.uuid}`;
  }

  protected get resourceKey(): string {
    return 'resource';
  }

  /** Renames the resource (`PATCH /v2/add-ons/saas/{resource_uuid}`); updates it in place. */
  async rename(name: string, options?: RequestOptions): Promise<this> {
    return this.save('PATCH', { name: checkText('name', name) }, options);
  }

  /** Moves the resource to another plan of its app (`PATCH /v2/add-ons/saas/{resource_uuid}/plan`); updates it in place. */
  async changePlan(planSlug: string, options?: RequestOptions): Promise<this> {
    return this.saveAt('PATCH', 'plan', { plan_slug: checkSlug('planSlug', planSlug) }, options);
  }

  /**
   * Polls until the resource is `provisioned` and resolves to it (reloaded in place).
   * @throws ResourceFailedError when it ends `provisioning-failed` (`error.resource` is the resource).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilProvisioned(options?: WaitOptions<this>): Promise<this> {
    return this.waitForState({ field: 'state', wanted: 'provisioned', failed: ['provisioning-failed'] }, options);
  }
}
