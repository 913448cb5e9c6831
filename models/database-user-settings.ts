import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A Kafka topic ACL of a user. */
export interface KafkaAcl {
  /** The ACL's id. */
  id?: string;
  /** A topic name or pattern, e.g. `events.*`. */
  topic: string;
  /** What the user may do on it. */
  permission: 'admin' | 'consume' | 'produce' | 'produceconsume';
}

/** An OpenSearch index ACL of a user. */
export interface OpensearchAcl {
  /** An index name or pattern, e.g. `logs-*`. */
  index?: string;
  /** What the user may do on it. */
  permission?: 'deny' | 'admin' | 'read' | 'readwrite' | 'write';
}

/** A MongoDB user's databases and role. */
export interface MongoUserSettings {
  /** The databases the role applies to. */
  databases?: string[];
  /** The role. */
  role?: 'readOnly' | 'readWrite' | 'dbAdmin';
}

/** Engine-specific settings of a database user. */
export class DatabaseUserSettings extends Model {
  /** PostgreSQL: whether the user has replication privileges. */
  @Field() pgAllowReplication?: boolean;
  /** OpenSearch: the user's index ACLs. */
  @Field({ json: true }) opensearchAcl?: OpensearchAcl[];
  /** Kafka: the user's topic ACLs. */
  @Field({ json: true }) acl?: KafkaAcl[];
  /** MongoDB: the user's databases and role. */
  @Field({ json: true }) mongoUserSettings?: MongoUserSettings;
}
