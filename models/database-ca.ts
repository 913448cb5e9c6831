import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The CA certificate a database cluster's TLS certificates are signed by. */
export class DatabaseCa extends Model {
  /** The PEM certificate, base64-encoded as the API sends it. */
  @Field() certificate!: string;

  /** The PEM certificate (`-----BEGIN CERTIFICATE-----...`), to give to a database driver. */
  get pem(): string {
    return Buffer.from(this.certificate, 'base64').toString('utf8');
  }
}
