import type { RequestOptions } from '../lib/connection.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { oneOf, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkText } from '../lib/validate.js';
import { Model } from './model.js';

/** The format of a schema registry subject. */
export type KafkaSchemaType = 'AVRO' | 'JSON' | 'PROTOBUF';

/** How a schema registry checks new versions of a subject against the old. */
export type KafkaSchemaCompatibility = 'NONE' | 'BACKWARD' | 'BACKWARD_TRANSITIVE' | 'FORWARD' | 'FORWARD_TRANSITIVE' | 'FULL' | 'FULL_TRANSITIVE';

/** Every compatibility level. */
export const KAFKA_SCHEMA_COMPATIBILITIES: readonly KafkaSchemaCompatibility[] = ['NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE'];

/** What `cluster.createSchema()` takes. */
export const KAFKA_SCHEMA_CREATE = shape('a schema registry subject', {
  /** The subject's name. */
  subjectName: required(checkText),
  /** `AVRO`, `JSON` or `PROTOBUF`. */
  schemaType: required(oneOf<KafkaSchemaType>(['AVRO', 'JSON', 'PROTOBUF'])),
  /** The schema itself, as text. */
  schema: required((field: string, value: unknown) => checkText(field, value, 1_000_000)),
});

/** Attributes of `cluster.createSchema()`. */
export type KafkaSchemaCreateAttributes = AttributesOf<typeof KAFKA_SCHEMA_CREATE.attributes>;

/** A subject of a Kafka cluster's schema registry, at one version. */
export class KafkaSchema extends Model {
  /** The schema's id. */
  @Field() schemaId!: number;
  /** The subject's name. */
  @Field() subjectName!: string;
  /** Its format. */
  @Field() schemaType!: KafkaSchemaType;
  /** The schema, as text. */
  @Field() schema!: string;
  /** The version (when loaded by subject). */
  @Field() version?: string;
  /** The id of the cluster it belongs to (not part of the API's body). */
  clusterId!: string;

  /** Deletes the subject (`DELETE /v2/databases/{id}/schema-registry/{subject}`). */
  async destroy(options?: RequestOptions): Promise<void> {
    await this.connection.request('DELETE', path`databases/${this.clusterId}/schema-registry/${this.subjectName}`, options);
  }
}
