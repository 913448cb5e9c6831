import { ValidationError } from '../lib/errors.js';
import { oneOf } from '../lib/shape.js';
import { checkArray, checkAttrs, checkKeys, toWire } from '../lib/validate.js';

/** The regions an app can run in (`spec.region`). */
export type AppRegionSlug = 'atl' | 'nyc' | 'sfo' | 'tor' | 'ams' | 'fra' | 'lon' | 'blr' | 'sgp' | 'syd';
/** When an environment variable is available: at build time, at run time, or both (the default). */
export type AppEnvVarScope = 'UNSET' | 'RUN_TIME' | 'BUILD_TIME' | 'RUN_AND_BUILD_TIME';
/** A plain environment variable, or a secret (encrypted at rest, shown as `EV[...]` once saved). */
export type AppEnvVarType = 'GENERAL' | 'SECRET';
/** The database engines an app can attach. */
export type AppDatabaseEngine = 'UNSET' | 'MYSQL' | 'PG' | 'REDIS' | 'MONGODB' | 'KAFKA' | 'OPENSEARCH' | 'VALKEY';
/** When a job runs: before or after every deployment, or when one fails. */
export type AppJobKind = 'UNSPECIFIED' | 'PRE_DEPLOY' | 'POST_DEPLOY' | 'FAILED_DEPLOY';
/** The role of a domain of the app. */
export type AppDomainType = 'UNSPECIFIED' | 'DEFAULT' | 'PRIMARY' | 'ALIAS';
/** The registry an image component pulls from. */
export type AppImageRegistryType = 'DOCKER_HUB' | 'DOCR' | 'GHCR';
/** What an alert watches. */
export type AppAlertRule =
  | 'UNSPECIFIED_RULE'
  | 'CPU_UTILIZATION'
  | 'MEM_UTILIZATION'
  | 'RESTART_COUNT'
  | 'DEPLOYMENT_FAILED'
  | 'DEPLOYMENT_LIVE'
  | 'DOMAIN_FAILED'
  | 'DOMAIN_LIVE'
  | 'AUTOSCALE_FAILED'
  | 'AUTOSCALE_SUCCEEDED'
  | 'FUNCTIONS_ACTIVATION_COUNT'
  | 'FUNCTIONS_AVERAGE_DURATION_MS'
  | 'FUNCTIONS_ERROR_RATE_PER_MINUTE'
  | 'FUNCTIONS_AVERAGE_WAIT_TIME_MS'
  | 'FUNCTIONS_ERROR_COUNT'
  | 'FUNCTIONS_GB_RATE_PER_SECOND'
  | 'REQUESTS_PER_SECOND'
  | 'REQUEST_DURATION_P95_MS';
/** How an alert compares its metric with `value`. */
export type AppAlertOperator = 'UNSPECIFIED_OPERATOR' | 'GREATER_THAN' | 'LESS_THAN';
/** Over how long an alert's metric is measured. */
export type AppAlertWindow = 'UNSPECIFIED_WINDOW' | 'FIVE_MINUTES' | 'TEN_MINUTES' | 'THIRTY_MINUTES' | 'ONE_HOUR';

