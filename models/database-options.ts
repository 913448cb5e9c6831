import { Field } from '../lib/fields.js';
import type { DatabaseEngine } from './database-cluster.js';
import type { DatabaseEngineOptions } from './database-engine-options.js';
import { DatabaseEngines } from './database-engines.js';
import { Model } from './model.js';

/** One engine version's end of availability and end of life. */
export interface DatabaseVersionAvailability {
  /** The version, e.g. `13`. */
  version: string;
  /** When clusters of the version stop being served, as the API writes it. */
  end_of_life?: string;
  /** When new clusters of the version can no longer be created. */
  end_of_availability?: string;
}

const WIRE: Record<DatabaseEngine, keyof DatabaseEngines> = {
  pg: 'pg',
  mysql: 'mysql',
  redis: 'redis',
  valkey: 'valkey',
  mongodb: 'mongodb',
  kafka: 'kafka',
  opensearch: 'opensearch',
  advanced_pg: 'advancedPg',
  advanced_mysql: 'advancedMysql',
};

/**
 * What database clusters can be created with (`GET /v2/databases/options`): per engine, its
 * regions, versions and layouts (node counts with their sizes).
 * @example `const pg = (await client.databases.options()).engine('pg'); pg?.sizesFor(1);`
 */
export class DatabaseOptions extends Model {
  /** The options of each engine. */
  @Field({ type: () => DatabaseEngines }) options!: DatabaseEngines;
  /** Per engine (wire name, e.g. `pg`), the versions with their end dates. */
  @Field({ json: true }) versionAvailability?: Record<string, DatabaseVersionAvailability[]>;

  /** The options of one engine, by its API name (`pg`, `mysql`, `valkey`, ...). */
  engine(engine: DatabaseEngine): DatabaseEngineOptions | undefined {
    return this.options?.[WIRE[engine]] as DatabaseEngineOptions | undefined;
  }
}
