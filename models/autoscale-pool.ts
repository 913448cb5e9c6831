import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { arrayOf, checkBoolean, objectOf, oneOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkAttrs, checkDropletName, checkInt, checkSlug, checkTag, checkText, checkUuid } from '../lib/validate.js';
import { AutoscalePoolConfig } from './autoscale-pool-config.js';
import { AutoscalePoolDropletTemplate } from './autoscale-pool-droplet-template.js';
import { AutoscalePoolHistoryEvent } from './autoscale-pool-history-event.js';
import { AutoscalePoolMember } from './autoscale-pool-member.js';
import { AutoscaleUtilization } from './autoscale-utilization.js';
import { Resource } from './resource.js';
import { AutoscalePoolMetrics } from '../lib/metrics.js';

/** The regions autoscale pools run in. */
export const AUTOSCALE_REGIONS = ['nyc1', 'nyc2', 'nyc3', 'ams2', 'ams3', 'sfo1', 'sfo2', 'sfo3', 'sgp1', 'lon1', 'fra1', 'tor1', 'blr1', 'syd1'] as const;
/** A region autoscale pools run in. */
export type AutoscaleRegion = (typeof AUTOSCALE_REGIONS)[number];
/** A pool's status: `active`, `deleting` or `error`. */
export type AutoscalePoolStatus = 'active' | 'deleting' | 'error';

const count = (min: number, max: number): Check<number> => (field, value) => checkInt(field, value, min, max);
const fraction: Check<number> = (field, value) => {
  if (typeof value !== 'number' || !(value >= 0.05 && value <= 1)) throw new ValidationError(field, `must be a fraction from 0.05 to 1, got ${String(value)}`);
  return value;
};

/** A pool of a fixed size. */
export const AUTOSCALE_STATIC_CONFIG = shape('a static autoscale config', {
  /** How many droplets the pool keeps (1 to 1,000). */
  targetNumberInstances: required(count(1, 1000)),
});

/** A pool that scales between two sizes to keep CPU or memory use near a target. */
export const AUTOSCALE_DYNAMIC_CONFIG = shape('a dynamic autoscale config', {
  /** The fewest droplets (1 to 500). */
  minInstances: required(count(1, 500)),
  /** The most droplets (1 to 1,000), at least `minInstances`. */
  maxInstances: required(count(1, 1000)),
  /** The CPU use to keep, from 0.05 to 1. */
  targetCpuUtilization: optional(fraction),
  /** The memory use to keep, from 0.05 to 1. */
  targetMemoryUtilization: optional(fraction),
  /** Minutes to wait after scaling before scaling again (5 to 20). */
  cooldownMinutes: optional(count(5, 20)),
});

/** A pool's sizing: static (`targetNumberInstances`) or dynamic (`minInstances`, `maxInstances`, targets). */
export type AutoscaleConfigAttributes = AttributesOf<typeof AUTOSCALE_STATIC_CONFIG> | AttributesOf<typeof AUTOSCALE_DYNAMIC_CONFIG>;

/** Picks the static or the dynamic config by its attributes; a dynamic one needs `minInstances <= maxInstances`. */
const checkConfig: Check<AutoscaleConfigAttributes> = (field, value) => {
  if ('targetNumberInstances' in checkAttrs(field, value)) return AUTOSCALE_STATIC_CONFIG.wire(field, value) as AutoscaleConfigAttributes;
  const wire = AUTOSCALE_DYNAMIC_CONFIG.wire(field, value);
  if ((wire.min_instances as number) > (wire.max_instances as number)) throw new ValidationError(`${field}.maxInstances`, 'must be at least minInstances');
  return wire as AutoscaleConfigAttributes;
};

/** The droplet each member is created from. */
export const AUTOSCALE_DROPLET_TEMPLATE = shape('an autoscale droplet template', {
  /** The members' name prefix (a host name). */
  name: optional(checkDropletName),
  /** The region, one of {@link AUTOSCALE_REGIONS}. */
  region: required(oneOf(AUTOSCALE_REGIONS)),
  /** The size slug, e.g. `s-1vcpu-1gb`. */
  size: required(checkSlug),
  /** The image slug or id, e.g. `ubuntu-24-04-x64`. */
  image: required(checkSlug),
  /** SSH key ids or fingerprints to install (may be empty). */
  sshKeys: required(arrayOf(checkText)),
  /** Tags every member carries. */
  tags: optional(arrayOf(checkTag)),
  /** The VPC to join. */
  vpcUuid: optional(checkUuid),
  /** Whether to install the droplet agent. */
  withDropletAgent: optional(checkBoolean),
  /** The project to assign members to. */
  projectId: optional(checkUuid),
  /** Whether members get IPv6. */
  ipv6: optional(checkBoolean),
  /** Cloud-init user data (up to 64 KiB). */
  userData: optional((field, value) => checkText(field, value, 65_536)),
  /** Whether members get public addresses; default true. */
  publicNetworking: optional(checkBoolean),
});

