import { execRequest, logsRequest, type AppExecOptions, type AppLogsOptions } from '../lib/app-options.js';
import type { Connection, RequestOptions } from '../lib/connection.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { ResourceFailedError } from '../lib/resource-failed-error.js';
import { AppLogs } from './app-logs.js';
import { appSpecFromWire, type AppSpec } from './app-spec.js';
import { DeploymentComponent } from './deployment-component.js';
import { DeploymentProgress } from './deployment-progress.js';
import type { DeploymentProgressStep } from './deployment-progress-step.js';
import { Model } from './model.js';

/**
 * Where a deployment is: it goes `PENDING_BUILD`, `BUILDING`, `PENDING_DEPLOY`, `DEPLOYING`, then
 * `ACTIVE` (or `ERROR`, or `CANCELED`); an active one becomes `SUPERSEDED` when a newer one goes live.
 */
export type DeploymentPhase = 'UNKNOWN' | 'PENDING_BUILD' | 'BUILDING' | 'PENDING_DEPLOY' | 'DEPLOYING' | 'ACTIVE' | 'SUPERSEDED' | 'ERROR' | 'CANCELED';

/**
 * An awaited deployment ended `ERROR` or `CANCELED`: a {@link ResourceFailedError} whose `resource`
 * (also `deployment`) is the deployment, with the step that failed.
 */
export class DeploymentFailedError extends ResourceFailedError<Deployment> {
  override name = 'DeploymentFailedError';
  /** The deployment, as last loaded (the same as `resource`). */
  readonly deployment: Deployment;
  /** The step that failed, for `ERROR` deployments. */
  readonly failedStep: DeploymentProgressStep | undefined;

  constructor(deployment: Deployment) {
    const step = deployment.failedStep;
    const why = step ? ` at step ${step.name}${step.componentName ? ` of ${step.componentName}` : ''}${step.reason?.message ? `: ${step.reason.message}` : ''}` : '';
    super({ resource: deployment, state: deployment.phase, wanted: 'ACTIVE', what: `deployment ${deployment.id} of app ${deployment.appId}`, field: 'phase' });
    this.message = `deployment ${deployment.id} of app ${deployment.appId} ended ${deployment.phase}${why}`;
    this.deployment = deployment;
    this.failedStep = step;
  }
}

/**
 * One deployment of an app: a build and rollout of its spec. `app.deploy()`, `app.update()`,
 * `app.restart()` and `app.rollback()` start one; `wait()` resolves when it is live.
 *
 * @example
 * ```ts
 * const deployment = await app.deploy({ forceBuild: true });
 * await deployment.wait({ onProgress: (d) => console.log(d.phase) });
 * ```
 */
export class Deployment extends Model {
  /** The deployment's id (a UUID). */
  @Field() id!: string;
  /** Where it is; see {@link DeploymentPhase}. */
  @Field() phase!: DeploymentPhase;
  /** When its phase last changed. */
  @Field({ type: () => Date }) phaseLastUpdatedAt?: Date;
  /** Why it was made, e.g. `manual`, `commit 9a4df0b pushed to github/acme/api`. */
  @Field() cause?: string;
  /** The deployment it repeats, for rollbacks. */
  @Field() clonedFrom?: string;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt?: Date;
  /** Its steps and their counts. */
  @Field({ type: () => DeploymentProgress }) progress?: DeploymentProgress;
  /** The services it built. */
  @Field({ type: () => DeploymentComponent }) services?: DeploymentComponent[];
  /** The static sites it built. */
  @Field({ type: () => DeploymentComponent }) staticSites?: DeploymentComponent[];
  /** The workers it built. */
  @Field({ type: () => DeploymentComponent }) workers?: DeploymentComponent[];
  /** The jobs it built. */
  @Field({ type: () => DeploymentComponent }) jobs?: DeploymentComponent[];
  /** The functions components it built. */
  @Field({ type: () => DeploymentComponent }) functions?: DeploymentComponent[];
  /** The tier it runs on, e.g. `basic`. */
  @Field() tierSlug?: string;
  /** The spec deployed, in the API's JSON; read it as {@link Deployment.spec}. */
  @Field({ json: true, name: 'spec' }) protected wireSpec?: Record<string, unknown>;
  /** The app it belongs to (not part of the API's deployment body). */
  appId!: string;
  /** Reloads the app this deployment was started from, once it settles. */
  #afterwards: ((options: { signal?: AbortSignal }) => Promise<unknown>) | undefined;

  /** The spec deployed. */
  get spec(): AppSpec | undefined {
    return this.wireSpec ? appSpecFromWire(this.wireSpec) : undefined;
  }

