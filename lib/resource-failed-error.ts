import { DigitalOceanError } from './errors.js';

/**
 * A waited-on resource reached a state from which it will not reach the awaited one: a load
 * balancer `errored`, a certificate in `error`, a firewall `failed`, a VPC peering `DELETING`.
 *
 * @example
 * ```ts
 * try { await lb.waitUntilActive(); }
 * catch (e) { if (e instanceof ResourceFailedError) console.log(e.state, e.resource); }
 * ```
 */
export class ResourceFailedError<T extends object = object> extends DigitalOceanError {
  override name = 'ResourceFailedError';
  /** The resource, as last loaded (the model that was waited on). */
  readonly resource: T;
  /** The state it ended in, as the API writes it: `errored`, `error`, `failed`, `DELETING`, ... */
  readonly state: string;
  /** The state that was awaited, e.g. `active`. */
  readonly wanted: string;

  /** `what` names the resource (`load balancer 4de7ac8b-...`), `field` its state field (`status`). */
  constructor(init: { resource: T; state: string; wanted: string; what: string; field: string }) {
    super(`${init.what}: ${init.field} is ${init.state}, so it will not become ${init.wanted}`);
    this.resource = init.resource;
    this.state = init.state;
    this.wanted = init.wanted;
  }
}
