import { Field } from '../lib/fields.js';
import { DatabaseEngineOptions } from './database-engine-options.js';
import { Model } from './model.js';

/** The options of each database engine. */
export class DatabaseEngines extends Model {
  /** PostgreSQL. */
  @Field({ type: () => DatabaseEngineOptions }) pg?: DatabaseEngineOptions;
  /** MySQL. */
  @Field({ type: () => DatabaseEngineOptions }) mysql?: DatabaseEngineOptions;
  /** Caching (Redis). */
  @Field({ type: () => DatabaseEngineOptions }) redis?: DatabaseEngineOptions;
  /** Valkey. */
  @Field({ type: () => DatabaseEngineOptions }) valkey?: DatabaseEngineOptions;
  /** MongoDB. */
  @Field({ type: () => DatabaseEngineOptions }) mongodb?: DatabaseEngineOptions;
  /** Kafka. */
  @Field({ type: () => DatabaseEngineOptions }) kafka?: DatabaseEngineOptions;
  /** OpenSearch. */
  @Field({ type: () => DatabaseEngineOptions }) opensearch?: DatabaseEngineOptions;
  /** Advanced PostgreSQL. */
  @Field({ type: () => DatabaseEngineOptions }) advancedPg?: DatabaseEngineOptions;
  /** Advanced MySQL. */
  @Field({ type: () => DatabaseEngineOptions }) advancedMysql?: DatabaseEngineOptions;
}
