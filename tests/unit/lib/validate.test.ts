import fc from 'fast-check';
import { ValidationError, type DigitalOcean } from '../../../lib/index.js';
import { fixture, testClient } from '../../helpers.js';

/** One body that answers any single-resource request the properties make. */
const ANY = {
  droplet: fixture<{ droplet: object }>('droplets/get').droplet,
  image: fixture<{ image: object }>('images/get').image,
  tag: fixture<{ tag: object }>('tags/get').tag,
  domain: fixture<{ domain: object }>('domains/get').domain,
  volume: fixture<{ volume: object }>('volumes/get').volume,
  ssh_key: fixture<{ ssh_key: object }>('ssh-keys/get').ssh_key,
  action: fixture<{ action: object }>('actions/get').action,
};

interface Sent {
  method: string;
  path: string;
  body: string;
}

/** A client whose every request is recorded and answered 200 with {@link ANY}. */
function recordingClient(): { client: DigitalOcean; sent: Sent[] } {
  const sent: Sent[] = [];
  const client = testClient({
    fetch: async (input: string | URL | Request) => {
      const request = input as Request;
      const url = new URL(request.url);
      sent.push({ method: request.method, path: url.pathname, body: await request.text() });
      return new Response(JSON.stringify(ANY), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  return { client, sent };
}

/**
 * Runs `call`; it must refuse with a ValidationError and send nothing exactly when `expected` gives
 * nothing, and otherwise send what `expected` says.
 */
async function refusesOrSends(call: () => Promise<unknown>, sent: Sent[], expected: () => Sent[] | undefined): Promise<void> {
  sent.length = 0;
  let error: unknown;
  try {
    await call();
  } catch (e) {
    error = e;
  }
  if (error !== undefined) {
    expect(error).toBeInstanceOf(ValidationError);
    expect(sent).toEqual([]);
    expect(expected()).toBeUndefined();
    return;
  }
  const want = expected();
  expect(want).toBeDefined();
  expect(sent.map(({ method, path }) => ({ method, path }))).toEqual(want!.map(({ method, path }) => ({ method, path })));
}

const hostile = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('../account', '..%2Faccount', '1/../../account', '1?x=1', '1#f', '\u0000', 'a\u0000b', '__proto__', 'constructor', ' 1', '1 ', '-1', '1e3', '0x10', 'NaN', 'Infinity'),
  fc.integer(),
  fc.double(),
  fc.string({ minLength: 10_000, maxLength: 20_000 }),
);

describe('input checks (property based)', () => {
  it('droplet ids: a ValidationError, or a request to exactly /v2/droplets/{id}', async () => {
    const { client, sent } = recordingClient();
    await fc.assert(
      fc.asyncProperty(hostile, async (id) => {
        await refusesOrSends(() => client.droplets.get(id as number), sent, () =>
          typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? [{ method: 'GET', path: `/v2/droplets/${id}`, body: '' }] : undefined,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('image ids and slugs: a ValidationError, or a request to exactly /v2/images/{ref}, never elsewhere', async () => {
    const { client, sent } = recordingClient();
    await fc.assert(
      fc.asyncProperty(hostile, async (ref) => {
        await refusesOrSends(() => client.images.get(ref as string), sent, () => {
          const safe = (typeof ref === 'number' && Number.isSafeInteger(ref) && ref > 0) || (typeof ref === 'string' && /^[a-z0-9][a-z0-9._-]{0,254}$/i.test(ref) && ref !== '..' && !ref.includes('/'));
          return safe ? [{ method: 'GET', path: `/v2/images/${ref}`, body: '' }] : undefined;
        });
        for (const { path } of sent) expect(path.startsWith('/v2/images/')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('tag names: a ValidationError, or a request to exactly /v2/tags/{name}', async () => {
    const { client, sent } = recordingClient();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, fc.stringMatching(/^[a-zA-Z0-9_:-]{1,300}$/)), async (name) => {
        await refusesOrSends(() => client.tags.get(name as string), sent, () =>
          typeof name === 'string' && /^[a-zA-Z0-9_:-]{1,255}$/.test(name) ? [{ method: 'GET', path: `/v2/tags/${name}`, body: '' }] : undefined,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('droplet create attributes: hostile keys and values never crash, pollute prototypes or reach the body', async () => {
    const { client, sent } = recordingClient();
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'region', 'size', 'image', 'tags', 'userData', 'ssh_keys', 'names'), fc.string());
    const attrs = fc.dictionary(key, hostile, { maxKeys: 8 });
    const base = { name: 'web-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
    let bodiesChecked = 0;
    await fc.assert(
      fc.asyncProperty(attrs, fc.boolean(), async (extra, withBase) => {
        const input = withBase ? Object.assign(Object.create(null), base, extra) : extra;
        sent.length = 0;
        await client.droplets.create(input).catch((error: unknown) => expect(error).toBeInstanceOf(ValidationError));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('isAdmin');
        for (const request of sent) {
          expect(request.path).toBe('/v2/droplets');
          const body = JSON.parse(request.body) as Record<string, unknown>;
          const allowed = ['name', 'region', 'size', 'image', 'ssh_keys', 'backups', 'backup_policy', 'ipv6', 'monitoring', 'tags', 'user_data', 'private_networking', 'volumes', 'vpc_uuid', 'with_droplet_agent', 'public_networking'];
          expect(Object.keys(body).filter((k) => !allowed.includes(k))).toEqual([]);
          bodiesChecked++;
        }
      }),
      { numRuns: 300 },
    );
    // Some runs must get past validation, or the body check above never ran.
    expect(bodiesChecked).toBeGreaterThan(0);
  });

  it('a JSON-parsed __proto__ key is refused, not merged', async () => {
    const { client, sent } = recordingClient();
    const attrs = JSON.parse('{"name":"web-1","region":"nyc3","size":"s-1vcpu-1gb","image":"ubuntu-24-04-x64","__proto__":{"isAdmin":true}}');
    await expect(client.droplets.create(attrs)).rejects.toMatchObject({ name: 'ValidationError', message: 'attrs has attributes a droplet create does not take: __proto__' });
    expect(sent).toEqual([]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('names with NUL bytes, huge names and names with slashes are refused', async () => {
    const { client, sent } = recordingClient();
    for (const name of ['web\u0000', 'a'.repeat(1_000_000), 'web/1', '../web', 'web 1', '']) {
      await expect(client.droplets.create({ name, region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' })).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs.name' });
      await expect(client.droplets.rename(3164444, name)).rejects.toMatchObject({ name: 'ValidationError', field: 'name' });
    }
    expect(sent).toEqual([]);
  });

  it('volume sizes outside 1..16,384 GiB and non-integers are refused', async () => {
    const { client, sent } = recordingClient();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer(), fc.double(), hostile), async (size) => {
        await refusesOrSends(() => client.volumes.create({ name: 'data', sizeGigabytes: size as number, region: 'nyc3' }), sent, () =>
          Number.isInteger(size) && (size as number) >= 1 && (size as number) <= 16_384 ? [{ method: 'POST', path: '/v2/volumes', body: '' }] : undefined,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('user data over 64 KiB is refused; at 64 KiB it is sent', async () => {
    const { client, sent } = recordingClient();
    const base = { name: 'web-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
    await expect(client.droplets.create({ ...base, userData: 'é'.repeat(32 * 1024 + 1) })).rejects.toMatchObject({ field: 'attrs.userData' });
    expect(sent).toEqual([]);
    await client.droplets.create({ ...base, userData: 'x'.repeat(64 * 1024) });
    expect(JSON.parse(sent[0].body).user_data).toHaveLength(64 * 1024);
  });
});
