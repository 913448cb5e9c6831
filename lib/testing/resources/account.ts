import { defineModule, ok } from '../module.js';
import { timestamp, type World } from '../world.js';
import { droplets } from './droplets.js';

/** The account as `GET /v2/account` answers it. */
export interface AccountJson {
  droplet_limit: number;
  floating_ip_limit: number;
  email: string;
  name: string;
  uuid: string;
  email_verified: boolean;
  status: 'active' | 'warning' | 'locked';
  status_message: string;
  team: { uuid: string; name: string };
}

/** The balance as `GET /v2/customers/my/balance` answers it. */
export interface BalanceJson {
  month_to_date_balance: string;
  account_balance: string;
  month_to_date_usage: string;
  generated_at: string;
}

/** The simulated account; its `droplet_limit` is the world's. */
export const ACCOUNT: Omit<AccountJson, 'droplet_limit'> = {
  floating_ip_limit: 5,
  email: 'sammy@example.com',
  name: 'Sammy the Shark',
  uuid: 'b6fr89dbf6d9156cace5f3c78dc9851d957381ef',
  email_verified: true,
  status: 'active',
  status_message: '',
  team: { uuid: '5df3e3004a17e242b7c20ca6c9fc25b701a47ece', name: 'My Team' },
};

/** The account and what its droplets have cost so far. */
export class AccountState {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
  }

  /** The account as `GET /v2/account` answers it. */
  account(): AccountJson {
    return { droplet_limit: this.#world.dropletLimit, ...structuredClone(ACCOUNT) };
  }

  /** The usage is each droplet's hourly price for every hour, started, since it was made. */
  balance(): BalanceJson {
    const now = this.#world.now();
    const hours = (created: string) => Math.max(1, Math.ceil((now - Date.parse(created)) / 3_600_000));
    const usage = this.#world.state(droplets).list().reduce((sum, d) => sum + d.size.price_hourly * hours(d.created_at), 0);
    return { month_to_date_balance: usage.toFixed(2), account_balance: '0.00', month_to_date_usage: usage.toFixed(2), generated_at: timestamp(now) };
  }
}

/** The account and its balance: `/v2/account`, `/v2/customers/my/balance`. */
export const account = defineModule('account', (world) => new AccountState(world), (route) => {
  route('GET', '/v2/account', (_ctx, state) => ok({ account: state.account() }));
  route('GET', '/v2/customers/my/balance', (_ctx, state) => ok(state.balance()));
});