  /** Whether it has ended: `ACTIVE`, `SUPERSEDED`, `ERROR` or `CANCELED`. */
  get done(): boolean {
    return ['ACTIVE', 'SUPERSEDED', 'ERROR', 'CANCELED'].includes(this.phase);
  }

  /** The first step that failed (the innermost), for `ERROR` deployments. */
  get failedStep(): DeploymentProgressStep | undefined {
    const find = (steps: DeploymentProgressStep[] | undefined): DeploymentProgressStep | undefined => {
      for (const step of steps ?? []) if (step.status === 'ERROR') return find(step.steps) ?? step;
      return undefined;
    };
    return find(this.progress?.steps);
  }

  /** `apps/{appId}/deployments/{id}`. @internal */
  protected get path(): string {
    return path`apps/${this.appId}/deployments/${this.id}`;
  }

  /** Reloads the deployment in place (`GET /v2/apps/{app_id}/deployments/{deployment_id}`) and resolves to it. */
  async reload(options?: RequestOptions): Promise<this> {
    return this.reloadFrom(this.path, 'deployment', options);
  }

  /**
   * Polls until the deployment is live and resolves to it (reloaded in place): `ACTIVE`, or
   * `SUPERSEDED` by a newer one after it went live. A deployment started from an `App` model
   * (`app.deploy()`, `app.update()`, `app.rollback()`, ...) leaves that app current: it is reloaded
   * once the deployment settles.
   * @throws DeploymentFailedError when it ends `ERROR` (with the failed step) or `CANCELED`.
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async wait(options?: WaitOptions<Deployment>): Promise<this> {
    try {
      const refresh = (deployments: Deployment[]) => Model.refreshEach(deployments, (deployment) => deployment.reload());
      await this.waitUntil({ kind: 'app-deployment', settled, what: `deployment ${this.id} of app ${this.appId}`, refresh }, options);
    } catch (error) {
      if (error instanceof DeploymentFailedError) await this.#afterwards?.({ signal: options?.signal });
      throw error;
    }
    await this.#afterwards?.({ signal: options?.signal });
    return this;
  }

  /** Alias of {@link Deployment.wait}. */
  async waitUntilActive(options?: WaitOptions<Deployment>): Promise<this> {
    return this.wait(options);
  }

  /** Cancels the deployment (`POST /v2/apps/{app_id}/deployments/{deployment_id}/cancel`) and updates it in place. */
  async cancel(options?: RequestOptions): Promise<this> {
    return this.replaceWith((await Deployment.load(this.connection, 'POST', `${this.path}/cancel`, this.appId, { signal: options?.signal })) as this);
  }

  /**
   * Where to read this deployment's logs (`GET /v2/apps/{app_id}/deployments/{deployment_id}/logs`,
   * or `.../components/{component_name}/logs` with `component`).
   * @throws ValidationError for a missing or unknown `type`, or a bad component name.
   */
  async logs(options: AppLogsOptions): Promise<AppLogs> {
    const { path: at, query } = logsRequest(this.path, options);
    return this.connection.hydrate(AppLogs, await this.connection.request<object>('GET', at, { query, signal: options.signal }));
  }

  /**
   * A console URL on a component of this deployment (`GET /v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/exec`).
   * Resolves to the URL (a `wss://` URL with its token).
   */
  async exec(options: AppExecOptions): Promise<string> {
    const { path: at, query } = execRequest(this.path, options);
    return (await this.connection.request<{ url: string }>('GET', at, { query, signal: options.signal })).url;
  }

  /**
   * Remembers the app model `deployment` was started from, so that `wait()` leaves it current
   * (reloaded once, through the shared coalescer) when the deployment settles.
   * @internal
   */
  static startedFrom(deployment: Deployment, origin: { reload: (options: { signal?: AbortSignal }) => Promise<unknown> } | undefined): Deployment {
    deployment.#afterwards = origin?.reload;
    return deployment;
  }

  /** Sends a request answering `{ deployment }` and resolves to it, belonging to `appId`. @internal */
  static async load(connection: Connection, method: string, at: string, appId: string, options: { json?: unknown; signal?: AbortSignal } = {}): Promise<Deployment> {
    return Object.assign(await connection.one(Deployment, method, at, 'deployment', options), { appId });
  }
}



function settled(deployment: Deployment): boolean {
  if (deployment.phase === 'ERROR' || deployment.phase === 'CANCELED') throw new DeploymentFailedError(deployment);
  return deployment.phase === 'ACTIVE' || deployment.phase === 'SUPERSEDED';
}
