import { Project, checkProject, type Assignable, type ProjectAttributes } from '../../models/project.js';
import { path } from '../path.js';
import type { ProjectResource } from '../../models/project-resource.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkUuid } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/** A project id, or `default` for the account's default project. */
function projectId(id: unknown): string {
  return id === 'default' ? 'default' : checkUuid('id', id);
}

/**
 * `client.projects`: projects, the default project, and the resources in them.
 * @example `const project = await client.projects.getDefault(); await project.assign([droplet]);`
 */
export class ProjectsCollection extends Collection {
  /** Every project (`GET /v2/projects`). */
  list(options?: ListOptions): Paginator<Project> {
    return this.page(Project, 'projects', 'projects', {}, options);
  }

  /** One project, or `'default'` (`GET /v2/projects/{id}`). */
  async get(id: string, options?: RequestOptions): Promise<Project> {
    return this.load(Project, path`projects/${projectId(id)}`, 'project', options);
  }

  /** The account's default project (`GET /v2/projects/default`). */
  async getDefault(options?: RequestOptions): Promise<Project> {
    return this.get('default', options);
  }

  /** Creates a project (`POST /v2/projects`). */
  async create(attrs: ProjectAttributes, options?: RequestOptions): Promise<Project> {
    return this.write('POST', Project, 'projects', 'project', checkProject(attrs, false), options);
  }

  /** Replaces every attribute of a project, or `'default'` (`PUT /v2/projects/{id}`). */
  async update(id: string, attrs: ProjectAttributes & { isDefault?: boolean }, options?: RequestOptions): Promise<Project> {
    return this.write('PUT', Project, path`projects/${projectId(id)}`, 'project', checkProject(attrs, false), options);
  }

  /** Changes some attributes of a project, or `'default'` (`PATCH /v2/projects/{id}`). */
  async patch(id: string, attrs: Partial<ProjectAttributes> & { isDefault?: boolean }, options?: RequestOptions): Promise<Project> {
    return this.write('PATCH', Project, path`projects/${projectId(id)}`, 'project', checkProject(attrs, true), options);
  }

  /** Deletes an empty project (`DELETE /v2/projects/{id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`projects/${checkUuid('id', id)}`, options);
  }

  /** Resources of a project, or of `'default'` (`GET /v2/projects/{id}/resources`). */
  resources(id: string, options?: ListOptions): Paginator<ProjectResource> {
    return this.ref(Project, { id: projectId(id) }).resources(options);
  }

  /** Moves resources into a project, or into `'default'` (`POST /v2/projects/{id}/resources`). */
  async assign(id: string, resources: Assignable[], options?: RequestOptions): Promise<ProjectResource[]> {
    return this.ref(Project, { id: projectId(id) }).assign(resources, options);
  }
}
