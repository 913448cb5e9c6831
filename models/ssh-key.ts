import { Field } from '../lib/fields.js';
import { checkText } from '../lib/validate.js';
import type { RequestOptions } from '../lib/connection.js';
import { Resource } from './resource.js';

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
    return `account/keys/${this.id ?? this.fingerprint}`;
  }

  protected get resourceKey(): string {
    return 'ssh_key';
  }

  /** Renames the key (`PUT /v2/account/keys/{id}`) and updates it in place. */
  async update(attrs: { name: string }, options?: RequestOptions): Promise<this> {
    return this.save('PUT', { name: checkText('attrs.name', attrs?.name) }, options);
  }
}
