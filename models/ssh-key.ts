import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { required, shape, type AttributesOf } from '../lib/shape.js';
import { checkText } from '../lib/validate.js';
import { ValidationError } from '../lib/errors.js';
import type { RequestOptions } from '../lib/connection.js';
import { Resource } from './resource.js';

const PUBLIC_KEY = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/=]+( .*)?$/;

/** A public key in OpenSSH format (`ssh-ed25519 AAAA... comment`), sent trimmed. */
function checkPublicKey(field: string, value: unknown): string {
  if (typeof value !== 'string' || !PUBLIC_KEY.test(value.trim())) {
    throw new ValidationError(field, 'must be a public key in OpenSSH format, e.g. "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... me@laptop"');
  }
  return value.trim();
}

/** What `client.sshKeys.create()` takes. */
export const SSH_KEY_CREATE = shape('an SSH key', {
  /** The display name. */
  name: required(checkText),
  /** The public key in OpenSSH format, e.g. `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... me@laptop`. */
  publicKey: required(checkPublicKey),
});

/** What `sshKey.update()` takes: a new name. */
export const SSH_KEY_UPDATE = shape('an SSH key update', {
  /** The new display name. */
  name: required(checkText),
});

/** Attributes of `client.sshKeys.create()`. */
export type SshKeyCreateAttributes = AttributesOf<typeof SSH_KEY_CREATE>;
/** Attributes of `sshKey.update()` and `client.sshKeys.update()`. */
export type SshKeyUpdateAttributes = AttributesOf<typeof SSH_KEY_UPDATE>;

/**
 * An SSH public key on the account, installable on new droplets by id or fingerprint.
 * @example `const key = await client.sshKeys.create({ name: 'laptop', publicKey }); await key.update({ name: 'old laptop' });`
 */
export class SshKey extends Resource {
  /** The key's id. */
  @Field() id!: number;
  /** The key's MD5 fingerprint, e.g. `3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa`. */
  @Field() fingerprint!: string;
  /** The public key in OpenSSH format. */
  @Field() publicKey!: string;
  /** The display name. */
  @Field() name!: string;

  protected get resourcePath(): string {
    return path`account/keys/${this.id ?? this.fingerprint}`;
  }

  protected get resourceKey(): string {
    return 'ssh_key';
  }

  /** Renames the key (`PUT /v2/account/keys/{id}`) and updates it in place. */
  async update(attrs: SshKeyUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', SSH_KEY_UPDATE.wire('attrs', attrs), options);
  }
}
