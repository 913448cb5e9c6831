import { checkUuidRef, execRequest, logsRequest, DEPLOYMENT_TYPES, type AppExecOptions, type AppLogsOptions, type DeploymentType, type UuidRef } from '../lib/app-options.js';
import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { path } from '../lib/path.js';
import { arrayOf, checkBoolean, oneOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkText, checkUuid } from '../lib/validate.js';
import { AppAlert } from './app-alert.js';
import { AppBandwidthUsage } from './app-bandwidth-usage.js';
import { AppDomain } from './app-domain.js';
import { AppEvent, type AppEventType } from './app-event.js';
import { AppHealth } from './app-health.js';
import { AppInstance } from './app-instance.js';
import { AppJobInvocation } from './app-job-invocation.js';
import { AppLogs } from './app-logs.js';
import { AppProposal } from './app-proposal.js';
import { AppRegion } from './app-region.js';
import { AppRollbackValidation } from './app-rollback-validation.js';
import { appSpecFromWire, checkAppSpec, type AppSpec } from './app-spec.js';
import { Deployment } from './deployment.js';
import { checkComponentName } from '../lib/app-options.js';
import { Resource } from './resource.js';
import { AppMetrics } from '../lib/metrics.js';

/** Checks an {@link AppSpec}; what it sends is the spec's snake_case JSON (see {@link checkAppSpec}). */
const appSpec: Check<AppSpec> = (field, value) => checkAppSpec(field, value) as unknown as AppSpec;

/** What `client.apps.create()` takes. */
export const APP_CREATE = shape('an app', {
  /** The app's spec: its components, env vars, domains, alerts. */
  spec: required(appSpec),
  /** The project to put it in; the default project when left out. */
  projectId: optional(checkUuid),
});

/** What `client.apps.propose()` takes. */
export const APP_PROPOSE = shape('an app proposal', {
  /** The spec to check. */
  spec: required(appSpec),
  /** The app the spec would replace, for a change of an existing app. */
  appId: optional(checkUuid),
});

/** Options of `app.update()`. */
export const APP_UPDATE_OPTIONS = shape('app update options', {
  /** Rebuild every component from the newest commit of its branch, not only the changed ones. */
  updateAllSourceVersions: optional(checkBoolean),
});

/** Options of `app.deploy()`. */
export const DEPLOY_OPTIONS = shape('deploy options', {
  /** Build every component again, even when its source did not change. */
  forceBuild: optional(checkBoolean),
});

/** Options of `app.restart()`. */
export const RESTART_OPTIONS = shape('restart options', {
  /** The components to restart; every one when left out. */
  components: optional(arrayOf(checkComponentName, 1)),
});

/** Options of `app.rollback()` and `app.validateRollback()`. */
export const ROLLBACK_OPTIONS = shape('rollback options', {
  /** Leave the app unpinned: the next push deploys as usual (by default a rollback pins the app until it is committed or reverted). */
  skipPin: optional(checkBoolean),
});

/** Attributes of `client.apps.create()`. */
export type AppCreateAttributes = AttributesOf<typeof APP_CREATE>;
/** Attributes of `client.apps.propose()`. */
export type AppProposeAttributes = AttributesOf<typeof APP_PROPOSE>;
/** Options of `app.update()`. */
export type AppUpdateOptions = AttributesOf<typeof APP_UPDATE_OPTIONS> & RequestOptions;
/** Options of `app.deploy()`. */
export type DeployOptions = AttributesOf<typeof DEPLOY_OPTIONS> & RequestOptions;
/** Options of `app.restart()`. */
export type RestartOptions = AttributesOf<typeof RESTART_OPTIONS> & RequestOptions;
/** Options of `app.rollback()`. */
export type RollbackOptions = AttributesOf<typeof ROLLBACK_OPTIONS> & RequestOptions;

/** Options of `app.deployments()`. */
export interface DeploymentListOptions extends ListOptions {
  /** Only deployments of this type, e.g. `MANUAL`, `DEPLOY_ON_PUSH`. */
  type?: DeploymentType;
}

/** Options of `app.jobInvocations()`. */
export interface JobInvocationListOptions extends ListOptions {
  /** Only runs of this job. */
  jobName?: string;
  /** Only runs in this deployment. */
  deploymentId?: string;
}

/** Options of `app.events()`. */
export interface AppEventListOptions extends ListOptions {
  /** Only events of this type. */
  type?: AppEventType;
}

/** Options of `app.bandwidthUsage()` and `client.apps.bandwidthUsages()`. */
export interface BandwidthOptions extends RequestOptions {
  /** The day to measure (its date only counts); yesterday when left out. */
  date?: Date;
}