/** The regions an app can run in, as `spec.region` takes them. */
export const APP_REGIONS: readonly AppRegionSlug[] = ['atl', 'nyc', 'sfo', 'tor', 'ams', 'fra', 'lon', 'blr', 'sgp', 'syd'];
const ENV_SCOPES: readonly AppEnvVarScope[] = ['UNSET', 'RUN_TIME', 'BUILD_TIME', 'RUN_AND_BUILD_TIME'];
const ENV_TYPES: readonly AppEnvVarType[] = ['GENERAL', 'SECRET'];
const ENGINES: readonly AppDatabaseEngine[] = ['UNSET', 'MYSQL', 'PG', 'REDIS', 'MONGODB', 'KAFKA', 'OPENSEARCH', 'VALKEY'];
const JOB_KINDS: readonly AppJobKind[] = ['UNSPECIFIED', 'PRE_DEPLOY', 'POST_DEPLOY', 'FAILED_DEPLOY'];
const DOMAIN_TYPES: readonly AppDomainType[] = ['UNSPECIFIED', 'DEFAULT', 'PRIMARY', 'ALIAS'];
const ALERT_RULES: readonly AppAlertRule[] = [
  'UNSPECIFIED_RULE', 'CPU_UTILIZATION', 'MEM_UTILIZATION', 'RESTART_COUNT', 'DEPLOYMENT_FAILED', 'DEPLOYMENT_LIVE', 'DOMAIN_FAILED', 'DOMAIN_LIVE',
  'AUTOSCALE_FAILED', 'AUTOSCALE_SUCCEEDED', 'FUNCTIONS_ACTIVATION_COUNT', 'FUNCTIONS_AVERAGE_DURATION_MS', 'FUNCTIONS_ERROR_RATE_PER_MINUTE',
  'FUNCTIONS_AVERAGE_WAIT_TIME_MS', 'FUNCTIONS_ERROR_COUNT', 'FUNCTIONS_GB_RATE_PER_SECOND', 'REQUESTS_PER_SECOND', 'REQUEST_DURATION_P95_MS',
];
const ALERT_OPERATORS: readonly AppAlertOperator[] = ['UNSPECIFIED_OPERATOR', 'GREATER_THAN', 'LESS_THAN'];
const ALERT_WINDOWS: readonly AppAlertWindow[] = ['UNSPECIFIED_WINDOW', 'FIVE_MINUTES', 'TEN_MINUTES', 'THIRTY_MINUTES', 'ONE_HOUR'];

/** An environment variable of the app or of one component. */
export interface AppEnvVar {
  /** The variable's name: letters, digits and `_`, not starting with a digit, e.g. `DATABASE_URL`. */
  key: string;
  /** The value; a `SECRET` one is answered encrypted (`EV[1:...]`) once saved. */
  value?: string;
  /** When it is available; default `RUN_AND_BUILD_TIME`. */
  scope?: AppEnvVarScope;
  /** `GENERAL` (default) or `SECRET`. */
  type?: AppEnvVarType;
}

/** A GitHub repository to build from. */
export interface AppGitHubSource {
  /** `owner/name`, e.g. `digitalocean/sample-golang`. */
  repo: string;
  /** The branch to build. */
  branch: string;
  /** Deploy again on every push to the branch. */
  deployOnPush?: boolean;
}

/** A GitLab repository to build from. */
export type AppGitLabSource = AppGitHubSource;
/** A Bitbucket repository to build from. */
export type AppBitbucketSource = AppGitHubSource;

/** Any public Git repository to build from (no deploy on push). */
export interface AppGitSource {
  /** The clone URL, e.g. `https://github.com/digitalocean/sample-golang.git`. */
  repoCloneUrl: string;
  /** The branch to build. */
  branch: string;
}

/** A container image to run instead of building from source. */
export interface AppImageSource {
  /** `DOCKER_HUB`, `DOCR` (the account's container registry) or `GHCR`. */
  registryType: AppImageRegistryType;
  /** The registry's name, for `DOCKER_HUB` (e.g. `library`). */
  registry?: string;
  /** The repository, e.g. `nginx`. */
  repository: string;
  /** The tag; default `latest`. Exclusive with `digest`. */
  tag?: string;
  /** The image digest, `sha256:...`. Exclusive with `tag`. */
  digest?: string;
  /** `username:token` for a private registry other than DOCR. */
  registryCredentials?: string;
  /** Deploy again when the tag is pushed (DOCR only). */
  deployOnPush?: {
    /** Whether a push of the tag deploys. */
    enabled?: boolean;
  };
}

/** A path prefix routed to a component. */
export interface AppRoute {
  /** The path prefix, e.g. `/api`. */
  path: string;
  /** Keep the prefix in the path the component sees; by default it is trimmed. */
  preservePathPrefix?: boolean;
}

/** An HTTP health check of a service. */
export interface AppHealthCheck {
  /** The path to request, e.g. `/health`; a TCP check when left out. */
  httpPath?: string;
  /** The port to check; default the service's `httpPort`. */
  port?: number;
  /** Seconds before the first check. */
  initialDelaySeconds?: number;
  /** Seconds between checks. */
  periodSeconds?: number;
  /** Seconds a check may take. */
  timeoutSeconds?: number;
  /** Successes in a row before the instance is healthy. */
  successThreshold?: number;
  /** Failures in a row before the instance is unhealthy. */
  failureThreshold?: number;
}

