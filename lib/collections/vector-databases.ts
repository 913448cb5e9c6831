import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { checkText } from '../validate.js';
import type { VectorDatabaseBackup } from '../../models/vector-database-backup.js';
import type { VectorDatabaseCredentials } from '../../models/vector-database-credentials.js';
import type { VectorDatabaseRestore } from '../../models/vector-database-restore.js';
import {
  VECTOR_DATABASE_CREATE,
  VectorDatabase,
  type VectorDatabaseCreateAttributes,
  type VectorDatabaseSize,
  type VectorDatabaseUpdateAttributes,
} from '../../models/vector-database.js';
import { Collection } from './collection.js';

/**
 * `client.vectorDatabases`: managed vector databases, by id. Every method taking a database takes
 * its id and works without loading it first.
 * @example `const db = await client.vectorDatabases.create({ name: 'search', projectId, region: 'tor1', size: 'small' });`
 */
export class VectorDatabasesCollection extends Collection {
  /**
   * Every vector database (`GET /v2/vector-databases`): a lazy listing. This listing says its
   * `total` (at the top level) but links no pages, so its pages are counted from the total.
   */
  list(options?: ListOptions): Paginator<VectorDatabase> {
    return this.page(VectorDatabase, 'vector-databases', 'vector_dbs', {}, options);
  }

  /** One vector database (`GET /v2/vector-databases/{id}`). @throws NotFoundError */
  async get(id: string, options?: RequestOptions): Promise<VectorDatabase> {
    return this.load(VectorDatabase, path`vector-databases/${checkText('id', id)}`, 'vector_db', options);
  }

  /** Creates one (`POST /v2/vector-databases`): `creating`, then `active` (`waitUntilActive()`). @throws ValidationError, UnprocessableEntityError */
  async create(attrs: VectorDatabaseCreateAttributes, options?: RequestOptions): Promise<VectorDatabase> {
    return this.write('POST', VectorDatabase, 'vector-databases', 'vector_db', VECTOR_DATABASE_CREATE.wire('attrs', attrs), options);
  }

  /** See `VectorDatabase.update()` (`PUT /v2/vector-databases/{id}`). */
  async update(id: string, attrs: VectorDatabaseUpdateAttributes, options?: RequestOptions): Promise<VectorDatabase> {
    return this.#ref(id).update(attrs, options);
  }

  /** Deletes one (`DELETE /v2/vector-databases/{id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`vector-databases/${checkText('id', id)}`, options);
  }

  /** See `VectorDatabase.resize()` (`POST /v2/vector-databases/{id}/resize`). */
  async resize(id: string, size: VectorDatabaseSize, options?: RequestOptions): Promise<VectorDatabase> {
    return this.#ref(id).resize(size, options);
  }

  /** See `VectorDatabase.setTags()` (`PUT /v2/vector-databases/{id}/tags`). */
  async setTags(id: string, tags: string[], options?: RequestOptions): Promise<VectorDatabase> {
    return this.#ref(id).setTags(tags, options);
  }

  /** See `VectorDatabase.backups()` (`GET /v2/vector-databases/{id}/backups`). */
  async backups(id: string, options?: RequestOptions): Promise<VectorDatabaseBackup[]> {
    return this.#ref(id).backups(options);
  }

  /** See `VectorDatabase.restore()` (`POST /v2/vector-databases/{id}/backups/{backup_id}/restore`). */
  async restore(id: string, backupId: string, options?: RequestOptions): Promise<VectorDatabaseRestore> {
    return this.#ref(id).restore(backupId, options);
  }

  /** See `VectorDatabase.restoreStatus()` (`GET /v2/vector-databases/{id}/backups/{backup_id}/restore`). */
  async restoreStatus(id: string, backupId: string, options?: RequestOptions): Promise<VectorDatabaseRestore> {
    return this.#ref(id).restoreStatus(backupId, options);
  }

  /** See `VectorDatabase.credentials()` (`GET /v2/vector-databases/{id}/credentials`). */
  async credentials(id: string, options?: RequestOptions): Promise<VectorDatabaseCredentials> {
    return this.#ref(id).credentials(options);
  }

  #ref(id: string): VectorDatabase {
    return this.ref(VectorDatabase, { id: checkText('id', id) });
  }
}
