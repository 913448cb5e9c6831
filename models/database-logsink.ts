import type { RequestOptions } from '../lib/connection.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { checkJson, oneOf, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkText } from '../lib/validate.js';
import { Model } from './model.js';

/** Where a log sink sends a cluster's logs. */
export type DatabaseLogsinkType = 'rsyslog' | 'elasticsearch' | 'opensearch' | 'datadog';

/** A log sink's settings, with the API's own keys: rsyslog (`server`, `port`, `tls`, `format`, ...), Elasticsearch or OpenSearch (`url`, `index_prefix`, ...), Datadog (`site`, `datadog_api_key`). */
export type DatabaseLogsinkConfig = Record<string, unknown>;

/** What `cluster.createLogsink()` takes. */
export const DATABASE_LOGSINK_CREATE = shape('a log sink', {
  /** The sink's name. */
  sinkName: required(checkText),
  /** Where it sends logs. */
  sinkType: required(oneOf<DatabaseLogsinkType>(['rsyslog', 'elasticsearch', 'opensearch', 'datadog'])),
  /** Its settings, with the API's own keys. */
  config: required(checkJson),
});

/** What `logsink.update()` takes. */
export const DATABASE_LOGSINK_UPDATE = shape('a log sink update', {
  /** The new settings, with the API's own keys. */
  config: required(checkJson),
});

/** Attributes of `cluster.createLogsink()`. */
export type DatabaseLogsinkCreateAttributes = AttributesOf<typeof DATABASE_LOGSINK_CREATE.attributes>;
/** Attributes of `logsink.update()`. */
export type DatabaseLogsinkUpdateAttributes = AttributesOf<typeof DATABASE_LOGSINK_UPDATE.attributes>;

/**
 * A log sink of a database cluster. Its config may hold credentials (an API key, a URL with a
 * password, a private key): a secret field, `[REDACTED]` in `util.inspect`.
 */
export class DatabaseLogsink extends Model {
  /** The sink's id. */
  @Field() sinkId!: string;
  /** Its name. */
  @Field() sinkName!: string;
  /** Where it sends logs. */
  @Field() sinkType!: DatabaseLogsinkType;
  /** Its settings, with the API's own keys. */
  @Field({ json: true, secret: true }) config?: DatabaseLogsinkConfig;
  /** The id of the cluster it belongs to (not part of the API's body). */
  clusterId!: string;

  /** Replaces the sink's settings (`PUT /v2/databases/{id}/logsink/{sink_id}`, which answers nothing) and sets them in place. */
  async update(attrs: DatabaseLogsinkUpdateAttributes, options?: RequestOptions): Promise<this> {
    const json = DATABASE_LOGSINK_UPDATE.wire('attrs', attrs);
    await this.connection.request('PUT', path`databases/${this.clusterId}/logsink/${this.sinkId}`, { json, signal: options?.signal });
    this.config = json.config as DatabaseLogsinkConfig;
    return this;
  }

  /** Deletes the sink (`DELETE /v2/databases/{id}/logsink/{sink_id}`). */
  async destroy(options?: RequestOptions): Promise<void> {
    await this.connection.request('DELETE', path`databases/${this.clusterId}/logsink/${this.sinkId}`, options);
  }
}
