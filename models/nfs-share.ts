import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkInt, checkSlug, checkText, checkUuid } from '../lib/validate.js';
import { NfsAccessPoint, NFS_ACCESS_POINT_CREATE, type NfsAccessPointCreateAttributes, type NfsAccessPointStatus } from './nfs-access-point.js';
import { NfsAction } from './nfs-action.js';
import { NfsSnapshot } from './nfs-snapshot.js';
import { Resource } from './resource.js';

/** Where an NFS share stands. */
export type NfsShareStatus = 'CREATING' | 'ACTIVE' | 'INACTIVE' | 'FAILED' | 'DELETED';

/** The NFS action types (`POST /v2/nfs/{id}/actions`). */
export type NfsActionType = 'resize' | 'snapshot' | 'attach' | 'detach' | 'reassign' | 'switch_performance_tier';

/** A share size in GiB: 50 to 16,384. */
export function checkShareSize(field: string, value: unknown): number {
  return checkInt(field, value, 50, 16_384);
}

function checkTier(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[a-z_A-Z]+$/.test(value)) throw new ValidationError(field, `must be a performance tier such as "standard" or "high", got ${JSON.stringify(value)}`);
  return value;
}

/** What `client.nfs.create()` takes. */
export const NFS_SHARE_CREATE = shape('an NFS share', {
  /** The share's name. */
  name: required(checkText),
  /** Its size in GiB (50 to 16,384). */
  sizeGib: required(checkShareSize),
  /** Its region slug, e.g. `atl1`. */
  region: required(checkSlug),
  /** The VPCs it is served to (at least one). */
  vpcIds: required(arrayOf(checkUuid, 1)),
  /** The performance tier, e.g. `standard`. */
  performanceTier: optional(checkTier),
});
/** Attributes of `client.nfs.create()`. */
export type NfsShareCreateAttributes = AttributesOf<typeof NFS_SHARE_CREATE>;

/**
 * A managed NFS share: a file system served to droplets in its VPCs.
 * @example `const share = await client.nfs.create({ name: 'media', sizeGib: 100, region: 'atl1', vpcIds: [vpc.id] }); await share.waitUntilActive();`
 */
export class NfsShare extends Resource {
  /** Many shares are reloaded through the listing. @internal */
  protected static override readonly listing = { path: 'nfs', key: 'shares' };

  /** Its id. */
  @Field() id!: string;
  /** Its name. */
  @Field() name!: string;
  /** Its size in GiB. */
  @Field() sizeGib!: number;
  /** Its region slug. */
  @Field() region!: string;
  /** `CREATING`, then `ACTIVE`. */
  @Field() status!: NfsShareStatus;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** The VPCs it is served to. */
  @Field() vpcIds?: string[];
  /** Its performance tier. */
  @Field() performanceTier?: string;
  /** The path to mount, e.g. `/123456/5b1e...`. */
  @Field() mountPath?: string;
  /** The address to mount from, e.g. `10.128.32.2`. */
  @Field() host?: string;
  /** Its access points. */
  @Field({ type: () => NfsAccessPoint }) accessPoints?: NfsAccessPoint[];

  protected get resourcePath(): string {
    return path`nfs/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'share';
  }

  /** What to give `mount`: `host:mountPath`. */
  get source(): string {
    return `${this.host}:${this.mountPath}`;
  }

  /** Polls until the share is `ACTIVE` (after creation or a resize). @throws ResourceFailedError when it fails, WaitTimeoutError, AbortError */
  async waitUntilActive(options?: WaitOptions<this>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'ACTIVE', failed: ['FAILED', 'DELETED'] }, options);
  }

  /** Grows the share to `sizeGib` (type `resize`). @example `await share.resize(200);` */
  async resize(sizeGib: number, options?: RequestOptions): Promise<NfsAction> {
    return this.#act('resize', { size_gib: checkShareSize('sizeGib', sizeGib) }, options);
  }

  /** Takes a snapshot named `name` (type `snapshot`); find it with `share.snapshots()`. */
  async snapshot(name: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#act('snapshot', { name: checkText('name', name) }, options);
  }

  /** Serves the share to one more VPC (type `attach`). */
  async attach(vpcId: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#act('attach', { vpc_id: checkUuid('vpcId', vpcId) }, options);
  }

  /** Stops serving the share to a VPC (type `detach`). */
  async detach(vpcId: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#act('detach', { vpc_id: checkUuid('vpcId', vpcId) }, options);
  }

  /** Moves the share from one VPC to another (type `reassign`). */
  async reassign(oldVpcId: string, newVpcId: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#act('reassign', { old_vpc_id: checkUuid('oldVpcId', oldVpcId), new_vpc_id: checkUuid('newVpcId', newVpcId) }, options);
  }

  /** Switches the performance tier (type `switch_performance_tier`). */
  async switchPerformanceTier(tier: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#act('switch_performance_tier', { performance_tier: checkTier('tier', tier) }, options);
  }

  /** The share's snapshots (`GET /v2/nfs/snapshots?share_id={id}`). */
  async snapshots(options?: RequestOptions): Promise<NfsSnapshot[]> {
    return this.connection.many(NfsSnapshot, 'GET', 'nfs/snapshots', 'snapshots', { query: { share_id: this.id, region: this.region }, signal: options?.signal });
  }

  /** The share's access points (`GET /v2/nfs/shares/{id}/access_points`), optionally only those in one state. */
  async listAccessPoints(status?: NfsAccessPointStatus, options?: RequestOptions): Promise<NfsAccessPoint[]> {
    const query = status === undefined ? {} : { status };
    return this.connection.many(NfsAccessPoint, 'GET', path`nfs/shares/${this.id}/access_points`, 'access_points', { query, signal: options?.signal });
  }

  /**
   * Adds an access point (`POST /v2/nfs/shares/{id}/access_points`); it is `ACCESS_POINT_CREATING`,
   * then `ACCESS_POINT_ACTIVE` (`waitUntilActive()`).
   */
  async createAccessPoint(attrs: NfsAccessPointCreateAttributes, options?: RequestOptions): Promise<NfsAccessPoint> {
    const json = NFS_ACCESS_POINT_CREATE.wire('attrs', attrs);
    return this.connection.one(NfsAccessPoint, 'POST', path`nfs/shares/${this.id}/access_points`, 'access_point', { json, signal: options?.signal });
  }

  async #act(type: NfsActionType, params: Record<string, unknown>, options?: RequestOptions): Promise<NfsAction> {
    const json = { type, region: this.region, params };
    return this.loadAt(NfsAction, 'actions', 'action', { method: 'POST', json, signal: options?.signal });
  }
}
