import { Image, ImageAccountTransfer } from '../../../../lib/index.js';
import { json } from '../../../helpers.js';
import { itRefuses, itSends, loaded, nothing } from '../../../operations.js';

const ID = 7555620;
const TEAM = '5df3e300-4a17-4e24-8b7c-20ca6c9fc25b';
const image = (c: Parameters<typeof loaded>[0]) => loaded(c, Image, 'images/get', 'image');
const transfer = (value: unknown) => {
  expect(value).toBeInstanceOf(ImageAccountTransfer);
  expect([json(value), (value as ImageAccountTransfer).imageId]).toEqual([{ transfer_id: 41000001 }, ID]);
};

describe('image transfers to other accounts', () => {
  itSends([
    { name: 'image.transferToAccount({ recipientEmail })', call: (c) => image(c).transferToAccount({ recipientEmail: 'ana@example.com' }), method: 'POST', path: `/v2/images/${ID}/account_transfer`, body: { recipient_email: 'ana@example.com' }, status: 201, reply: 'images/account-transfer', result: transfer },
    { name: 'client.images.transferToAccount(id, { recipientUuid })', call: (c) => c.images.transferToAccount(ID, { recipientUuid: TEAM }), method: 'POST', path: `/v2/images/${ID}/account_transfer`, body: { recipient_uuid: TEAM }, status: 201, reply: 'images/account-transfer', result: transfer },
    { name: 'client.images.acceptTransfer(id, transferId, team)', call: (c) => c.images.acceptTransfer(ID, 41000001, TEAM), method: 'POST', path: `/v2/images/${ID}/account_transfer/accept`, body: { transfer_id: 41000001, recipient_uuid: TEAM }, status: 201, result: nothing },
    { name: 'client.images.declineTransfer(id, transferId)', call: (c) => c.images.declineTransfer(ID, 41000001), method: 'POST', path: `/v2/images/${ID}/account_transfer/decline`, body: { transfer_id: 41000001 }, status: 204, result: nothing },
    { name: 'client.images.cancelTransfer(id, transferId)', call: (c) => c.images.cancelTransfer(ID, 41000001), method: 'POST', path: `/v2/images/${ID}/account_transfer/cancel`, body: { transfer_id: 41000001 }, status: 204, result: nothing },
  ]);

  itRefuses([
    ['a transfer to a bad email address', (c) => c.images.transferToAccount(ID, { recipientEmail: 'ana' }), 'recipient.recipientEmail'],
    ['a transfer to a team that is not a UUID', (c) => c.images.transferToAccount(ID, { recipientUuid: 'team' }), 'recipient.recipientUuid'],
    ['a transfer to both an email and a team', (c) => c.images.transferToAccount(ID, { recipientEmail: 'ana@example.com', recipientUuid: TEAM } as never), 'recipient'],
    ['accepting into a team that is not a UUID', (c) => c.images.acceptTransfer(ID, 1, 'team'), 'recipientUuid'],
    ['cancelling a bad transfer id', (c) => c.images.cancelTransfer(ID, 0), 'transferId'],
  ]);
});
