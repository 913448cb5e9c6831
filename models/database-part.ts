import { Resource } from './resource.js';

/** Base of what lives inside a database cluster (users, databases, pools, replicas, topics, ...): it knows its cluster. */
export abstract class DatabasePart extends Resource {
  /** The id of the cluster this belongs to (not part of the API's body). */
  clusterId!: string;
}