/** A cross-origin policy. */
export interface AppCorsPolicy {
  /** Origins allowed: each `{ exact }`, `{ prefix }` or `{ regex }`. */
  allowOrigins?: Array<{
    /** An origin, exactly. */
    exact?: string;
    /** Origins starting so. */
    prefix?: string;
    /** Origins matching this RE2 regular expression. */
    regex?: string;
  }>;
  /** Methods allowed, e.g. `GET`, `POST`. */
  allowMethods?: string[];
  /** Request headers allowed. */
  allowHeaders?: string[];
  /** Response headers browsers may read. */
  exposeHeaders?: string[];
  /** How long a preflight answer may be cached, e.g. `5h30m`. */
  maxAge?: string;
  /** Whether credentials are allowed. */
  allowCredentials?: boolean;
}

/** Where a component's logs are also sent. */
export interface AppLogDestination {
  /** The destination's name. */
  name: string;
  /** A Papertrail endpoint. */
  papertrail?: {
    /** The endpoint's URL. */
    endpoint: string;
  };
  /** A Datadog intake. */
  datadog?: {
    /** The intake's URL; Datadog's default when left out. */
    endpoint?: string;
    /** The Datadog API key. */
    apiKey: string;
  };
  /** A Logtail source. */
  logtail?: {
    /** The source's token. */
    token?: string;
  };
  /** An OpenSearch cluster. */
  openSearch?: {
    /** The cluster's URL, e.g. `https://example.com:9300`. */
    endpoint?: string;
    /** The user and password to send with. */
    basicAuth?: {
      /** The user. */
      user?: string;
      /** The password. */
      password?: string;
    };
    /** The index written to; default `logs`. */
    indexName?: string;
    /** A DigitalOcean managed OpenSearch cluster, instead of `endpoint`. */
    clusterName?: string;
  };
}

/** What every component that is built or pulled has: its name, its source, how it is built and run. */
export interface AppComponentSpec {
  /** The component's name, unique in the app: 2 to 32 lowercase letters, digits and `-`, starting with a letter. */
  name: string;
  /** A GitHub repository to build from. One source per component. */
  github?: AppGitHubSource;
  /** A GitLab repository to build from. */
  gitlab?: AppGitLabSource;
  /** A Bitbucket repository to build from. */
  bitbucket?: AppBitbucketSource;
  /** A public Git repository to build from. */
  git?: AppGitSource;
  /** A container image to run. */
  image?: AppImageSource;
  /** The Dockerfile to build with, relative to the source's root; a buildpack build when left out. */
  dockerfilePath?: string;
  /** The build command, for buildpack builds. */
  buildCommand?: string;
  /** The command that starts the component. */
  runCommand?: string;
  /** The source directory, relative to the repository's root. */
  sourceDir?: string;
  /** The component's environment variables. */
  envs?: AppEnvVar[];
  /** The buildpack environment, e.g. `node-js`, `go`, `python`. */
  environmentSlug?: string;
  /** Where its logs are also sent. */
  logDestinations?: AppLogDestination[];
}

/** Instance counts and sizes of components that run instances. */
export interface AppInstanceSpec {
  /** How many instances run; default 1. Exclusive with `autoscaling`. */
  instanceCount?: number;
  /** The instance size, from `client.apps.instanceSizes()`, e.g. `apps-s-1vcpu-0.5gb`. */
  instanceSizeSlug?: string;
}

/** Autoscaling between two instance counts on CPU (and, for services, request) metrics. */
export interface AppAutoscaling {
  /** The fewest instances. */
  minInstanceCount?: number;
  /** The most instances. */
  maxInstanceCount?: number;
  /** The targets: `{ cpu: { percent } }`, and for services `requestsPerSecond` or `requestDuration`. */
  metrics?: {
    /** The CPU target. */
    cpu?: {
      /** The average CPU use aimed at, in percent; default 80. */
      percent?: number;
    };
    /** The request-rate target, for services. */
    requestsPerSecond?: {
      /** Requests a second each instance should take. */
      perInstance?: number;
    };
    /** The latency target, for services. */
    requestDuration?: {
      /** The 95th percentile of request durations aimed at, in milliseconds. */
      p95Milliseconds?: number;
    };
  };
}

