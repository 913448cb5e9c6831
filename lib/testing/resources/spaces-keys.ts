import { randomBytes } from 'node:crypto';
import { body, created, defineModule, noContent, ok, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { notFound, unprocessable } from '../world.js';

/** A grant of a Spaces key. */
export interface GrantJson {
  bucket: string;
  permission: string;
}

/** A Spaces key as the API answers it (the secret only at creation). */
export interface SpacesKeyJson {
  [key: string]: unknown;
  name: string;
  grants: GrantJson[];
  access_key: string;
  created_at: string;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The account's Spaces access keys, by access key id. */
export class SpacesKeyStore extends Store<SpacesKeyJson, string> {
  /** The key; a 404 when there is none. */
  find(accessKey: string): SpacesKeyJson {
    return this.get(accessKey);
  }

  /** Creates a key; the answer is the only one with its secret. */
  create(attrs: Record<string, unknown>): SpacesKeyJson & { secret_key: string } {
    const name = this.#name(attrs.name);
    const grants = this.#grants(attrs.grants);
    const accessKey = `DO${randomBytes(9).toString('hex').toUpperCase()}`;
    const key = this.put(accessKey, { name, grants, access_key: accessKey, created_at: this.now() });
    return { ...key, secret_key: randomBytes(30).toString('base64') };
  }

  /** Changes a key: PUT replaces name and grants, PATCH changes what it is given. */
  change(accessKey: string, attrs: Record<string, unknown>, replace: boolean): SpacesKeyJson {
    const key = this.find(accessKey);
    if (replace || attrs.name !== undefined) key.name = this.#name(attrs.name);
    if (replace || attrs.grants !== undefined) key.grants = this.#grants(attrs.grants);
    return key;
  }

  /** The listing, filtered and sorted as the query asks. */
  listed(ctx: RouteContext): SpacesKeyJson[] {
    const q = ctx.query;
    let keys = this.list();
    if (q.get('name')) keys = keys.filter((k) => k.name === q.get('name'));
    if (q.get('bucket')) keys = keys.filter((k) => k.grants.some((g) => g.bucket === q.get('bucket')));
    if (q.get('permission')) keys = keys.filter((k) => k.grants.some((g) => g.permission === q.get('permission')));
    const sort = q.get('sort') ?? 'created_at';
    const direction = q.get('sort_direction') === 'asc' ? 1 : -1;
    if (sort !== 'created_at' && sort !== 'name') throw unprocessable(`cannot sort by ${sort}`);
    const order = keys.map((k, i) => ({ k, i }));
    order.sort((a, b) => (String(a.k[sort]) < String(b.k[sort]) ? -1 : String(a.k[sort]) > String(b.k[sort]) ? 1 : a.i - b.i) * direction);
    return order.map(({ k }) => k);
  }

  #name(value: unknown): string {
    if (typeof value !== 'string' || !value.trim()) throw unprocessable('name is required');
    return value;
  }

  #grants(value: unknown): GrantJson[] {
    if (!Array.isArray(value) || value.length === 0) throw unprocessable('at least one grant is required');
    return value.map((grant: Record<string, unknown>) => {
      const { bucket, permission } = grant ?? {};
      if (!['read', 'readwrite', 'fullaccess'].includes(permission as string)) throw unprocessable(`invalid permission: ${String(permission)}`);
      if (permission === 'fullaccess' ? bucket !== '' : typeof bucket !== 'string' || !BUCKET.test(bucket)) {
        throw unprocessable(permission === 'fullaccess' ? 'a fullaccess grant has an empty bucket' : `invalid bucket name: ${String(bucket)}`);
      }
      return { bucket: bucket as string, permission: permission as string };
    });
  }
}

const KEY = '/v2/spaces/keys/{access_key}';

/** Spaces access keys: `/v2/spaces/keys`. */
export const spacesKeys = defineModule('spaces_keys', (world) => new SpacesKeyStore(world), (route) => {
  route('GET', '/v2/spaces/keys', (ctx, keys) => ok(keys.page(ctx, 'keys', keys.listed(ctx))));
  route('POST', '/v2/spaces/keys', (ctx, keys) => created({ key: keys.create(body(ctx)) }));
  route('GET', KEY, (ctx, keys) => ok({ keys: [keys.find(ctx.params.access_key)] }));
  route('PUT', KEY, (ctx, keys) => ok({ key: keys.change(ctx.params.access_key, body(ctx), true) }));
  route('PATCH', KEY, (ctx, keys) => ok({ key: keys.change(ctx.params.access_key, body(ctx), false) }));
  route('DELETE', KEY, (ctx, keys) => {
    if (!keys.items.has(ctx.params.access_key)) throw notFound();
    keys.delete(ctx.params.access_key);
    return noContent();
  });
});
