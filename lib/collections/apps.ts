import { checkUuidRef, type AppExecOptions, type AppLogsOptions, type JobInvocationLogsOptions, type UuidRef } from '../app-options.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { arrayOf } from '../shape.js';
import { checkSlug, checkText, checkUuid } from '../validate.js';
import {
  APP_CREATE,
  APP_PROPOSE,
  App,
  adoptDeployments,
  checkDay,
  type AppCreateAttributes,
  type AppEventListOptions,
  type AppProposeAttributes,
  type AppUpdateOptions,
  type BandwidthOptions,
  type DeployOptions,
  type DeploymentListOptions,
  type JobInvocationListOptions,
  type RestartOptions,
  type RollbackOptions,
} from '../../models/app.js';
import { AppAlert, type AlertDestinations } from '../../models/app-alert.js';
import { AppBandwidthUsage } from '../../models/app-bandwidth-usage.js';
import { AppEvent } from '../../models/app-event.js';
import type { AppHealth } from '../../models/app-health.js';
import { AppInstanceSize } from '../../models/app-instance-size.js';
import type { AppInstance } from '../../models/app-instance.js';
import { AppJobInvocation } from '../../models/app-job-invocation.js';
import type { AppLogs } from '../../models/app-logs.js';
import { AppProposal } from '../../models/app-proposal.js';
import { AppRegion } from '../../models/app-region.js';
import type { AppRollbackValidation } from '../../models/app-rollback-validation.js';
import type { AppSpec } from '../../models/app-spec.js';
import { Deployment } from '../../models/deployment.js';
import { Collection } from './collection.js';

/** Options of `client.apps.list()`. */
export interface AppListOptions extends ListOptions {
  /** Include each app's `projectId`. */
  withProjects?: boolean;
}

/**
 * `client.apps`: App Platform apps, their deployments, logs, alerts and rollbacks, and the
 * catalogue apps are built from (regions, instance sizes). Every verb of {@link App} has an
 * id-based form here that works without loading the app first (`client.apps.deploy(appId)`); the
 * names follow godo's `Apps` service (`Propose`, `CreateDeployment`, `GetLogs`, `ListRegions`, ...).
 *
 * @example
 * ```ts
 * const proposal = await client.apps.propose({ spec });
 * const app = await client.apps.create({ spec });
 * await app.latestDeployment?.wait();
 * ```
 */
export class AppsCollection extends Collection {
  /** Every app (`GET /v2/apps`). */
  list(options: AppListOptions = {}): Paginator<App> {
    const { withProjects, ...list } = options;
    return this.page(App, 'apps', 'apps', { with_projects: withProjects }, list).map(adoptDeployments);
  }

  /** One app (`GET /v2/apps/{id}`). @throws NotFoundError when there is none. */
  async get(id: string, options?: RequestOptions): Promise<App> {
    return adoptDeployments(await this.load(App, path`apps/${checkUuid('id', id)}`, 'app', options));
  }

  /**
   * Creates an app from its spec (`POST /v2/apps`); its first deployment starts at once
   * (`app.latestDeployment`).
   * @throws ValidationError for a spec that breaks the rules of `checkAppSpec` (names, sources, env vars, enums).
   */
  async create(attrs: AppCreateAttributes, options?: RequestOptions): Promise<App> {
    const app = adoptDeployments(await this.write('POST', App, 'apps', 'app', APP_CREATE.wire('attrs', attrs), options));
    return App.adoptStarted(app);
  }

  /** Replaces an app's spec (`PUT /v2/apps/{id}`), which starts a deployment. */
  async update(id: string, spec: AppSpec, options?: AppUpdateOptions): Promise<App> {
    return this.#app(id).update(spec, options);
  }

  /** Deletes an app (`DELETE /v2/apps/{id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`apps/${checkUuid('id', id)}`, options);
  }

  /**
   * Checks a spec without applying it (`POST /v2/apps/propose`): the spec completed with defaults,
   * its monthly cost, whether the name is free.
   */
  async propose(attrs: AppProposeAttributes, options?: RequestOptions): Promise<AppProposal> {
    const json = APP_PROPOSE.wire('attrs', attrs);
    return this.connection.hydrate(AppProposal, await this.connection.request<object>('POST', 'apps/propose', { json, signal: options?.signal }));
  }

  /** The regions apps can run in (`GET /v2/apps/regions`). */
  async regions(options?: RequestOptions): Promise<AppRegion[]> {
    return this.array(AppRegion, 'apps/regions', 'regions', options);
  }

  /** The instance sizes components can run on (`GET /v2/apps/tiers/instance_sizes`). */
  async instanceSizes(options?: RequestOptions): Promise<AppInstanceSize[]> {
    return this.array(AppInstanceSize, 'apps/tiers/instance_sizes', 'instance_sizes', options);
  }

