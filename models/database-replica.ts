import type { RequestOptions } from '../lib/connection.js';
import { checkCount, checkDatabaseName } from '../lib/databases.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkSlug, checkTag, checkUuid } from '../lib/validate.js';
import type { DatabaseClusterStatus } from './database-cluster.js';
import { DatabaseConnection } from './database-connection.js';
import { DatabaseDoSettings } from './database-do-settings.js';
import { DatabasePart } from './database-part.js';

/** What `cluster.createReplica()` takes. */
export const DATABASE_REPLICA_CREATE = shape('a read-only replica', {
  /** The replica's name, unique in its cluster. */
  name: required(checkDatabaseName),
  /** Its region slug; the cluster's when left out. */
  region: optional(checkSlug),
  /** Its size slug; the cluster's when left out. */
  size: optional(checkSlug),
  /** Tags. */
  tags: optional(arrayOf(checkTag)),
  /** The VPC to place it in. */
  privateNetworkUuid: optional(checkUuid),
  /** Extra storage in MiB, for engines that allow it. */
  storageSizeMib: optional((field: string, value: unknown) => checkCount(field, value)),
});

/** Attributes of `cluster.createReplica()`. */
export type DatabaseReplicaCreateAttributes = AttributesOf<typeof DATABASE_REPLICA_CREATE>;

/**
 * A read-only replica of a database cluster, with a lifecycle of its own (`creating`, then
 * `online`). The API's field `connection` is `connectionDetails` here.
 * @example `const replica = await cluster.createReplica({ name: 'read-1' }); await replica.waitUntilOnline();`
 */
export class DatabaseReplica extends DatabasePart {
  /** The replica's id. */
  @Field() id!: string;
  /** Its name. */
  @Field() name!: string;
  /** Its region slug. */
  @Field() region!: string;
  /** Its size slug. */
  @Field() size!: string;
  /** `creating`, then `online`. */
  @Field() status!: DatabaseClusterStatus;
  /** Tags. */
  @Field() tags?: string[] | null;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** Its VPC. */
  @Field() privateNetworkUuid?: string;
  /** How to connect over the public network (the API's `connection`; holds secrets). */
  @Field({ name: 'connection', type: () => DatabaseConnection }) connectionDetails?: DatabaseConnection;
  /** How to connect over the VPC. */
  @Field({ type: () => DatabaseConnection }) privateConnection?: DatabaseConnection;
  /** Its storage in MiB. */
  @Field() storageSizeMib?: number;
  /** DigitalOcean-side settings. */
  @Field({ type: () => DatabaseDoSettings }) doSettings?: DatabaseDoSettings;

  protected get resourcePath(): string {
    return path`databases/${this.clusterId}/replicas/${this.name}`;
  }

  protected get resourceKey(): string {
    return 'replica';
  }

  /** Waits until the replica is `online`, reloading it every `interval`; resolves to it. @throws WaitTimeoutError, AbortError */
  async waitUntilOnline(options?: WaitOptions<this>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'online' }, options);
  }

  /** Turns the replica into a cluster of its own (`PUT /v2/databases/{id}/replicas/{name}/promote`). */
  async promote(options?: RequestOptions): Promise<void> {
    await this.callAt('PUT', 'promote', options);
  }
}
