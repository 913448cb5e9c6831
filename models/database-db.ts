import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { DatabasePart } from './database-part.js';

/** A database inside a database cluster (a "db", as the API calls it). */
export class DatabaseDb extends DatabasePart {
  /** Its name. */
  @Field() name!: string;

  protected get resourcePath(): string {
    return path`databases/${this.clusterId}/dbs/${this.name}`;
  }

  protected get resourceKey(): string {
    return 'db';
  }
}
