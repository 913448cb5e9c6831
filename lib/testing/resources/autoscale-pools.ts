import { randomUUID } from 'node:crypto';
import { accepted, body, defineModule, ok, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { Refusal, unprocessable, type World } from '../world.js';
import { droplets, type DropletJson } from './droplets.js';
import { images } from './images.js';

/** A pool's sizing as the API writes it. */
export interface AutoscaleConfigJson {
  target_number_instances?: number;
  min_instances?: number;
  max_instances?: number;
  target_cpu_utilization?: number;
  target_memory_utilization?: number;
  cooldown_minutes?: number;
}

/** An autoscale pool as the API answers it. */
export interface AutoscalePoolJson {
  [key: string]: unknown;
  id: string;
  name: string;
  config: AutoscaleConfigJson;
  droplet_template: Record<string, unknown> & { region: string; size: string; image: string; ssh_keys: string[]; name?: string; tags?: string[] };
  current_utilization: { memory: number; cpu: number };
  created_at: string;
  updated_at: string;
  status: 'active' | 'deleting' | 'error';
  active_resources_count: number;
}

/** One scaling event. */
export interface AutoscaleEventJson {
  history_event_id: string;
  current_instance_count: number;
  desired_instance_count: number;
  reason: 'CONFIGURATION_CHANGE' | 'SCALE_UP' | 'SCALE_DOWN';
  status: 'in_progress' | 'success' | 'error';
  created_at: string;
  updated_at: string;
}

const REGIONS = ['nyc1', 'nyc2', 'nyc3', 'ams2', 'ams3', 'sfo1', 'sfo2', 'sfo3', 'sgp1', 'lon1', 'fra1', 'tor1', 'blr1', 'syd1'];

/** The tag that marks a droplet as a member of pool `id`. */
export const poolTag = (id: string): string => `autoscale-pool:${id}`;

/**
 * Droplet autoscale pools. Each pool keeps as many droplets as its config asks for (a static
 * target, or a dynamic pool's minimum: the simulator has no load to scale up for), creating them
 * from its template through the world and tagging them as its members; a member deleted from
 * outside is replaced. Every change of size is a history event, `in_progress` until the new
 * droplets' creation completes.
 */
export class AutoscalePoolStore extends Store<AutoscalePoolJson, string> {
  readonly #history = new Map<string, AutoscaleEventJson[]>();
  #nextMember = 1;

  constructor(world: World) {
    super(world);
    world.on('dropletDeleted', () => this.#replace());
  }

  /** The pool's JSON with its live member count. */
  view(pool: AutoscalePoolJson): AutoscalePoolJson {
    pool.active_resources_count = this.members(pool).length;
    return pool;
  }

  /** The pool with this id; a 404 when there is none. */
  find(id: string): AutoscalePoolJson {
    return this.get(id);
  }

  /** Pools, filtered by exact name when the listing asks. */
  filtered(name: string | null): AutoscalePoolJson[] {
    return this.list().filter((p) => name === null || p.name === name).map((p) => this.view(p));
  }

  /** The droplets of a pool, oldest first. */
  members(pool: AutoscalePoolJson): DropletJson[] {
    return this.world.state(droplets).list(poolTag(pool.id));
  }

  /** The members as the members listing writes them. */
  memberViews(pool: AutoscalePoolJson): Record<string, unknown>[] {
    return this.members(pool).map((d) => ({
      droplet_id: d.id,
      created_at: d.created_at,
      updated_at: d.created_at,
      health_status: d.status === 'active' ? 'healthy' : 'unhealthy',
      ...(d.status === 'active' ? {} : { unhealthy_reason: d.status === 'new' ? 'droplet is provisioning' : 'droplet is powered off' }),
      status: pool.status === 'deleting' ? 'deleting' : d.status === 'new' ? 'provisioning' : d.status === 'off' ? 'off' : 'active',
      current_utilization: { memory: d.status === 'active' ? 0.12 : 0, cpu: d.status === 'active' ? 0.05 : 0 },
    }));
  }

  history(pool: AutoscalePoolJson): AutoscaleEventJson[] {
    return this.#history.get(pool.id) ?? [];
  }

  /** Creates a pool and its first droplets. */
  create(attrs: Record<string, unknown>): AutoscalePoolJson {
    const { name, config, template } = this.#check(attrs);
    const now = this.now();
    const pool: AutoscalePoolJson = {
      id: randomUUID(),
      name,
      config,
      droplet_template: template,
      current_utilization: { memory: 0, cpu: 0 },
      created_at: now,
      updated_at: now,
      status: 'active',
      active_resources_count: 0,
    };
    this.#scale(pool, 'CONFIGURATION_CHANGE');
    this.put(pool.id, pool);
    return this.view(pool);
  }

  /** Replaces a pool's name, config and template, and scales it to the new config. */
  update(id: string, attrs: Record<string, unknown>): AutoscalePoolJson {
    const pool = this.find(id);
    if (pool.status === 'deleting') throw unprocessable('The autoscale pool is being deleted.');
    const { name, config, template } = this.#check(attrs);
    Object.assign(pool, { name, config, droplet_template: template, updated_at: this.now() });
    this.#scale(pool, 'CONFIGURATION_CHANGE');
    return this.view(pool);
  }

  /** Starts deleting a pool; with `dangerous`, its droplets go too. It is gone once the deletion completes. */
  remove(id: string, dangerous: boolean): void {
    const pool = this.find(id);
    pool.status = 'deleting';
    if (dangerous) for (const droplet of this.members(pool)) this.world.state(droplets).remove(droplet.id);
    this.world.schedule(() => {
      this.items.delete(pool.id);
      this.#history.delete(pool.id);
    });
  }

  #desired(pool: AutoscalePoolJson): number {
    return pool.config.target_number_instances ?? pool.config.min_instances ?? 0;
  }

  /** Brings a pool to its desired size, recording the event. */
  #scale(pool: AutoscalePoolJson, reason: AutoscaleEventJson['reason']): void {
    const members = this.members(pool);
    const desired = this.#desired(pool);
    if (members.length === desired && reason !== 'CONFIGURATION_CHANGE') return;
    const now = this.now();
    const event: AutoscaleEventJson = {
      history_event_id: randomUUID(),
      current_instance_count: members.length,
      desired_instance_count: desired,
      reason: reason === 'CONFIGURATION_CHANGE' || desired === members.length ? reason : desired > members.length ? 'SCALE_UP' : 'SCALE_DOWN',
      status: 'in_progress',
      created_at: now,
      updated_at: now,
    };
    if (desired > members.length) {
      const template = pool.droplet_template;
      const prefix = template.name ?? 'autoscale';
      const names = Array.from({ length: desired - members.length }, () => `${prefix}-${(this.#nextMember++).toString(16).padStart(6, '0')}`);
      this.world.state(droplets).create(names, { ...template, tags: [...(template.tags ?? []), poolTag(pool.id)] });
    } else {
      for (const droplet of members.slice(desired)) this.world.state(droplets).remove(droplet.id);
    }
    const events = this.#history.get(pool.id) ?? [];
    events.push(event);
    this.#history.set(pool.id, events);
    this.world.schedule(() => {
      event.status = 'success';
      event.updated_at = this.now();
    });
  }

  /** A member deleted from outside the pool is replaced: every active pool left short scales back up. */
  #replace(): void {
    for (const pool of this.items.values()) {
      if (pool.status === 'active' && this.members(pool).length < this.#desired(pool)) this.#scale(pool, 'SCALE_UP');
    }
  }

  #check(attrs: Record<string, unknown>): { name: string; config: AutoscaleConfigJson; template: AutoscalePoolJson['droplet_template'] } {
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('name is required');
    const config = attrs.config as AutoscaleConfigJson | undefined;
    if (!config || typeof config !== 'object') throw unprocessable('config is required');
    const ok = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
    if (config.target_number_instances !== undefined) {
      if (!ok(config.target_number_instances, 1, 1000)) throw unprocessable('target_number_instances must be between 1 and 1000');
    } else if (!ok(config.min_instances, 1, 500) || !ok(config.max_instances, 1, 1000) || config.min_instances! > config.max_instances!) {
      throw unprocessable('min_instances and max_instances must be given, with min_instances <= max_instances');
    }
    const template = attrs.droplet_template as AutoscalePoolJson['droplet_template'] | undefined;
    if (!template || typeof template !== 'object') throw unprocessable('droplet_template is required');
    if (!REGIONS.includes(template.region)) throw unprocessable('droplet_template.region is invalid');
    if (!this.world.size(template.size)) throw unprocessable('droplet_template.size is invalid');
    if (!this.world.state(images).lookup(template.image)) throw unprocessable('droplet_template.image is invalid');
    if (!Array.isArray(template.ssh_keys)) throw unprocessable('droplet_template.ssh_keys is required');
    return { name: attrs.name, config: { ...config }, template: structuredClone(template) };
  }
}

