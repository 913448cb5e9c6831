import { Account } from '../../models/account.js';
import type { Balance } from '../../models/balance.js';
import type { RequestOptions } from '../connection.js';
import { BillingCollection } from './billing.js';
import { Collection } from './collection.js';

/**
 * `client.account`: the account behind the token and its balance.
 * @example `const { email } = await client.account.get(); const { monthToDateUsage } = await client.account.balance();`
 */
export class AccountCollection extends Collection {
  /** The account (`GET /v2/account`). */
  async get(options?: RequestOptions): Promise<Account> {
    return this.load(Account, 'account', 'account', options);
  }

  /** The balance (`GET /v2/customers/my/balance`); the same as `client.billing.balance()`. */
  async balance(options?: RequestOptions): Promise<Balance> {
    return new BillingCollection(this.connection).balance(options);
  }
}