/** Splits request options off a verb's options object. */
function split<T extends RequestOptions>(options: T | undefined): [Omit<T, 'signal'>, RequestOptions] {
  const { signal, ...rest } = (options ?? {}) as T;
  return [rest, { signal }];
}

/** The ISO date-time of a Date, for the `date` of bandwidth requests. */
export function checkDay(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new ValidationError(field, 'must be a valid Date');
  return `${value.toISOString().slice(0, 10)}T00:00:00Z`;
}

/**
 * An App Platform app: components built from source or images, deployed together from one
 * {@link AppSpec}.
 *
 * @example
 * ```ts
 * const app = await client.apps.create({ spec });
 * await app.latestDeployment?.wait();
 * const deployment = await app.deploy({ forceBuild: true });
 * await deployment.wait();
 * const logs = await app.logs({ component: 'api', type: 'RUN' });
 * ```
 */
export class App extends Resource {
  /** The app's id (a UUID). */
  @Field() id!: string;
  /** The account or team that owns it. */
  @Field() ownerUuid?: string;
  /** The project it belongs to. */
  @Field() projectId?: string;
  /** The spec, in the API's JSON; read it as {@link App.spec}. */
  @Field({ json: true, name: 'spec' }) protected wireSpec!: Record<string, unknown>;
  /** The default host name, e.g. `web-app-xyz.ondigitalocean.app`. */
  @Field() defaultIngress?: string;
  /** The URL it is live at. */
  @Field() liveUrl?: string;
  /** The base of the live URL. */
  @Field() liveUrlBase?: string;
  /** The domain it is live at. */
  @Field() liveDomain?: string;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt?: Date;
  /** When its last deployment was created. */
  @Field({ type: () => Date }) lastDeploymentCreatedAt?: Date;
  /** The deployment live now. */
  @Field({ type: () => Deployment }) activeDeployment?: Deployment;
  /** The deployment under way. */
  @Field({ type: () => Deployment }) inProgressDeployment?: Deployment;
  /** The deployment waiting to start. */
  @Field({ type: () => Deployment }) pendingDeployment?: Deployment;
  /** The deployment the app is pinned to, after a rollback not yet committed. */
  @Field({ type: () => Deployment }) pinnedDeployment?: Deployment;
  /** Its domains. */
  @Field({ type: () => AppDomain }) domains?: AppDomain[];
  /** Its region. */
  @Field({ type: () => AppRegion }) region?: AppRegion;
  /** Its tier, e.g. `basic`. */
  @Field() tierSlug?: string;
  /** Its dedicated egress addresses: `{ ip, id, status }`. */
  @Field({ json: true }) dedicatedIps?: Array<Record<string, unknown>>;
  /** The VPC it joined: `{ id, egress_ips }`. */
  @Field({ json: true }) vpc?: Record<string, unknown>;

  /** The spec, as {@link AppSpec} (a copy: change it and pass it to {@link App.update}). */
  get spec(): AppSpec {
    return appSpecFromWire(this.wireSpec);
  }

  /** The app's name (`spec.name`). */
  get name(): string {
    return this.wireSpec?.name as string;
  }

  /** The app's monitoring metrics (CPU, memory, restarts), as typed series. */
  get metrics(): AppMetrics {
    return new AppMetrics(this.connection, 'apps', { app_id: checkUuid('app.id', this.id) });
  }

  /** The app's uniform resource name, `do:app:{id}`, as projects take it. */
  get urn(): string {
    return `do:app:${this.id}`;
  }

  /** The newest deployment: the one in progress, else the pending one, else the active one. */
  get latestDeployment(): Deployment | undefined {
    return this.inProgressDeployment ?? this.pendingDeployment ?? this.activeDeployment;
  }

