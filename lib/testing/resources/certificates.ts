import { createHash, randomUUID } from 'node:crypto';
import { body, created, defineModule, noContent, ok, strings, Store } from '../module.js';
import { timestamp, unprocessable } from '../world.js';
import { domains } from './domains.js';

/** A TLS certificate as the API answers it. */
export interface CertificateJson {
  id: string;
  name: string;
  not_after: string;
  sha1_fingerprint: string;
  created_at: string;
  dns_names: string[];
  state: 'pending' | 'verified' | 'error';
  type: 'custom' | 'lets_encrypt';
}

const PEM = /-----BEGIN [A-Z ]+-----[\s\S]+-----END [A-Z ]+-----/;

/**
 * The certificates, by id: custom ones verified at once, Let's Encrypt ones (for names under the
 * account's domains) verified after the action duration.
 */
export class CertificateStore extends Store<CertificateJson, string> {
  /** Checks run before a certificate is deleted; one that throws keeps it (a CDN endpoint using it). */
  readonly deleteGuards: Array<(id: string) => void> = [];

  /** Adds a custom certificate (PEM key and leaf) or starts issuing a Let's Encrypt one. */
  create(attrs: Record<string, unknown>): CertificateJson {
    const name = attrs.name;
    if (typeof name !== 'string' || !name) throw unprocessable('Name is required.');
    if (this.list().some((c) => c.name === name)) throw unprocessable('A certificate with this name already exists.');
    const notAfter = timestamp(this.world.now() + 90 * 86_400_000);
    const id = randomUUID();
    if (attrs.type === 'lets_encrypt') {
      const names = strings(attrs.dns_names);
      if (!names.length) throw unprocessable('dns_names is required.');
      const managed = [...this.world.state(domains).items.keys()];
      for (const dnsName of names) {
        const bare = dnsName.replace(/^\*\./, '');
        if (!managed.some((d) => bare === d || bare.endsWith(`.${d}`))) throw unprocessable(`The DNS of ${dnsName} is not managed by DigitalOcean.`);
      }
      const issued = this.put(id, { id, name, not_after: notAfter, sha1_fingerprint: '', created_at: this.now(), dns_names: names, state: 'pending', type: 'lets_encrypt' });
      this.world.schedule(() => {
        issued.state = 'verified';
        issued.sha1_fingerprint = createHash('sha1').update(issued.id).digest('hex');
      });
      return issued;
    }
    if (typeof attrs.private_key !== 'string' || !PEM.test(attrs.private_key)) throw unprocessable('The private key is invalid.');
    if (typeof attrs.leaf_certificate !== 'string' || !PEM.test(attrs.leaf_certificate)) throw unprocessable('The certificate is invalid.');
    const fingerprint = createHash('sha1').update(attrs.leaf_certificate).digest('hex');
    return this.put(id, { id, name, not_after: notAfter, sha1_fingerprint: fingerprint, created_at: this.now(), dns_names: [], state: 'verified', type: 'custom' });
  }

  /** Deletes a certificate nothing uses. */
  remove(id: string): void {
    this.get(id);
    for (const guard of this.deleteGuards) guard(id);
    this.items.delete(id);
  }
}

/** TLS certificates: `/v2/certificates`. */
export const certificates = defineModule('certificates', (world) => new CertificateStore(world), (route) => {
  route('GET', '/v2/certificates', (ctx, store) => {
    const name = ctx.query.get('name');
    return ok(store.page(ctx, 'certificates', store.list().filter((c) => name === null || c.name === name)));
  });
  route('POST', '/v2/certificates', (ctx, store) => created({ certificate: store.create(body(ctx)) }));
  route('GET', '/v2/certificates/{certificate_id}', (ctx, store) => ok({ certificate: store.get(ctx.params.certificate_id) }));
  route('DELETE', '/v2/certificates/{certificate_id}', (ctx, store) => {
    store.remove(ctx.params.certificate_id);
    return noContent();
  });
});
