import { randomUUID } from 'node:crypto';
import { body, created, defineModule, found, isUuid, noContent, ok, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { unprocessable, type World } from '../world.js';

type Json = Record<string, unknown>;

/** An access point as the API answers it. */
export interface AccessPointJson {
  [key: string]: unknown;
  id: string;
  name: string;
  share_id: string;
  path: string;
  status: 'ACCESS_POINT_CREATING' | 'ACCESS_POINT_ACTIVE' | 'ACCESS_POINT_FAILED' | 'ACCESS_POINT_DELETED';
  access_policy: { anonuid: number; anongid: number; protocols: string[]; squash_config: string; identity_enforcement_enabled: boolean };
  created_at: string;
  updated_at: string;
  is_default: boolean;
  vpc_id?: string;
}

/** An NFS share as the API answers it. */
export interface ShareJson {
  [key: string]: unknown;
  id: string;
  name: string;
  size_gib: number;
  region: string;
  status: 'CREATING' | 'ACTIVE' | 'INACTIVE' | 'FAILED' | 'DELETED';
  created_at: string;
  vpc_ids: string[];
  performance_tier: string;
  mount_path: string;
  host: string;
  access_points: AccessPointJson[];
}

/** An NFS snapshot as the API answers it. */
export interface NfsSnapshotJson {
  [key: string]: unknown;
  id: string;
  name: string;
  size_gib: number;
  region: string;
  status: 'UNKNOWN' | 'CREATING' | 'ACTIVE' | 'FAILED' | 'DELETED';
  created_at: string;
  share_id: string;
}

const REGIONS = ['atl1', 'nyc1', 'nyc2', 'nyc3', 'sfo2', 'sfo3', 'ams3', 'fra1', 'lon1', 'sgp1', 'tor1', 'blr1', 'syd1'];
const TIERS = ['standard', 'high'];

/** NFS shares, their snapshots and access points. */
export class NfsStore extends Store<ShareJson, string> {
  readonly snapshots = new Map<string, NfsSnapshotJson>();
  readonly accessPoints = new Map<string, AccessPointJson>();
  #nextHost = 2;

  constructor(world: World) {
    super(world);
  }

  /** Creates a share: `CREATING`, then `ACTIVE`, with a default access point. */
  create(attrs: Json): ShareJson {
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('name is required');
    const size = attrs.size_gib;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 50 || size > 16384) throw unprocessable('size_gib must be from 50 to 16384');
    if (!REGIONS.includes(attrs.region as string)) throw unprocessable(`invalid region: ${String(attrs.region)}`);
    const vpcs = this.#vpcs(attrs.vpc_ids);
    const tier = attrs.performance_tier === undefined ? 'standard' : (attrs.performance_tier as string);
    if (!TIERS.includes(tier)) throw unprocessable(`invalid performance_tier: ${tier}`);
    if (this.list().some((s) => s.name === attrs.name && s.region === attrs.region)) throw unprocessable('a share with this name already exists in the region');
    const id = randomUUID();
    const share = this.put(id, {
      id,
      name: attrs.name,
      size_gib: size,
      region: attrs.region as string,
      status: 'CREATING',
      created_at: this.now(),
      vpc_ids: vpcs,
      performance_tier: tier,
      mount_path: `/100001/${id}`,
      host: `10.128.32.${this.#nextHost++}`,
      access_points: [],
    });
    const point = this.#accessPoint(share, { name: 'default', path: '/', access_policy: { anonuid: 65534, anongid: 65534, protocols: ['NFS4'], squash_config: 'ROOT_SQUASH', identity_enforcement_enabled: false }, vpc_id: vpcs[0] }, true);
    this.world.schedule(() => {
      share.status = 'ACTIVE';
      point.status = 'ACCESS_POINT_ACTIVE';
    });
    return this.view(id);
  }

  /** A share with its access points as they are now. */
  view(id: string): ShareJson {
    const share = this.get(id);
    share.access_points = [...this.accessPoints.values()].filter((p) => p.share_id === id);
    return share;
  }

  /** Deletes a share and its access points. */
  remove(id: string): void {
    this.get(id);
    for (const [pointId, point] of this.accessPoints) if (point.share_id === id) this.accessPoints.delete(pointId);
    this.delete(id);
  }

  /** Runs an action on an active share. */
  act(id: string, attrs: Json): Json {
    const share = this.get(id);
    if (share.status !== 'ACTIVE') throw unprocessable('the share is not active');
    const params = (attrs.params ?? {}) as Json;
    let resource = { id, type: 'SHARE' };
    let apply: () => void;
    switch (attrs.type) {
      case 'resize': {
        const size = params.size_gib;
        if (typeof size !== 'number' || !Number.isInteger(size) || size > 16384) throw unprocessable('params.size_gib must be a whole number up to 16384');
        if (size <= share.size_gib) throw unprocessable('a share can only grow');
        apply = () => {
          share.size_gib = size;
        };
        break;
      }
      case 'snapshot': {
        if (typeof params.name !== 'string' || !params.name) throw unprocessable('params.name is required');
        const snapshot: NfsSnapshotJson = { id: randomUUID(), name: params.name, size_gib: share.size_gib, region: share.region, status: 'CREATING', created_at: this.now(), share_id: id };
        this.snapshots.set(snapshot.id, snapshot);
        resource = { id: snapshot.id, type: 'SNAPSHOT' };
        apply = () => {
          snapshot.status = 'ACTIVE';
        };
        break;
      }
      case 'attach': {
        const [vpc] = this.#vpcs([params.vpc_id]);
        if (share.vpc_ids.includes(vpc)) throw unprocessable('the share is already attached to this VPC');
        share.vpc_ids.push(vpc);
        apply = () => undefined;
        break;
      }
      case 'detach': {
        if (!share.vpc_ids.includes(params.vpc_id as string)) throw unprocessable('the share is not attached to this VPC');
        if (share.vpc_ids.length === 1) throw unprocessable('a share needs at least one VPC');
        share.vpc_ids = share.vpc_ids.filter((v) => v !== params.vpc_id);
        apply = () => undefined;
        break;
      }
      case 'reassign': {
        if (!share.vpc_ids.includes(params.old_vpc_id as string)) throw unprocessable('the share is not attached to old_vpc_id');
        const [vpc] = this.#vpcs([params.new_vpc_id]);
        share.vpc_ids = share.vpc_ids.map((v) => (v === params.old_vpc_id ? vpc : v));
        apply = () => undefined;
        break;
      }
      case 'switch_performance_tier': {
        if (!TIERS.includes(params.performance_tier as string)) throw unprocessable(`invalid performance_tier: ${String(params.performance_tier)}`);
        apply = () => {
          share.performance_tier = params.performance_tier as string;
        };
        break;
      }
      default:
        throw unprocessable(`invalid action type: ${String(attrs.type)}`);
    }
    const action = this.#action(share, String(attrs.type).toUpperCase(), resource);
    this.world.schedule(() => {
      apply();
      action.status = 'COMPLETED';
    });
    return action;
  }

  /** Snapshots, filtered as the query asks. */
  listSnapshots(ctx: RouteContext): NfsSnapshotJson[] {
    return [...this.snapshots.values()].filter((s) => (!ctx.query.get('share_id') || s.share_id === ctx.query.get('share_id')) && (!ctx.query.get('region') || s.region === ctx.query.get('region')));
  }

  /** A snapshot; a 404 when there is none. */
  snapshot(id: string): NfsSnapshotJson {
    return found(this.snapshots.get(id));
  }

  /** Adds an access point to an active share: `ACCESS_POINT_CREATING`, then `ACCESS_POINT_ACTIVE`. */
  addAccessPoint(shareId: string, attrs: Json): Json {
    const share = this.get(shareId);
    if (share.status !== 'ACTIVE') throw unprocessable('the share is not active');
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('name is required');
    if (typeof attrs.path !== 'string' || !attrs.path.startsWith('/')) throw unprocessable('path must be absolute');
    const policy = attrs.access_policy as Json | undefined;
    if (!policy || !Array.isArray(policy.protocols) || !['NO_SQUASH', 'ROOT_SQUASH', 'ALL_SQUASH'].includes(policy.squash_config as string)) throw unprocessable('access_policy is invalid');
    if (!share.vpc_ids.includes(attrs.vpc_id as string)) throw unprocessable('vpc_id must be one of the share\'s VPCs');
    const point = this.#accessPoint(share, attrs, false);
    this.world.schedule(() => {
      point.status = 'ACCESS_POINT_ACTIVE';
    });
    return { access_point: point, action: this.#action(share, 'CREATE_ACCESS_POINT', { id: share.id, type: 'SHARE' }) };
  }

  /** An access point; a 404 when there is none. */
  accessPoint(id: string): AccessPointJson {
    return found(this.accessPoints.get(id));
  }

  /** Deletes an access point; the default one goes with its share only. */
  removeAccessPoint(id: string): Json {
    const point = this.accessPoint(id);
    if (point.is_default) throw unprocessable('the default access point cannot be deleted');
    this.accessPoints.delete(id);
    point.status = 'ACCESS_POINT_DELETED';
    return { access_point: point, action: this.#action(this.get(point.share_id), 'DELETE_ACCESS_POINT', { id: point.share_id, type: 'SHARE' }) };
  }

  #accessPoint(share: ShareJson, attrs: Json, isDefault: boolean): AccessPointJson {
    const policy = attrs.access_policy as AccessPointJson['access_policy'];
    const point: AccessPointJson = {
      id: randomUUID(),
      name: attrs.name as string,
      share_id: share.id,
      path: attrs.path as string,
      status: 'ACCESS_POINT_CREATING',
      access_policy: { anonuid: policy.anonuid, anongid: policy.anongid, protocols: policy.protocols, squash_config: policy.squash_config, identity_enforcement_enabled: policy.identity_enforcement_enabled },
      created_at: this.now(),
      updated_at: this.now(),
      is_default: isDefault,
      vpc_id: attrs.vpc_id as string,
    };
    this.accessPoints.set(point.id, point);
    return point;
  }

  #action(share: ShareJson, type: string, resource: { id: string; type: string }): Json {
    return { id: randomUUID(), region_slug: share.region, resource_id: resource.id, resource_type: resource.type, started_at: this.now(), status: 'IN_PROGRESS', type };
  }

  #vpcs(value: unknown): string[] {
    if (!Array.isArray(value) || value.length === 0 || !value.every(isUuid)) throw unprocessable('vpc_ids must hold at least one VPC id');
    return [...value] as string[];
  }
}