  protected get resourcePath(): string {
    return path`apps/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'app';
  }

  /** Makes the deployment an app started with (its first, or the one an update started) leave it current when awaited. @internal */
  static adoptStarted<T extends App>(app: T): T {
    if (app.inProgressDeployment) Deployment.startedFrom(app.inProgressDeployment, app.currentAfterAction());
    return app;
  }

  /** @internal Nested deployments learn which app they belong to. */
  protected override replaceWith(fresh: this): this {
    return adoptDeployments(super.replaceWith(fresh));
  }

  /**
   * Replaces the app's spec (`PUT /v2/apps/{id}`), which starts a deployment
   * ({@link App.latestDeployment}, whose `wait()` leaves this app current); updates the app in place.
   * @throws ValidationError for a spec that breaks the rules of {@link checkAppSpec}.
   */
  async update(spec: AppSpec, options?: AppUpdateOptions): Promise<this> {
    const [attrs, request] = split(options);
    const json = { spec: checkAppSpec('spec', spec), ...APP_UPDATE_OPTIONS.wire('options', attrs) };
    return App.adoptStarted(await this.save('PUT', json, request));
  }

  /**
   * Deploys the app again (`POST /v2/apps/{app_id}/deployments`) and resolves to the new deployment.
   * @example `await (await app.deploy({ forceBuild: true })).wait();`
   */
  async deploy(options?: DeployOptions): Promise<Deployment> {
    const [attrs, request] = split(options);
    const deployment = await Deployment.load(this.connection, 'POST', `${this.resourcePath}/deployments`, this.id, { json: DEPLOY_OPTIONS.wire('options', attrs), signal: request.signal });
    return Deployment.startedFrom(deployment, this.currentAfterAction());
  }

  /** The app's deployments, newest first (`GET /v2/apps/{app_id}/deployments`). */
  deployments(options: DeploymentListOptions = {}): Paginator<Deployment> {
    const { type, ...list } = options;
    const query = { deployment_types: type === undefined ? undefined : oneOf(DEPLOYMENT_TYPES)('options.type', type) };
    return paginate(this.connection, Deployment, `${this.resourcePath}/deployments`, 'deployments', query, list).map((d) => Object.assign(d, { appId: this.id }));
  }

  /** One deployment (`GET /v2/apps/{app_id}/deployments/{deployment_id}`). */
  async deployment(deploymentId: string, options?: RequestOptions): Promise<Deployment> {
    return Deployment.load(this.connection, 'GET', `${this.resourcePath}/${path`deployments/${checkUuid('deploymentId', deploymentId)}`}`, this.id, options);
  }

  /** Cancels a deployment (`POST /v2/apps/{app_id}/deployments/{deployment_id}/cancel`) and resolves to it. */
  async cancelDeployment(deployment: UuidRef, options?: RequestOptions): Promise<Deployment> {
    return Deployment.load(this.connection, 'POST', `${this.resourcePath}/${path`deployments/${checkUuidRef('deployment', deployment)}/cancel`}`, this.id, options);
  }

  /** Restarts the app's components, or some (`POST /v2/apps/{app_id}/restart`); resolves to the deployment that does it. */
  async restart(options?: RestartOptions): Promise<Deployment> {
    const [attrs, request] = split(options);
    const deployment = await Deployment.load(this.connection, 'POST', `${this.resourcePath}/restart`, this.id, { json: RESTART_OPTIONS.wire('options', attrs), signal: request.signal });
    return Deployment.startedFrom(deployment, this.currentAfterAction());
  }

  /**
   * Rolls the app back to an earlier deployment (`POST /v2/apps/{app_id}/rollback`) and resolves to
   * the deployment that does it. The app stays pinned to it until {@link App.commitRollback} or
   * {@link App.revertRollback}, unless `skipPin`.
   */
  async rollback(deployment: UuidRef, options?: RollbackOptions): Promise<Deployment> {
    const [attrs, request] = split(options);
    const json = { deployment_id: checkUuidRef('deployment', deployment), ...ROLLBACK_OPTIONS.wire('options', attrs) };
    const started = await Deployment.load(this.connection, 'POST', `${this.resourcePath}/rollback`, this.id, { json, signal: request.signal });
    return Deployment.startedFrom(started, this.currentAfterAction());
  }

  /** Whether the app can be rolled back to a deployment, and what to beware of (`POST /v2/apps/{app_id}/rollback/validate`). */
  async validateRollback(deployment: UuidRef, options?: RollbackOptions): Promise<AppRollbackValidation> {
    const [attrs, request] = split(options);
    const json = { deployment_id: checkUuidRef('deployment', deployment), ...ROLLBACK_OPTIONS.wire('options', attrs) };
    return this.connection.hydrate(AppRollbackValidation, await this.connection.request<object>('POST', `${this.resourcePath}/rollback/validate`, { json, signal: request.signal }));
  }

  /** Keeps the rollback in place and unpins the app (`POST /v2/apps/{app_id}/rollback/commit`). */
  async commitRollback(options?: RequestOptions): Promise<void> {
    await this.callAt('POST', 'rollback/commit', options);
  }

  /** Undoes the rollback: deploys what ran before it (`POST /v2/apps/{app_id}/rollback/revert`); resolves to that deployment. */
  async revertRollback(options?: RequestOptions): Promise<Deployment> {
    return Deployment.startedFrom(await Deployment.load(this.connection, 'POST', `${this.resourcePath}/rollback/revert`, this.id, options), this.currentAfterAction());
  }

  /**
   * Where to read the active deployment's logs (`GET /v2/apps/{app_id}/logs`, or
   * `GET /v2/apps/{app_id}/components/{component_name}/logs` with `component`): a live URL and
   * the URLs of the logs kept so far.
   * @throws ValidationError for a missing or unknown `type`, or a bad component name.
   */
  async logs(options: AppLogsOptions): Promise<AppLogs> {
    const { path: at, query } = logsRequest(this.resourcePath, options);
    return this.connection.hydrate(AppLogs, await this.connection.request<object>('GET', at, { query, signal: options.signal }));
  }

  /** A console URL on a component of the active deployment (`GET /v2/apps/{app_id}/components/{component_name}/exec`). */
  async exec(options: AppExecOptions): Promise<string> {
    const { path: at, query } = execRequest(this.resourcePath, options);
    return (await this.connection.request<{ url: string }>('GET', at, { query, signal: options.signal })).url;
  }

  /** The instances running the app's components (`GET /v2/apps/{app_id}/instances`). */
  async instances(options?: RequestOptions): Promise<AppInstance[]> {
    return this.listAt(AppInstance, 'instances', 'instances', options);
  }

  /** The alerts the app's spec configures (`GET /v2/apps/{app_id}/alerts`). */
  async alerts(options?: RequestOptions): Promise<AppAlert[]> {
    return (await this.listAt(AppAlert, 'alerts', 'alerts', options)).map((alert) => Object.assign(alert, { appId: this.id }));
  }

  /** The app's health, component by component (`GET /v2/apps/{app_id}/health`). */
  async health(options?: RequestOptions): Promise<AppHealth> {
    return this.loadAt(AppHealth, 'health', 'app_health', options);
  }

  /** The outbound bandwidth the app used on one day (`GET /v2/apps/{app_id}/metrics/bandwidth_daily`). */
  async bandwidthUsage(options: BandwidthOptions = {}): Promise<AppBandwidthUsage> {
    const body = await this.connection.request<object>('GET', `${this.resourcePath}/metrics/bandwidth_daily`, { query: { date: checkDay('options.date', options.date) }, signal: options.signal });
    return this.connection.hydrate(AppBandwidthUsage, body);
  }

  /** Runs of the app's jobs (`GET /v2/apps/{app_id}/job-invocations`). */
  jobInvocations(options: JobInvocationListOptions = {}): Paginator<AppJobInvocation> {
    const { jobName, deploymentId, ...list } = options;
    const query = {
      job_names: jobName === undefined ? undefined : checkComponentName('options.jobName', jobName),
      deployment_id: deploymentId === undefined ? undefined : checkUuid('options.deploymentId', deploymentId),
    };
    return paginate(this.connection, AppJobInvocation, `${this.resourcePath}/job-invocations`, 'job_invocations', query, list).map((i) => Object.assign(i, { appId: this.id }));
  }

  /** One run of a job (`GET /v2/apps/{app_id}/job-invocations/{job_invocation_id}`). */
  async jobInvocation(invocationId: string, options: RequestOptions & { jobName?: string } = {}): Promise<AppJobInvocation> {
    const jobName = options.jobName === undefined ? undefined : checkComponentName('options.jobName', options.jobName);
    return AppJobInvocation.load(this.connection, 'GET', `${this.resourcePath}/${path`job-invocations/${checkText('invocationId', invocationId)}`}`, this.id, jobName, options);
  }

  /** What happened to the app: deployments and autoscalings, newest first (`GET /v2/apps/{app_id}/events`). */
  events(options: AppEventListOptions = {}): Paginator<AppEvent> {
    const { type, ...list } = options;
    const query = { event_types: type === undefined ? undefined : oneOf(['UNKNOWN', 'DEPLOYMENT', 'AUTOSCALING'] as const)('options.type', type) };
    return paginate(this.connection, AppEvent, `${this.resourcePath}/events`, 'events', query, list).map((e) => {
      if (e.deployment) e.deployment.appId = this.id;
      return Object.assign(e, { appId: this.id });
    });
  }

  /** One event (`GET /v2/apps/{app_id}/events/{event_id}`). */
  async event(eventId: string, options?: RequestOptions): Promise<AppEvent> {
    return AppEvent.load(this.connection, 'GET', `${this.resourcePath}/${path`events/${checkUuid('eventId', eventId)}`}`, this.id, options);
  }

  /** Checks a changed spec for this app before applying it (`POST /v2/apps/propose` with the app's id). */
  async propose(spec: AppSpec, options?: RequestOptions): Promise<AppProposal> {
    const json = APP_PROPOSE.wire('attrs', { spec, appId: this.id });
    return this.connection.hydrate(AppProposal, await this.connection.request<object>('POST', 'apps/propose', { json, signal: options?.signal }));
  }
}

/** Tells an app's nested deployments which app they belong to. @internal */
export function adoptDeployments<T extends App>(app: T): T {
  for (const deployment of [app.activeDeployment, app.inProgressDeployment, app.pendingDeployment, app.pinnedDeployment]) {
    if (deployment) deployment.appId = app.id;
  }
  return app;
}

