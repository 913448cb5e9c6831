import { LOG_DESTINATION, LogDestination, type LogDestinationAttributes } from '../../models/log-destination.js';
import type { RequestOptions } from '../connection.js';
import { path } from '../path.js';
import { checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/**
 * `client.logDestinations`: where sinks forward logs (`/v2/monitoring/sinks/destinations`).
 * @example `const destination = await client.logDestinations.create({ name: 'logs', type: 'opensearch_ext', config: { endpoint: 'logs.example.com', credentials: { username, password } } });`
 */
export class LogDestinationsCollection extends Collection {
  /** Every destination, credentials left out (`GET /v2/monitoring/sinks/destinations`). */
  async list(options?: RequestOptions): Promise<LogDestination[]> {
    return this.array(LogDestination, 'monitoring/sinks/destinations', 'destinations', options);
  }

  /** One destination by UUID (`GET /v2/monitoring/sinks/destinations/{uuid}`). @throws NotFoundError when there is none. */
  async get(uuid: string, options?: RequestOptions): Promise<LogDestination> {
    return this.load(LogDestination, path`monitoring/sinks/destinations/${checkUuid('uuid', uuid)}`, 'destination', options);
  }

  /** Creates a destination (`POST /v2/monitoring/sinks/destinations`). @throws ValidationError for a bad attribute, before any request. */
  async create(attrs: LogDestinationAttributes, options?: RequestOptions): Promise<LogDestination> {
    return this.write('POST', LogDestination, 'monitoring/sinks/destinations', 'destination', LOG_DESTINATION.wire('attrs', attrs), options);
  }

  /** Replaces a destination with the whole of `attrs` (`POST /v2/monitoring/sinks/destinations/{uuid}`, answered with no content). */
  async update(uuid: string, attrs: LogDestinationAttributes, options?: RequestOptions): Promise<void> {
    const json = LOG_DESTINATION.wire('attrs', attrs);
    await this.call('POST', path`monitoring/sinks/destinations/${checkUuid('uuid', uuid)}`, { json, signal: options?.signal });
  }

  /** Deletes a destination (`DELETE /v2/monitoring/sinks/destinations/{uuid}`). */
  async delete(uuid: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`monitoring/sinks/destinations/${checkUuid('uuid', uuid)}`, options);
  }
}
