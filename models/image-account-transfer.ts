import { Field } from '../lib/fields.js';
import type { RequestOptions } from '../lib/connection.js';
import { path } from '../lib/path.js';
import { required, shape, type AttributesOf } from '../lib/shape.js';
import { checkAttrs, checkEmail, checkUuid } from '../lib/validate.js';
import { Model } from './model.js';

/** A transfer to the account of this email address. */
export const IMAGE_TRANSFER_TO_EMAIL = shape('an image transfer to an email address', {
  /** The email address of the recipient's account. */
  recipientEmail: required(checkEmail),
});

/** A transfer to the team of this UUID. */
export const IMAGE_TRANSFER_TO_TEAM = shape('an image transfer to a team', {
  /** The recipient team's UUID. */
  recipientUuid: required(checkUuid),
});

/** Who an image is transferred to: an account by email address, or a team by UUID. */
export type ImageTransferRecipient = AttributesOf<typeof IMAGE_TRANSFER_TO_EMAIL> | AttributesOf<typeof IMAGE_TRANSFER_TO_TEAM>;

/** The JSON of a transfer request, from one of the two shapes. @internal */
export function imageTransferJson(recipient: unknown): Record<string, unknown> {
  return 'recipientUuid' in checkAttrs('recipient', recipient) ? IMAGE_TRANSFER_TO_TEAM.wire('recipient', recipient) : IMAGE_TRANSFER_TO_EMAIL.wire('recipient', recipient);
}

/**
 * An offer to transfer a private image to another account or team: the recipient accepts or
 * declines it, the sender may cancel it.
 * @example `const transfer = await image.transferToAccount({ recipientEmail: 'ana@example.com' }); await transfer.cancel();`
 */
export class ImageAccountTransfer extends Model {
  /** The transfer's id. */
  @Field() transferId!: number;
  /** The image being transferred (not an API field: kept from the request). */
  imageId!: number;

  #path(verb: string): string {
    return path`images/${this.imageId}/account_transfer/${verb}`;
  }

  /** Accepts the transfer into the team `recipientUuid` (`POST /v2/images/{id}/account_transfer/accept`). */
  async accept(recipientUuid: string, options?: RequestOptions): Promise<void> {
    const json = { transfer_id: this.transferId, recipient_uuid: checkUuid('recipientUuid', recipientUuid) };
    await this.connection.request('POST', this.#path('accept'), { json, signal: options?.signal });
  }

  /** Declines the transfer (`POST /v2/images/{id}/account_transfer/decline`). */
  async decline(options?: RequestOptions): Promise<void> {
    await this.connection.request('POST', this.#path('decline'), { json: { transfer_id: this.transferId }, signal: options?.signal });
  }

  /** Cancels the transfer (`POST /v2/images/{id}/account_transfer/cancel`). */
  async cancel(options?: RequestOptions): Promise<void> {
    await this.connection.request('POST', this.#path('cancel'), { json: { transfer_id: this.transferId }, signal: options?.signal });
  }
}
