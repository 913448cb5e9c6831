import { Field } from '../lib/fields.js';
import { Resource } from './resource.js';

/**
 * A TLS certificate for load balancers and CDN endpoints: uploaded (`custom`) or issued by Let's Encrypt.
 * @example `const cert = await client.certificates.create({ name: 'web', type: 'lets_encrypt', dnsNames: ['example.com'] });`
 */
export class Certificate extends Resource {
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
    return `certificates/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'certificate';
  }
}
