import { createHash } from 'node:crypto';
import { body, created, defineModule, found, noContent, ok, Store } from '../module.js';
import { unprocessable } from '../world.js';

/** An SSH key as the API answers it. */
export interface SshKeyJson {
  [key: string]: unknown;
  id: number;
  fingerprint: string;
  public_key: string;
  name: string;
}

/** The account's SSH keys, by id; found by id or MD5 fingerprint. */
export class SshKeyStore extends Store<SshKeyJson, number> {
  #nextId = 5_120_001;

  /** The key with this id or fingerprint; a 404 when there is none. */
  find(ref: string): SshKeyJson {
    return found(/^\d+$/.test(ref) ? this.items.get(Number(ref)) : [...this.items.values()].find((k) => k.fingerprint === ref));
  }

  /** Adds a key: a name, and a public key in OpenSSH format not on the account yet. */
  create(attrs: Record<string, unknown>): SshKeyJson {
    const name = this.#name(attrs.name);
    const publicKey = typeof attrs.public_key === 'string' ? attrs.public_key.trim() : '';
    const material = publicKey.split(/\s+/)[1];
    if (!material || !/^[A-Za-z0-9+/=]+$/.test(material)) {
      throw unprocessable("Key invalid type, we support 'ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ssh-ed25519'.");
    }
    const fingerprint = createHash('md5').update(Buffer.from(material, 'base64')).digest('hex').match(/../g)!.join(':');
    if (this.list().some((k) => k.fingerprint === fingerprint)) throw unprocessable('SSH Key is already in use on your account');
    return this.put(this.#nextId, { id: this.#nextId++, fingerprint, public_key: publicKey, name });
  }

  /** Renames a key. */
  rename(ref: string, attrs: Record<string, unknown>): SshKeyJson {
    const key = this.find(ref);
    key.name = this.#name(attrs.name);
    return key;
  }

  #name(value: unknown): string {
    if (typeof value !== 'string' || !value) throw unprocessable('Name is required.');
    return value;
  }
}

/** SSH keys: `/v2/account/keys`. */
export const sshKeys = defineModule('ssh_keys', (world) => new SshKeyStore(world), (route) => {
  route('GET', '/v2/account/keys', (ctx, keys) => ok(keys.page(ctx, 'ssh_keys')));
  route('POST', '/v2/account/keys', (ctx, keys) => created({ ssh_key: keys.create(body(ctx)) }));
  route('GET', '/v2/account/keys/{ssh_key_identifier}', (ctx, keys) => ok({ ssh_key: keys.find(ctx.params.ssh_key_identifier) }));
  route('PUT', '/v2/account/keys/{ssh_key_identifier}', (ctx, keys) => ok({ ssh_key: keys.rename(ctx.params.ssh_key_identifier, body(ctx)) }));
  route('DELETE', '/v2/account/keys/{ssh_key_identifier}', (ctx, keys) => {
    keys.delete(keys.find(ctx.params.ssh_key_identifier).id);
    return noContent();
  });
});
