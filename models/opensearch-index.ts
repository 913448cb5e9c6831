import type { RequestOptions } from '../lib/connection.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { Model } from './model.js';

/** An index of an OpenSearch cluster (listed with `cluster.indexes()`, deleted with `destroy()`). */
export class OpensearchIndex extends Model {
  /** Its name. */
  @Field() indexName!: string;
  /** How many primary shards. */
  @Field() numberOfShards?: number;
  /** How many replicas of each shard. */
  @Field() numberOfReplicas?: number;
  /** Its size in bytes. */
  @Field() size?: number;
  /** When it was created. */
  @Field({ type: () => Date }) createdTime?: Date;
  /** `open`, `close`, `none` or `unknown`. */
  @Field() status?: 'unknown' | 'open' | 'close' | 'none';
  /** Its health. */
  @Field() health?: 'unknown' | 'green' | 'yellow' | 'red' | 'red*';
  /** The id of the cluster it belongs to (not part of the API's body). */
  clusterId!: string;

  /** Deletes the index (`DELETE /v2/databases/{id}/indexes/{name}`). */
  async destroy(options?: RequestOptions): Promise<void> {
    await this.connection.request('DELETE', path`databases/${this.clusterId}/indexes/${this.indexName}`, options);
  }
}
