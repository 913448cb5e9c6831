import { Action } from '../../models/action.js';
import { path } from '../path.js';
import { FloatingIp } from '../../models/floating-ip.js';
import { ReservedIp } from '../../models/reserved-ip.js';
import { ReservedIpv6 } from '../../models/reserved-ipv6.js';
import { checkDropletRef, type DropletRef } from '../validate.js';
import { ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkAttrs, checkIpv4, checkIpv6, checkKeys, checkSlug, checkUuid } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/** Where a new reserved IPv4 address goes: onto a droplet (by id or as a model), or into a region (and project); exactly one. */
export type ReservedIpCreateAttributes =
  | {
      /** The droplet to assign it to, by id; the address is reserved in its region. */
      dropletId: number;
      /** Not with the other ways of placing it. */
      droplet?: never;
      /** Not with the other ways of placing it. */
      region?: never;
      /** Not with the other ways of placing it. */
      projectId?: never;
    }
  | {
      /** The droplet to assign it to, as a model or an id; the address is reserved in its region. */
      droplet: DropletRef;
      /** Not with the other ways of placing it. */
      dropletId?: never;
      /** Not with the other ways of placing it. */
      region?: never;
      /** Not with the other ways of placing it. */
      projectId?: never;
    }
  | {
      /** The region to reserve it in, unassigned. */
      region: string;
      /** The project to put it in; default the account's default project. */
      projectId?: string;
      /** Not with the other ways of placing it. */
      dropletId?: never;
      /** Not with the other ways of placing it. */
      droplet?: never;
    };

function createBody(raw: unknown): Record<string, unknown> {
  const attrs = checkAttrs('attrs', raw);
  checkKeys('attrs', attrs, ['dropletId', 'droplet', 'region', 'projectId'], 'a reserved IP');
  const onDroplet = attrs.dropletId !== undefined || attrs.droplet !== undefined;
  if (onDroplet === (attrs.region !== undefined)) throw new ValidationError('attrs', 'must give either a droplet (dropletId or droplet) or a region');
  if (attrs.dropletId !== undefined && attrs.droplet !== undefined) throw new ValidationError('attrs', 'may give dropletId or droplet, not both');
  if (onDroplet && attrs.projectId !== undefined) throw new ValidationError('attrs.projectId', 'is only taken with a region');
  if (onDroplet) return { droplet_id: checkDropletRef('attrs.droplet', attrs.droplet ?? attrs.dropletId) };
  return { region: checkSlug('attrs.region', attrs.region), project_id: attrs.projectId === undefined ? undefined : checkUuid('attrs.projectId', attrs.projectId) };
}

/** Shared by `client.reservedIps` and its legacy twin `client.floatingIps`. */
abstract class Ipv4Collection<T extends ReservedIp> extends Collection {
  /** @internal */
  protected abstract readonly model: new () => T;
  /** @internal */
  protected abstract readonly path: string;
  /** @internal */
  protected abstract readonly key: string;

  /** Every address (`GET /v2/{reserved,floating}_ips`). */
  list(options?: ListOptions): Paginator<T> {
    return this.page(this.model, this.path, `${this.key}s`, {}, options);
  }

  /** One address (`GET .../{ip}`). */
  async get(ip: string, options?: RequestOptions): Promise<T> {
    return this.load(this.model, this.path + path`/${checkIpv4('ip', ip)}`, this.key, options);
  }

  /** Reserves an address, on a droplet or in a region (`POST`). Never retried. */
  async create(attrs: ReservedIpCreateAttributes, options?: RequestOptions): Promise<T> {
    return this.write('POST', this.model, this.path, this.key, createBody(attrs), options);
  }

  /** Releases an address (`DELETE .../{ip}`). */
  async delete(ip: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', this.path + path`/${checkIpv4('ip', ip)}`, options);
  }

  /** `ip.assign()` by address. */
  async assign(ip: string, droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.#ref(ip).assign(droplet, options);
  }

  /** `ip.unassign()` by address. */
  async unassign(ip: string, options?: RequestOptions): Promise<Action> {
    return this.#ref(ip).unassign(options);
  }

  /** Actions on an address. */
  listActions(ip: string, options?: ListOptions): Paginator<Action> {
    return this.#ref(ip).actions(options);
  }

  /** One action on an address. */
  async getAction(ip: string, actionId: number, options?: RequestOptions): Promise<Action> {
    return this.#ref(ip).getAction(actionId, options);
  }

  #ref(ip: string): T {
    return this.ref(this.model, { ip: checkIpv4('ip', ip) });
  }
}

/**
 * `client.reservedIps`: reserved IPv4 addresses.
 * @example `const ip = await client.reservedIps.create({ region: 'nyc3' }); await ip.assign(droplet).then((a) => a.wait());`
 */
export class ReservedIpsCollection extends Ipv4Collection<ReservedIp> {
  protected readonly model = ReservedIp;
  protected readonly path = 'reserved_ips';
  protected readonly key = 'reserved_ip';
}

/** `client.floatingIps`: the legacy floating IP endpoints, same methods as `client.reservedIps`. */
export class FloatingIpsCollection extends Ipv4Collection<FloatingIp> {
  protected readonly model = FloatingIp;
  protected readonly path = 'floating_ips';
  protected readonly key = 'floating_ip';
}

/**
 * `client.reservedIpv6s`: reserved IPv6 addresses.
 * @example `const ip = await client.reservedIpv6s.create({ regionSlug: 'nyc3' });`
 */
export class ReservedIpv6sCollection extends Collection {
  /** Every address (`GET /v2/reserved_ipv6`). */
  list(options?: ListOptions): Paginator<ReservedIpv6> {
    return this.page(ReservedIpv6, 'reserved_ipv6', 'reserved_ipv6s', {}, options);
  }

  /** One address (`GET /v2/reserved_ipv6/{ip}`). */
  async get(ip: string, options?: RequestOptions): Promise<ReservedIpv6> {
    return this.load(ReservedIpv6, path`reserved_ipv6/${checkIpv6('ip', ip)}`, 'reserved_ipv6', options);
  }

  /** Reserves an address in a region (`POST /v2/reserved_ipv6`). */
  async create(attrs: { regionSlug: string }, options?: RequestOptions): Promise<ReservedIpv6> {
    const given = checkAttrs('attrs', attrs);
    checkKeys('attrs', given, ['regionSlug'], 'a reserved IPv6');
    return this.write('POST', ReservedIpv6, 'reserved_ipv6', 'reserved_ipv6', { region_slug: checkSlug('attrs.regionSlug', given.regionSlug) }, options);
  }

  /** Releases an address (`DELETE /v2/reserved_ipv6/{ip}`). */
  async delete(ip: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`reserved_ipv6/${checkIpv6('ip', ip)}`, options);
  }

  /** `ip.assign()` by address. */
  async assign(ip: string, droplet: DropletRef, options?: RequestOptions): Promise<Action> {
    return this.ref(ReservedIpv6, { ip: checkIpv6('ip', ip) }).assign(droplet, options);
  }

  /** `ip.unassign()` by address. */
  async unassign(ip: string, options?: RequestOptions): Promise<Action> {
    return this.ref(ReservedIpv6, { ip: checkIpv6('ip', ip) }).unassign(options);
  }
}
