import type { RequestOptions } from '../lib/connection.js';
import { checkCount, checkDatabaseName } from '../lib/databases.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { checkJson, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import type { KafkaTopicConfig } from './database-config.js';
import { DatabasePart } from './database-part.js';
import { KafkaTopicPartition } from './kafka-topic-partition.js';

const count = (field: string, value: unknown) => checkCount(field, value);
const topicConfig = (field: string, value: unknown) => checkJson(field, value) as KafkaTopicConfig;

/** What `cluster.createTopic()` takes. */
export const KAFKA_TOPIC_CREATE = shape('a Kafka topic', {
  /** The topic's name. */
  name: required(checkDatabaseName),
  /** How many replicas each partition has. */
  replicationFactor: optional(count),
  /** How many partitions. */
  partitionCount: optional(count),
  /** Topic settings, with the API's own keys. */
  config: optional(topicConfig),
});

/** What `topic.update()` takes. */
export const KAFKA_TOPIC_UPDATE = shape('a Kafka topic update', {
  /** How many replicas each partition has. */
  replicationFactor: optional(count),
  /** How many partitions (only ever more). */
  partitionCount: optional(count),
  /** Topic settings to change, with the API's own keys. */
  config: optional(topicConfig),
});

/** Attributes of `cluster.createTopic()`. */
export type KafkaTopicCreateAttributes = AttributesOf<typeof KAFKA_TOPIC_CREATE.attributes>;
/** Attributes of `topic.update()`. */
export type KafkaTopicUpdateAttributes = AttributesOf<typeof KAFKA_TOPIC_UPDATE.attributes>;

/** Where a Kafka topic stands. */
export type KafkaTopicState = 'active' | 'configuring' | 'deleting' | 'unknown';

/** A topic of a Kafka cluster. Listings give its name, state and counts; `get` adds partitions and config. */
export class KafkaTopic extends DatabasePart {
  /** The topic's name. */
  @Field() name!: string;
  /** Where it stands. */
  @Field() state?: KafkaTopicState;
  /** How many replicas each partition has. */
  @Field() replicationFactor?: number;
  /** How many partitions (in listings). */
  @Field() partitionCount?: number;
  /** The partitions (when loaded by name). */
  @Field({ type: () => KafkaTopicPartition }) partitions?: KafkaTopicPartition[];
  /** The topic's settings, with the API's own keys (when loaded by name). */
  @Field({ json: true }) config?: KafkaTopicConfig;

  protected get resourcePath(): string {
    return path`databases/${this.clusterId}/topics/${this.name}`;
  }

  protected get resourceKey(): string {
    return 'topic';
  }

  /** Changes the topic (`PUT /v2/databases/{id}/topics/{name}`) and updates it in place. */
  async update(attrs: KafkaTopicUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', KAFKA_TOPIC_UPDATE.wire('attrs', attrs), options);
  }
}
