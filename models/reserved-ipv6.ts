import { Field } from '../lib/fields.js';
import type { RequestOptions } from '../lib/connection.js';
import { Action } from './action.js';
import { Droplet } from './droplet.js';
import { Resource } from './resource.js';
import { checkDropletRef, type DropletRef } from '../lib/validate.js';

/**
 * A reserved IPv6 address.
 * @example `const ip = await client.reservedIpv6s.create({ regionSlug: 'nyc3' }); await ip.assign(droplet);`
 */
export class ReservedIpv6 extends Resource {
  /** The address. */
  @Field() ip!: string;
  /** When it was reserved. */
  @Field({ type: () => Date }) reservedAt!: Date;
  /** Its region's slug. */
  @Field() regionSlug!: string;
  /** The droplet it is assigned to, or `null`. */
  @Field({ type: () => Droplet }) droplet!: Droplet | null;

  protected get resourcePath(): string {
    return `reserved_ipv6/${this.ip}`;
  }

  protected get resourceKey(): string {
    return 'reserved_ipv6';
  }

  /** Points the address at a droplet (type `assign`). */
  async assign(droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.act({ type: 'assign', droplet_id: checkDropletRef('droplet', droplet) }, options);
  }

  /** Takes the address off its droplet (type `unassign`). */
  async unassign(options?: RequestOptions): Promise<Action> {
    return this.act({ type: 'unassign' }, options);
  }

}
