import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { ReservedAddress } from './reserved-address.js';

/**
 * A reserved IPv6 address.
 * @example `const ip = await client.reservedIpv6s.create({ regionSlug: 'nyc3' }); await ip.assign(droplet);`
 */
export class ReservedIpv6 extends ReservedAddress {
  /** When it was reserved. */
  @Field({ type: () => Date }) reservedAt!: Date;
  /** Its region's slug. */
  @Field() regionSlug!: string;

  protected get resourcePath(): string {
    return path`reserved_ipv6/${this.ip}`;
  }

  protected get resourceKey(): string {
    return 'reserved_ipv6';
  }
}
