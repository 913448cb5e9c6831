import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A consumer group's position in a partition. */
export interface KafkaConsumerGroup {
  /** The group's name. */
  group_name?: string;
  /** Its offset. */
  offset?: number;
}

/** One partition of a Kafka topic. */
export class KafkaTopicPartition extends Model {
  /** Its id. */
  @Field() id!: number;
  /** Its size in bytes. */
  @Field() size?: number;
  /** How many replicas are in sync. */
  @Field() inSyncReplicas?: number;
  /** The earliest offset. */
  @Field() earliestOffset?: number;
  /** The consumer groups reading it. */
  @Field({ json: true }) consumerGroups?: KafkaConsumerGroup[];
}
