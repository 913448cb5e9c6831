import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { ListOptions, Paginator } from '../lib/paginator.js';
import type { RequestOptions } from '../lib/connection.js';
import type { Action } from './action.js';
import { Region } from './region.js';
import { ReservedAddress } from './reserved-address.js';

/**
 * A reserved IPv4 address: a static address that can move between droplets of its region.
 * @example `const ip = await client.reservedIps.create({ region: 'nyc3' }); await ip.assign(droplet).then((a) => a.wait());`
 */
export class ReservedIp extends ReservedAddress {
  /** Its region. */
  @Field({ type: () => Region }) region!: Region;
  /** Whether an action in progress locks it. */
  @Field() locked!: boolean;
  /** The project it belongs to. */
  @Field() projectId!: string;

  /** The address's uniform resource name, `do:floatingip:{ip}`, as projects take it. */
  get urn(): string {
    return `do:floatingip:${this.ip}`;
  }

  /** The collection path: `reserved_ips`. @internal */
  protected get basePath(): string {
    return 'reserved_ips';
  }

  protected get resourcePath(): string {
    return this.basePath + path`/${this.ip}`;
  }

  protected get resourceKey(): string {
    return 'reserved_ip';
  }

  /** Actions on the address. */
  actions(options?: ListOptions): Paginator<Action> {
    return this.listActions(options);
  }

  /** One action on the address. */
  async getAction(actionId: number, options?: RequestOptions): Promise<Action> {
    return this.findAction(actionId, options);
  }
}
