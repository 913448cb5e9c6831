import { Field } from '../lib/fields.js';
import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { checkBoolean, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkSlug, checkText } from '../lib/validate.js';
import { ByoipAddress } from './byoip-address.js';
import { ByoipPrefixValidation } from './byoip-prefix-validation.js';
import { Resource } from './resource.js';

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** An IPv4 prefix in CIDR notation, e.g. `203.0.113.0/24`. */
function checkCidr(field: string, value: unknown): string {
  const match = typeof value === 'string' ? CIDR.exec(value) : null;
  if (!match || match.slice(1, 5).some((part) => Number(part) > 255) || Number(match[5]) > 32) {
    throw new ValidationError(field, `must be an IPv4 prefix in CIDR notation such as "203.0.113.0/24", got ${JSON.stringify(value)}`);
  }
  return value as string;
}

/** What `client.byoipPrefixes.create()` takes. */
export const BYOIP_PREFIX_CREATE = shape('a BYOIP prefix', {
  /** The prefix to bring, in CIDR notation, e.g. `203.0.113.0/24`. */
  prefix: required(checkCidr),
  /** The region to bring it to, e.g. `nyc3`. */
  region: required(checkSlug),
  /** The signature that proves the prefix is yours (signed with the key of its routing records). */
  signature: required((field, value) => checkText(field, value, 4096)),
});

/** What `prefix.update()` takes. */
export const BYOIP_PREFIX_UPDATE = shape('a BYOIP prefix update', {
  /** Whether to advertise the prefix to the internet. */
  advertise: required(checkBoolean),
});

/** Attributes of `client.byoipPrefixes.create()`. */
export type ByoipPrefixCreateAttributes = AttributesOf<typeof BYOIP_PREFIX_CREATE>;
/** Attributes of `prefix.update()` and `client.byoipPrefixes.update()`. */
export type ByoipPrefixUpdateAttributes = AttributesOf<typeof BYOIP_PREFIX_UPDATE>;

/**
 * An IP prefix you own, brought to DigitalOcean (bring your own IP). A new prefix is validated
 * (`in_progress`) and then `active`, when it can be advertised and its addresses assigned.
 * @example `const prefix = await client.byoipPrefixes.create({ prefix: '203.0.113.0/24', region: 'nyc3', signature }).then((p) => p.waitUntilActive());`
 */
export class ByoipPrefix extends Resource {
  /** The prefix's id (a UUID). */
  @Field() uuid!: string;
  /** The name. */
  @Field() name?: string;
  /** The prefix in CIDR notation. */
  @Field() prefix?: string;
  /** Where it is in its life, e.g. `in_progress`, `active`, `failed`. */
  @Field() status!: string;
  /** The region slug. */
  @Field() region!: string;
  /** The checks run on it. */
  @Field({ type: () => ByoipPrefixValidation }) validations?: ByoipPrefixValidation[];
  /** Why it failed, when it did. */
  @Field() failureReason?: string;
  /** Whether it is locked. */
  @Field() locked?: boolean;
  /** Whether it is advertised to the internet. */
  @Field() advertised?: boolean;
  /** The project it belongs to. */
  @Field() projectId?: string;

  protected get resourcePath(): string {
    return path`byoip_prefixes/${this.uuid}`;
  }

  protected get resourceKey(): string {
    return 'byoip_prefix';
  }

  /** Starts or stops advertising the prefix (`PATCH /v2/byoip_prefixes/{uuid}`) and updates it in place. */
  async update(attrs: ByoipPrefixUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PATCH', BYOIP_PREFIX_UPDATE.wire('attrs', attrs), options);
  }

  /** The prefix's addresses assigned to resources (`GET /v2/byoip_prefixes/{uuid}/ips`). */
  ips(options?: ListOptions): Paginator<ByoipAddress> {
    return paginate(this.connection, ByoipAddress, `${this.resourcePath}/ips`, 'ips', {}, options);
  }

  /**
   * Polls until the prefix is `active` (`GET /v2/byoip_prefixes/{uuid}`) and resolves to it,
   * reloaded in place.
   * @throws ResourceFailedError when its validation `failed` (`error.resource.failureReason` says why).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilActive(options?: WaitOptions<ByoipPrefix>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'active', failed: ['failed'] }, options);
  }
}
