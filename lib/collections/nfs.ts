import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { checkSlug, checkUuid } from '../validate.js';
import { NfsAccessPoint, type NfsAccessPointCreateAttributes, type NfsAccessPointStatus } from '../../models/nfs-access-point.js';
import type { NfsAction } from '../../models/nfs-action.js';
import { NfsShare, NFS_SHARE_CREATE, type NfsShareCreateAttributes } from '../../models/nfs-share.js';
import { NfsSnapshot } from '../../models/nfs-snapshot.js';
import { Collection } from './collection.js';

/** Options of `client.nfs.list()`. */
export interface NfsListOptions extends ListOptions {
  /** Only shares in this region. */
  region?: string;
}

/** Options of `client.nfs.snapshots()`. */
export interface NfsSnapshotListOptions extends ListOptions {
  /** Only snapshots in this region. */
  region?: string;
  /** Only snapshots of this share. */
  shareId?: string;
}

const region = (value: string | undefined) => (value === undefined ? undefined : checkSlug('region', value));

/**
 * `client.nfs`: managed NFS shares, their snapshots and access points. Every method taking a share
 * takes its id and works without loading it first.
 * @example `const share = await client.nfs.create({ name: 'media', sizeGib: 100, region: 'atl1', vpcIds: [vpcId] });`
 */
export class NfsCollection extends Collection {
  /** Every share, optionally of one region (`GET /v2/nfs`). */
  list(options: NfsListOptions = {}): Paginator<NfsShare> {
    const { region: r, ...rest } = options;
    return this.page(NfsShare, 'nfs', 'shares', { region: region(r) }, rest);
  }

  /** One share (`GET /v2/nfs/{id}`). @throws NotFoundError */
  async get(shareId: string, options?: RequestOptions): Promise<NfsShare> {
    return this.load(NfsShare, path`nfs/${checkUuid('shareId', shareId)}`, 'share', options);
  }

  /** Creates a share (`POST /v2/nfs`): `CREATING`, then `ACTIVE` (`waitUntilActive()`). @throws ValidationError, UnprocessableEntityError */
  async create(attrs: NfsShareCreateAttributes, options?: RequestOptions): Promise<NfsShare> {
    return this.write('POST', NfsShare, 'nfs', 'share', NFS_SHARE_CREATE.wire('attrs', attrs), options);
  }

  /** Deletes a share (`DELETE /v2/nfs/{id}`). */
  async delete(shareId: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`nfs/${checkUuid('shareId', shareId)}`, options);
  }

  /** See `NfsShare.resize()` (`POST /v2/nfs/{id}/actions`, type `resize`). */
  async resize(shareId: string, sizeGib: number, options?: RequestOptions): Promise<NfsAction> {
    return this.#share(shareId).resize(sizeGib, options);
  }
  /** See `NfsShare.snapshot()` (`POST /v2/nfs/{id}/actions`, type `snapshot`). */
  async snapshot(shareId: string, name: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#share(shareId).snapshot(name, options);
  }
  /** See `NfsShare.attach()` (`POST /v2/nfs/{id}/actions`, type `attach`). */
  async attach(shareId: string, vpcId: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#share(shareId).attach(vpcId, options);
  }
  /** See `NfsShare.detach()` (`POST /v2/nfs/{id}/actions`, type `detach`). */
  async detach(shareId: string, vpcId: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#share(shareId).detach(vpcId, options);
  }
  /** See `NfsShare.reassign()` (`POST /v2/nfs/{id}/actions`, type `reassign`). */
  async reassign(shareId: string, oldVpcId: string, newVpcId: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#share(shareId).reassign(oldVpcId, newVpcId, options);
  }
  /** See `NfsShare.switchPerformanceTier()` (`POST /v2/nfs/{id}/actions`, type `switch_performance_tier`). */
  async switchPerformanceTier(shareId: string, tier: string, options?: RequestOptions): Promise<NfsAction> {
    return this.#share(shareId).switchPerformanceTier(tier, options);
  }

  /** Every snapshot, optionally of one region or share (`GET /v2/nfs/snapshots`). */
  snapshots(options: NfsSnapshotListOptions = {}): Paginator<NfsSnapshot> {
    const { region: r, shareId, ...rest } = options;
    return this.page(NfsSnapshot, 'nfs/snapshots', 'snapshots', { region: region(r), share_id: shareId === undefined ? undefined : checkUuid('shareId', shareId) }, rest);
  }

  /** One snapshot (`GET /v2/nfs/snapshots/{id}`). @throws NotFoundError */
  async getSnapshot(snapshotId: string, options?: RequestOptions): Promise<NfsSnapshot> {
    return this.load(NfsSnapshot, path`nfs/snapshots/${checkUuid('snapshotId', snapshotId)}`, 'snapshot', options);
  }

  /** Deletes a snapshot (`DELETE /v2/nfs/snapshots/{id}`). */
  async deleteSnapshot(snapshotId: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`nfs/snapshots/${checkUuid('snapshotId', snapshotId)}`, options);
  }

  /** See `NfsShare.listAccessPoints()` (`GET /v2/nfs/shares/{id}/access_points`). */
  async accessPoints(shareId: string, status?: NfsAccessPointStatus, options?: RequestOptions): Promise<NfsAccessPoint[]> {
    return this.#share(shareId).listAccessPoints(status, options);
  }

  /** See `NfsShare.createAccessPoint()` (`POST /v2/nfs/shares/{id}/access_points`). */
  async createAccessPoint(shareId: string, attrs: NfsAccessPointCreateAttributes, options?: RequestOptions): Promise<NfsAccessPoint> {
    return this.#share(shareId).createAccessPoint(attrs, options);
  }

  /** One access point (`GET /v2/nfs/access_points/{id}`). @throws NotFoundError */
  async getAccessPoint(accessPointId: string, options?: RequestOptions): Promise<NfsAccessPoint> {
    return this.load(NfsAccessPoint, path`nfs/access_points/${checkUuid('accessPointId', accessPointId)}`, 'access_point', options);
  }

  /** Deletes an access point (`DELETE /v2/nfs/access_points/{id}`). */
  async deleteAccessPoint(accessPointId: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`nfs/access_points/${checkUuid('accessPointId', accessPointId)}`, options);
  }

  #share(shareId: string): NfsShare {
    return this.ref(NfsShare, { id: checkUuid('shareId', shareId) });
  }
}
