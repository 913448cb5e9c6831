import { readFileSync } from 'node:fs';
import { SshKey } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const FP = '3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa';
const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ0qSr2S6mQ4Rp3N6U2yxCYEL3L0S5H2FQ0z6o3V0nx sammy@laptop';

describe('SshKeysCollection and SshKey', () => {
  itSends([
    { name: 'client.sshKeys.list()', call: (c) => c.sshKeys.list(), method: 'GET', path: '/v2/account/keys', query: PAGE, status: 200, reply: 'ssh-keys/list', result: many(SshKey, 'ssh-keys/list', 'ssh_keys') },
    { name: 'client.sshKeys.get(id)', call: (c) => c.sshKeys.get(512189), method: 'GET', path: '/v2/account/keys/512189', status: 200, reply: 'ssh-keys/get', result: one(SshKey, 'ssh-keys/get', 'ssh_key') },
    { name: 'client.sshKeys.get(fingerprint)', call: (c) => c.sshKeys.get(FP), method: 'GET', path: `/v2/account/keys/${FP}`, status: 200, reply: 'ssh-keys/get', result: one(SshKey, 'ssh-keys/get', 'ssh_key') },
    { name: 'client.sshKeys.create(attrs)', call: (c) => c.sshKeys.create({ name: 'laptop', publicKey: `${PUBLIC_KEY}\n` }), method: 'POST', path: '/v2/account/keys', body: { name: 'laptop', public_key: PUBLIC_KEY }, status: 201, reply: 'ssh-keys/get', result: one(SshKey, 'ssh-keys/get', 'ssh_key') },
    { name: 'client.sshKeys.update(fingerprint, attrs)', call: (c) => c.sshKeys.update(FP, { name: 'laptop' }), method: 'PUT', path: `/v2/account/keys/${FP}`, body: { name: 'laptop' }, status: 200, reply: 'ssh-keys/get', result: one(SshKey, 'ssh-keys/get', 'ssh_key') },
    { name: 'client.sshKeys.delete(id)', call: (c) => c.sshKeys.delete(512189), method: 'DELETE', path: '/v2/account/keys/512189', status: 204, result: nothing },
    { name: 'key.update(attrs)', call: (c) => loaded(c, SshKey, 'ssh-keys/get', 'ssh_key').update({ name: 'laptop' }), method: 'PUT', path: '/v2/account/keys/512189', body: { name: 'laptop' }, status: 200, reply: 'ssh-keys/get', result: one(SshKey, 'ssh-keys/get', 'ssh_key') },
    { name: 'key.reload()', call: (c) => loaded(c, SshKey, 'ssh-keys/get', 'ssh_key').reload(), method: 'GET', path: '/v2/account/keys/512189', status: 200, reply: 'ssh-keys/get', result: one(SshKey, 'ssh-keys/get', 'ssh_key') },
    { name: 'key.destroy()', call: (c) => loaded(c, SshKey, 'ssh-keys/get', 'ssh_key').destroy(), method: 'DELETE', path: '/v2/account/keys/512189', status: 204, result: nothing },
  ]);

  itRefuses([
    ['get with a path instead of an id', (c) => c.sshKeys.get('../account'), 'idOrFingerprint'],
    ['create without a name', (c) => c.sshKeys.create({ name: '', publicKey: PUBLIC_KEY }), 'attrs.name'],
    ['create with a private key', (c) => c.sshKeys.create({ name: 'x', publicKey: '-----BEGIN OPENSSH PRIVATE KEY-----' }), 'attrs.publicKey'],
    ['create with an unknown attribute', (c) => c.sshKeys.create({ name: 'x', publicKey: PUBLIC_KEY, public_key: 'x' } as never), 'attrs'],
    ['update to an empty name', (c) => c.sshKeys.update(1, { name: '' }), 'attrs.name'],
  ]);

  it("accepts the README's example key", async () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const [, name, publicKey] = /client\.sshKeys\.create\(\{ name: '([^']+)', publicKey: '([^']+)' \}\)/.exec(readme) ?? [];
    expect(publicKey).toMatch(/^ssh-ed25519 /);
    stubApi('POST', '/v2/account/keys').reply(201, (_uri, body) => {
      expect(body).toEqual({ name, public_key: publicKey });
      return fixture('ssh-keys/get');
    });
    await expect(testClient().sshKeys.create({ name, publicKey })).resolves.toBeInstanceOf(SshKey);
  });
});
