import { body, defineModule, found, noContent } from '../module.js';
import { badRequest, notFound, type World } from '../world.js';
import { images } from './images.js';

/** An offer to transfer an image to another account or team. */
interface Transfer {
  id: number;
  imageId: number;
  recipientEmail?: string;
  recipientUuid?: string;
}


/**
 * Image transfers between accounts: a private image may be offered to an account (by email) or a
 * team (by UUID), one offer at a time; the offer is cancelled by the sender, declined by the
 * recipient, or accepted into the recipient's team, which takes the image off this account.
 */
export class ImageTransfers {
  readonly #transfers = new Map<number, Transfer>();
  readonly #world: World;
  #next = 41_000_001;

  constructor(world: World) {
    this.#world = world;
  }

  create(imageRef: string, attrs: Record<string, unknown>): { transfer_id: number } {
    const image = this.#image(imageRef);
    const email = typeof attrs.recipient_email === 'string' ? attrs.recipient_email : undefined;
    const uuid = typeof attrs.recipient_uuid === 'string' ? attrs.recipient_uuid : undefined;
    if ((email === undefined) === (uuid === undefined)) throw badRequest('Give exactly one of recipient_email and recipient_uuid.');
    if ([...this.#transfers.values()].some((t) => t.imageId === image)) throw badRequest('The image already has a pending transfer.');
    const transfer: Transfer = { id: this.#next++, imageId: image, recipientEmail: email, recipientUuid: uuid };
    this.#transfers.set(transfer.id, transfer);
    return { transfer_id: transfer.id };
  }

  accept(imageRef: string, attrs: Record<string, unknown>): void {
    const transfer = this.#find(imageRef, attrs);
    if (typeof attrs.recipient_uuid !== 'string' || !attrs.recipient_uuid) throw badRequest('recipient_uuid is required.');
    if (transfer.recipientUuid !== undefined && transfer.recipientUuid !== attrs.recipient_uuid) throw badRequest('The transfer is for another team.');
    this.#transfers.delete(transfer.id);
    this.#world.state(images).remove(String(transfer.imageId));
  }

  /** Cancels or declines an offer: it is gone, the image stays. */
  end(imageRef: string, attrs: Record<string, unknown>): void {
    this.#transfers.delete(this.#find(imageRef, attrs).id);
  }

  #image(ref: string): number {
    const record = found(this.#world.state(images).lookup(ref));
    if (record.image.public) throw badRequest('Only private images can be transferred.');
    return record.image.id;
  }

  #find(imageRef: string, attrs: Record<string, unknown>): Transfer {
    const image = this.#image(imageRef);
    const transfer = this.#transfers.get(attrs.transfer_id as number);
    if (!transfer || transfer.imageId !== image) throw notFound();
    return transfer;
  }
}

/** Image transfers between accounts: `/v2/images/{image_id}/account_transfer`. */
export const imageTransfers = defineModule('image_transfers', (world) => new ImageTransfers(world), (route) => {
  route('POST', '/v2/images/{image_id}/account_transfer', (ctx, transfers) => ({ status: 201, body: transfers.create(ctx.params.image_id, body(ctx)) }));
  route('POST', '/v2/images/{image_id}/account_transfer/accept', (ctx, transfers) => {
    transfers.accept(ctx.params.image_id, body(ctx));
    return { status: 201 };
  });
  route('POST', '/v2/images/{image_id}/account_transfer/cancel', (ctx, transfers) => {
    transfers.end(ctx.params.image_id, body(ctx));
    return noContent();
  });
  route('POST', '/v2/images/{image_id}/account_transfer/decline', (ctx, transfers) => {
    transfers.end(ctx.params.image_id, body(ctx));
    return noContent();
  });
});