/** A service: a component that answers HTTP on a port, reachable at its routes. */
export interface AppServiceSpec extends AppComponentSpec, AppInstanceSpec {
  /** The port it listens on; default 8080. */
  httpPort?: number;
  /** `HTTP` (default) or `HTTP2` (h2c). */
  protocol?: 'HTTP' | 'HTTP2';
  /** Ports reachable only from the app's other components. */
  internalPorts?: number[];
  /** Path prefixes routed to it (prefer `ingress` rules). */
  routes?: AppRoute[];
  /** Its readiness check. */
  healthCheck?: AppHealthCheck;
  /** Its liveness check: an instance failing it is restarted. */
  livenessHealthCheck?: AppHealthCheck;
  /** Its cross-origin policy. */
  cors?: AppCorsPolicy;
  /** Autoscaling, instead of `instanceCount`. */
  autoscaling?: AppAutoscaling;
  /** How it is stopped. */
  termination?: {
    /** Seconds it keeps taking requests after being told to stop. */
    drainSeconds?: number;
    /** Seconds it has to stop before it is killed. */
    gracePeriodSeconds?: number;
  };
  /** Alerts on this component. */
  alerts?: AppAlertSpec[];
}

/** A worker: a component that runs continuously without answering HTTP. */
export interface AppWorkerSpec extends AppComponentSpec, AppInstanceSpec {
  /** Autoscaling, instead of `instanceCount`. */
  autoscaling?: AppAutoscaling;
  /** Its liveness check. */
  livenessHealthCheck?: AppHealthCheck;
  /** How it is stopped. */
  termination?: {
    /** Seconds it has to stop before it is killed. */
    gracePeriodSeconds?: number;
  };
  /** Alerts on this component. */
  alerts?: AppAlertSpec[];
}

/** A job: a component that runs to completion, around deployments. */
export interface AppJobSpec extends AppComponentSpec, AppInstanceSpec {
  /** When it runs: `PRE_DEPLOY`, `POST_DEPLOY` or `FAILED_DEPLOY`. */
  kind?: AppJobKind;
  /** How it is stopped. */
  termination?: {
    /** Seconds it has to stop before it is killed. */
    gracePeriodSeconds?: number;
  };
  /** Alerts on this component. */
  alerts?: AppAlertSpec[];
}

/** A static site: built once, served from the edge. */
export interface AppStaticSiteSpec extends AppComponentSpec {
  /** The directory the build writes, e.g. `dist/`. */
  outputDir?: string;
  /** The index page; default `index.html`. */
  indexDocument?: string;
  /** The page for missing paths; default `404.html`. */
  errorDocument?: string;
  /** The page served for every unknown path (single-page apps), exclusive with `errorDocument`. */
  catchallDocument?: string;
  /** Path prefixes routed to it (prefer `ingress` rules). */
  routes?: AppRoute[];
  /** Its cross-origin policy. */
  cors?: AppCorsPolicy;
}

/** A functions component: serverless functions deployed into a namespace. */
export interface AppFunctionsSpec {
  /** The component's name. */
  name: string;
  /** A GitHub repository holding the functions project. */
  github?: AppGitHubSource;
  /** A GitLab repository. */
  gitlab?: AppGitLabSource;
  /** A Bitbucket repository. */
  bitbucket?: AppBitbucketSource;
  /** A public Git repository. */
  git?: AppGitSource;
  /** The project's directory in the repository. */
  sourceDir?: string;
  /** Its environment variables. */
  envs?: AppEnvVar[];
  /** Path prefixes routed to it. */
  routes?: AppRoute[];
  /** Its cross-origin policy. */
  cors?: AppCorsPolicy;
  /** Alerts on its functions. */
  alerts?: AppAlertSpec[];
  /** Where its logs are also sent. */
  logDestinations?: AppLogDestination[];
}

/** A database the app uses: a dev database made with the app, or an existing managed cluster. */
export interface AppDatabaseSpec {
  /** The component's name; its connection details are `${name.DATABASE_URL}` in env values. */
  name: string;
  /** The engine: `PG`, `MYSQL`, `REDIS`, `MONGODB`, `KAFKA`, `OPENSEARCH` or `VALKEY`. */
  engine?: AppDatabaseEngine;
  /** The engine's major version, e.g. `16`. */
  version?: string;
  /** Whether it is an existing managed cluster (`clusterName`), rather than a dev database. */
  production?: boolean;
  /** The managed cluster's name, for `production` ones. */
  clusterName?: string;
  /** The database to use in the cluster. */
  dbName?: string;
  /** The user to connect as. */
  dbUser?: string;
}