  /** One instance size (`GET /v2/apps/tiers/instance_sizes/{slug}`). */
  async instanceSize(slug: string, options?: RequestOptions): Promise<AppInstanceSize> {
    return this.load(AppInstanceSize, path`apps/tiers/instance_sizes/${checkSlug('slug', slug)}`, 'instance_size', options);
  }

  /** The outbound bandwidth of several apps on one day (`POST /v2/apps/metrics/bandwidth_daily`). */
  async bandwidthUsages(appIds: string[], options: BandwidthOptions = {}): Promise<AppBandwidthUsage> {
    const json = { app_ids: arrayOf(checkUuid, 1)('appIds', appIds), date: checkDay('options.date', options.date) };
    return this.connection.hydrate(AppBandwidthUsage, await this.connection.request<object>('POST', 'apps/metrics/bandwidth_daily', { json, signal: options.signal }));
  }

  // ---- the id-based forms of the app's verbs

  /** The outbound bandwidth of one app on one day (`GET /v2/apps/{app_id}/metrics/bandwidth_daily`). */
  async bandwidthUsage(appId: string, options?: BandwidthOptions): Promise<AppBandwidthUsage> {
    return this.#app(appId).bandwidthUsage(options);
  }

  /** Deploys an app again (`POST /v2/apps/{app_id}/deployments`); godo's `CreateDeployment`. */
  async deploy(appId: string, options?: DeployOptions): Promise<Deployment> {
    return this.#app(appId).deploy(options);
  }

  /** An app's deployments (`GET /v2/apps/{app_id}/deployments`). */
  deployments(appId: string, options?: DeploymentListOptions): Paginator<Deployment> {
    return this.#app(appId).deployments(options);
  }

  /** One deployment (`GET /v2/apps/{app_id}/deployments/{deployment_id}`). */
  async deployment(appId: string, deploymentId: string, options?: RequestOptions): Promise<Deployment> {
    return this.#app(appId).deployment(deploymentId, options);
  }

  /** Cancels a deployment (`POST /v2/apps/{app_id}/deployments/{deployment_id}/cancel`). */
  async cancelDeployment(appId: string, deployment: UuidRef, options?: RequestOptions): Promise<Deployment> {
    return this.#app(appId).cancelDeployment(deployment, options);
  }

  /** Logs of one deployment (`GET /v2/apps/{app_id}/deployments/{deployment_id}/logs`, or `.../components/{component_name}/logs`). */
  async deploymentLogs(appId: string, deployment: UuidRef, options: AppLogsOptions): Promise<AppLogs> {
    return this.#deployment(appId, deployment).logs(options);
  }

  /** A console URL on a component of one deployment (`GET /v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/exec`). */
  async deploymentExec(appId: string, deployment: UuidRef, options: AppExecOptions): Promise<string> {
    return this.#deployment(appId, deployment).exec(options);
  }

  /** Restarts an app's components (`POST /v2/apps/{app_id}/restart`). */
  async restart(appId: string, options?: RestartOptions): Promise<Deployment> {
    return this.#app(appId).restart(options);
  }

  /** Rolls an app back to a deployment (`POST /v2/apps/{app_id}/rollback`). */
  async rollback(appId: string, deployment: UuidRef, options?: RollbackOptions): Promise<Deployment> {
    return this.#app(appId).rollback(deployment, options);
  }

  /** Whether an app can be rolled back to a deployment (`POST /v2/apps/{app_id}/rollback/validate`). */
  async validateRollback(appId: string, deployment: UuidRef, options?: RollbackOptions): Promise<AppRollbackValidation> {
    return this.#app(appId).validateRollback(deployment, options);
  }

  /** Keeps a rollback and unpins the app (`POST /v2/apps/{app_id}/rollback/commit`). */
  async commitRollback(appId: string, options?: RequestOptions): Promise<void> {
    return this.#app(appId).commitRollback(options);
  }

  /** Undoes a rollback (`POST /v2/apps/{app_id}/rollback/revert`). */
  async revertRollback(appId: string, options?: RequestOptions): Promise<Deployment> {
    return this.#app(appId).revertRollback(options);
  }

  /** Logs of the active deployment (`GET /v2/apps/{app_id}/logs`, or `.../components/{component_name}/logs`); godo's `GetLogs`. */
  async logs(appId: string, options: AppLogsOptions): Promise<AppLogs> {
    return this.#app(appId).logs(options);
  }

