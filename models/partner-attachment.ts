import { Field } from '../lib/fields.js';
import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { paginate, type ListOptions, type Paginator } from '../lib/paginator.js';
import { path } from '../lib/path.js';
import type { WaitOptions } from '../lib/polling.js';
import { arrayOf, objectOf, oneOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkInt, checkText, checkUuid } from '../lib/validate.js';
import { PartnerAttachmentBgp } from './partner-attachment-bgp.js';
import { PartnerAttachmentKey } from './partner-attachment-key.js';
import { PartnerAttachmentRemoteRoute } from './partner-attachment-remote-route.js';
import { Resource } from './resource.js';

/** The bandwidths a partner attachment can have, in Mbps. */
export const PARTNER_ATTACHMENT_BANDWIDTHS = [1000, 2000, 5000, 10000] as const;
/** The metros partner attachments are made in. */
export const PARTNER_ATTACHMENT_REGIONS = ['nyc', 'sfo', 'fra', 'ams', 'sgp'] as const;
/** The redundancy zones of a partner's network. */
export const PARTNER_REDUNDANCY_ZONES = ['MEGAPORT_BLUE', 'MEGAPORT_RED'] as const;

const checkName: Check<string> = (field, value) => {
  const name = checkText(field, value);
  if (!/^[a-zA-Z0-9.-]+$/.test(name)) throw new ValidationError(field, `may hold only letters, digits, "-" and ".", got ${JSON.stringify(name)}`);
  return name;
};

/** The BGP session to set up with the partner's router. */
export const PARTNER_ATTACHMENT_BGP = shape('a partner attachment BGP session', {
  /** DigitalOcean's router address, e.g. `169.254.0.1/29`. */
  localRouterIp: required(checkText),
  /** The partner's router address, e.g. `169.254.0.6/29`. */
  peerRouterIp: required(checkText),
  /** The partner router's ASN. */
  peerRouterAsn: required((field, value) => checkInt(field, value, 1, 4_294_967_295)),
  /** The BGP authentication key. */
  authKey: required(checkText),
});

const bgp = objectOf(PARTNER_ATTACHMENT_BGP);

/** What `client.partnerAttachments.create()` takes. */
export const PARTNER_ATTACHMENT_CREATE = shape('a partner attachment', {
  /** The name: letters, digits, "-" and ".". */
  name: required(checkName),
  /** The bandwidth in Mbps, one of {@link PARTNER_ATTACHMENT_BANDWIDTHS}. */
  connectionBandwidthInMbps: required(oneOf(PARTNER_ATTACHMENT_BANDWIDTHS)),
  /** The metro, one of {@link PARTNER_ATTACHMENT_REGIONS}. */
  region: required(oneOf(PARTNER_ATTACHMENT_REGIONS)),
  /** The network-as-a-service provider, e.g. `MEGAPORT`. */
  naasProvider: required(checkText),
  /** The VPCs to connect (at least one). */
  vpcIds: required(arrayOf(checkUuid, 1)),
  /** The attachment this one is redundant with. */
  parentUuid: optional(checkUuid),
  /** The BGP session. */
  bgp: optional(bgp),
  /** The partner network's redundancy zone. */
  redundancyZone: optional(oneOf(PARTNER_REDUNDANCY_ZONES)),
});

/** What `attachment.update()` takes: a new name, new VPCs, or a new BGP session (at least one). */
export const PARTNER_ATTACHMENT_UPDATE = shape('a partner attachment update', {
  /** The new name. */
  name: optional(checkName),
  /** The VPCs to connect instead. */
  vpcIds: optional(arrayOf(checkUuid, 1)),
  /** The new BGP session. */
  bgp: optional(bgp),
});

/** Attributes of `client.partnerAttachments.create()`. */
export type PartnerAttachmentCreateAttributes = AttributesOf<typeof PARTNER_ATTACHMENT_CREATE>;
/** Attributes of `attachment.update()` and `client.partnerAttachments.update()`. */
export type PartnerAttachmentUpdateAttributes = AttributesOf<typeof PARTNER_ATTACHMENT_UPDATE>;

