import { AlertPolicy, alertPolicyWire, type AlertPolicyAttributes } from '../../models/alert-policy.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/**
 * `client.alertPolicies`: monitoring alert policies (`/v2/monitoring/alerts`).
 * @example
 * ```ts
 * const policy = await client.alertPolicies.create({
 *   type: 'v1/insights/droplet/cpu', description: 'CPU above 80%', compare: 'GreaterThan', value: 80,
 *   window: '5m', entities: [droplet], alerts: { email: ['ops@example.com'] },
 * });
 * ```
 */
export class AlertPoliciesCollection extends Collection {
  /** Every alert policy (`GET /v2/monitoring/alerts`). */
  list(options?: ListOptions): Paginator<AlertPolicy> {
    return this.page(AlertPolicy, 'monitoring/alerts', 'policies', {}, options);
  }

  /** One policy by UUID (`GET /v2/monitoring/alerts/{uuid}`). @throws NotFoundError when there is none. */
  async get(uuid: string, options?: RequestOptions): Promise<AlertPolicy> {
    return this.load(AlertPolicy, path`monitoring/alerts/${checkUuid('uuid', uuid)}`, 'policy', options);
  }

  /**
   * Creates a policy (`POST /v2/monitoring/alerts`); `entities`, `tags` default to none and
   * `enabled` to `true`. @throws ValidationError for a bad attribute, before any request.
   */
  async create(attrs: AlertPolicyAttributes, options?: RequestOptions): Promise<AlertPolicy> {
    return this.write('POST', AlertPolicy, 'monitoring/alerts', 'policy', alertPolicyWire('attrs', attrs), options);
  }

  /** Replaces a policy (`PUT /v2/monitoring/alerts/{uuid}`) with the whole of `attrs`; `policy.update()` changes only some. */
  async update(uuid: string, attrs: AlertPolicyAttributes, options?: RequestOptions): Promise<AlertPolicy> {
    const json = alertPolicyWire('attrs', attrs);
    return this.write('PUT', AlertPolicy, path`monitoring/alerts/${checkUuid('uuid', uuid)}`, 'policy', json, options);
  }

  /** Deletes a policy (`DELETE /v2/monitoring/alerts/{uuid}`). */
  async delete(uuid: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`monitoring/alerts/${checkUuid('uuid', uuid)}`, options);
  }
}