  /** A console URL on a component of the active deployment (`GET /v2/apps/{app_id}/components/{component_name}/exec`); godo's `GetExec`. */
  async exec(appId: string, options: AppExecOptions): Promise<string> {
    return this.#app(appId).exec(options);
  }

  /** The instances running an app (`GET /v2/apps/{app_id}/instances`). */
  async instances(appId: string, options?: RequestOptions): Promise<AppInstance[]> {
    return this.#app(appId).instances(options);
  }

  /** An app's alerts (`GET /v2/apps/{app_id}/alerts`). */
  async alerts(appId: string, options?: RequestOptions): Promise<AppAlert[]> {
    return this.#app(appId).alerts(options);
  }

  /** Sets who an alert notifies (`POST /v2/apps/{app_id}/alerts/{alert_id}/destinations`); godo's `UpdateAlertDestinations`. */
  async assignAlertDestinations(appId: string, alert: UuidRef, destinations: AlertDestinations, options?: RequestOptions): Promise<AppAlert> {
    const ref = this.ref(AppAlert, { id: checkUuidRef('alert', alert) });
    ref.appId = checkUuid('appId', appId);
    return ref.assignDestinations(destinations, options);
  }

  /** An app's health (`GET /v2/apps/{app_id}/health`). */
  async health(appId: string, options?: RequestOptions): Promise<AppHealth> {
    return this.#app(appId).health(options);
  }

  /** Runs of an app's jobs (`GET /v2/apps/{app_id}/job-invocations`). */
  jobInvocations(appId: string, options?: JobInvocationListOptions): Paginator<AppJobInvocation> {
    return this.#app(appId).jobInvocations(options);
  }

  /** One run of a job (`GET /v2/apps/{app_id}/job-invocations/{job_invocation_id}`). */
  async jobInvocation(appId: string, invocationId: string, options?: RequestOptions & { jobName?: string }): Promise<AppJobInvocation> {
    return this.#app(appId).jobInvocation(invocationId, options);
  }

  /** Cancels a run of a job (`POST /v2/apps/{app_id}/job-invocations/{job_invocation_id}/cancel`). */
  async cancelJobInvocation(appId: string, invocationId: string, options?: RequestOptions & { jobName?: string }): Promise<AppJobInvocation> {
    return this.#invocation(appId, invocationId, options?.jobName).cancel(options);
  }

  /** Where to read a run's logs (`GET /v2/apps/{app_id}/jobs/{job_name}/invocations/{job_invocation_id}/logs`). */
  async jobInvocationLogs(appId: string, jobName: string, invocationId: string, options?: JobInvocationLogsOptions & { deploymentId?: string }): Promise<AppLogs> {
    const invocation = this.#invocation(appId, invocationId, checkText('jobName', jobName));
    if (options?.deploymentId !== undefined) invocation.deploymentId = checkUuid('options.deploymentId', options.deploymentId);
    const { deploymentId: _omit, ...rest } = options ?? {};
    return invocation.logs(rest);
  }

  /** What happened to an app (`GET /v2/apps/{app_id}/events`). */
  events(appId: string, options?: AppEventListOptions): Paginator<AppEvent> {
    return this.#app(appId).events(options);
  }

  /** One event (`GET /v2/apps/{app_id}/events/{event_id}`). */
  async event(appId: string, eventId: string, options?: RequestOptions): Promise<AppEvent> {
    return this.#app(appId).event(eventId, options);
  }

  /** Cancels an event, such as an autoscaling (`POST /v2/apps/{app_id}/events/{event_id}/cancel`). */
  async cancelEvent(appId: string, eventId: string, options?: RequestOptions): Promise<AppEvent> {
    return this.#event(appId, eventId).cancel(options);
  }

  /** Where to read an event's logs (`GET /v2/apps/{app_id}/events/{event_id}/logs`). */
  async eventLogs(appId: string, eventId: string, options: Omit<AppLogsOptions, 'component'>): Promise<AppLogs> {
    return this.#event(appId, eventId).logs(options);
  }

  #app(id: string): App {
    return this.ref(App, { id: checkUuid('appId', id) });
  }

  #deployment(appId: string, deployment: UuidRef): Deployment {
    return Object.assign(this.ref(Deployment, { id: checkUuidRef('deployment', deployment) }), { appId: checkUuid('appId', appId) });
  }

  #invocation(appId: string, invocationId: string, jobName: string | undefined): AppJobInvocation {
    return Object.assign(this.ref(AppJobInvocation, { id: checkText('invocationId', invocationId), job_name: jobName }), { appId: checkUuid('appId', appId) });
  }

  #event(appId: string, eventId: string): AppEvent {
    return Object.assign(this.ref(AppEvent, { id: checkUuid('eventId', eventId) }), { appId: checkUuid('appId', appId) });
  }
}
