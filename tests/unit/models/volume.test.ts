import { ActionFailedError, Volume } from '../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../helpers.js';

type Body = Record<string, unknown>;
const ID = '506f78a4-e098-11e5-ad9f-000f53306ae1';
const ACTION = 72531856;

const volumeBody = (changes: Body = {}) => ({ volume: { ...fixture<{ volume: Body }>('volumes/get').volume, ...changes } });
const actionBody = (status: string) => ({ action: { ...fixture<{ action: Body }>('volumes/action').action, type: 'resize_volume', status } });

async function loadVolume(): Promise<Volume> {
  stubApi('GET', `/v2/volumes/${ID}`).reply(200, volumeBody());
  return testClient().volumes.get(ID);
}

describe('Volume', () => {
  describe('#resize', () => {
    it('POSTs {type: "resize", size_gigabytes, region} and resolves to the in-progress Action', async () => {
      const volume = await loadVolume();
      stubApi('POST', `/v2/volumes/${ID}/actions`).reply(201, (_uri, body) => {
        expect(body).toEqual({ type: 'resize', size_gigabytes: 200, region: 'nyc3' });
        return actionBody('in-progress');
      });
      await expect(volume.resize(200)).resolves.toMatchObject({ id: ACTION, status: 'in-progress' });
    });

    it('then wait() reloads the volume with one GET, so sizeGigabytes is current', async () => {
      const volume = await loadVolume();
      expect(volume.sizeGigabytes).toBe(10);
      stubApi('POST', `/v2/volumes/${ID}/actions`).reply(201, actionBody('in-progress'));
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, actionBody('in-progress'));
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, actionBody('completed'));
      stubApi('GET', `/v2/volumes/${ID}`).once().reply(200, volumeBody({ size_gigabytes: 200 }));
      const action = await volume.resize(200).then((a) => a.wait({ interval: 1 }));
      expect(action.status).toBe('completed');
      expect(volume.sizeGigabytes).toBe(200);
    });

    it('then wait({ reload: false }) leaves the volume as it was, with no request for it', async () => {
      const volume = await loadVolume();
      stubApi('POST', `/v2/volumes/${ID}/actions`).reply(201, actionBody('in-progress'));
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, actionBody('completed'));
      await volume.resize(200).then((a) => a.wait({ interval: 1, reload: false }));
      expect(volume.sizeGigabytes).toBe(10);
    });

    it('then wait() on an errored action rejects and reloads nothing', async () => {
      const volume = await loadVolume();
      stubApi('POST', `/v2/volumes/${ID}/actions`).reply(201, actionBody('in-progress'));
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, actionBody('errored'));
      await expect(volume.resize(200).then((a) => a.wait({ interval: 1 }))).rejects.toBeInstanceOf(ActionFailedError);
      expect(volume.sizeGigabytes).toBe(10);
    });

    it('by id (client.volumes.resize) reloads nothing: there is no model', async () => {
      stubApi('POST', `/v2/volumes/${ID}/actions`).reply(201, actionBody('in-progress'));
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, actionBody('completed'));
      await expect(testClient().volumes.resize(ID, 200, 'nyc3').then((a) => a.wait({ interval: 1 }))).resolves.toMatchObject({ status: 'completed' });
    });
  });

  describe('#attach and #detach', () => {
    it('then wait() reloads the volume, so dropletIds is current', async () => {
      const volume = await loadVolume();
      stubApi('POST', `/v2/volumes/${ID}/actions`).reply(201, (_uri, body) => {
        expect(body).toEqual({ type: 'attach', droplet_id: 3164444, region: 'nyc3' });
        return actionBody('in-progress');
      });
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, actionBody('completed'));
      stubApi('GET', `/v2/volumes/${ID}`).reply(200, volumeBody({ droplet_ids: [3164444] }));
      await volume.attach(3164444).then((a) => a.wait({ interval: 1 }));
      expect(volume.dropletIds).toEqual([3164444]);
      stubApi('POST', `/v2/volumes/${ID}/actions`).reply(201, actionBody('in-progress'));
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, actionBody('completed'));
      stubApi('GET', `/v2/volumes/${ID}`).reply(200, volumeBody({ droplet_ids: [] }));
      await volume.detach(3164444).then((a) => a.wait({ interval: 1 }));
      expect(volume.dropletIds).toEqual([]);
    });
  });

  describe('volumes awaited together', () => {
    it('are reloaded through one listing when more than two complete at once', async () => {
      const client = testClient();
      const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
      stubApi('GET', '/v2/volumes', { page: '1', per_page: '200' }).reply(200, { volumes: ids.map((id) => volumeBody({ id }).volume), links: {}, meta: { total: 3 } });
      const volumes = await client.volumes.list();
      ids.forEach((id, i) => stubApi('POST', `/v2/volumes/${id}/actions`).reply(201, { action: { ...actionBody('in-progress').action, id: 700 + i } }));
      const actions = await Promise.all(volumes.map((v) => v.resize(20)));
      const listed = { actions: [702, 701, 700].map((id) => ({ ...actionBody('completed').action, id })), links: {}, meta: { total: 3 } };
      stubApi('GET', '/v2/actions', { page: '1', per_page: '200' }).reply(200, listed);
      stubApi('GET', '/v2/volumes', { page: '1', per_page: '200' }).reply(200, { volumes: ids.map((id) => volumeBody({ id, size_gigabytes: 20 }).volume), links: {}, meta: { total: 3 } });
      await Promise.all(actions.map((a) => a.wait({ interval: 5 })));
      expect(volumes.map((v) => v.sizeGigabytes)).toEqual([20, 20, 20]);
    });
  });
});