/** Managed NFS: `/v2/nfs`. */
export const nfs = defineModule('nfs', (world) => new NfsStore(world), (route) => {
  route('GET', '/v2/nfs/snapshots', (ctx, shares) => ok(shares.page(ctx, 'snapshots', shares.listSnapshots(ctx))));
  route('GET', '/v2/nfs/snapshots/{nfs_snapshot_id}', (ctx, shares) => ok({ snapshot: shares.snapshot(ctx.params.nfs_snapshot_id) }));
  route('DELETE', '/v2/nfs/snapshots/{nfs_snapshot_id}', (ctx, shares) => {
    shares.snapshot(ctx.params.nfs_snapshot_id);
    shares.snapshots.delete(ctx.params.nfs_snapshot_id);
    return noContent();
  });
  route('GET', '/v2/nfs/shares/{share_id}/access_points', (ctx, shares) => {
    shares.get(ctx.params.share_id);
    const status = ctx.query.get('status');
    return ok({ access_points: shares.view(ctx.params.share_id).access_points.filter((p) => !status || p.status === status) });
  });
  route('POST', '/v2/nfs/shares/{share_id}/access_points', (ctx, shares) => created(shares.addAccessPoint(ctx.params.share_id, body(ctx))));
  route('GET', '/v2/nfs/access_points/{access_point_id}', (ctx, shares) => ok({ access_point: shares.accessPoint(ctx.params.access_point_id) }));
  route('DELETE', '/v2/nfs/access_points/{access_point_id}', (ctx, shares) => ok(shares.removeAccessPoint(ctx.params.access_point_id)));
  route('GET', '/v2/nfs', (ctx, shares) => {
    const region = ctx.query.get('region');
    return ok(shares.page(ctx, 'shares', shares.list().filter((s) => !region || s.region === region).map((s) => shares.view(s.id))));
  });
  route('POST', '/v2/nfs', (ctx, shares) => created({ share: shares.create(body(ctx)) }));
  route('GET', '/v2/nfs/{nfs_id}', (ctx, shares) => ok({ share: shares.view(ctx.params.nfs_id) }));
  route('DELETE', '/v2/nfs/{nfs_id}', (ctx, shares) => {
    shares.remove(ctx.params.nfs_id);
    return noContent();
  });
  route('POST', '/v2/nfs/{nfs_id}/actions', (ctx, shares) => created({ action: shares.act(ctx.params.nfs_id, body(ctx)) }));
});
