import { randomUUID } from 'node:crypto';
import { body, created, defineModule, noContent, ok, strings, Store } from '../module.js';
import type { RouteContext } from '../router.js';
import { forbidden, unprocessable, type World } from '../world.js';
import { certificates } from './certificates.js';

/** A CDN endpoint as the API answers it. */
export interface CdnEndpointJson {
  id: string;
  origin: string;
  endpoint: string;
  ttl: number;
  created_at: string;
  custom_domain?: string;
  certificate_id?: string;
}

const TTLS = [60, 600, 3600, 86400, 604800];

/** The CDN endpoints, by id, one per Spaces origin; a custom domain needs a certificate. */
export class CdnEndpointStore extends Store<CdnEndpointJson, string> {
  constructor(world: World) {
    super(world);
    world.state(certificates).deleteGuards.push((id) => {
      if (this.list().some((e) => e.certificate_id === id)) throw forbidden('The certificate is in use by a CDN endpoint.');
    });
  }

  /** Creates an endpoint (no `existing`) or updates one's TTL, custom domain and certificate. */
  save(attrs: Record<string, unknown>, existing?: CdnEndpointJson): CdnEndpointJson {
    let origin = existing?.origin ?? '';
    if (!existing) {
      if (typeof attrs.origin !== 'string' || !/^[a-z0-9-]+\.[a-z0-9]+\.digitaloceanspaces\.com$/.test(attrs.origin)) throw unprocessable('The origin must be a Spaces bucket host.');
      origin = attrs.origin;
      if (this.list().some((e) => e.origin === origin)) throw unprocessable('An endpoint for this origin already exists.');
    }
    const ttl = attrs.ttl;
    if (ttl !== undefined && (typeof ttl !== 'number' || !TTLS.includes(ttl))) throw unprocessable('TTL is invalid.');
    const given = { custom_domain: attrs.custom_domain, certificate_id: attrs.certificate_id };
    for (const [key, value] of Object.entries(given)) if (value !== undefined && typeof value !== 'string') throw unprocessable(`${key} is invalid.`);
    const certificateGiven = typeof given.certificate_id === 'string' ? given.certificate_id : undefined;
    if (certificateGiven && !this.world.state(certificates).has(certificateGiven)) throw unprocessable('The certificate does not exist.');
    const customDomain = typeof given.custom_domain === 'string' ? given.custom_domain : existing?.custom_domain;
    const certificate = certificateGiven ?? existing?.certificate_id;
    if (customDomain && !certificate) throw unprocessable('A custom domain needs a certificate.');
    const endpoint: CdnEndpointJson = existing ?? {
      id: randomUUID(),
      origin,
      endpoint: origin.replace('.digitaloceanspaces.com', '.cdn.digitaloceanspaces.com'),
      ttl: 3600,
      created_at: this.now(),
    };
    if (typeof ttl === 'number') endpoint.ttl = ttl;
    if (customDomain !== undefined) endpoint.custom_domain = customDomain;
    if (certificate !== undefined) endpoint.certificate_id = certificate;
    if (customDomain === '') {
      delete endpoint.custom_domain;
      delete endpoint.certificate_id;
    }
    return this.put(endpoint.id, endpoint);
  }

  /** Purges files (paths or globs) from an endpoint's cache. */
  purge(attrs: Record<string, unknown>): void {
    if (!strings(attrs.files).length) throw unprocessable('files is required.');
  }
}

const endpoint = (ctx: RouteContext, store: CdnEndpointStore) => store.get(ctx.params.cdn_id);

/** CDN endpoints: `/v2/cdn/endpoints`. */
export const cdnEndpoints = defineModule('cdn_endpoints', (world) => new CdnEndpointStore(world), (route) => {
  route('GET', '/v2/cdn/endpoints', (ctx, store) => ok(store.page(ctx, 'endpoints', store.list())));
  route('POST', '/v2/cdn/endpoints', (ctx, store) => created({ endpoint: store.save(body(ctx)) }));
  route('GET', '/v2/cdn/endpoints/{cdn_id}', (ctx, store) => ok({ endpoint: endpoint(ctx, store) }));
  route('PUT', '/v2/cdn/endpoints/{cdn_id}', (ctx, store) => ok({ endpoint: store.save(body(ctx), endpoint(ctx, store)) }));
  route('DELETE', '/v2/cdn/endpoints/{cdn_id}', (ctx, store) => {
    store.delete(ctx.params.cdn_id);
    return noContent();
  });
  route('DELETE', '/v2/cdn/endpoints/{cdn_id}/cache', (ctx, store) => {
    endpoint(ctx, store);
    store.purge(body(ctx));
    return noContent();
  });
});
