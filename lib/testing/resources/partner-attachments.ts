import { randomBytes, randomUUID } from 'node:crypto';
import { accepted, body, defineModule, found, ok, Store } from '../module.js';
import { unprocessable } from '../world.js';
import { vpcs } from './vpcs.js';

/** A partner attachment as the API answers it. */
export interface PartnerAttachmentJson {
  [key: string]: unknown;
  id: string;
  name: string;
  state: 'PENDING' | 'ACTIVE' | 'DELETING';
  connection_bandwidth_in_mbps: number;
  region: string;
  naas_provider: string;
  vpc_ids: string[];
  bgp: { local_asn: number; peer_asn: number; local_router_ip: string; peer_router_ip: string };
  created_at: string;
  parent_uuid?: string;
}

interface Key {
  value: string;
  created_at: string;
  state: string;
}

const NAME = /^[a-zA-Z0-9.-]+$/;

/**
 * Partner Network Connect attachments: `PENDING` when created, `ACTIVE` after one action duration;
 * `DELETING` when deleted, then gone. Each keeps its BGP key, its service key (made on request)
 * and the routes the partner advertises once it is active.
 */
export class PartnerAttachmentStore extends Store<PartnerAttachmentJson, string> {
  readonly #authKeys = new Map<string, string>();
  readonly #serviceKeys = new Map<string, Key>();
  #next = 1;

  create(attrs: Record<string, unknown>): PartnerAttachmentJson {
    if (typeof attrs.name !== 'string' || !NAME.test(attrs.name)) throw unprocessable('name is invalid');
    if (this.list().some((a) => a.name === attrs.name)) throw unprocessable('name must be unique');
    if (![1000, 2000, 5000, 10000].includes(attrs.connection_bandwidth_in_mbps as number)) throw unprocessable('connection_bandwidth_in_mbps is invalid');
    if (!['nyc', 'sfo', 'fra', 'ams', 'sgp'].includes(String(attrs.region).toLowerCase())) throw unprocessable('region is invalid');
    if (typeof attrs.naas_provider !== 'string' || !attrs.naas_provider) throw unprocessable('naas_provider is required');
    const n = this.#next++;
    const bgp = (attrs.bgp ?? {}) as Record<string, unknown>;
    const attachment: PartnerAttachmentJson = {
      id: randomUUID(),
      name: attrs.name,
      state: 'PENDING',
      connection_bandwidth_in_mbps: attrs.connection_bandwidth_in_mbps as number,
      region: String(attrs.region).toLowerCase(),
      naas_provider: attrs.naas_provider,
      vpc_ids: this.#vpcs(attrs.vpc_ids),
      bgp: {
        local_asn: 64532,
        peer_asn: typeof bgp.peer_router_asn === 'number' ? bgp.peer_router_asn : 133937,
        local_router_ip: typeof bgp.local_router_ip === 'string' ? bgp.local_router_ip : `169.254.${n}.1/29`,
        peer_router_ip: typeof bgp.peer_router_ip === 'string' ? bgp.peer_router_ip : `169.254.${n}.6/29`,
      },
      created_at: this.now(),
      ...(typeof attrs.parent_uuid === 'string' ? { parent_uuid: this.get(attrs.parent_uuid).id } : {}),
    };
    this.#authKeys.set(attachment.id, typeof bgp.auth_key === 'string' ? bgp.auth_key : randomBytes(12).toString('base64url'));
    this.world.schedule(() => {
      if (attachment.state === 'PENDING') attachment.state = 'ACTIVE';
    });
    return this.put(attachment.id, attachment);
  }

