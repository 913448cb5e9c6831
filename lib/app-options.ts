import type { Query, RequestOptions } from './connection.js';
import { ValidationError } from './errors.js';
import { path } from './path.js';
import { oneOf } from './shape.js';
import { checkAttrs } from './validate.js';

/** The kinds of logs an app keeps. */
export type AppLogType = 'UNSPECIFIED' | 'BUILD' | 'DEPLOY' | 'RUN' | 'RUN_RESTARTED' | 'AUTOSCALE_EVENT';
/** The log types, as the API takes them. */
export const APP_LOG_TYPES: readonly AppLogType[] = ['UNSPECIFIED', 'BUILD', 'DEPLOY', 'RUN', 'RUN_RESTARTED', 'AUTOSCALE_EVENT'];

/** Options of `app.logs()`, `deployment.logs()` and `event.logs()`. */
export interface AppLogsOptions extends RequestOptions {
  /** `BUILD`, `DEPLOY`, `RUN`, `RUN_RESTARTED` or `AUTOSCALE_EVENT`. */
  type: AppLogType;
  /** One component's logs only; every component's when left out. */
  component?: string;
  /** Whether the live URL follows new lines as they are written. */
  follow?: boolean;
  /** How long to wait for an instance that is not up yet, e.g. `3m` (the API's default). */
  podConnectionTimeout?: string;
}

/** Options of `app.exec()` and `deployment.exec()`. */
export interface AppExecOptions extends RequestOptions {
  /** The component to open a console on. */
  component: string;
  /** The instance, from `app.instances()`; any instance of the component when left out. */
  instanceName?: string;
}

/** Options of `invocation.logs()`. */
export interface JobInvocationLogsOptions extends RequestOptions {
  /** Whether the live URL follows new lines as they are written. */
  follow?: boolean;
  /** How long to wait for the job's instance, e.g. `3m`. */
  podConnectionTimeout?: string;
  /** Only the last lines, e.g. 100. */
  tailLines?: number;
}

/** The deployment types `app.deployments({ type })` filters on. */
export type DeploymentType = 'MANUAL' | 'DEPLOY_ON_PUSH' | 'MAINTENANCE' | 'MANUAL_ROLLBACK' | 'AUTO_ROLLBACK' | 'UPDATE_DATABASE_TRUSTED_SOURCES' | 'AUTOSCALED';
/** The deployment types, as the API takes them. */
export const DEPLOYMENT_TYPES: readonly DeploymentType[] = ['MANUAL', 'DEPLOY_ON_PUSH', 'MAINTENANCE', 'MANUAL_ROLLBACK', 'AUTO_ROLLBACK', 'UPDATE_DATABASE_TRUSTED_SOURCES', 'AUTOSCALED'];

const COMPONENT = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;

/** A component name: 2 to 32 lowercase letters, digits and `-`. */
export function checkComponentName(field: string, value: unknown): string {
  if (typeof value !== 'string' || !COMPONENT.test(value)) {
    throw new ValidationError(field, `must be a component name (2 to 32 lowercase letters, digits and "-", starting with a letter), got ${JSON.stringify(value)}`);
  }
  return value;
}

export { checkUuidRef, type UuidRef } from './validate.js';

/**
 * The path below `base` (`apps/{id}` or `apps/{id}/deployments/{id}`) and the query of a logs
 * request: `{base}/logs`, or `{base}/components/{component}/logs` for one component.
 * @throws ValidationError for a missing or unknown type, or a bad component name.
 */
export function logsRequest(base: string, options: AppLogsOptions): { path: string; query: Query } {
  const given = checkAttrs('options', options);
  const type = oneOf(APP_LOG_TYPES)('options.type', given.type);
  const sub = options.component === undefined ? 'logs' : path`components/${checkComponentName('options.component', options.component)}/logs`;
  if (options.follow !== undefined && typeof options.follow !== 'boolean') throw new ValidationError('options.follow', 'must be a boolean');
  return { path: `${base}/${sub}`, query: { type, follow: options.follow, pod_connection_timeout: options.podConnectionTimeout } };
}

/** The path and query of an exec request below `base`. */
export function execRequest(base: string, options: AppExecOptions): { path: string; query: Query } {
  checkAttrs('options', options);
  return { path: `${base}/${path`components/${checkComponentName('options.component', options.component)}/exec`}`, query: { instance_name: options.instanceName } };
}