function dangerous(ctx: RouteContext): boolean {
  if (String(ctx.headers?.['x-dangerous']).toLowerCase() !== 'true') throw new Refusal(412, 'precondition_failed', 'The X-Dangerous header must be true to delete the pool and its droplets.');
  return true;
}

/** Droplet autoscale pools: `/v2/droplets/autoscale`. */
export const autoscalePools = defineModule('autoscale_pools', (world) => new AutoscalePoolStore(world), (route) => {
  route('GET', '/v2/droplets/autoscale', (ctx, pools) => ok(pools.page(ctx, 'autoscale_pools', pools.filtered(ctx.query.get('name')))));
  route('POST', '/v2/droplets/autoscale', (ctx, pools) => accepted({ autoscale_pool: pools.create(body(ctx)) }));
  route('GET', '/v2/droplets/autoscale/{autoscale_pool_id}', (ctx, pools) => ok({ autoscale_pool: pools.view(pools.find(ctx.params.autoscale_pool_id)) }));
  route('PUT', '/v2/droplets/autoscale/{autoscale_pool_id}', (ctx, pools) => ok({ autoscale_pool: pools.update(ctx.params.autoscale_pool_id, body(ctx)) }));
  route('DELETE', '/v2/droplets/autoscale/{autoscale_pool_id}', (ctx, pools) => {
    pools.remove(ctx.params.autoscale_pool_id, false);
    return { status: 202 };
  });
  route('DELETE', '/v2/droplets/autoscale/{autoscale_pool_id}/dangerous', (ctx, pools) => {
    pools.find(ctx.params.autoscale_pool_id);
    pools.remove(ctx.params.autoscale_pool_id, dangerous(ctx));
    return { status: 202 };
  });
  route('GET', '/v2/droplets/autoscale/{autoscale_pool_id}/members', (ctx, pools) => ok(pools.page(ctx, 'droplets', pools.memberViews(pools.find(ctx.params.autoscale_pool_id)))));
  route('GET', '/v2/droplets/autoscale/{autoscale_pool_id}/history', (ctx, pools) => ok(pools.page(ctx, 'history', pools.history(pools.find(ctx.params.autoscale_pool_id)))));
});
