import { Action } from '../../models/action.js';
import { path } from '../path.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkId } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/**
 * `client.actions`: every action on the account, newest first.
 * @example `const action = await client.actions.get(36804636); await action.wait();`
 */
export class ActionsCollection extends Collection {
  /** Every action, newest first (`GET /v2/actions`). */
  list(options?: ListOptions): Paginator<Action> {
    return this.page(Action, 'actions', 'actions', {}, options);
  }

  /**
   * One action (`GET /v2/actions/{id}`).
   * @throws NotFoundError when there is no such action.
   */
  async get(id: number, options?: RequestOptions): Promise<Action> {
    return this.load(Action, path`actions/${checkId('id', id)}`, 'action', options);
  }
}