/** What `client.autoscalePools.create()` takes, and what `pool.update()` replaces the pool with (a full representation). */
export const AUTOSCALE_POOL_CREATE = shape('an autoscale pool', {
  /** The pool's name. */
  name: required(checkText),
  /** How the pool sizes itself. */
  config: required(checkConfig),
  /** The droplet each member is created from. */
  dropletTemplate: required(objectOf(AUTOSCALE_DROPLET_TEMPLATE)),
});

/** Attributes of `client.autoscalePools.create()` and of `pool.update()` (the whole pool: `PUT` replaces it). */
export type AutoscalePoolAttributes = AttributesOf<typeof AUTOSCALE_POOL_CREATE>;

/**
 * A pool of droplets that DigitalOcean keeps at a size: fixed, or between a minimum and a maximum
 * following CPU or memory use. Members are created from the pool's droplet template.
 * @example `const pool = await client.autoscalePools.create({ name: 'web', config: { targetNumberInstances: 2 }, dropletTemplate: { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', sshKeys: [] } });`
 */
export class AutoscalePool extends Resource {
  /** The pool's id (a UUID). */
  @Field() id!: string;
  /** The name. */
  @Field() name!: string;
  /** How it sizes itself. */
  @Field({ type: () => AutoscalePoolConfig }) config!: AutoscalePoolConfig;
  /** The droplet each member is created from. */
  @Field({ type: () => AutoscalePoolDropletTemplate }) dropletTemplate!: AutoscalePoolDropletTemplate;
  /** How busy the pool is on average. */
  @Field({ type: () => AutoscaleUtilization }) currentUtilization?: AutoscaleUtilization;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
  /** `active`, `deleting` or `error`. */
  @Field() status!: AutoscalePoolStatus;
  /** How many droplets it has now. */
  @Field() activeResourcesCount!: number;

  protected get resourcePath(): string {
    return path`droplets/autoscale/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'autoscale_pool';
  }

  /** The pool's monitoring metrics (instances, CPU and memory use), as typed series. */
  get metrics(): AutoscalePoolMetrics {
    return new AutoscalePoolMetrics(this.connection, 'droplet_autoscale', { autoscale_pool_id: checkUuid('pool.id', this.id) });
  }

  /** How many droplets the config asks for now: the static target, or a dynamic pool's minimum. */
  get desiredCount(): number {
    return this.config.targetNumberInstances ?? this.config.minInstances ?? 0;
  }

  /**
   * Replaces the pool's name, config and droplet template (`PUT /v2/droplets/autoscale/{id}`; the
   * API takes the whole pool) and updates it in place; a new size starts a scaling event.
   */
  async update(attrs: AutoscalePoolAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', AUTOSCALE_POOL_CREATE.wire('attrs', attrs), options);
  }

  /** The pool's droplets (`GET /v2/droplets/autoscale/{id}/members`). */
  members(options?: ListOptions): Paginator<AutoscalePoolMember> {
    return paginate(this.connection, AutoscalePoolMember, `${this.resourcePath}/members`, 'droplets', {}, options);
  }

  /** The pool's scaling events, oldest first (`GET /v2/droplets/autoscale/{id}/history`). */
  history(options?: ListOptions): Paginator<AutoscalePoolHistoryEvent> {
    return paginate(this.connection, AutoscalePoolHistoryEvent, `${this.resourcePath}/history`, 'history', {}, options);
  }

  /**
   * Deletes the pool and every one of its droplets (`DELETE /v2/droplets/autoscale/{id}/dangerous`
   * with `X-Dangerous: true`). `destroy()` deletes the pool and leaves its droplets.
   */
  async destroyWithDroplets(options?: RequestOptions): Promise<void> {
    await this.callAt('DELETE', 'dangerous', { signal: options?.signal, headers: { 'x-dangerous': 'true' } });
  }
}
