import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { Resource } from './resource.js';

/**
 * A peering that routes private traffic between two VPCs; `reload()` and `destroy()` use
 * `/v2/vpc_peerings/{id}`.
 * @example `const peering = await vpc.createPeering({ name: 'a-b', vpcId: other }).then((p) => p.waitUntilActive());`
 */
export class VpcPeering extends Resource {
  /** The peering's id (a UUID). */
  @Field() id!: string;
  /** The name. */
  @Field() name!: string;
  /** The two VPCs it joins. */
  @Field() vpcIds!: string[];
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** `PROVISIONING`, `ACTIVE` or `DELETING`. */
  @Field() status!: 'PROVISIONING' | 'ACTIVE' | 'DELETING';

  protected get resourcePath(): string {
    return path`vpc_peerings/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'vpc_peering';
  }

  /**
   * Polls until the peering's status is `ACTIVE` (`GET /v2/vpc_peerings/{id}`) and resolves to it,
   * reloaded in place. A new peering is `PROVISIONING` until traffic can flow.
   * @throws ResourceFailedError when it is `DELETING` (`error.resource` is the peering).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilActive(options?: WaitOptions<VpcPeering>): Promise<this> {
    return this.waitForState({ field: 'status', wanted: 'ACTIVE', failed: ['DELETING'] }, options);
  }
}
