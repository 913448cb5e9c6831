import type { ByoipAddress } from '../../models/byoip-address.js';
import { BYOIP_PREFIX_CREATE, ByoipPrefix, type ByoipPrefixCreateAttributes, type ByoipPrefixUpdateAttributes } from '../../models/byoip-prefix.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/**
 * `client.byoipPrefixes`: IP prefixes brought to DigitalOcean (`/v2/byoip_prefixes`).
 * @example `const prefix = await client.byoipPrefixes.get(uuid); await prefix.update({ advertise: true });`
 */
export class ByoipPrefixesCollection extends Collection {
  /** Every prefix (`GET /v2/byoip_prefixes`). */
  list(options?: ListOptions): Paginator<ByoipPrefix> {
    return this.page(ByoipPrefix, 'byoip_prefixes', 'byoip_prefixes', {}, options);
  }

  /** One prefix (`GET /v2/byoip_prefixes/{uuid}`). @throws NotFoundError when there is none. */
  async get(uuid: string, options?: RequestOptions): Promise<ByoipPrefix> {
    return this.load(ByoipPrefix, path`byoip_prefixes/${checkUuid('uuid', uuid)}`, 'byoip_prefix', options);
  }

  /**
   * Brings a prefix (`POST /v2/byoip_prefixes`) and resolves to it as the API first answers it
   * (its `uuid`, `region` and `status`); it is validated, then `active`: `waitUntilActive()`.
   * @throws ValidationError for a prefix that is not in CIDR notation, before any request.
   */
  async create(attrs: ByoipPrefixCreateAttributes, options?: RequestOptions): Promise<ByoipPrefix> {
    const json = BYOIP_PREFIX_CREATE.wire('attrs', attrs);
    const body = await this.connection.request<Record<string, unknown>>('POST', 'byoip_prefixes', { json, signal: options?.signal });
    // The description writes the answer both unwrapped and under `byoip_prefix`: either is read.
    const raw = (body?.byoip_prefix ?? body) as object;
    return this.connection.hydrate(ByoipPrefix, { prefix: json.prefix, ...raw });
  }

  /** `prefix.update()` by id (`PATCH /v2/byoip_prefixes/{uuid}`). */
  async update(uuid: string, attrs: ByoipPrefixUpdateAttributes, options?: RequestOptions): Promise<ByoipPrefix> {
    return this.#ref(uuid).update(attrs, options);
  }

  /** Deletes a prefix (`DELETE /v2/byoip_prefixes/{uuid}`). */
  async delete(uuid: string, options?: RequestOptions): Promise<void> {
    await this.#ref(uuid).destroy(options);
  }

  /** `prefix.ips()` by id (`GET /v2/byoip_prefixes/{uuid}/ips`). */
  ips(uuid: string, options?: ListOptions): Paginator<ByoipAddress> {
    return this.#ref(uuid).ips(options);
  }

  #ref(uuid: string): ByoipPrefix {
    return this.ref(ByoipPrefix, { uuid: checkUuid('uuid', uuid) });
  }
}