/** A domain of the app. */
export interface AppDomainSpec {
  /** The host name, e.g. `app.example.com`. */
  domain: string;
  /** `DEFAULT`, `PRIMARY` or `ALIAS`. */
  type?: AppDomainType;
  /** Whether it is a wildcard domain. */
  wildcard?: boolean;
  /** The DigitalOcean DNS zone to manage the record in, e.g. `example.com`. */
  zone?: string;
  /** The oldest TLS version accepted: `1.2` or `1.3`. */
  minimumTlsVersion?: '1.2' | '1.3';
}

/** One ingress rule: requests that match go to a component, or are redirected. */
export interface AppIngressRule {
  /** What requests it takes: a path prefix and, optionally, a host. */
  match?: {
    /** The path. */
    path?: {
      /** The path prefix, e.g. `/api`. */
      prefix: string;
    };
    /** The host. */
    authority?: {
      /** The host name, exactly. */
      exact: string;
    };
  };
  /** The component that answers. */
  component?: {
    /** The component's name. */
    name: string;
    /** `'true'` to keep the matched prefix in the path the component sees. */
    preservePathPrefix?: string;
    /** What the matched prefix is replaced with, e.g. `/api/v1/`. */
    rewrite?: string;
  };
  /** A redirect instead of a component. */
  redirect?: {
    /** The path to redirect to. */
    uri?: string;
    /** The host to redirect to. */
    authority?: string;
    /** The port to redirect to. */
    port?: number;
    /** The scheme to redirect to, e.g. `https`. */
    scheme?: string;
    /** The status, e.g. 301 or 302 (the default). */
    redirectCode?: number;
  };
  /** Its cross-origin policy. */
  cors?: AppCorsPolicy;
}

/** How requests reach the app's components. */
export interface AppIngressSpec {
  /** The rules, tried in order. */
  rules?: AppIngressRule[];
  /** An `https://` page shown when the app cannot answer. */
  customErrorPageUrl?: string;
}

/** An alert of the app or of a component. */
export interface AppAlertSpec {
  /** What it watches, e.g. `DEPLOYMENT_FAILED`, `CPU_UTILIZATION`. */
  rule?: AppAlertRule;
  /** Whether it is off. */
  disabled?: boolean;
  /** `GREATER_THAN` or `LESS_THAN`, for metric rules. */
  operator?: AppAlertOperator;
  /** The threshold, for metric rules. */
  value?: number;
  /** The window the metric is measured over. */
  window?: AppAlertWindow;
}

/**
 * An app's specification: what users write to create or change an app (`client.apps.create({ spec })`,
 * `app.update(spec)`), and what `app.spec` and `deployment.spec` answer. Written in camelCase; sent
 * in the API's snake_case.
 *
 * @example
 * ```ts
 * const spec: AppSpec = {
 *   name: 'web-app',
 *   region: 'nyc',
 *   services: [{ name: 'api', github: { repo: 'acme/api', branch: 'main', deployOnPush: true }, instanceSizeSlug: 'apps-s-1vcpu-0.5gb', httpPort: 8080 }],
 *   workers: [{ name: 'queue', github: { repo: 'acme/api', branch: 'main' }, runCommand: 'bin/worker' }],
 *   envs: [{ key: 'LOG_LEVEL', value: 'info' }],
 * };
 * ```
 */