  update(id: string, attrs: Record<string, unknown>): PartnerAttachmentJson {
    const attachment = this.get(id);
    if (attrs.name === undefined && attrs.vpc_ids === undefined && attrs.bgp === undefined) throw unprocessable('one of name, vpc_ids, bgp is required');
    if (attrs.name !== undefined) {
      if (typeof attrs.name !== 'string' || !NAME.test(attrs.name)) throw unprocessable('name is invalid');
      attachment.name = attrs.name;
    }
    if (attrs.vpc_ids !== undefined) attachment.vpc_ids = this.#vpcs(attrs.vpc_ids);
    if (attrs.bgp !== undefined) {
      const bgp = attrs.bgp as Record<string, unknown>;
      Object.assign(attachment.bgp, { local_router_ip: bgp.local_router_ip, peer_router_ip: bgp.peer_router_ip, peer_asn: bgp.peer_router_asn });
      if (typeof bgp.auth_key === 'string') this.#authKeys.set(id, bgp.auth_key);
    }
    return attachment;
  }

  remove(id: string): PartnerAttachmentJson {
    const attachment = this.get(id);
    attachment.state = 'DELETING';
    this.world.schedule(() => {
      this.items.delete(id);
      this.#authKeys.delete(id);
      this.#serviceKeys.delete(id);
    });
    return attachment;
  }

  /** The BGP authentication key. */
  authKey(id: string): { value: string } {
    this.get(id);
    return { value: this.#authKeys.get(id)! };
  }

  /** The routes the partner advertises: none until the attachment is active. */
  remoteRoutes(id: string): Array<{ cidr: string }> {
    const attachment = this.get(id);
    return attachment.state === 'ACTIVE' ? [{ cidr: '10.10.10.0/24' }, { cidr: '10.10.20.0/24' }] : [];
  }

  /** The service key; a 404 until one was made. */
  serviceKey(id: string): Key {
    this.get(id);
    return found(this.#serviceKeys.get(id));
  }

  createServiceKey(id: string): void {
    this.get(id);
    this.#serviceKeys.set(id, { value: randomUUID(), created_at: this.now(), state: 'CREATED' });
  }

  #vpcs(value: unknown): string[] {
    if (!Array.isArray(value) || value.length === 0) throw unprocessable('vpc_ids must hold at least one VPC');
    for (const id of value) if (!this.world.state(vpcs).items.has(String(id))) throw unprocessable(`VPC ${String(id)} does not exist`);
    return value.map(String);
  }
}

const BASE = '/v2/partner_network_connect/attachments';

/** Partner Network Connect: `/v2/partner_network_connect/attachments`. */
export const partnerAttachments = defineModule('partner_attachments', (world) => new PartnerAttachmentStore(world), (route) => {
  route('GET', BASE, (ctx, attachments) => ok(attachments.page(ctx, 'partner_attachments')));
  route('POST', BASE, (ctx, attachments) => accepted({ partner_attachment: attachments.create(body(ctx)) }));
  route('GET', `${BASE}/{pa_id}`, (ctx, attachments) => ok({ partner_attachment: attachments.get(ctx.params.pa_id) }));
  route('PATCH', `${BASE}/{pa_id}`, (ctx, attachments) => accepted({ partner_attachment: attachments.update(ctx.params.pa_id, body(ctx)) }));
  route('DELETE', `${BASE}/{pa_id}`, (ctx, attachments) => accepted({ partner_attachment: attachments.remove(ctx.params.pa_id) }));
  route('GET', `${BASE}/{pa_id}/bgp_auth_key`, (ctx, attachments) => ok({ bgp_auth_key: attachments.authKey(ctx.params.pa_id) }));
  route('GET', `${BASE}/{pa_id}/remote_routes`, (ctx, attachments) => ok(attachments.page(ctx, 'remote_routes', attachments.remoteRoutes(ctx.params.pa_id))));
  route('GET', `${BASE}/{pa_id}/service_key`, (ctx, attachments) => ok({ service_key: attachments.serviceKey(ctx.params.pa_id) }));
  route('POST', `${BASE}/{pa_id}/service_key`, (ctx, attachments) => {
    attachments.createServiceKey(ctx.params.pa_id);
    return accepted({});
  });
});
