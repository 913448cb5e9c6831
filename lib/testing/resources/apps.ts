import { createHash, randomUUID } from 'node:crypto';
import { body, defineModule, found, isObject, ok, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { conflict, notFound, Refusal } from '../world.js';

/** The API's answer to an app spec it refuses: 400 `invalid_argument`. */
const invalid = (message: string): Refusal => new Refusal(400, 'invalid_argument', message);

type Json = Record<string, unknown>;

/** A deployment's phase. */
type Phase = 'PENDING_BUILD' | 'BUILDING' | 'DEPLOYING' | 'ACTIVE' | 'SUPERSEDED' | 'ERROR' | 'CANCELED';

/** One step of a deployment as the API writes it. */
interface StepJson {
  name: string;
  status: 'PENDING' | 'RUNNING' | 'SUCCESS' | 'ERROR';
  component_name?: string;
  message_base?: string;
  started_at?: string;
  ended_at?: string;
  reason?: { code: string; message: string };
  steps?: StepJson[];
}

/** A deployment as the API writes it. */
export interface DeploymentJson {
  [key: string]: unknown;
  id: string;
  cause: string;
  cloned_from?: string;
  phase: Phase;
  phase_last_updated_at: string;
  created_at: string;
  updated_at: string;
  progress: { pending_steps: number; running_steps: number; success_steps: number; error_steps: number; total_steps: number; steps: StepJson[] };
  services: Array<{ name: string; source_commit_hash: string }>;
  static_sites: Array<{ name: string; source_commit_hash: string }>;
  workers: Array<{ name: string; source_commit_hash: string }>;
  jobs: Array<{ name: string; source_commit_hash: string }>;
  functions: Array<{ name: string; source_commit_hash: string; namespace: string }>;
  spec: Json;
  tier_slug: string;
}

/** An app as the API writes it. */
export interface AppJson {
  [key: string]: unknown;
  id: string;
  owner_uuid: string;
  spec: Json;
  default_ingress: string;
  created_at: string;
  updated_at: string;
  last_deployment_created_at: string;
  region: Json;
  tier_slug: string;
  project_id?: string;
  domains: Json[];
  live_url?: string;
  live_url_base?: string;
  live_domain?: string;
  active_deployment?: DeploymentJson;
  in_progress_deployment?: DeploymentJson;
  pinned_deployment?: DeploymentJson;
}

/** An alert as the API writes it. */
interface AlertJson {
  id: string;
  component_name?: string;
  spec: Json;
  emails: string[];
  slack_webhooks: Array<{ url: string; channel?: string }>;
  phase: 'ACTIVE';
  progress: { steps: StepJson[] };
}

/** A job invocation as the API writes it. */
interface InvocationJson {
  id: string;
  job_name: string;
  deployment_id: string;
  phase: 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELED';
  trigger: Json;
  created_at: string;
  started_at?: string;
  completed_at?: string;
}

/** Everything the simulator keeps of one app. */
interface AppRecord {
  [key: string]: unknown;
  app: AppJson;
  /** Deployments, newest first, with the type `deployment_types` filters on. */
  deployments: Array<{ deployment: DeploymentJson; type: string }>;
  events: Json[];
  invocations: InvocationJson[];
  alerts: AlertJson[];
  /** The deployment that was active when a rollback not yet committed started. */
  rolledBackFrom?: DeploymentJson;
}

const COMPONENT_KINDS = ['services', 'static_sites', 'workers', 'jobs', 'functions', 'databases'] as const;
const NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
const ENV_KEY = /^[_A-Za-z][_A-Za-z0-9]*$/;
const OWNER = 'b7a8c4e2-9f3d-4c1b-8a6e-2d5f7e9c1a30';

function seedRegions(): Json[] {
  const region = (slug: string, label: string, flag: string, continent: string, dataCenters: string[], extra: Json = {}) => ({ slug, label, flag, continent, data_centers: dataCenters, ...extra });
  return [
    region('ams', 'Amsterdam', 'netherlands', 'Europe', ['ams3']),
    region('nyc', 'New York', 'usa', 'North America', ['nyc1', 'nyc3'], { default: true }),
    region('fra', 'Frankfurt', 'germany', 'Europe', ['fra1']),
    region('sfo', 'San Francisco', 'usa', 'North America', ['sfo3']),
    region('sgp', 'Singapore', 'singapore', 'Asia', ['sgp1']),
    region('blr', 'Bangalore', 'india', 'Asia', ['blr1']),
    region('tor', 'Toronto', 'canada', 'North America', ['tor1']),
    region('lon', 'London', 'uk', 'Europe', ['lon1']),
    region('syd', 'Sydney', 'australia', 'Australia', ['syd1']),
    region('atl', 'Atlanta', 'usa', 'North America', ['atl1']),
  ];
}

function seedInstanceSizes(): Json[] {
  const size = (slug: string, name: string, cpuType: string, cpus: number, memoryMb: number, usd: number, tier: string, extra: Json = {}) => ({
    name,
    slug,
    cpu_type: cpuType,
    cpus: String(cpus),
    memory_bytes: String(memoryMb * 1024 * 1024),
    usd_per_month: usd.toFixed(2),
    usd_per_second: (usd / (30 * 24 * 3600)).toFixed(12),
    tier_slug: tier,
    tier_upgrade_to: tier === 'basic' ? 'professional' : undefined,
    tier_downgrade_to: tier === 'professional' ? 'basic' : undefined,
    scalable: cpuType === 'DEDICATED' || tier === 'professional',
    bandwidth_allowance_gib: String(Math.round(usd * 10)),
    ...extra,
  });
  return [
    size('apps-s-1vcpu-0.5gb', 'Shared 1VCPU 0.5GB', 'SHARED', 1, 512, 5, 'basic', { single_instance_only: true }),
    size('apps-s-1vcpu-1gb-fixed', 'Shared 1VCPU 1GB Fixed', 'SHARED', 1, 1024, 10, 'basic', { single_instance_only: true }),
    size('apps-s-1vcpu-1gb', 'Shared 1VCPU 1GB', 'SHARED', 1, 1024, 12, 'professional'),
    size('apps-s-1vcpu-2gb', 'Shared 1VCPU 2GB', 'SHARED', 1, 2048, 25, 'professional'),
    size('apps-s-2vcpu-4gb', 'Shared 2VCPU 4GB', 'SHARED', 2, 4096, 50, 'professional'),
    size('apps-d-1vcpu-0.5gb', 'Dedicated 1VCPU 0.5GB', 'DEDICATED', 1, 512, 29, 'professional'),
    size('apps-d-1vcpu-1gb', 'Dedicated 1VCPU 1GB', 'DEDICATED', 1, 1024, 34, 'professional'),
    size('apps-d-2vcpu-4gb', 'Dedicated 2VCPU 4GB', 'DEDICATED', 2, 4096, 78, 'professional'),
  ];
}

function hash(...parts: string[]): string {
  return createHash('sha1').update(parts.join(':')).digest('hex');
}

function uuidFrom(...parts: string[]): string {
  const h = hash(...parts);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

/**
 * App Platform apps: specs checked as the API checks them (400 `invalid_argument`), deployments
 * that go `PENDING_BUILD`, `BUILDING`, `DEPLOYING`, then `ACTIVE` one world step at a time, and end
 * `ERROR` at the build step of a component whose `build_command` contains `exit 1`; rollbacks,
 * logs URLs, alerts, job invocations and events; the catalogue of app regions and instance sizes.
 */
export class AppStore extends Store<AppRecord, string> {
  readonly regions = seedRegions();
  readonly instanceSizes = seedInstanceSizes();

  /** The app with this id; a 404 when there is none. */
  find(id: string): AppRecord {
    return this.get(id);
  }

  /** Checks a spec as the API does and returns it with the API's defaults filled in. */
  checkSpec(value: unknown, appId?: string): Json {
    if (!isObject(value)) throw invalid('spec is required');
    const spec = structuredClone(value) as Json;
    if (typeof spec.name !== 'string' || !NAME.test(spec.name)) throw invalid(`error validating app spec field "name": must match ${NAME.source}`);
    if (spec.region !== undefined && !this.regions.some((r) => r.slug === spec.region)) throw invalid(`error validating app spec field "region": unknown region ${JSON.stringify(spec.region)}`);
    spec.region ??= 'nyc';
    const names = new Set<string>();
    let count = 0;
    for (const kind of COMPONENT_KINDS) {
      for (const component of list(spec[kind])) {
        count++;
        if (typeof component.name !== 'string' || !NAME.test(component.name)) throw invalid(`error validating app spec field "${kind}.name": must match ${NAME.source}`);
        if (names.has(component.name)) throw invalid(`error validating app spec: component name ${component.name} is used twice`);
        names.add(component.name);
        for (const env of list(component.envs)) {
          if (typeof env.key !== 'string' || !ENV_KEY.test(env.key)) throw invalid(`error validating app spec field "${kind}.envs.key": invalid key ${JSON.stringify(env.key)}`);
        }
        if (kind === 'services' || kind === 'workers' || kind === 'jobs') {
          component.instance_size_slug ??= 'apps-s-1vcpu-0.5gb';
          if (!this.instanceSizes.some((s) => s.slug === component.instance_size_slug)) throw invalid(`error validating app spec field "${kind}.instance_size_slug": unknown size ${JSON.stringify(component.instance_size_slug)}`);
          if (component.autoscaling === undefined) component.instance_count ??= 1;
        }
        if (kind === 'services') component.http_port ??= 8080;
      }
    }
    if (count === 0) throw invalid('error validating app spec: an app must have at least one component');
    for (const env of list(spec.envs)) {
      if (typeof env.key !== 'string' || !ENV_KEY.test(env.key)) throw invalid(`error validating app spec field "envs.key": invalid key ${JSON.stringify(env.key)}`);
    }
    const taken = [...this.items.values()].find((r) => r.app.spec.name === spec.name && r.app.id !== appId);
    if (taken) throw conflict(`an app named ${String(spec.name)} already exists`);
    return spec;
  }

  /** The monthly cost of a spec in US dollars. */
  cost(spec: Json): number {
    let total = 0;
    for (const kind of ['services', 'workers', 'jobs'] as const) {
      for (const component of list(spec[kind])) {
        const size = this.instanceSizes.find((s) => s.slug === component.instance_size_slug);
        total += Number(size?.usd_per_month ?? 0) * Number(component.instance_count ?? 1);
      }
    }
    return Math.round(total);
  }

  /** The API's view of a spec before it is applied. */
  propose(attrs: Json): Json {
    const appId = typeof attrs.app_id === 'string' ? attrs.app_id : undefined;
    if (appId !== undefined) this.find(appId);
    let spec: Json;
    let available = true;
    try {
      spec = this.checkSpec(attrs.spec, appId);
    } catch (error) {
      if (!(error instanceof Refusal) || error.status !== 409) throw error;
      available = false;
      spec = this.checkSpec({ ...(attrs.spec as Json), name: `${String((attrs.spec as Json).name).slice(0, 28)}-2` }, appId);
      spec.name = (attrs.spec as Json).name;
    }
    const isStatic = list(spec.static_sites).length > 0 && ['services', 'workers', 'jobs', 'functions'].every((k) => list(spec[k]).length === 0);
    return {
      app_is_static: isStatic,
      app_name_available: available,
      ...(available ? {} : { app_name_suggestion: `${String(spec.name).slice(0, 28)}-2` }),
      existing_static_apps: String([...this.items.values()].filter((r) => list(r.app.spec.static_sites).length > 0).length),
      spec,
      app_cost: this.cost(spec),
      app_tier_downgrade_cost: this.cost(spec),
    };
  }

  /** Creates an app and starts its first deployment. */
  create(attrs: Json): AppJson {
    const spec = this.checkSpec(attrs.spec);
    const id = randomUUID();
    const now = this.now();
    const region = this.regions.find((r) => r.slug === spec.region)!;
    const app: AppJson = {
      id,
      owner_uuid: OWNER,
      spec,
      default_ingress: `https://${String(spec.name)}-${hash(id).slice(0, 5)}.ondigitalocean.app`,
      created_at: now,
      updated_at: now,
      last_deployment_created_at: now,
      region: structuredClone(region),
      tier_slug: 'basic',
      domains: [],
      ...(typeof attrs.project_id === 'string' ? { project_id: attrs.project_id } : {}),
    };
    const record: AppRecord = { app, deployments: [], events: [], invocations: [], alerts: [] };
    this.put(id, record);
    this.#syncAlerts(record);
    this.deploy(record, { cause: 'initial deployment', type: 'MANUAL' });
    return app;
  }

  /** Replaces an app's spec and deploys it. */
  update(id: string, attrs: Json): AppJson {
    const record = this.find(id);
    const spec = this.checkSpec(attrs.spec, id);
    if (spec.region !== record.app.spec.region) throw invalid('the region of an app cannot be changed');
    record.app.spec = spec;
    record.app.updated_at = this.now();
    this.#syncAlerts(record);
    this.deploy(record, { cause: 'app spec updated', type: 'MANUAL' });
    return record.app;
  }

  /** Deletes an app and everything it has. */
  remove(id: string): Json {
    this.delete(id);
    return { id };
  }

  /**
   * Starts a deployment of the app's spec (or `spec`); a deployment still in progress is canceled.
   * Its phases advance one world step at a time.
   */
  deploy(record: AppRecord, options: { cause: string; type: string; spec?: Json; clonedFrom?: string; pin?: boolean }): DeploymentJson {
    const previous = record.app.in_progress_deployment;
    if (previous) this.#end(record, previous, 'CANCELED');
    const now = this.now();
    const spec = structuredClone(options.spec ?? record.app.spec);
    const commit = (name: string) => hash(record.app.id, name, String(record.deployments.length)).slice(0, 40);
    const built = (kind: string) => list(spec[kind]).map((c) => ({ name: String(c.name), source_commit_hash: commit(String(c.name)) }));
    const deployment: DeploymentJson = {
      id: randomUUID(),
      cause: options.cause,
      ...(options.clonedFrom ? { cloned_from: options.clonedFrom } : {}),
      phase: 'PENDING_BUILD',
      phase_last_updated_at: now,
      created_at: now,
      updated_at: now,
      progress: { pending_steps: 0, running_steps: 0, success_steps: 0, error_steps: 0, total_steps: 0, steps: [] },
      services: built('services'),
      static_sites: built('static_sites'),
      workers: built('workers'),
      jobs: built('jobs'),
      functions: list(spec.functions).map((c) => ({ name: String(c.name), source_commit_hash: commit(String(c.name)), namespace: `ap-${record.app.id}` })),
      spec,
      tier_slug: record.app.tier_slug,
    };
    this.#steps(deployment, 'PENDING_BUILD');
    record.deployments.unshift({ deployment, type: options.type });
    record.app.in_progress_deployment = deployment;
    record.app.last_deployment_created_at = now;
    record.events.unshift({ id: randomUUID(), type: 'DEPLOYMENT', created_at: now, deployment_id: deployment.id, deployment });
    if (options.pin) record.app.pinned_deployment = deployment;
    for (const job of list(spec.jobs)) {
      record.invocations.unshift({
        id: randomUUID(),
        job_name: String(job.name),
        deployment_id: deployment.id,
        phase: 'PENDING',
        trigger: { type: 'MANUAL', manual: { user: { uuid: OWNER, email: 'sammy@example.com', full_name: 'Sammy Shark' } } },
        created_at: now,
      });
    }
    const failing = COMPONENT_KINDS.flatMap((kind) => list(spec[kind])).find((c) => typeof c.build_command === 'string' && c.build_command.includes('exit 1'));
    const step = (from: Phase, apply: () => void) => {
      this.world.schedule(() => {
        if (!this.items.has(record.app.id) || deployment.phase !== from) return;
        apply();
      });
    };
    step('PENDING_BUILD', () => {
      this.#phase(deployment, 'BUILDING');
      this.#invocations(record, deployment, 'RUNNING');
      step('BUILDING', () => {
        if (failing) {
          this.#steps(deployment, 'ERROR', String(failing.name));
          this.#end(record, deployment, 'ERROR');
          return;
        }
        this.#phase(deployment, 'DEPLOYING');
        step('DEPLOYING', () => {
          this.#invocations(record, deployment, 'SUCCEEDED');
          this.#end(record, deployment, 'ACTIVE');
        });
      });
    });
    return deployment;
  }

  /** The deployment with this id of an app; a 404 when there is none. */
  deployment(record: AppRecord, id: string): DeploymentJson {
    return found(record.deployments.find((d) => d.deployment.id === id)).deployment;
  }

  /** Cancels a deployment in progress. */
  cancel(record: AppRecord, id: string): DeploymentJson {
    const deployment = this.deployment(record, id);
    if (!['PENDING_BUILD', 'BUILDING', 'DEPLOYING'].includes(deployment.phase)) throw invalid(`deployment ${id} is ${deployment.phase} and cannot be canceled`);
    this.#end(record, deployment, 'CANCELED');
    return deployment;
  }

  /** Why a rollback to `deploymentId` cannot go ahead, or nothing. */
  rollbackProblem(record: AppRecord, deploymentId: unknown): { code: string; message: string } | undefined {
    if (typeof deploymentId !== 'string') throw invalid('deployment_id is required');
    const target = this.deployment(record, deploymentId);
    if (record.app.pinned_deployment) return { code: 'app_pinned', message: 'the app is pinned by a rollback: commit or revert it first' };
    if (target.phase !== 'SUPERSEDED') return { code: 'incompatible_phase', message: `only a deployment that was live before the active one can be rolled back to; this one is ${target.phase}` };
    return undefined;
  }

  /** Rolls an app back to an earlier deployment. */
  rollback(record: AppRecord, attrs: Json): DeploymentJson {
    const problem = this.rollbackProblem(record, attrs.deployment_id);
    if (problem) throw invalid(problem.message);
    const target = this.deployment(record, attrs.deployment_id as string);
    record.rolledBackFrom = record.app.active_deployment;
    record.app.spec = structuredClone(target.spec);
    return this.deploy(record, { cause: `manual rollback to ${target.id}`, type: 'MANUAL_ROLLBACK', spec: target.spec, clonedFrom: target.id, pin: attrs.skip_pin !== true });
  }

  /** Keeps a rollback: the app is unpinned. */
  commitRollback(record: AppRecord): void {
    if (!record.rolledBackFrom) throw invalid('the app has no rollback to commit');
    delete record.app.pinned_deployment;
    delete record.rolledBackFrom;
  }

  /** Undoes a rollback: deploys what ran before it. */
  revertRollback(record: AppRecord): DeploymentJson {
    const before = record.rolledBackFrom;
    if (!before) throw invalid('the app has no rollback to revert');
    delete record.app.pinned_deployment;
    delete record.rolledBackFrom;
    record.app.spec = structuredClone(before.spec);
    return this.deploy(record, { cause: 'revert of a rollback', type: 'MANUAL_ROLLBACK', spec: before.spec, clonedFrom: before.id });
  }

  /** Restarts components: a deployment of the same spec. */
  restart(record: AppRecord, attrs: Json): DeploymentJson {
    const known = this.#componentNames(record.app.spec);
    for (const name of list(attrs.components) as unknown[]) if (!known.includes(name as string)) throw invalid(`unknown component ${JSON.stringify(name)}`);
    return this.deploy(record, { cause: 'manual restart', type: 'MANUAL' });
  }

  /** The logs URLs of a deployment (or of one of its components). */
  logs(ctx: RouteContext, record: AppRecord, deployment: DeploymentJson | undefined): Json {
    const type = ctx.query.get('type');
    if (!type || !['UNSPECIFIED', 'BUILD', 'DEPLOY', 'RUN', 'RUN_RESTARTED', 'AUTOSCALE_EVENT'].includes(type)) throw invalid('type must be one of BUILD, DEPLOY, RUN, RUN_RESTARTED, AUTOSCALE_EVENT');
    if (!deployment) throw notFound();
    const component = ctx.params.component_name;
    if (component !== undefined && !this.#componentNames(deployment.spec).includes(component)) throw notFound();
    return this.#logUrls(record, `${deployment.id}/${component ?? 'all'}/${type.toLowerCase()}`, ctx.query.get('follow') === 'true');
  }

  /** A console URL on a component. */
  exec(ctx: RouteContext, record: AppRecord, deployment: DeploymentJson | undefined): Json {
    if (!deployment || deployment.phase !== 'ACTIVE') throw invalid('the deployment is not active');
    const component = ctx.params.component_name;
    const runs = ['services', 'workers'].flatMap((k) => list(deployment.spec[k])).some((c) => c.name === component);
    if (!runs) throw notFound();
    return { url: `wss://exec-${String(record.app.region.slug)}.ondigitalocean.app/?token=${hash(record.app.id, deployment.id, component, ctx.query.get('instance_name') ?? '')}` };
  }

  /** The instances of the active deployment. */
  instances(record: AppRecord): Json {
    const spec = record.app.active_deployment?.spec ?? {};
    const instances: Json[] = [];
    for (const [kind, type] of [['services', 'SERVICE'], ['workers', 'WORKER']] as const) {
      for (const component of list(spec[kind])) {
        const pod = hash(record.app.active_deployment!.id, String(component.name)).slice(0, 10);
        for (let i = 0; i < Number(component.instance_count ?? 1); i++) {
          instances.push({ component_name: component.name, component_type: type, instance_name: `${String(component.name)}-${pod}-${hash(pod, String(i)).slice(0, 5)}`, instance_alias: `${String(component.name)}-${i}` });
        }
      }
    }
    return { instances };
  }

  /** The health of the active deployment's components. */
  health(record: AppRecord): Json {
    const spec = record.app.active_deployment?.spec ?? {};
    const components = ['services', 'workers'].flatMap((kind) =>
      list(spec[kind]).map((c) => ({
        name: c.name,
        state: 'HEALTHY',
        cpu_usage_percent: (parseInt(hash(record.app.id, String(c.name)).slice(0, 2), 16) % 60) + 5,
        memory_usage_percent: (parseInt(hash(String(c.name), record.app.id).slice(0, 2), 16) % 60) + 10,
        replicas_desired: Number(c.instance_count ?? 1),
        replicas_ready: Number(c.instance_count ?? 1),
      })),
    );
    const functions = list(spec.functions).map((c) => ({ name: c.name, functions_component_health_metrics: [{ metric_label: 'activations_count', metric_value: 0, time_window: '1h' }] }));
    return { app_health: { components, functions_components: functions } };
  }

  /** Bandwidth of apps on one day (yesterday by default). */
  bandwidth(ids: string[], date: string | null): Json {
    const day = date ? new Date(date) : new Date(this.world.now() - 86_400_000);
    if (Number.isNaN(day.getTime())) throw invalid('date must be an RFC 3339 timestamp');
    const iso = `${day.toISOString().slice(0, 10)}T00:00:00Z`;
    return {
      app_bandwidth_usage: ids.map((id) => (this.find(id), { app_id: id, bandwidth_bytes: String(parseInt(hash(id, iso).slice(0, 6), 16)) })),
      date: iso,
    };
  }

  /** Sets who an alert notifies. */
  assignDestinations(record: AppRecord, alertId: string, attrs: Json): AlertJson {
    const alert = found(record.alerts.find((a) => a.id === alertId));
    const emails = attrs.emails ?? [];
    const hooks = attrs.slack_webhooks ?? [];
    if (!Array.isArray(emails) || emails.some((e) => typeof e !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e))) throw invalid('emails must be email addresses');
    if (!Array.isArray(hooks) || hooks.some((h: Json) => typeof h?.url !== 'string' || !h.url.startsWith('https://'))) throw invalid('slack_webhooks must have https URLs');
    alert.emails = emails as string[];
    alert.slack_webhooks = hooks as AlertJson['slack_webhooks'];
    return alert;
  }

  /** A job invocation; a 404 when there is none (or it is of another job than `job_name`). */
  invocation(ctx: RouteContext, record: AppRecord): InvocationJson {
    const invocation = record.invocations.find((i) => i.id === ctx.params.job_invocation_id);
    const job = ctx.params.job_name ?? ctx.query.get('job_name');
    if (!invocation || (job && invocation.job_name !== job)) throw notFound();
    return invocation;
  }

  /** Cancels a job invocation that has not ended. */
  cancelInvocation(ctx: RouteContext, record: AppRecord): InvocationJson {
    const invocation = this.invocation(ctx, record);
    if (invocation.phase !== 'PENDING' && invocation.phase !== 'RUNNING') throw invalid(`job invocation ${invocation.id} is ${invocation.phase} and cannot be canceled`);
    invocation.phase = 'CANCELED';
    invocation.completed_at = this.now();
    return invocation;
  }

  /** The logs URLs of a job invocation. */
  invocationLogs(ctx: RouteContext, record: AppRecord): Json {
    if (ctx.query.get('type') !== 'JOB_INVOCATION') throw invalid('type must be JOB_INVOCATION');
    const invocation = this.invocation(ctx, record);
    return this.#logUrls(record, `jobs/${invocation.job_name}/${invocation.id}`, ctx.query.get('follow') === 'true');
  }

  /** An event; a 404 when there is none. */
  event(record: AppRecord, id: string): Json {
    return found(record.events.find((e) => e.id === id));
  }

  /** Cancels an event: the deployment it is about, while in progress. */
  cancelEvent(record: AppRecord, id: string): Json {
    const event = this.event(record, id);
    this.cancel(record, event.deployment_id as string);
    return event;
  }

  /** The logs URLs of an event. */
  eventLogs(ctx: RouteContext, record: AppRecord): Json {
    const event = this.event(record, ctx.params.event_id);
    return this.logs({ ...ctx, params: { ...ctx.params, component_name: undefined as unknown as string } }, record, event.deployment as DeploymentJson);
  }

  #logUrls(record: AppRecord, key: string, follow: boolean): Json {
    const host = `https://logs-${String(record.app.region.slug)}.ondigitalocean.app`;
    const token = hash(record.app.id, key);
    return {
      live_url: `${follow ? 'wss' : 'https'}://logs-${String(record.app.region.slug)}.ondigitalocean.app/live/${record.app.id}/${key}?token=${token}`,
      historic_urls: [`${host}/historic/${record.app.id}/${key}/0.log?token=${token}`],
    };
  }

  #componentNames(spec: Json): string[] {
    return COMPONENT_KINDS.flatMap((kind) => list(spec[kind]).map((c) => String(c.name)));
  }

  #phase(deployment: DeploymentJson, phase: Phase): void {
    deployment.phase = phase;
    deployment.phase_last_updated_at = deployment.updated_at = this.now();
    this.#steps(deployment, phase);
  }

  /** Ends a deployment: `ACTIVE` (the previous active one is superseded), `ERROR` or `CANCELED`. */
  #end(record: AppRecord, deployment: DeploymentJson, phase: 'ACTIVE' | 'ERROR' | 'CANCELED'): void {
    const { app } = record;
    if (phase === 'ACTIVE') {
      if (app.active_deployment) this.#phase(app.active_deployment, 'SUPERSEDED');
      app.active_deployment = deployment;
      app.live_url = app.default_ingress;
      app.live_url_base = app.default_ingress;
      app.live_domain = app.default_ingress.replace('https://', '');
    }
    if (phase !== 'ERROR') this.#phase(deployment, phase);
    else {
      deployment.phase = 'ERROR';
      deployment.phase_last_updated_at = deployment.updated_at = this.now();
      this.#invocations(record, deployment, 'FAILED');
    }
    if (phase === 'CANCELED') this.#invocations(record, deployment, 'CANCELED');
    if (app.in_progress_deployment?.id === deployment.id) delete app.in_progress_deployment;
    if (phase !== 'ACTIVE' && app.pinned_deployment?.id === deployment.id) delete app.pinned_deployment;
  }

  #invocations(record: AppRecord, deployment: DeploymentJson, phase: InvocationJson['phase']): void {
    const now = this.now();
    for (const invocation of record.invocations) {
      if (invocation.deployment_id !== deployment.id || !['PENDING', 'RUNNING'].includes(invocation.phase)) continue;
      invocation.phase = phase;
      if (phase === 'RUNNING') invocation.started_at = now;
      else invocation.completed_at = now;
    }
  }

  /** Writes a deployment's steps as they are in `phase` (`ERROR`: the build of `failed` failed). */
  #steps(deployment: DeploymentJson, phase: Phase, failed?: string): void {
    const now = this.now();
    const components = ['services', 'static_sites', 'workers', 'jobs', 'functions'].flatMap((kind) => list(deployment.spec[kind]).map((c) => String(c.name)));
    const state = (stage: 'build' | 'deploy'): StepJson['status'] => {
      if (phase === 'ERROR') return stage === 'build' ? 'ERROR' : 'PENDING';
      const order: Phase[] = ['PENDING_BUILD', 'BUILDING', 'DEPLOYING', 'ACTIVE'];
      const at = ['SUPERSEDED', 'ACTIVE'].includes(phase) ? 3 : phase === 'CANCELED' ? -1 : order.indexOf(phase);
      const running = stage === 'build' ? 1 : 2;
      return at > running ? 'SUCCESS' : at === running ? 'RUNNING' : 'PENDING';
    };
    const stage = (name: 'build' | 'deploy'): StepJson => {
      const status = state(name);
      const steps = components.map((component): StepJson => {
        const own: StepJson['status'] = status === 'ERROR' ? (component === failed ? 'ERROR' : 'SUCCESS') : status;
        return {
          name: `${name}-${component}`,
          component_name: component,
          message_base: `${name === 'build' ? 'Building' : 'Deploying'} ${component}`,
          status: own,
          ...(own !== 'PENDING' ? { started_at: deployment.created_at } : {}),
          ...(own === 'SUCCESS' || own === 'ERROR' ? { ended_at: now } : {}),
          ...(own === 'ERROR' ? { reason: { code: 'BuildJobExitNonZero', message: `the build of ${component} exited with a non-zero code` } } : {}),
        };
      });
      return { name, status, steps, ...(status !== 'PENDING' ? { started_at: deployment.created_at } : {}), ...(status === 'SUCCESS' || status === 'ERROR' ? { ended_at: now } : {}) };
    };
    const steps = [stage('build'), stage('deploy')];
    const all = steps.flatMap((s) => s.steps ?? []);
    const count = (status: StepJson['status']) => all.filter((s) => s.status === status).length;
    deployment.progress = { pending_steps: count('PENDING'), running_steps: count('RUNNING'), success_steps: count('SUCCESS'), error_steps: count('ERROR'), total_steps: all.length, steps };
  }

  /** The alerts a spec configures, keeping the destinations of alerts it kept. */
  #syncAlerts(record: AppRecord): void {
    const { spec } = record.app;
    const wanted: Array<{ component?: string; spec: Json }> = list(spec.alerts).map((a) => ({ spec: a }));
    for (const kind of COMPONENT_KINDS) for (const c of list(spec[kind])) for (const a of list(c.alerts)) wanted.push({ component: String(c.name), spec: a });
    record.alerts = wanted.map(({ component, spec: alertSpec }) => {
      const id = uuidFrom(record.app.id, component ?? '', String(alertSpec.rule));
      const kept = record.alerts.find((a) => a.id === id);
      return {
        id,
        ...(component ? { component_name: component } : {}),
        spec: alertSpec,
        emails: kept?.emails ?? ['sammy@example.com'],
        slack_webhooks: kept?.slack_webhooks ?? [],
        phase: 'ACTIVE',
        progress: { steps: [{ name: 'alert-configure-insight-alert', status: 'SUCCESS', started_at: this.now(), ended_at: this.now() }] },
      };
    });
  }
}

