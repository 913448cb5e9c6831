import { Field } from '../lib/fields.js';
import type { RequestOptions } from '../lib/connection.js';
import { checkDropletRef, type DropletRef } from '../lib/validate.js';
import { Action } from './action.js';
import { Droplet } from './droplet.js';
import { Resource } from './resource.js';

/** Base of the reserved IPv4 and IPv6 addresses: an address that is assigned to a droplet by an action. */
export abstract class ReservedAddress extends Resource {
  /** The address. */
  @Field() ip!: string;
  /** The droplet it is assigned to, or `null`. */
  @Field({ type: () => Droplet }) droplet!: Droplet | null;

  /** Points the address at a droplet (type `assign`). */
  async assign(droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.act({ type: 'assign', droplet_id: checkDropletRef('droplet', droplet) }, options);
  }

  /** Takes the address off its droplet (type `unassign`). */
  async unassign(options?: RequestOptions): Promise<Action> {
    return this.act({ type: 'unassign' }, options);
  }
}
