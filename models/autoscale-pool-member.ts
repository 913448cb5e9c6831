import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { RequestOptions } from '../lib/connection.js';
import { AutoscaleUtilization } from './autoscale-utilization.js';
import { Droplet } from './droplet.js';
import { Model } from './model.js';

/** A member's health: `healthy` or `unhealthy`. */
export type AutoscalePoolMemberHealth = 'healthy' | 'unhealthy';
/** A member's status: `provisioning`, `active`, `deleting` or `off`. */
export type AutoscalePoolMemberStatus = 'provisioning' | 'active' | 'deleting' | 'off';

/** One droplet of an autoscale pool, as the pool sees it. */
export class AutoscalePoolMember extends Model {
  /** The droplet's id. */
  @Field() dropletId!: number;
  /** When it joined the pool. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
  /** Whether it passes its health checks. */
  @Field() healthStatus!: AutoscalePoolMemberHealth;
  /** Why it is unhealthy, when it is. */
  @Field() unhealthyReason?: string;
  /** Where it is in its life. */
  @Field() status!: AutoscalePoolMemberStatus;
  /** How busy it is. */
  @Field({ type: () => AutoscaleUtilization }) currentUtilization!: AutoscaleUtilization;

  /** Loads the member's droplet (`GET /v2/droplets/{droplet_id}`). */
  async droplet(options?: RequestOptions): Promise<Droplet> {
    return this.connection.one(Droplet, 'GET', path`droplets/${this.dropletId}`, 'droplet', options);
  }
}
