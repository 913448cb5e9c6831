import type { RequestOptions } from '../lib/connection.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { checkId } from '../lib/validate.js';
import { Action } from './action.js';
import { Model } from './model.js';

/**
 * Base of every model the API can load, change and delete at a path of its own
 * (`droplets/{id}`, `account/keys/{id}`, ...): `reload()`, `destroy()` and, for subclasses, `save()`.
 */
export abstract class Resource extends Model {
  /** The resource's path below the base URL, e.g. `droplets/3164444`. @internal */
  protected abstract get resourcePath(): string;
  /** The key the API wraps the resource in, e.g. `droplet`. @internal */
  protected abstract get resourceKey(): string;

  /** Reloads this resource in place (`GET` its path) and resolves to it. */
  async reload(options?: RequestOptions): Promise<this> {
    return this.reloadFrom(this.resourcePath, this.resourceKey, options);
  }

  /** Deletes this resource (`DELETE` its path). */
  async destroy(options?: RequestOptions): Promise<void> {
    await this.connection.request('DELETE', this.resourcePath, options);
  }

  /** Sends `json` to this resource's path and updates it in place from the answer. @internal */
  protected async save(method: 'PUT' | 'PATCH', json: unknown, options?: RequestOptions): Promise<this> {
    const fresh = await this.connection.one(this.constructor as new () => this, method, this.resourcePath, this.resourceKey, { json, signal: options?.signal });
    return this.replaceWith(fresh);
  }

  /** A request to `{path}/{sub}` that answers nothing worth keeping (`POST .../droplets`, `DELETE .../cache`). @internal */
  protected async send(method: string, sub: string, json?: unknown, options?: RequestOptions): Promise<void> {
    await this.connection.request(method, `${this.resourcePath}/${sub}`, { json, signal: options?.signal });
  }

  /** Starts an action on this resource (`POST {path}/actions`) and resolves to it. @internal */
  protected async act(json: Record<string, unknown>, options?: RequestOptions): Promise<Action> {
    return this.connection.one(Action, 'POST', `${this.resourcePath}/actions`, 'action', { json, signal: options?.signal });
  }

  /** The actions taken on this resource (`GET {path}/actions`). @internal */
  protected listActions(options?: ListOptions): Paginator<Action> {
    return paginate(this.connection, Action, `${this.resourcePath}/actions`, 'actions', {}, options);
  }

  /** One action taken on this resource (`GET {path}/actions/{actionId}`). @internal */
  protected async findAction(actionId: number, options?: RequestOptions): Promise<Action> {
    return this.connection.one(Action, 'GET', `${this.resourcePath}/actions/${checkId('actionId', actionId)}`, 'action', options);
  }
}
