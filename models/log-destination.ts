import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { objectOf, oneOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkInt, checkText, checkUuid } from '../lib/validate.js';
import { Model } from './model.js';
import { Resource } from './resource.js';

/** Where a destination sends logs: a managed OpenSearch cluster, or one elsewhere. */
export type LogDestinationType = 'opensearch_dbaas' | 'opensearch_ext';

/** The credentials of an external OpenSearch cluster. The password is `[REDACTED]` in `inspect` output. */
export class LogDestinationCredentials extends Model {
  /** The user name. */
  @Field() username?: string;
  /** The password. */
  @Field({ secret: true }) password?: string;
}

/** An OpenSearch cluster that receives logs. */
export class LogDestinationConfig extends Model {
  /** The config's id. */
  @Field() id?: string;
  /** The cluster's endpoint (a host name or URL). */
  @Field() endpoint!: string;
  /** The credentials (the API leaves them out of most answers). */
  @Field({ type: () => LogDestinationCredentials }) credentials?: LogDestinationCredentials;
  /** A managed cluster's UUID. */
  @Field() clusterUuid?: string;
  /** A managed cluster's name. */
  @Field() clusterName?: string;
  /** The index the logs go to, e.g. `logs`. */
  @Field() indexName?: string;
  /** How many days logs are kept. */
  @Field() retentionDays?: number;
}

const CREDENTIALS = shape('the credentials', {
  /** The user name. */
  username: required(checkText),
  /** The password. */
  password: required(checkText),
});

const CONFIG = shape('a log destination config', {
  /** The cluster's endpoint (a host name or URL). */
  endpoint: required(checkText),
  /** An external cluster's credentials. */
  credentials: optional(objectOf(CREDENTIALS)),
  /** A managed cluster's UUID. */
  clusterUuid: optional(checkUuid),
  /** A managed cluster's name. */
  clusterName: optional(checkText),
  /** The index the logs go to. Default: `logs`. */
  indexName: optional(checkText),
  /** How many days logs are kept, 1 to 3650. Default: 14. */
  retentionDays: optional((field, value) => checkInt(field, value, 1, 3650)),
});

/** What `client.logDestinations.create()` and `update()` take. */
export const LOG_DESTINATION = shape('a log destination', {
  /** The destination's name. */
  name: optional(checkText),
  /** A managed (`opensearch_dbaas`) or an external (`opensearch_ext`) OpenSearch cluster. */
  type: required(oneOf(['opensearch_dbaas', 'opensearch_ext'] as const)),
  /** The cluster and index. */
  config: required(objectOf(CONFIG)),
});

/** Attributes of `client.logDestinations.create()` and `update()`. */
export type LogDestinationAttributes = AttributesOf<typeof LOG_DESTINATION>;

/**
 * A destination for forwarded logs (`/v2/monitoring/sinks/destinations`): an OpenSearch cluster
 * that sinks send their resources' logs to.
 * @example
 * ```ts
 * const destination = await client.logDestinations.create({
 *   name: 'cluster-logs', type: 'opensearch_dbaas',
 *   config: { endpoint: cluster.connectionDetails.host, clusterUuid: cluster.id, clusterName: cluster.name, indexName: 'logs' },
 * });
 * ```
 */
export class LogDestination extends Resource {
  /** The destination's UUID. */
  @Field() id!: string;
  /** Its name. */
  @Field() name?: string;
  /** A managed or an external OpenSearch cluster. */
  @Field() type!: LogDestinationType;
  /** The cluster and index. */
  @Field({ type: () => LogDestinationConfig }) config!: LogDestinationConfig;

  protected get resourcePath(): string {
    return path`monitoring/sinks/destinations/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'destination';
  }

  /**
   * Changes the destination (`POST /v2/monitoring/sinks/destinations/{id}`, which takes the whole
   * destination: what is not given keeps the value this model holds; credentials, which answers
   * leave out, are sent only when given), then reloads it.
   */
  async update(changes: Partial<LogDestinationAttributes>, options?: RequestOptions): Promise<this> {
    if (typeof changes !== 'object' || changes === null) throw new ValidationError('changes', 'must be an object');
    const { endpoint, clusterUuid, clusterName, indexName, retentionDays } = this.config;
    const current = { name: this.name, type: this.type, config: { endpoint, clusterUuid, clusterName, indexName, retentionDays } };
    const json = LOG_DESTINATION.wire('changes', { ...current, ...changes });
    await this.connection.request('POST', this.resourcePath, { json, signal: options?.signal });
    return this.reload(options);
  }
}
