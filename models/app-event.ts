import { logsRequest, type AppLogsOptions } from '../lib/app-options.js';
import type { Connection, RequestOptions } from '../lib/connection.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { AppLogs } from './app-logs.js';
import { Deployment } from './deployment.js';
import { Model } from './model.js';

/** What an event is about. */
export type AppEventType = 'UNKNOWN' | 'DEPLOYMENT' | 'AUTOSCALING';

/** Something that happened to an app: a deployment, an autoscaling, from `app.events()`. */
export class AppEvent extends Model {
  /** The event's id. */
  @Field() id!: string;
  /** `DEPLOYMENT` or `AUTOSCALING`. */
  @Field() type!: AppEventType;
  /** When it happened. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** The deployment's id, for deployment events. */
  @Field() deploymentId?: string;
  /** The deployment, for deployment events. */
  @Field({ type: () => Deployment }) deployment?: Deployment;
  /** The autoscaling, for autoscaling events: `{ phase, components: { [name]: { from, to, triggering_metric } } }`. */
  @Field({ json: true }) autoscaling?: Record<string, unknown>;
  /** The app it belongs to (not part of the API's body). */
  appId!: string;

  /** Reloads it in place (`GET /v2/apps/{app_id}/events/{event_id}`). */
  async reload(options?: RequestOptions): Promise<this> {
    return this.replaceWith((await AppEvent.load(this.connection, 'GET', this.#path, this.appId, options)) as this);
  }

  /** Cancels it (`POST /v2/apps/{app_id}/events/{event_id}/cancel`) and updates it in place. */
  async cancel(options?: RequestOptions): Promise<this> {
    return this.replaceWith((await AppEvent.load(this.connection, 'POST', `${this.#path}/cancel`, this.appId, options)) as this);
  }

  /** Where to read its logs (`GET /v2/apps/{app_id}/events/{event_id}/logs`); `type` is `AUTOSCALE_EVENT` for autoscalings. */
  async logs(options: Omit<AppLogsOptions, 'component'>): Promise<AppLogs> {
    const { path: at, query } = logsRequest(this.#path, { ...options, component: undefined });
    return this.connection.hydrate(AppLogs, await this.connection.request<object>('GET', at, { query, signal: options.signal }));
  }

  get #path(): string {
    return path`apps/${this.appId}/events/${this.id}`;
  }

  /** Sends a request answering `{ event }` and resolves to it, belonging to `appId`. @internal */
  static async load(connection: Connection, method: string, at: string, appId: string, options?: RequestOptions): Promise<AppEvent> {
    const event = await connection.one(AppEvent, method, at, 'event', { signal: options?.signal });
    if (event.deployment) event.deployment.appId = appId;
    return Object.assign(event, { appId });
  }
}