describe('Volume reloads after actions, when one fails', () => {
  const other = '22222222-2222-4222-8222-222222222222';

  it("fail only the wait on that volume: the other volume's wait in the same round resolves, current", async () => {
    const client = testClient();
    stubApi('GET', '/v2/volumes', { page: '1', per_page: '200' }).reply(200, { volumes: [volumeBody().volume, volumeBody({ id: other }).volume], links: {}, meta: { total: 2 } });
    const [first, second] = await client.volumes.list();
    stubApi('POST', `/v2/volumes/${ID}/actions`).reply(201, { action: { ...actionBody('in-progress').action, id: 601 } });
    stubApi('POST', `/v2/volumes/${other}/actions`).reply(201, { action: { ...actionBody('in-progress').action, id: 602 } });
    const actions = [await first.resize(20), await second.resize(20)];
    for (const id of [601, 602]) stubApi('GET', `/v2/actions/${id}`).reply(200, { action: { ...actionBody('completed').action, id } });
    stubApi('GET', `/v2/volumes/${ID}`).reply(503, { id: 'service_unavailable', message: 'try again' });
    stubApi('GET', `/v2/volumes/${other}`).reply(200, volumeBody({ id: other, size_gigabytes: 20 }));
    const [one, two] = await Promise.allSettled(actions.map((a) => a.wait({ interval: 5 })));
    expect(one).toMatchObject({ status: 'rejected', reason: { name: 'ServerError', status: 503 } });
    expect(two).toMatchObject({ status: 'fulfilled', value: actions[1] });
    expect([first.sizeGigabytes, second.sizeGigabytes]).toEqual([10, 20]);
  });

  it('leave a volume deleted meanwhile as it was: the completed action still resolves', async () => {
    const volume = await loadVolume();
    stubApi('POST', `/v2/volumes/${ID}/actions`).reply(201, actionBody('in-progress'));
    stubApi('GET', `/v2/actions/${ACTION}`).reply(200, actionBody('completed'));
    stubApi('GET', `/v2/volumes/${ID}`).reply(404, { id: 'not_found', message: 'The resource you were accessing could not be found.' });
    await expect(volume.resize(200).then((a) => a.wait({ interval: 1 }))).resolves.toMatchObject({ status: 'completed' });
    expect(volume.sizeGigabytes).toBe(10);
  });
});
