import { Account, Balance, Team } from '../../../../lib/index.js';
import { itSends, loaded, one } from '../../../operations.js';

describe('AccountCollection, Account and Balance', () => {
  itSends([
    { name: 'client.account.get()', call: (c) => c.account.get(), method: 'GET', path: '/v2/account', status: 200, reply: 'account/get', result: (v) => {
      one(Account, 'account/get', 'account')(v);
      expect((v as Account).team).toBeInstanceOf(Team);
    } },
    { name: 'account.reload()', call: (c) => loaded(c, Account, 'account/get', 'account').reload(), method: 'GET', path: '/v2/account', status: 200, reply: 'account/get', result: one(Account, 'account/get', 'account') },
    { name: 'client.account.balance()', call: (c) => c.account.balance(), method: 'GET', path: '/v2/customers/my/balance', status: 200, reply: 'account/balance', result: (v) => {
      expect(v).toBeInstanceOf(Balance);
      expect(JSON.parse(JSON.stringify(v))).toEqual({ month_to_date_balance: '23.44', account_balance: '12.23', month_to_date_usage: '11.21', generated_at: '2025-03-20T05:06:00Z' });
      expect((v as Balance).generatedAt).toEqual(new Date('2025-03-20T05:06:00Z'));
    } },
  ]);
});
