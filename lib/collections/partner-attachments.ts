import {
  PARTNER_ATTACHMENT_CREATE,
  PartnerAttachment,
  type PartnerAttachmentCreateAttributes,
  type PartnerAttachmentUpdateAttributes,
} from '../../models/partner-attachment.js';
import type { PartnerAttachmentKey } from '../../models/partner-attachment-key.js';
import type { PartnerAttachmentRemoteRoute } from '../../models/partner-attachment-remote-route.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/**
 * `client.partnerAttachments`: Partner Network Connect attachments (`/v2/partner_network_connect/attachments`).
 * @example `const key = await client.partnerAttachments.serviceKey(id); console.log(key.value);`
 */
export class PartnerAttachmentsCollection extends Collection {
  /** Every attachment (`GET /v2/partner_network_connect/attachments`). */
  list(options?: ListOptions): Paginator<PartnerAttachment> {
    return this.page(PartnerAttachment, 'partner_network_connect/attachments', 'partner_attachments', {}, options);
  }

  /** One attachment (`GET /v2/partner_network_connect/attachments/{id}`). @throws NotFoundError when there is none. */
  async get(id: string, options?: RequestOptions): Promise<PartnerAttachment> {
    return this.load(PartnerAttachment, path`partner_network_connect/attachments/${checkUuid('id', id)}`, 'partner_attachment', options);
  }

  /**
   * Creates an attachment (`POST /v2/partner_network_connect/attachments`); it becomes `ACTIVE`
   * once the partner side is up: `waitUntilActive()`.
   * @throws ValidationError for bad attributes, before any request.
   */
  async create(attrs: PartnerAttachmentCreateAttributes, options?: RequestOptions): Promise<PartnerAttachment> {
    return this.write('POST', PartnerAttachment, 'partner_network_connect/attachments', 'partner_attachment', PARTNER_ATTACHMENT_CREATE.wire('attrs', attrs), options);
  }

  /** `attachment.update()` by id (`PATCH /v2/partner_network_connect/attachments/{id}`). */
  async update(id: string, attrs: PartnerAttachmentUpdateAttributes, options?: RequestOptions): Promise<PartnerAttachment> {
    return this.#ref(id).update(attrs, options);
  }

  /** Deletes an attachment (`DELETE /v2/partner_network_connect/attachments/{id}`) and resolves to it, `DELETING`. */
  async delete(id: string, options?: RequestOptions): Promise<PartnerAttachment> {
    const attachment = this.#ref(id);
    await attachment.destroy(options);
    return attachment;
  }

  /** `attachment.bgpAuthKey()` by id (`GET /v2/partner_network_connect/attachments/{id}/bgp_auth_key`). */
  async bgpAuthKey(id: string, options?: RequestOptions): Promise<PartnerAttachmentKey> {
    return this.#ref(id).bgpAuthKey(options);
  }

  /** `attachment.remoteRoutes()` by id (`GET /v2/partner_network_connect/attachments/{id}/remote_routes`). */
  remoteRoutes(id: string, options?: ListOptions): Paginator<PartnerAttachmentRemoteRoute> {
    return this.#ref(id).remoteRoutes(options);
  }

  /** `attachment.serviceKey()` by id (`GET /v2/partner_network_connect/attachments/{id}/service_key`). */
  async serviceKey(id: string, options?: RequestOptions): Promise<PartnerAttachmentKey> {
    return this.#ref(id).serviceKey(options);
  }

  /** `attachment.createServiceKey()` by id (`POST /v2/partner_network_connect/attachments/{id}/service_key`). */
  async createServiceKey(id: string, options?: RequestOptions): Promise<void> {
    await this.#ref(id).createServiceKey(options);
  }

  #ref(id: string): PartnerAttachment {
    return this.ref(PartnerAttachment, { id: checkUuid('id', id) });
  }
}
