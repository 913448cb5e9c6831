import { Snapshot } from '../../models/snapshot.js';
import { path } from '../path.js';
import { ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkText } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

function snapshotId(id: unknown): string {
  const text = typeof id === 'number' ? String(id) : id;
  if (typeof text !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(text)) throw new ValidationError('id', `must be a snapshot id, got ${JSON.stringify(id)}`);
  return text;
}

/**
 * `client.snapshots`: every droplet and volume snapshot.
 * @example `const volumeSnapshots = await client.snapshots.list({ resourceType: 'volume' });`
 */
export class SnapshotsCollection extends Collection {
  /** Every snapshot, optionally only of droplets or of volumes (`GET /v2/snapshots`). */
  list(options: ListOptions & { resourceType?: 'droplet' | 'volume' } = {}): Paginator<Snapshot> {
    const { resourceType, ...rest } = options;
    if (resourceType !== undefined && resourceType !== 'droplet' && resourceType !== 'volume') {
      throw new ValidationError('resourceType', `must be "droplet" or "volume", got ${JSON.stringify(resourceType)}`);
    }
    return this.page(Snapshot, 'snapshots', 'snapshots', { resource_type: resourceType }, rest);
  }

  /** One snapshot (`GET /v2/snapshots/{id}`). */
  async get(id: string | number, options?: RequestOptions): Promise<Snapshot> {
    return this.load(Snapshot, path`snapshots/${snapshotId(id)}`, 'snapshot', options);
  }

  /** Deletes a snapshot (`DELETE /v2/snapshots/{id}`). */
  async delete(id: string | number, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`snapshots/${checkText('id', snapshotId(id))}`, options);
  }
}
