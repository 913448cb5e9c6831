import { UptimeAlert, type UptimeAlertAttributes } from '../../models/uptime-alert.js';
import { UPTIME_CHECK_CREATE, UptimeCheck, type UptimeCheckCreateAttributes, type UptimeCheckUpdateAttributes } from '../../models/uptime-check.js';
import type { UptimeCheckState } from '../../models/uptime-check-state.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/**
 * `client.uptimeChecks`: uptime checks, their state and their alerts. Every operation on a check or
 * an alert also works by id, without loading it first.
 * @example `const check = await client.uptimeChecks.create({ name: 'web', type: 'https', target: 'https://example.com', regions: ['us_east', 'eu_west'] });`
 */
export class UptimeChecksCollection extends Collection {
  /** Every uptime check (`GET /v2/uptime/checks`): a lazy listing. */
  list(options?: ListOptions): Paginator<UptimeCheck> {
    return this.page(UptimeCheck, 'uptime/checks', 'checks', {}, options);
  }

  /**
   * One check (`GET /v2/uptime/checks/{check_id}`).
   * @throws ValidationError for an id that is not a UUID; NotFoundError for an unknown one.
   */
  async get(id: string, options?: RequestOptions): Promise<UptimeCheck> {
    return this.load(UptimeCheck, path`uptime/checks/${checkUuid('id', id)}`, 'check', options);
  }

  /**
   * Creates a check (`POST /v2/uptime/checks`), enabled unless `enabled: false`, and resolves to it.
   * @throws ValidationError for a missing name, a target that does not suit the type, an unknown region, ...
   */
  async create(attrs: UptimeCheckCreateAttributes, options?: RequestOptions): Promise<UptimeCheck> {
    return this.write('POST', UptimeCheck, 'uptime/checks', 'check', { enabled: true, ...UPTIME_CHECK_CREATE.wire('attrs', attrs) }, options);
  }

  /** Changes some of a check's settings (`PUT /v2/uptime/checks/{check_id}`) and resolves to the check. */
  async update(id: string, attrs: UptimeCheckUpdateAttributes, options?: RequestOptions): Promise<UptimeCheck> {
    return this.#check(id).update(attrs, options);
  }

  /** Deletes a check and its alerts (`DELETE /v2/uptime/checks/{check_id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.#check(id).destroy(options);
  }

  /** A check's current state, per region (`GET /v2/uptime/checks/{check_id}/state`). */
  async state(id: string, options?: RequestOptions): Promise<UptimeCheckState> {
    return this.#check(id).state(options);
  }

  /** A check's alerts (`GET /v2/uptime/checks/{check_id}/alerts`): a lazy listing. */
  alerts(checkId: string, options?: ListOptions): Paginator<UptimeAlert> {
    return this.#check(checkId, 'checkId').alerts(options);
  }

  /** One alert of a check (`GET /v2/uptime/checks/{check_id}/alerts/{alert_id}`). */
  async alert(checkId: string, alertId: string, options?: RequestOptions): Promise<UptimeAlert> {
    return this.#check(checkId, 'checkId').alert(alertId, options);
  }

  /**
   * Adds an alert to a check (`POST /v2/uptime/checks/{check_id}/alerts`) and resolves to it.
   * @throws ValidationError for a latency alert without a threshold or comparison, an unknown period, ...
   */
  async createAlert(checkId: string, attrs: UptimeAlertAttributes, options?: RequestOptions): Promise<UptimeAlert> {
    return this.#check(checkId, 'checkId').createAlert(attrs, options);
  }

  /** Replaces an alert's settings (`PUT /v2/uptime/checks/{check_id}/alerts/{alert_id}`, the whole alert) and resolves to it. */
  async updateAlert(checkId: string, alertId: string, attrs: UptimeAlertAttributes, options?: RequestOptions): Promise<UptimeAlert> {
    return this.#alert(checkId, alertId).update(attrs, options);
  }

  /** Deletes an alert (`DELETE /v2/uptime/checks/{check_id}/alerts/{alert_id}`). */
  async deleteAlert(checkId: string, alertId: string, options?: RequestOptions): Promise<void> {
    await this.#alert(checkId, alertId).destroy(options);
  }

  #check(id: string, field = 'id'): UptimeCheck {
    return this.ref(UptimeCheck, { id: checkUuid(field, id) });
  }

  #alert(checkId: string, alertId: string): UptimeAlert {
    const alert = this.ref(UptimeAlert, { id: checkUuid('alertId', alertId) });
    alert.checkId = checkUuid('checkId', checkId);
    return alert;
  }
}