function record(ctx: RouteContext, apps: AppStore, name = 'app_id'): AppRecord {
  return apps.find(ctx.params[name]);
}

function deploymentPage(ctx: RouteContext, rec: AppRecord, apps: AppStore): Json {
  const types = ctx.query.getAll('deployment_types');
  const items = rec.deployments.filter((d) => types.length === 0 || types.includes(d.type)).map((d) => d.deployment);
  return apps.page(ctx, 'deployments', items);
}

/** App Platform: `/v2/apps`. */
export const apps = defineModule('apps', (world) => new AppStore(world), (route) => {
  // literal paths before the `{id}` templates they would also match
  route('GET', '/v2/apps/regions', (_ctx, store) => ok({ regions: store.regions }));
  route('GET', '/v2/apps/tiers/instance_sizes', (_ctx, store) => ok({ instance_sizes: store.instanceSizes, discount_percent: 0 }));
  route('GET', '/v2/apps/tiers/instance_sizes/{slug}', (ctx, store) => {
    const size = found(store.instanceSizes.find((s) => s.slug === ctx.params.slug));
    return ok({ instance_size: size });
  });
  route('POST', '/v2/apps/propose', (ctx, store) => ok(store.propose(body(ctx))));
  route('POST', '/v2/apps/metrics/bandwidth_daily', (ctx, store) => {
    const attrs = body(ctx);
    if (!Array.isArray(attrs.app_ids) || attrs.app_ids.length === 0) throw invalid('app_ids is required');
    return ok(store.bandwidth(attrs.app_ids as string[], typeof attrs.date === 'string' ? attrs.date : null));
  });
  route('GET', '/v2/apps', (ctx, store) => ok(store.page(ctx, 'apps', store.list().map((r) => r.app))));
  route('POST', '/v2/apps', (ctx, store) => ok({ app: store.create(body(ctx)) }));
  route('GET', '/v2/apps/{id}', (ctx, store) => ok({ app: store.find(ctx.params.id).app }));
  route('PUT', '/v2/apps/{id}', (ctx, store) => ok({ app: store.update(ctx.params.id, body(ctx)) }));
  route('DELETE', '/v2/apps/{id}', (ctx, store) => ok(store.remove(ctx.params.id)));

  route('GET', '/v2/apps/{app_id}/deployments', (ctx, store) => ok(deploymentPage(ctx, record(ctx, store), store)));
  route('POST', '/v2/apps/{app_id}/deployments', (ctx, store) => {
    const attrs = body(ctx);
    return ok({ deployment: store.deploy(record(ctx, store), { cause: attrs.force_build === true ? 'manual, forced build' : 'manual', type: 'MANUAL' }) });
  });
  route('GET', '/v2/apps/{app_id}/deployments/{deployment_id}', (ctx, store) => ok({ deployment: store.deployment(record(ctx, store), ctx.params.deployment_id) }));
  route('POST', '/v2/apps/{app_id}/deployments/{deployment_id}/cancel', (ctx, store) => ok({ deployment: store.cancel(record(ctx, store), ctx.params.deployment_id) }));
  route('GET', '/v2/apps/{app_id}/deployments/{deployment_id}/logs', (ctx, store) => {
    const rec = record(ctx, store);
    return ok(store.logs(ctx, rec, store.deployment(rec, ctx.params.deployment_id)));
  });
  route('GET', '/v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/logs', (ctx, store) => {
    const rec = record(ctx, store);
    return ok(store.logs(ctx, rec, store.deployment(rec, ctx.params.deployment_id)));
  });
  route('GET', '/v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/exec', (ctx, store) => {
    const rec = record(ctx, store);
    return ok(store.exec(ctx, rec, store.deployment(rec, ctx.params.deployment_id)));
  });
  route('GET', '/v2/apps/{app_id}/logs', (ctx, store) => {
    const rec = record(ctx, store);
    return ok(store.logs(ctx, rec, rec.app.active_deployment));
  });
  route('GET', '/v2/apps/{app_id}/components/{component_name}/logs', (ctx, store) => {
    const rec = record(ctx, store);
    return ok(store.logs(ctx, rec, rec.app.active_deployment));
  });
  route('GET', '/v2/apps/{app_id}/components/{component_name}/exec', (ctx, store) => {
    const rec = record(ctx, store);
    return ok(store.exec(ctx, rec, rec.app.active_deployment));
  });
  route('POST', '/v2/apps/{app_id}/restart', (ctx, store) => ok({ deployment: store.restart(record(ctx, store), (ctx.body ?? {}) as Json) }));
  route('GET', '/v2/apps/{app_id}/instances', (ctx, store) => ok(store.instances(record(ctx, store))));
  route('GET', '/v2/apps/{app_id}/health', (ctx, store) => ok(store.health(record(ctx, store))));
  route('GET', '/v2/apps/{app_id}/metrics/bandwidth_daily', (ctx, store) => ok(store.bandwidth([record(ctx, store).app.id], ctx.query.get('date'))));

  route('POST', '/v2/apps/{app_id}/rollback/validate', (ctx, store) => {
    const problem = store.rollbackProblem(record(ctx, store), body(ctx).deployment_id);
    return ok(problem ? { valid: false, error: { ...problem, components: [] }, warnings: [] } : { valid: true, warnings: [] });
  });
  route('POST', '/v2/apps/{app_id}/rollback/commit', (ctx, store) => {
    store.commitRollback(record(ctx, store));
    return { status: 200 };
  });
  route('POST', '/v2/apps/{app_id}/rollback/revert', (ctx, store) => ok({ deployment: store.revertRollback(record(ctx, store)) }));
  route('POST', '/v2/apps/{app_id}/rollback', (ctx, store) => ok({ deployment: store.rollback(record(ctx, store), body(ctx)) }));

  route('GET', '/v2/apps/{app_id}/alerts', (ctx, store) => ok({ alerts: record(ctx, store).alerts }));
  route('POST', '/v2/apps/{app_id}/alerts/{alert_id}/destinations', (ctx, store) => ok({ alert: store.assignDestinations(record(ctx, store), ctx.params.alert_id, body(ctx)) }));

  route('GET', '/v2/apps/{app_id}/job-invocations', (ctx, store) => {
    const rec = record(ctx, store);
    const jobs = ctx.query.getAll('job_names');
    const deployment = ctx.query.get('deployment_id');
    const items = rec.invocations.filter((i) => (jobs.length === 0 || jobs.includes(i.job_name)) && (!deployment || i.deployment_id === deployment));
    return ok(store.page(ctx, 'job_invocations', items));
  });
  route('GET', '/v2/apps/{app_id}/job-invocations/{job_invocation_id}', (ctx, store) => ok(store.invocation(ctx, record(ctx, store))));
  route('POST', '/v2/apps/{app_id}/job-invocations/{job_invocation_id}/cancel', (ctx, store) => ok(store.cancelInvocation(ctx, record(ctx, store))));
  route('GET', '/v2/apps/{app_id}/jobs/{job_name}/invocations/{job_invocation_id}/logs', (ctx, store) => ok(store.invocationLogs(ctx, record(ctx, store))));

  route('GET', '/v2/apps/{app_id}/events', (ctx, store) => {
    const types = ctx.query.getAll('event_types');
    return ok(store.page(ctx, 'events', record(ctx, store).events.filter((e) => types.length === 0 || types.includes(e.type as string))));
  });
  route('GET', '/v2/apps/{app_id}/events/{event_id}', (ctx, store) => ok({ event: store.event(record(ctx, store), ctx.params.event_id) }));
  route('POST', '/v2/apps/{app_id}/events/{event_id}/cancel', (ctx, store) => ok({ event: store.cancelEvent(record(ctx, store), ctx.params.event_id) }));
  route('GET', '/v2/apps/{app_id}/events/{event_id}/logs', (ctx, store) => ok(store.eventLogs(ctx, record(ctx, store))));
});
