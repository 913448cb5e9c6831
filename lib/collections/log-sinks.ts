import { LOG_SINK_CREATE, LogSink, type LogSinkCreateAttributes, type LogSinkResourceRef } from '../../models/log-sink.js';
import type { RequestOptions } from '../connection.js';
import { path } from '../path.js';
import { checkUrnRef, checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/** What `client.logSinks.list()` takes. */
export interface LogSinkListOptions extends RequestOptions {
  /** Only the sinks of this resource: its URN (`do:kubernetes:{id}`) or a model with one. */
  resource?: LogSinkResourceRef;
}

/**
 * `client.logSinks`: what forwards which resources' logs to which destination (`/v2/monitoring/sinks`).
 * @example `await client.logSinks.create({ destination, resources: [cluster] });`
 */
export class LogSinksCollection extends Collection {
  /** Every sink, or those of one resource (`GET /v2/monitoring/sinks?resource_id={urn}`). */
  async list(options: LogSinkListOptions = {}): Promise<LogSink[]> {
    const { resource, signal } = options;
    const urn = resource === undefined ? undefined : checkUrnRef('options.resource', resource);
    return this.array(LogSink, 'monitoring/sinks', 'sinks', { query: { resource_id: urn }, signal });
  }

  /** One sink by UUID (`GET /v2/monitoring/sinks/{uuid}`). @throws NotFoundError when there is none. */
  async get(uuid: string, options?: RequestOptions): Promise<LogSink> {
    return this.load(LogSink, path`monitoring/sinks/${checkUuid('uuid', uuid)}`, 'sink', options);
  }

  /**
   * Starts forwarding the resources' logs to the destination (`POST /v2/monitoring/sinks`). The API
   * accepts it (202) without answering the sink: `list({ resource })` finds it.
   * @throws ValidationError for a bad destination or a resource that is not a Kubernetes cluster.
   */
  async create(attrs: LogSinkCreateAttributes, options?: RequestOptions): Promise<void> {
    await this.call('POST', 'monitoring/sinks', { json: LOG_SINK_CREATE.wire('attrs', attrs), signal: options?.signal });
  }

  /** Deletes a sink (`DELETE /v2/monitoring/sinks/{uuid}`); its destination is kept. */
  async delete(uuid: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`monitoring/sinks/${checkUuid('uuid', uuid)}`, options);
  }
}
