import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { Resource } from './resource.js';

/**
 * A TLS certificate for load balancers and CDN endpoints: uploaded (`custom`) or issued by Let's Encrypt.
 * @example `const cert = await client.certificates.create({ name: 'web', type: 'lets_encrypt', dnsNames: ['example.com'] });`
 */
export class Certificate extends Resource {
  protected static override readonly listing = { path: 'certificates', key: 'certificates' };

  /** The certificate's id (a UUID). */
  @Field() id!: string;
  /** The name. */
  @Field() name!: string;
  /** When it expires. */
  @Field({ type: () => Date }) notAfter!: Date;
  /** Its SHA-1 fingerprint. */
  @Field() sha1Fingerprint!: string;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** The names it covers. */
  @Field() dnsNames!: string[];
  /** `pending`, `verified` or `error`. */
  @Field() state!: 'pending' | 'verified' | 'error';
  /** `custom` or `lets_encrypt`. */
  @Field() type!: 'custom' | 'lets_encrypt';

  protected get resourcePath(): string {
    return path`certificates/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'certificate';
  }

  /**
   * Polls until the certificate's state is `verified` (`GET /v2/certificates/{id}`, or one listing for
   * many awaited together) and resolves to it, reloaded in place. Let's Encrypt certificates start
   * `pending`; uploaded ones are `verified` at once.
   * @throws ResourceFailedError when its state is `error` (`error.resource` is the certificate).
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilVerified(options?: WaitOptions<Certificate>): Promise<this> {
    return this.waitForState({ field: 'state', wanted: 'verified', failed: ['error'] }, options);
  }
}
