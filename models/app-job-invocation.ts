import type { JobInvocationLogsOptions } from '../lib/app-options.js';
import type { Connection, RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { AppLogs } from './app-logs.js';
import { Model } from './model.js';

/** Where a job invocation is. */
export type JobInvocationPhase = 'UNKNOWN' | 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELED' | 'SKIPPED';

/** One run of one of an app's jobs, from `app.jobInvocations()`. */
export class AppJobInvocation extends Model {
  /** The invocation's id. */
  @Field() id!: string;
  /** The job that ran. */
  @Field() jobName!: string;
  /** The deployment it ran in. */
  @Field() deploymentId?: string;
  /** `PENDING`, `RUNNING`, `SUCCEEDED`, `FAILED`, `CANCELED` or `SKIPPED`. */
  @Field() phase!: JobInvocationPhase;
  /** What started it: `{ type: 'MANUAL' | 'SCHEDULE', scheduled?, manual? }`. */
  @Field({ json: true }) trigger?: Record<string, unknown>;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt?: Date;
  /** When it started. */
  @Field({ type: () => Date }) startedAt?: Date;
  /** When it completed. */
  @Field({ type: () => Date }) completedAt?: Date;
  /** The app it belongs to (not part of the API's body). */
  appId!: string;

  /** Reloads it in place (`GET /v2/apps/{app_id}/job-invocations/{job_invocation_id}`). */
  async reload(options?: RequestOptions): Promise<this> {
    return this.replaceWith((await AppJobInvocation.load(this.connection, 'GET', this.#path, this.appId, this.jobName, options)) as this);
  }

  /** Cancels it (`POST /v2/apps/{app_id}/job-invocations/{job_invocation_id}/cancel`) and updates it in place. */
  async cancel(options?: RequestOptions): Promise<this> {
    return this.replaceWith((await AppJobInvocation.load(this.connection, 'POST', `${this.#path}/cancel`, this.appId, this.jobName, options)) as this);
  }

  /** Where to read its logs (`GET /v2/apps/{app_id}/jobs/{job_name}/invocations/{job_invocation_id}/logs`). */
  async logs(options: JobInvocationLogsOptions = {}): Promise<AppLogs> {
    if (options.tailLines !== undefined && !(Number.isInteger(options.tailLines) && options.tailLines > 0)) {
      throw new ValidationError('options.tailLines', `must be a whole number > 0, got ${String(options.tailLines)}`);
    }
    const query = { type: 'JOB_INVOCATION', deployment_id: this.deploymentId, follow: options.follow, pod_connection_timeout: options.podConnectionTimeout, tail_lines: options.tailLines };
    const body = await this.connection.request<object>('GET', path`apps/${this.appId}/jobs/${this.jobName}/invocations/${this.id}/logs`, { query, signal: options.signal });
    return this.connection.hydrate(AppLogs, body);
  }

  get #path(): string {
    return path`apps/${this.appId}/job-invocations/${this.id}`;
  }

  /** Sends a request answering an invocation (unwrapped) and resolves to it, belonging to `appId`. @internal */
  static async load(connection: Connection, method: string, at: string, appId: string, jobName: string | undefined, options?: RequestOptions): Promise<AppJobInvocation> {
    const body = await connection.request<object>(method, at, { query: { job_name: jobName }, signal: options?.signal });
    return Object.assign(connection.hydrate(AppJobInvocation, body), { appId });
  }
}
