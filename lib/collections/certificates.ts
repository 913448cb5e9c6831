import { Certificate } from '../../models/certificate.js';
import { path } from '../path.js';
import { ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkArray, checkAttrs, checkDomainName, checkKeys, checkText, checkUuid, toWire } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

/** An uploaded certificate. */
export interface CustomCertificateAttributes {
  /** A certificate you bring. */
  type: 'custom';
  /** The certificate's name. */
  name: string;
  /** PEM private key. */
  privateKey: string;
  /** PEM certificate. */
  leafCertificate: string;
  /** PEM chain. */
  certificateChain?: string;
}

/** A certificate for Let's Encrypt to issue; the domains' DNS must be managed by DigitalOcean. */
export interface LetsEncryptCertificateAttributes {
  /** A certificate Let's Encrypt issues. */
  type: 'lets_encrypt';
  /** The certificate's name. */
  name: string;
  /** The names to cover, e.g. `['example.com', 'www.example.com']`. */
  dnsNames: string[];
}

const PEM = /-----BEGIN [A-Z ]+-----[\s\S]+-----END [A-Z ]+-----/;

/**
 * `client.certificates`: TLS certificates.
 * @example `await client.certificates.create({ type: 'lets_encrypt', name: 'web', dnsNames: ['example.com'] });`
 */
export class CertificatesCollection extends Collection {
  /** Every certificate, optionally by name (`GET /v2/certificates`). */
  list(options: ListOptions & { name?: string } = {}): Paginator<Certificate> {
    const { name, ...rest } = options;
    if (name !== undefined) checkText('name', name);
    return this.page(Certificate, 'certificates', 'certificates', { name }, rest);
  }

  /** One certificate (`GET /v2/certificates/{id}`). */
  async get(id: string, options?: RequestOptions): Promise<Certificate> {
    return this.load(Certificate, path`certificates/${checkUuid('id', id)}`, 'certificate', options);
  }

  /** Uploads a certificate or asks Let's Encrypt for one (`POST /v2/certificates`). */
  async create(attrs: CustomCertificateAttributes | LetsEncryptCertificateAttributes, options?: RequestOptions): Promise<Certificate> {
    const given = checkAttrs('attrs', attrs);
    checkText('attrs.name', given.name);
    if (given.type === 'lets_encrypt') {
      checkKeys('attrs', given, ['type', 'name', 'dnsNames'], "a Let's Encrypt certificate");
      checkArray('attrs.dnsNames', given.dnsNames, (f, v) => checkDomainName(f, typeof v === 'string' ? v.replace(/^\*\./, '') : v), 1);
    } else if (given.type === 'custom') {
      checkKeys('attrs', given, ['type', 'name', 'privateKey', 'leafCertificate', 'certificateChain'], 'a custom certificate');
      for (const key of ['privateKey', 'leafCertificate'] as const) {
        if (typeof given[key] !== 'string' || !PEM.test(given[key] as string)) throw new ValidationError(`attrs.${key}`, 'must be PEM text');
      }
    } else {
      throw new ValidationError('attrs.type', `must be "custom" or "lets_encrypt", got ${JSON.stringify(given.type)}`);
    }
    return this.write('POST', Certificate, 'certificates', 'certificate', toWire(given), options);
  }

  /** Deletes a certificate (`DELETE /v2/certificates/{id}`). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`certificates/${checkUuid('id', id)}`, options);
  }
}
