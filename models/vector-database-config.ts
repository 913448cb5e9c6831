import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Advanced settings of a vector database. */
export class VectorDatabaseConfig extends Model {
  /** Default vector compression for new collections: `rq`, `pq`, `bq` or `sq` (empty: the platform's default). */
  @Field() defaultQuantization?: string;
  /** Whether collections get a schema inferred from the first objects written. */
  @Field() enableAutoSchema?: boolean;
  /** The version of the database engine (Weaviate) running. */
  @Field() weaviateVersion?: string;
}