export interface AppSpec {
  /** The app's name, unique on the account: 2 to 32 lowercase letters, digits and `-`, starting with a letter. */
  name: string;
  /** The region to run in; default the nearest to the account. */
  region?: AppRegionSlug;
  /** Services (HTTP components). */
  services?: AppServiceSpec[];
  /** Static sites. */
  staticSites?: AppStaticSiteSpec[];
  /** Workers. */
  workers?: AppWorkerSpec[];
  /** Jobs. */
  jobs?: AppJobSpec[];
  /** Functions components. */
  functions?: AppFunctionsSpec[];
  /** Databases. */
  databases?: AppDatabaseSpec[];
  /** Domains. */
  domains?: AppDomainSpec[];
  /** How requests are routed to components. */
  ingress?: AppIngressSpec;
  /** App-wide environment variables, given to every component. */
  envs?: AppEnvVar[];
  /** App-wide alerts, e.g. `DEPLOYMENT_FAILED`. */
  alerts?: AppAlertSpec[];
  /** How the app reaches out. */
  egress?: {
    /** `DEDICATED_IP` for fixed egress addresses; `AUTOASSIGN` by default. */
    type?: 'AUTOASSIGN' | 'DEDICATED_IP';
  };
  /** Maintenance mode. */
  maintenance?: {
    /** Whether the app shows its offline page instead of answering. */
    enabled?: boolean;
    /** Whether the app is archived: stopped, kept, not billed for instances. */
    archive?: boolean;
    /** The page shown meanwhile. */
    offlinePageUrl?: string;
  };
  /** The VPC the app joins. */
  vpc?: {
    /** The VPC's id. */
    id?: string;
    /** The app's addresses in the VPC, as answered. */
    egressIps?: Array<{
      /** An address. */
      ip?: string;
    }>;
  };
  /** Turns off the edge cache. */
  disableEdgeCache?: boolean;
  /** Turns off email obfuscation. */
  disableEmailObfuscation?: boolean;
  /** Turns on enhanced threat control. */
  enhancedThreatControlEnabled?: boolean;
}

/** The kinds of components an app spec lists, by their key. */
export const COMPONENT_KINDS = ['services', 'staticSites', 'workers', 'jobs', 'functions', 'databases'] as const;

/** A component or app name: 2 to 32 lowercase letters, digits and `-`, starting with a letter, not ending with `-`. */
export const APP_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
const ENV_KEY = /^[_A-Za-z][_A-Za-z0-9]*$/;

const SPEC_KEYS = [...COMPONENT_KINDS, 'name', 'region', 'domains', 'ingress', 'envs', 'alerts', 'egress', 'maintenance', 'vpc', 'disableEdgeCache', 'disableEmailObfuscation', 'enhancedThreatControlEnabled'];
const SOURCES = ['github', 'gitlab', 'bitbucket', 'git', 'image'] as const;
const COMPONENT_KEYS = ['name', ...SOURCES, 'dockerfilePath', 'buildCommand', 'runCommand', 'sourceDir', 'envs', 'environmentSlug', 'logDestinations'];
const INSTANCE_KEYS = ['instanceCount', 'instanceSizeSlug'];
const KEYS: Record<(typeof COMPONENT_KINDS)[number], string[]> = {
  services: [...COMPONENT_KEYS, ...INSTANCE_KEYS, 'httpPort', 'protocol', 'internalPorts', 'routes', 'healthCheck', 'livenessHealthCheck', 'cors', 'autoscaling', 'termination', 'alerts'],
  workers: [...COMPONENT_KEYS, ...INSTANCE_KEYS, 'autoscaling', 'livenessHealthCheck', 'termination', 'alerts'],
  jobs: [...COMPONENT_KEYS, ...INSTANCE_KEYS, 'kind', 'termination', 'alerts'],
  staticSites: [...COMPONENT_KEYS, 'outputDir', 'indexDocument', 'errorDocument', 'catchallDocument', 'routes', 'cors'],
  functions: ['name', 'github', 'gitlab', 'bitbucket', 'git', 'sourceDir', 'envs', 'routes', 'cors', 'alerts', 'logDestinations'],
  databases: ['name', 'engine', 'version', 'production', 'clusterName', 'dbName', 'dbUser'],
};

/** One of `values`, when given. */
function checkEnum<T extends string>(field: string, value: unknown, values: readonly T[]): void {
  if (value !== undefined) oneOf(values)(field, value);
}

/** The objects of an optional array. */
function checkList(field: string, value: unknown): Array<Record<string, unknown>> {
  return value === undefined ? [] : checkArray(field, value, checkAttrs);
}

