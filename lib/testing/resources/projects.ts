import { randomUUID } from 'node:crypto';
import { body, created, defineModule, noContent, ok, strings, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { Refusal, unprocessable, type World } from '../world.js';
import { ACCOUNT } from './account.js';

/** A project as the API answers it. */
export interface ProjectJson {
  id: string;
  owner_uuid: string;
  owner_id: number;
  name: string;
  description: string;
  purpose: string;
  environment: string;
  created_at: string;
  updated_at: string;
  is_default: boolean;
}

/** A resource of a project as the API answers it. */
export interface ProjectResourceJson {
  urn: string;
  assigned_at: string;
  links: { self: string };
  status: 'ok' | 'assigned' | 'already_assigned' | 'not_found';
}

const ENVIRONMENTS = ['Development', 'Staging', 'Production'];

/** The listing path of each kind of URN. */
const PATHS: Record<string, string> = { droplet: 'droplets', volume: 'volumes', domain: 'domains', floatingip: 'floating_ips', loadbalancer: 'load_balancers' };

const preconditionFailed = (message: string): Refusal => new Refusal(412, 'precondition_failed', message);

/**
 * The projects, by id, and which project holds each resource. Every resource a project can hold
 * is announced as it is made and deleted (`resourceCreated`, `resourceDeleted`), so the
 * assignments are also the list of resources that exist.
 */
export class ProjectStore extends Store<ProjectJson, string> {
  /** URN -> project id and when it was assigned. */
  readonly assignments = new Map<string, { projectId: string; assignedAt: string }>();
  readonly defaultProjectId = randomUUID();

  constructor(world: World) {
    super(world);
    this.put(this.defaultProjectId, {
      id: this.defaultProjectId,
      owner_uuid: ACCOUNT.uuid,
      owner_id: 258992,
      name: 'first-project',
      description: 'The default project',
      purpose: 'Just trying out DigitalOcean',
      environment: 'Development',
      created_at: '2025-01-06T10:00:00Z',
      updated_at: '2025-01-06T10:00:00Z',
      is_default: true,
    });
    world.on('resourceCreated', (urn, projectId) => this.#assign(urn, projectId ?? this.defaultProjectId));
    world.on('resourceDeleted', (urn) => this.assignments.delete(urn));
  }

  /** The project with this id, or the default one for `default`; a 404 when there is none. */
  find(id: string): ProjectJson {
    return this.get(id === 'default' ? this.defaultProjectId : id);
  }

  /** Creates a project (no `existing`), or replaces (PUT) or patches one. */
  save(attrs: Record<string, unknown>, existing: ProjectJson | undefined, replace: boolean): ProjectJson {
    const whole = replace || !existing;
    if (whole && (typeof attrs.name !== 'string' || !attrs.name)) throw unprocessable('Name is required.');
    if (whole && (typeof attrs.purpose !== 'string' || !attrs.purpose)) throw unprocessable('Purpose is required.');
    if (attrs.environment !== undefined && (typeof attrs.environment !== 'string' || !ENVIRONMENTS.includes(attrs.environment))) throw unprocessable('Environment is invalid.');
    const given: Partial<Pick<ProjectJson, 'name' | 'purpose' | 'description' | 'environment'>> = {};
    for (const key of ['name', 'purpose', 'description', 'environment'] as const) {
      const value = attrs[key];
      if (value === undefined) continue;
      if (typeof value !== 'string') throw unprocessable(`${key} is invalid.`);
      given[key] = value;
    }
    const project: ProjectJson = existing ?? {
      id: randomUUID(),
      owner_uuid: ACCOUNT.uuid,
      owner_id: 258992,
      name: '',
      description: '',
      purpose: '',
      environment: 'Development',
      created_at: this.now(),
      updated_at: this.now(),
      is_default: false,
    };
    Object.assign(project, given);
    if (attrs.is_default === true) {
      for (const other of this.items.values()) other.is_default = false;
      project.is_default = true;
    }
    project.updated_at = this.now();
    return this.put(project.id, project);
  }

  /** Deletes an empty project other than the default one. */
  remove(project: ProjectJson): void {
    if (project.is_default) throw preconditionFailed('The default project cannot be deleted.');
    if ([...this.assignments.values()].some((a) => a.projectId === project.id)) throw preconditionFailed('Only empty projects can be deleted.');
    this.items.delete(project.id);
  }

  /** The resources the project holds. */
  resources(project: ProjectJson): ProjectResourceJson[] {
    return [...this.assignments].filter(([, a]) => a.projectId === project.id).map(([urn, a]) => this.#view(urn, a.assignedAt, 'ok'));
  }

  /** Moves resources (by URN) into the project; an unknown URN is `not_found`. */
  assign(project: ProjectJson, attrs: Record<string, unknown>): ProjectResourceJson[] {
    const urns = strings(attrs.resources);
    if (!urns.length) throw unprocessable('resources is required.');
    return urns.map((urn) => {
      const current = this.assignments.get(urn);
      if (!current) return this.#view(urn, this.now(), 'not_found');
      const already = current.projectId === project.id;
      this.#assign(urn, project.id);
      return this.#view(urn, this.assignments.get(urn)!.assignedAt, already ? 'already_assigned' : 'assigned');
    });
  }

  #view(urn: string, assignedAt: string, status: ProjectResourceJson['status']): ProjectResourceJson {
    const [, type, id] = urn.split(':');
    return { urn, assigned_at: assignedAt, links: { self: `https://api.digitalocean.com/v2/${PATHS[type] ?? type}/${id}` }, status };
  }

  #assign(urn: string, projectId: string): void {
    if (this.assignments.get(urn)?.projectId !== projectId) this.assignments.set(urn, { projectId, assignedAt: this.now() });
  }
}

/** Projects and their resources: `/v2/projects` ("default" is matched before the id templates). */
export const projects = defineModule('projects', (world) => new ProjectStore(world), (route) => {
  route('GET', '/v2/projects', (ctx, store) => ok(store.page(ctx, 'projects', store.list())));
  route('POST', '/v2/projects', (ctx, store) => created({ project: store.save(body(ctx), undefined, true) }));
  for (const template of ['/v2/projects/default', '/v2/projects/{project_id}']) {
    const project = (ctx: RouteContext, store: ProjectStore) => store.find(ctx.params.project_id ?? 'default');
    route('GET', template, (ctx, store) => ok({ project: project(ctx, store) }));
    route('PUT', template, (ctx, store) => ok({ project: store.save(body(ctx), project(ctx, store), true) }));
    route('PATCH', template, (ctx, store) => ok({ project: store.save(body(ctx), project(ctx, store), false) }));
    route('GET', `${template}/resources`, (ctx, store) => ok(store.page(ctx, 'resources', store.resources(project(ctx, store)))));
    route('POST', `${template}/resources`, (ctx, store) => ok({ resources: store.assign(project(ctx, store), body(ctx)) }));
  }
  route('DELETE', '/v2/projects/{project_id}', (ctx, store) => {
    store.remove(store.find(ctx.params.project_id));
    return noContent();
  });
});
