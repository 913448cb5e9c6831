import { Field } from '../lib/fields.js';
import type { RequestOptions } from '../lib/connection.js';
import { Model } from './model.js';
import { Team } from './team.js';

/**
 * The account the token belongs to.
 * @example `const account = await client.account.get(); console.log(account.email, account.dropletLimit);`
 */
export class Account extends Model {
  /** How many droplets the account may have. */
  @Field() dropletLimit!: number;
  /** How many reserved IPs the account may have. */
  @Field() floatingIpLimit!: number;
  /** The account's email address. */
  @Field() email!: string;
  /** The account holder's name. */
  @Field() name?: string;
  /** The account's UUID. */
  @Field() uuid!: string;
  /** Whether the email address is verified. */
  @Field() emailVerified!: boolean;
  /** `active`, `warning` or `locked`. */
  @Field() status!: 'active' | 'warning' | 'locked';
  /** Why the status is not `active`. */
  @Field() statusMessage!: string;
  /** The team the token acts for. */
  @Field({ type: () => Team }) team?: Team;

  /** Reloads the account in place (`GET /v2/account`). */
  async reload(options?: RequestOptions): Promise<this> {
    return this.reloadFrom('account', 'account', options);
  }
}