/** The JSON of an update: at least one attribute. @internal */
export function partnerAttachmentUpdate(attrs: unknown): Record<string, unknown> {
  const json = PARTNER_ATTACHMENT_UPDATE.wire('attrs', attrs);
  if (Object.keys(json).length === 0) throw new ValidationError('attrs', 'must change at least one of name, vpcIds, bgp');
  return json;
}

/**
 * A Partner Network Connect attachment: a private connection from VPCs to a partner's network
 * (through a network-as-a-service provider such as Megaport), with a BGP session.
 * @example `const pa = await client.partnerAttachments.create({ name: 'to-aws', connectionBandwidthInMbps: 1000, region: 'nyc', naasProvider: 'MEGAPORT', vpcIds: [vpc.id] });`
 */
export class PartnerAttachment extends Resource {
  /** The attachment's id (a UUID). */
  @Field() id!: string;
  /** The name. */
  @Field() name!: string;
  /** Its operational state, e.g. `PENDING`, `ACTIVE`, `DELETING`. */
  @Field() state!: string;
  /** The bandwidth in Mbps. */
  @Field() connectionBandwidthInMbps!: number;
  /** The metro. */
  @Field() region!: string;
  /** The network-as-a-service provider. */
  @Field() naasProvider!: string;
  /** The VPCs it connects. */
  @Field() vpcIds!: string[];
  /** The BGP session. */
  @Field({ type: () => PartnerAttachmentBgp }) bgp?: PartnerAttachmentBgp;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** The attachment this one is redundant with. */
  @Field() parentUuid?: string;
  /** The attachments redundant with this one. */
  @Field() children?: string[];

  protected get resourcePath(): string {
    return path`partner_network_connect/attachments/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'partner_attachment';
  }

  /** Renames it, changes its VPCs or its BGP session (`PATCH /v2/partner_network_connect/attachments/{id}`); updates it in place. */
  async update(attrs: PartnerAttachmentUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PATCH', partnerAttachmentUpdate(attrs), options);
  }

  /**
   * Deletes the attachment (`DELETE /v2/partner_network_connect/attachments/{id}`) and updates it
   * in place from the answer: `DELETING`.
   */
  override async destroy(options?: RequestOptions): Promise<void> {
    const fresh = await this.connection.one(PartnerAttachment, 'DELETE', this.resourcePath, this.resourceKey, options);
    this.replaceWith(fresh as this);
  }

  /** The BGP authentication key (`GET /v2/partner_network_connect/attachments/{id}/bgp_auth_key`). */
  async bgpAuthKey(options?: RequestOptions): Promise<PartnerAttachmentKey> {
    return this.loadAt(PartnerAttachmentKey, 'bgp_auth_key', 'bgp_auth_key', options);
  }

  /** The routes the partner's network advertises (`GET /v2/partner_network_connect/attachments/{id}/remote_routes`). */
  remoteRoutes(options?: ListOptions): Paginator<PartnerAttachmentRemoteRoute> {
    return paginate(this.connection, PartnerAttachmentRemoteRoute, `${this.resourcePath}/remote_routes`, 'remote_routes', {}, options);
  }

  /** The service key to give the partner (`GET /v2/partner_network_connect/attachments/{id}/service_key`). */
  async serviceKey(options?: RequestOptions): Promise<PartnerAttachmentKey> {
    return this.loadAt(PartnerAttachmentKey, 'service_key', 'service_key', options);
  }

  /**
   * Asks for a new service key (`POST /v2/partner_network_connect/attachments/{id}/service_key`)
   * and resolves once the request is accepted; read it with `serviceKey()`.
   */
  async createServiceKey(options?: RequestOptions): Promise<void> {
    await this.callAt('POST', 'service_key', { signal: options?.signal });
  }

  /**
   * Polls until the attachment is `ACTIVE` (`GET /v2/partner_network_connect/attachments/{id}`)
   * and resolves to it, reloaded in place.
   * @throws ResourceFailedError when it is `FAILED` or `DELETING`.
   * @throws WaitTimeoutError after `timeout`; AbortError when `signal` aborts.
   */
  async waitUntilActive(options?: WaitOptions<PartnerAttachment>): Promise<this> {
    return this.waitForState({ field: 'state', wanted: 'ACTIVE', failed: ['FAILED', 'DELETING'] }, options as WaitOptions<this>);
  }
}
