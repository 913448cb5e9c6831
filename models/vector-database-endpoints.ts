import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Where to reach a vector database. */
export class VectorDatabaseEndpoints extends Model {
  /** The gRPC endpoint, `host:port`. */
  @Field() grpc?: string;
  /** The HTTPS endpoint, a URL. */
  @Field() http?: string;
}
