import { randomUUID } from 'node:crypto';
import { accepted, body, defineModule, ok, Store } from '../module.js';
import { unprocessable } from '../world.js';
import { projects } from './projects.js';

/** A BYOIP prefix as the API answers it. */
export interface ByoipPrefixJson {
  [key: string]: unknown;
  uuid: string;
  name: string;
  prefix: string;
  status: 'in_progress' | 'active' | 'failed';
  region: string;
  validations: Array<{ name: string; status: string; note: string }>;
  failure_reason: string;
  locked: boolean;
  advertised: boolean;
  project_id: string;
}

/** An address of a prefix assigned to a resource. */
export interface ByoipAddressJson {
  id: number;
  byoip: string;
  region: string;
  resource: string;
  assigned_at: string;
}

const CHECKS = ['SIGNATURE HASH', 'ROUTE ORIGIN AUTHORIZATION', 'PREFIX SIZE'];

/**
 * Brought IP prefixes. A new prefix is `in_progress` with its validations `PENDING`; after one
 * action duration they have run: a prefix of /24 or larger passes and is `active`; a smaller one
 * fails its `PREFIX SIZE` check and is `failed`. Only an active prefix can be advertised, and an
 * advertised one cannot be deleted.
 */
export class ByoipPrefixStore extends Store<ByoipPrefixJson, string> {
  /** Addresses assigned from each prefix. */
  readonly addresses = new Map<string, ByoipAddressJson[]>();

  create(attrs: Record<string, unknown>, projectId: string): ByoipPrefixJson {
    const prefix = typeof attrs.prefix === 'string' ? attrs.prefix : '';
    const match = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(prefix);
    if (!match) throw unprocessable('prefix must be an IPv4 prefix in CIDR notation');
    if (!this.world.region(attrs.region)) throw unprocessable('region is invalid');
    if (typeof attrs.signature !== 'string' || !attrs.signature) throw unprocessable('signature is required');
    if (this.list().some((p) => p.prefix === prefix && p.status !== 'failed')) throw unprocessable('This prefix has already been brought to DigitalOcean.');
    const record: ByoipPrefixJson = {
      uuid: randomUUID(),
      name: '',
      prefix,
      status: 'in_progress',
      region: attrs.region as string,
      validations: CHECKS.map((name) => ({ name, status: 'PENDING', note: '' })),
      failure_reason: '',
      locked: false,
      advertised: false,
      project_id: projectId,
    };
    const tooSmall = Number(match[2]) > 24;
    this.world.schedule(() => {
      for (const check of record.validations) check.status = check.name === 'PREFIX SIZE' && tooSmall ? 'FAILED' : 'PASSED';
      record.status = tooSmall ? 'failed' : 'active';
      if (tooSmall) record.failure_reason = 'The prefix must be a /24 or larger.';
    });
    this.addresses.set(record.uuid, []);
    return this.put(record.uuid, record);
  }

  advertise(uuid: string, attrs: Record<string, unknown>): ByoipPrefixJson {
    const record = this.get(uuid);
    if (typeof attrs.advertise !== 'boolean') throw unprocessable('advertise must be a boolean');
    if (record.status !== 'active') throw unprocessable('Only an active prefix can be advertised.');
    record.advertised = attrs.advertise;
    return record;
  }

  remove(uuid: string): void {
    const record = this.get(uuid);
    if (record.advertised) throw unprocessable('Stop advertising the prefix before deleting it.');
    this.items.delete(uuid);
    this.addresses.delete(uuid);
  }
}

/** BYOIP prefixes: `/v2/byoip_prefixes`. */
export const byoipPrefixes = defineModule('byoip_prefixes', (world) => new ByoipPrefixStore(world), (route) => {
  route('GET', '/v2/byoip_prefixes', (ctx, prefixes) => ok(prefixes.page(ctx, 'byoip_prefixes')));
  route('POST', '/v2/byoip_prefixes', (ctx, prefixes) => {
    const { uuid, region, status } = prefixes.create(body(ctx), ctx.world.state(projects).defaultProjectId);
    return accepted({ byoip_prefix: { uuid, region, status } });
  });
  route('GET', '/v2/byoip_prefixes/{byoip_prefix_uuid}', (ctx, prefixes) => ok({ byoip_prefix: prefixes.get(ctx.params.byoip_prefix_uuid) }));
  route('PATCH', '/v2/byoip_prefixes/{byoip_prefix_uuid}', (ctx, prefixes) => accepted({ byoip_prefix: prefixes.advertise(ctx.params.byoip_prefix_uuid, body(ctx)) }));
  route('DELETE', '/v2/byoip_prefixes/{byoip_prefix_uuid}', (ctx, prefixes) => {
    prefixes.remove(ctx.params.byoip_prefix_uuid);
    return { status: 202 };
  });
  route('GET', '/v2/byoip_prefixes/{byoip_prefix_uuid}/ips', (ctx, prefixes) => {
    prefixes.get(ctx.params.byoip_prefix_uuid);
    return ok(prefixes.page(ctx, 'ips', prefixes.addresses.get(ctx.params.byoip_prefix_uuid)));
  });
});