function checkEnvs(field: string, value: unknown): void {
  const seen = new Set<string>();
  for (const [i, env] of checkList(field, value).entries()) {
    if (typeof env.key !== 'string' || !ENV_KEY.test(env.key)) throw new ValidationError(`${field}[${i}].key`, `must be a variable name (letters, digits and "_", not starting with a digit), got ${JSON.stringify(env.key)}`);
    if (seen.has(env.key)) throw new ValidationError(`${field}[${i}].key`, `repeats ${env.key}`);
    seen.add(env.key);
    if (env.value !== undefined && typeof env.value !== 'string') throw new ValidationError(`${field}[${i}].value`, 'must be a string');
    checkEnum(`${field}[${i}].scope`, env.scope, ENV_SCOPES);
    checkEnum(`${field}[${i}].type`, env.type, ENV_TYPES);
  }
}

function checkAlerts(field: string, value: unknown): void {
  for (const [i, alert] of checkList(field, value).entries()) {
    checkEnum(`${field}[${i}].rule`, alert.rule, ALERT_RULES);
    checkEnum(`${field}[${i}].operator`, alert.operator, ALERT_OPERATORS);
    checkEnum(`${field}[${i}].window`, alert.window, ALERT_WINDOWS);
  }
}

function checkComponent(field: string, kind: (typeof COMPONENT_KINDS)[number], component: Record<string, unknown>): void {
  checkKeys(field, component, KEYS[kind], `a ${kind} component`);
  const sources = SOURCES.filter((source) => component[source] !== undefined);
  if (sources.length > 1) throw new ValidationError(field, `takes one source, got ${sources.join(' and ')}`);
  checkEnvs(`${field}.envs`, component.envs);
  checkAlerts(`${field}.alerts`, component.alerts);
  if (component.instanceCount !== undefined) {
    const count = component.instanceCount;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw new ValidationError(`${field}.instanceCount`, `must be a whole number >= 1, got ${JSON.stringify(count)}`);
    if (component.autoscaling !== undefined) throw new ValidationError(field, 'takes instanceCount or autoscaling, not both');
  }
  if (kind === 'jobs') checkEnum(`${field}.kind`, component.kind, JOB_KINDS);
  if (kind === 'databases') checkEnum(`${field}.engine`, component.engine, ENGINES);
}

/**
 * Checks an app spec before any request and returns it in the API's snake_case JSON.
 * @throws ValidationError naming the field at fault: a bad app or component name, a component name
 * used twice, two sources on one component, a bad env var key, scope or type, an unknown enum value
 * or attribute.
 */
export function checkAppSpec(field: string, value: unknown): Record<string, unknown> {
  const spec = checkAttrs(field, value);
  checkKeys(field, spec, SPEC_KEYS, 'an app spec');
  if (typeof spec.name !== 'string' || !APP_NAME.test(spec.name)) {
    throw new ValidationError(`${field}.name`, `must be 2 to 32 lowercase letters, digits and "-", starting with a letter, got ${JSON.stringify(spec.name)}`);
  }
  checkEnum(`${field}.region`, spec.region, APP_REGIONS);
  const names = new Set<string>();
  for (const kind of COMPONENT_KINDS) {
    for (const [i, component] of checkList(`${field}.${kind}`, spec[kind]).entries()) {
      const where = `${field}.${kind}[${i}]`;
      if (typeof component.name !== 'string' || !APP_NAME.test(component.name)) {
        throw new ValidationError(`${where}.name`, `must be 2 to 32 lowercase letters, digits and "-", starting with a letter, got ${JSON.stringify(component.name)}`);
      }
      if (names.has(component.name)) throw new ValidationError(`${where}.name`, `repeats the component name ${component.name}`);
      names.add(component.name);
      checkComponent(where, kind, component);
    }
  }
  for (const [i, domain] of checkList(`${field}.domains`, spec.domains).entries()) {
    if (typeof domain.domain !== 'string' || domain.domain === '') throw new ValidationError(`${field}.domains[${i}].domain`, 'is required');
    checkEnum(`${field}.domains[${i}].type`, domain.type, DOMAIN_TYPES);
  }
  checkEnvs(`${field}.envs`, spec.envs);
  checkAlerts(`${field}.alerts`, spec.alerts);
  return toWire(spec) as Record<string, unknown>;
}

/** `instance_size_slug` -> `instanceSizeSlug`. */
function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** The API's snake_case JSON of a spec as an {@link AppSpec} (a fresh copy, camelCase keys). */
export function appSpecFromWire(value: unknown): AppSpec {
  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([key, item]) => [camelCase(key), convert(item)]));
  };
  return convert(value) as AppSpec;
}
