import { SSH_KEY_CREATE, SshKey, type SshKeyCreateAttributes, type SshKeyUpdateAttributes } from '../../models/ssh-key.js';
import { path } from '../path.js';
import { ValidationError } from '../errors.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { checkId } from '../validate.js';
import type { RequestOptions } from '../connection.js';
import { Collection } from './collection.js';

const FINGERPRINT = /^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i;

function keyRef(value: unknown): string | number {
  if (typeof value === 'string' && FINGERPRINT.test(value)) return value;
  if (typeof value === 'number') return checkId('idOrFingerprint', value);
  throw new ValidationError('idOrFingerprint', `must be a key id or an MD5 fingerprint such as "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa", got ${JSON.stringify(value)}`);
}

/**
 * `client.sshKeys`: the account's SSH keys, by id or fingerprint.
 * @example `const key = await client.sshKeys.create({ name: 'laptop', publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ0qSr2S6mQ4Rp3N6U2yxCYEL3L0S5H2FQ0z6o3V0nx me@laptop' });`
 */
export class SshKeysCollection extends Collection {
  /** Every key (`GET /v2/account/keys`). */
  list(options?: ListOptions): Paginator<SshKey> {
    return this.page(SshKey, 'account/keys', 'ssh_keys', {}, options);
  }

  /** One key by id or fingerprint (`GET /v2/account/keys/{id|fingerprint}`). */
  async get(idOrFingerprint: number | string, options?: RequestOptions): Promise<SshKey> {
    return this.load(SshKey, path`account/keys/${keyRef(idOrFingerprint)}`, 'ssh_key', options);
  }

  /** Adds a key (`POST /v2/account/keys`). @throws ValidationError for a key that is not in OpenSSH format. */
  async create(attrs: SshKeyCreateAttributes, options?: RequestOptions): Promise<SshKey> {
    return this.write('POST', SshKey, 'account/keys', 'ssh_key', SSH_KEY_CREATE.wire('attrs', attrs), options);
  }

  /** Renames a key (`PUT /v2/account/keys/{id|fingerprint}`). */
  async update(idOrFingerprint: number | string, attrs: SshKeyUpdateAttributes, options?: RequestOptions): Promise<SshKey> {
    return this.ref(SshKey, refFields(keyRef(idOrFingerprint))).update(attrs, options);
  }

  /** Deletes a key (`DELETE /v2/account/keys/{id|fingerprint}`). */
  async delete(idOrFingerprint: number | string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`account/keys/${keyRef(idOrFingerprint)}`, options);
  }
}

function refFields(ref: string | number): object {
  return typeof ref === 'number' ? { id: ref } : { fingerprint: ref };
}
