import { ValidationError } from '../lib/errors.js';
import { path } from '../lib/path.js';
import { Field } from '../lib/fields.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { checkArray, checkAttrs, checkKeys, checkText, checkUrnRef, toWire } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import { ProjectResource } from './project-resource.js';
import { Resource } from './resource.js';

/** Attributes of a project. */
export interface ProjectAttributes {
  /** The name, at most 175 characters. */
  name: string;
  /** What it is for, e.g. `Website or blog`. */
  purpose: string;
  /** Free-form description. */
  description?: string;
  /** `Development`, `Staging` or `Production`. */
  environment?: 'Development' | 'Staging' | 'Production';
}

/** Anything with a uniform resource name (a Droplet, Volume, Domain, LoadBalancer, ReservedIp, ...), or the URN itself. */
export type Assignable =
  | string
  | {
      /** The resource's URN, e.g. `do:droplet:3164444`. */
      readonly urn: string;
    };

const URN = /^do:(dbaas|domain|droplet|floatingip|loadbalancer|space|volume|kubernetes|vpc):[^\s]+$/;

/** @internal */
export function checkProject(raw: Partial<ProjectAttributes>, partial: boolean): Record<string, unknown> {
  const attrs = checkAttrs('attrs', raw);
  checkKeys('attrs', attrs, ['name', 'purpose', 'description', 'environment', 'isDefault'], 'a project');
  if (attrs.name !== undefined || !partial) checkText('attrs.name', attrs.name, 175);
  if (attrs.purpose !== undefined || !partial) checkText('attrs.purpose', attrs.purpose);
  if (attrs.description !== undefined && typeof attrs.description !== 'string') throw new ValidationError('attrs.description', 'must be a string');
  if (attrs.environment !== undefined && !['Development', 'Staging', 'Production'].includes(attrs.environment as string)) {
    throw new ValidationError('attrs.environment', 'must be "Development", "Staging" or "Production"');
  }
  return toWire(attrs) as Record<string, unknown>;
}

/** @internal */
export function urnOf(field: string, value: unknown): string {
  return checkUrnRef(field, value, URN);
}

/**
 * A project grouping resources.
 * @example `const project = await client.projects.create({ name: 'shop', purpose: 'Web Application' }); await project.assign([droplet, volume]);`
 */
export class Project extends Resource {
  /** The project's id (a UUID). */
  @Field() id!: string;
  /** The owner's UUID. */
  @Field() ownerUuid!: string;
  /** The owner's id. */
  @Field() ownerId!: number;
  /** The name. */
  @Field() name!: string;
  /** Free-form description. */
  @Field() description!: string;
  /** What it is for. */
  @Field() purpose!: string;
  /** `Development`, `Staging` or `Production`. */
  @Field() environment!: string;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
  /** Whether it is the account's default project. */
  @Field() isDefault!: boolean;

  protected get resourcePath(): string {
    return path`projects/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'project';
  }

  /** Changes some attributes (`PATCH /v2/projects/{id}`) and updates it in place. */
  async update(attrs: Partial<ProjectAttributes> & { isDefault?: boolean }, options?: RequestOptions): Promise<this> {
    return this.save('PATCH', checkProject(attrs, true), options);
  }

  /** The resources assigned to the project (`GET /v2/projects/{id}/resources`). */
  resources(options?: ListOptions): Paginator<ProjectResource> {
    return paginate(this.connection, ProjectResource, `${this.resourcePath}/resources`, 'resources', {}, options);
  }

  /** Moves resources into the project (`POST /v2/projects/{id}/resources`); models or URNs alike. */
  async assign(resources: Assignable[], options?: RequestOptions): Promise<ProjectResource[]> {
    const json = { resources: checkArray('resources', resources, urnOf, 1) };
    return this.connection.many(ProjectResource, 'POST', `${this.resourcePath}/resources`, 'resources', { json, signal: options?.signal });
  }
}
