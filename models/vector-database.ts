import type { RequestOptions } from '../lib/connection.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, checkBoolean, objectOf, oneOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkSlug, checkTag, checkText, checkUuid } from '../lib/validate.js';
import { Resource } from './resource.js';
import { VectorDatabaseBackup } from './vector-database-backup.js';
import { VectorDatabaseConfig } from './vector-database-config.js';
import { VectorDatabaseCredentials } from './vector-database-credentials.js';
import { VectorDatabaseEndpoints } from './vector-database-endpoints.js';
import { VectorDatabaseRestore } from './vector-database-restore.js';

/** A vector database's resource tier. */
export type VectorDatabaseSize = 'small' | 'medium' | 'large';
/** Where a vector database stands. */
export type VectorDatabaseStatus = 'pending' | 'creating' | 'active' | 'errored' | 'deleting';

const SIZE = oneOf<VectorDatabaseSize>(['small', 'medium', 'large']);

/** What `client.vectorDatabases.create()` takes. */
export const VECTOR_DATABASE_CREATE = shape('a vector database', {
  /** Its name. */
  name: required(checkText),
  /** The project to create it in. */
  projectId: required(checkUuid),
  /** Its region slug, e.g. `tor1`. */
  region: required(checkSlug),
  /** Its tier: `small`, `medium` or `large`. */
  size: required(SIZE),
  /** Tags. */
  tags: optional(arrayOf(checkTag)),
});

/** What `db.update()` takes. */
export const VECTOR_DATABASE_UPDATE = shape('a vector database update', {
  /** Advanced settings to change. */
  config: optional(
    objectOf(
      shape('vector database settings', {
        /** Default compression for new collections: `rq`, `pq`, `bq` or `sq`, `''` for the platform's default. */
        defaultQuantization: optional(oneOf(['', 'rq', 'pq', 'bq', 'sq'] as const)),
        /** Infer collection schemas from the first objects written. */
        enableAutoSchema: optional(checkBoolean),
        /** The engine version to run (`''` for the current one). */
        weaviateVersion: optional((field: string, value: unknown) => (value === '' ? '' : checkText(field, value))),
      }),
    ),
  ),
  /** A project to move it to. */
  projectId: optional(checkUuid),
});

/** Attributes of `client.vectorDatabases.create()`. */
export type VectorDatabaseCreateAttributes = AttributesOf<typeof VECTOR_DATABASE_CREATE>;
/** Attributes of `db.update()`. */
export type VectorDatabaseUpdateAttributes = AttributesOf<typeof VECTOR_DATABASE_UPDATE>;

/**
 * A managed vector database (Weaviate): `creating`, then `active`.
 * @example `const db = await client.vectorDatabases.create({ name: 'search', projectId, region: 'tor1', size: 'small' }); await db.waitUntilActive();`
 */
export class VectorDatabase extends Resource {
  /** Its id. */
  @Field() id!: string;
  /** Its name. */
  @Field() name!: string;
  /** Its region slug. */
  @Field() region!: string;
  /** Its tier. */
  @Field() size!: VectorDatabaseSize;
  /** Where it stands. */
  @Field() status!: VectorDatabaseStatus;
  /** Advanced settings. */
  @Field({ type: () => VectorDatabaseConfig }) config?: VectorDatabaseConfig;
  /** Where to reach it. */
  @Field({ type: () => VectorDatabaseEndpoints }) endpoints?: VectorDatabaseEndpoints;
  /** The database it was forked from, if any. */
  @Field() forkedFromId?: string;
  /** The backup most recently restored into it, if any. */
  @Field() lastRestoreId?: string;
  /** The owner's id. */
  @Field() ownerUuid?: string;
  /** Its project. */
  @Field() projectId?: string;
  /** Tags. */
  @Field() tags?: string[];
  /** When it was created. */
  @Field({ type: () => Date }) createdAt?: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt?: Date;

  protected get resourcePath(): string {
    return path`vector-databases/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'vector_db';
  }

  /** Polls until the database is `active`. @throws ResourceFailedError on `errored` or `deleting`, WaitTimeoutError, AbortError */
  async waitUntilActive(options?: WaitOptions<this>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'active', failed: ['errored', 'deleting'] }, options);
  }

  /** Changes advanced settings or the project (`PUT /v2/vector-databases/{id}`) and updates it in place. */
  async update(attrs: VectorDatabaseUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', { id: this.id, ...VECTOR_DATABASE_UPDATE.wire('attrs', attrs) }, options);
  }

  /** Changes the tier (`POST /v2/vector-databases/{id}/resize`) and updates it in place. */
  async resize(size: VectorDatabaseSize, options?: RequestOptions): Promise<this> {
    return this.saveAt('POST', 'resize', { id: this.id, size: SIZE('size', size) }, options);
  }

  /** Replaces the tags (`PUT /v2/vector-databases/{id}/tags`) and updates it in place. */
  async setTags(tags: string[], options?: RequestOptions): Promise<this> {
    const json = { id: this.id, tags: arrayOf(checkTag)('tags', tags) };
    return this.saveAt('PUT', 'tags', json, options);
  }

  /** The database's backups (`GET /v2/vector-databases/{id}/backups`). */
  async backups(options?: RequestOptions): Promise<VectorDatabaseBackup[]> {
    return this.listAt(VectorDatabaseBackup, 'backups', 'backups', options);
  }

  /** Restores a backup into this database (`POST /v2/vector-databases/{id}/backups/{backup_id}/restore`); resolves to the restore as it starts. */
  async restore(backup: VectorDatabaseBackup | string, options?: RequestOptions): Promise<VectorDatabaseRestore> {
    const backupId = checkText('backup', typeof backup === 'string' ? backup : backup?.backupId);
    const body = await this.connection.request<object>('POST', `${this.resourcePath}/${path`backups/${backupId}/restore`}`, { json: { id: this.id, backup_id: backupId }, signal: options?.signal });
    return this.connection.hydrate(VectorDatabaseRestore, body);
  }

  /** Where the restore of a backup stands (`GET /v2/vector-databases/{id}/backups/{backup_id}/restore`). */
  async restoreStatus(backup: VectorDatabaseBackup | string, options?: RequestOptions): Promise<VectorDatabaseRestore> {
    const backupId = checkText('backup', typeof backup === 'string' ? backup : backup?.backupId);
    return this.connection.hydrate(VectorDatabaseRestore, await this.connection.request<object>('GET', `${this.resourcePath}/${path`backups/${backupId}/restore`}`, options));
  }

  /** The admin credentials (`GET /v2/vector-databases/{id}/credentials`); the token is a secret field. */
  async credentials(options?: RequestOptions): Promise<VectorDatabaseCredentials> {
    return this.connection.hydrate(VectorDatabaseCredentials, await this.connection.request<object>('GET', `${this.resourcePath}/credentials`, options));
  }
}
