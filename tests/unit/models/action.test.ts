import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import nock from 'nock';
import { Action, ActionFailedError, Droplet, Image, WaitTimeoutError } from '../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../helpers.js';

const ACTION = 36804758;

async function inProgress(): Promise<Action> {
  stubApi('POST', '/v2/droplets/3164444/actions').reply(201, fixture('droplets/action'));
  return testClient().droplets.powerOff(3164444);
}

describe('Action', () => {
  describe('#refresh', () => {
    it('GETs /v2/actions/{id} and updates the action in place', async () => {
      const action = await inProgress();
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/completed'));
      await expect(action.refresh()).resolves.toBe(action);
      expect(action.status).toBe('completed');
      expect(action.completedAt).toEqual(new Date('2025-03-20T11:06:06Z'));
    });
  });

  describe('#wait', () => {
    it('polls until completed, reports progress and resolves to the completed action', async () => {
      const action = await inProgress();
      stubApi('GET', `/v2/actions/${ACTION}`).times(2).reply(200, fixture('actions/get'));
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/completed'));
      const seen: string[] = [];
      const done = await action.wait({ interval: 1, onProgress: (a) => seen.push(a.status) });
      expect(done).toBe(action);
      expect(done.status).toBe('completed');
      expect(seen).toEqual(['in-progress', 'in-progress', 'completed']);
    });

    it('resolves at once, without a request, when the action has already completed', async () => {
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/completed'));
      const action = await testClient().actions.get(ACTION);
      await expect(action.waitUntilComplete({ interval: 1 })).resolves.toBe(action);
    });

    it('rejects with ActionFailedError carrying the action when it errors', async () => {
      const action = await inProgress();
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/errored'));
      const error = await action.wait({ interval: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ActionFailedError);
      expect((error as ActionFailedError).action).toBe(action);
      expect((error as ActionFailedError).action.status).toBe('errored');
      expect((error as Error).message).toBe('action 36804758 (power_off on droplet 3164444) errored');
    });

    it('rejects with WaitTimeoutError once the timeout has passed', async () => {
      const action = await inProgress();
      const scope = stubApi('GET', `/v2/actions/${ACTION}`).times(100).reply(200, fixture('actions/get'));
      const error = await action.wait({ interval: 5, timeout: 30 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WaitTimeoutError);
      expect((error as Error).message).toBe('action 36804758 (power_off) did not settle within 30 ms');
      expect(scope.isDone()).toBe(false);
      nock.cleanAll();
    });

    it('rejects with AbortError when the signal aborts, and stops polling', async () => {
      const action = await inProgress();
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/get'));
      const controller = new AbortController();
      const waiting = action.wait({
        interval: 20,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      });
      await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
      const unmatched: unknown[] = [];
      const onNoMatch = (request: unknown) => unmatched.push(request);
      nock.emitter.on('no match', onNoMatch);
      await new Promise((resolve) => setTimeout(resolve, 100));
      nock.emitter.off('no match', onNoMatch);
      expect(unmatched).toEqual([]);
    });

    it('leaves no timer behind once aborted', async () => {
      const action = await inProgress();
      jest.useFakeTimers();
      try {
        const controller = new AbortController();
        const waiting = action.wait({ interval: 60_000, timeout: 600_000, signal: controller.signal });
        expect(jest.getTimerCount()).toBe(1);
        controller.abort();
        await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
        expect(jest.getTimerCount()).toBe(0);
      } finally {
        jest.useRealTimers();
      }
    });

    it('rejects at once with AbortError when the signal has already aborted', async () => {
      const action = await inProgress();
      await expect(action.wait({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    });

    it('rejects bad options before polling', async () => {
      const action = await inProgress();
      await expect(action.wait({ interval: -1 })).rejects.toMatchObject({ name: 'ValidationError', field: 'interval' });
      await expect(action.wait({ timeout: Number.NaN })).rejects.toMatchObject({ name: 'ValidationError', field: 'timeout' });
    });
  });

  describe('#resource', () => {
    it('loads the Droplet a droplet action acted on', async () => {
      const action = await inProgress();
      stubApi('GET', '/v2/droplets/3164444').reply(200, fixture('droplets/get'));
      const droplet = await action.resource();
      expect(droplet).toBeInstanceOf(Droplet);
      expect(droplet.id).toBe(3164444);
    });

    it('loads the Image an image action acted on', async () => {
      stubApi('POST', '/v2/images/7938269/actions').reply(201, fixture('images/transfer'));
      const action = await testClient().images.transfer(7938269, 'sfo3');
      stubApi('GET', '/v2/images/7938269').reply(200, fixture('images/update'));
      await expect(action.resource()).resolves.toBeInstanceOf(Image);
    });

    it('rejects for a resource type the client cannot load', async () => {
      const body = fixture<{ action: Record<string, unknown> }>('actions/get');
      body.action.resource_type = 'backend';
      stubApi('GET', `/v2/actions/${ACTION}`).reply(200, body);
      const action = await testClient().actions.get(ACTION);
      await expect(action.resource()).rejects.toThrow('action 36804758 acted on a backend this client cannot load');
    });
  });
});

describe('Action waits on one client', () => {
  const listBody = (statuses: Array<[number, string]>) => ({
    actions: statuses.map(([id, status]) => ({ ...fixture<{ action: Record<string, unknown> }>('actions/get').action, id, status })),
    links: {},
    meta: { total: statuses.length },
  });

  it('share one listing request per round, and settle each on its own', async () => {
    const client = testClient();
    const ids = [501, 502, 503, 504, 505];
    const actions = await Promise.all(
      ids.map((id) => {
        stubApi('GET', `/v2/actions/${id}`).reply(200, { action: { ...fixture<{ action: object }>('actions/get').action, id } });
        return client.actions.get(id);
      }),
    );
    stubApi('GET', '/v2/actions', { page: '1', per_page: '200' }).reply(200, listBody([[505, 'completed'], [504, 'in-progress'], [503, 'errored'], [502, 'in-progress'], [501, 'completed']]));
    // Two left: cheaper as their own GETs than as a listing.
    for (const id of [502, 504]) stubApi('GET', `/v2/actions/${id}`).reply(200, { action: { ...fixture<{ action: object }>('actions/get').action, id, status: 'completed' } });
    const results = await Promise.allSettled(actions.map((a) => a.wait({ interval: 5 })));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.status : (r.reason as Error).name))).toEqual([
      'completed',
      'completed',
      'ActionFailedError',
      'completed',
      'completed',
    ]);
    expect(actions.map((a) => a.status)).toEqual(['completed', 'completed', 'errored', 'completed', 'completed']);
  });

  it('fall back to single GETs for actions the listing does not reach', async () => {
    const client = testClient();
    const ids = [11, 12, 13];
    const actions = await Promise.all(
      ids.map((id) => {
        stubApi('GET', `/v2/actions/${id}`).reply(200, { action: { ...fixture<{ action: object }>('actions/get').action, id } });
        return client.actions.get(id);
      }),
    );
    stubApi('GET', '/v2/actions', { page: '1', per_page: '200' }).reply(200, listBody([[900, 'completed'], [13, 'completed']]));
    for (const id of [11, 12]) stubApi('GET', `/v2/actions/${id}`).reply(200, { action: { ...fixture<{ action: object }>('actions/get').action, id, status: 'completed' } });
    await expect(Promise.all(actions.map((a) => a.wait({ interval: 5 })))).resolves.toHaveLength(3);
    expect(actions.map((a) => [a.id, a.status])).toEqual([[11, 'completed'], [12, 'completed'], [13, 'completed']]);
  });

  it('an abort of one wait leaves the others waiting', async () => {
    const client = testClient();
    const actions = await Promise.all(
      [21, 22].map((id) => {
        stubApi('GET', `/v2/actions/${id}`).reply(200, { action: { ...fixture<{ action: object }>('actions/get').action, id } });
        return client.actions.get(id);
      }),
    );
    stubApi('GET', '/v2/actions/22').reply(200, { action: { ...fixture<{ action: object }>('actions/get').action, id: 22, status: 'completed' } });
    const controller = new AbortController();
    const first = actions[0].wait({ interval: 20, signal: controller.signal });
    const second = actions[1].wait({ interval: 20 });
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).resolves.toMatchObject({ id: 22, status: 'completed' });
  });
});

describe('Action#wait on an action started from a model', () => {
  type Body = Record<string, unknown>;
  const ID = 3164444;
  const actionBody = (id: number, status: string) => ({ action: { ...fixture<{ action: Body }>('droplets/action').action, id, status } });
  const dropletBody = (changes: Body = {}) => ({ droplet: { ...fixture<{ droplet: Body }>('droplets/get').droplet, ...changes } });

  async function loadDroplet(client = testClient(), id = ID): Promise<Droplet> {
    stubApi('GET', `/v2/droplets/${id}`).reply(200, dropletBody({ id }));
    return client.droplets.get(id);
  }

  it('reloads the droplet in place with one GET once the action completes', async () => {
    const droplet = await loadDroplet();
    expect(droplet.status).toBe('active');
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, fixture('droplets/action'));
    const action = await droplet.powerOff();
    stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/completed'));
    stubApi('GET', `/v2/droplets/${ID}`).reply(200, dropletBody({ status: 'off' }));
    await expect(action.wait({ interval: 1 })).resolves.toBe(action);
    expect(droplet.status).toBe('off');
  });

  it('reloads after a resize, so size and sizeSlug are current', async () => {
    const droplet = await loadDroplet();
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, fixture('droplets/action'));
    const action = await droplet.resize('s-2vcpu-4gb');
    stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/completed'));
    const size = { ...(dropletBody().droplet.size as Body), slug: 's-2vcpu-4gb', memory: 4096, vcpus: 2 };
    stubApi('GET', `/v2/droplets/${ID}`).reply(200, dropletBody({ size_slug: 's-2vcpu-4gb', size, memory: 4096, vcpus: 2 }));
    await action.wait({ interval: 1 });
    expect([droplet.sizeSlug, droplet.size.slug, droplet.memory]).toEqual(['s-2vcpu-4gb', 's-2vcpu-4gb', 4096]);
  });

  it('with { reload: false } sends no request for the droplet', async () => {
    const droplet = await loadDroplet();
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, fixture('droplets/action'));
    const action = await droplet.powerOff();
    stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/completed'));
    await expect(action.wait({ interval: 1, reload: false })).resolves.toMatchObject({ status: 'completed' });
    expect(droplet.status).toBe('active');
  });

  it('reloads nothing when the action errors', async () => {
    const droplet = await loadDroplet();
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, fixture('droplets/action'));
    const action = await droplet.powerOff();
    stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/errored'));
    await expect(action.wait({ interval: 1 })).rejects.toBeInstanceOf(ActionFailedError);
    expect(droplet.status).toBe('active');
  });

  it('reloads nothing for an action started by id, which has no model', async () => {
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, fixture('droplets/action'));
    const action = await testClient().droplets.powerOff(ID);
    stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/completed'));
    await expect(action.wait({ interval: 1 })).resolves.toMatchObject({ status: 'completed' });
  });

  it('reloads once per action: a second wait() resolves without a request', async () => {
    const droplet = await loadDroplet();
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, fixture('droplets/action'));
    const action = await droplet.powerOff();
    stubApi('GET', `/v2/actions/${ACTION}`).reply(200, fixture('actions/completed'));
    stubApi('GET', `/v2/droplets/${ID}`).reply(200, dropletBody({ status: 'off' }));
    await action.wait({ interval: 1 });
    await expect(action.wait({ interval: 1 })).resolves.toBe(action);
  });

  it('reloads an action already completed when first waited on', async () => {
    const droplet = await loadDroplet();
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, fixture('actions/completed'));
    const action = await droplet.powerOff();
    stubApi('GET', `/v2/droplets/${ID}`).reply(200, dropletBody({ status: 'off' }));
    await action.wait({ interval: 1 });
    expect(droplet.status).toBe('off');
  });

  it('two actions on one droplet completing together share one reload', async () => {
    const droplet = await loadDroplet();
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, actionBody(901, 'in-progress'));
    stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, actionBody(902, 'in-progress'));
    const actions = [await droplet.enableIpv6(), await droplet.enableBackups()];
    for (const id of [901, 902]) stubApi('GET', `/v2/actions/${id}`).reply(200, actionBody(id, 'completed'));
    stubApi('GET', `/v2/droplets/${ID}`).once().reply(200, dropletBody({ features: ['ipv6', 'backups'] }));
    await Promise.all(actions.map((a) => a.wait({ interval: 5 })));
    expect(droplet.features).toEqual(['ipv6', 'backups']);
  });

  it('many droplets awaited together are reloaded by one listing by their common tag', async () => {
    const client = testClient();
    const ids = [11, 12, 13];
    const droplets = [];
    for (const id of ids) droplets.push(await loadDroplet(client, id));
    ids.forEach((id, i) => stubApi('POST', `/v2/droplets/${id}/actions`).reply(201, { action: { ...actionBody(800 + i, 'in-progress').action, resource_id: id } }));
    const actions = await Promise.all(droplets.map((d) => d.powerOff()));
    const listed = (statuses: string[]) => ({ actions: statuses.map((status, i) => ({ ...actionBody(802 - i, status).action, resource_id: ids[2 - i] })), links: {}, meta: { total: 3 } });
    stubApi('GET', '/v2/actions', { page: '1', per_page: '200' }).reply(200, listed(['completed', 'completed', 'completed']));
    const tag = (dropletBody().droplet.tags as string[])[0];
    stubApi('GET', '/v2/droplets', { page: '1', per_page: '200', tag_name: tag }).reply(200, { droplets: ids.map((id) => dropletBody({ id, status: 'off' }).droplet), links: {}, meta: { total: 3 } });
    await Promise.all(actions.map((a) => a.wait({ interval: 5 })));
    expect(droplets.map((d) => d.status)).toEqual(['off', 'off', 'off']);
  });

  it('droplet.attachVolume() reloads the droplet, not the volume', async () => {
    const droplet = await loadDroplet();
    const volumeId = '7724db7c-e098-11e5-b522-000f53304e51';
    stubApi('POST', `/v2/volumes/${volumeId}/actions`).reply(201, fixture('volumes/action'));
    const action = await droplet.attachVolume(volumeId);
    stubApi('GET', '/v2/actions/72531856').reply(200, { action: { ...fixture<{ action: Body }>('volumes/action').action, status: 'completed' } });
    stubApi('GET', `/v2/droplets/${ID}`).reply(200, dropletBody({ volume_ids: [volumeId] }));
    await action.wait({ interval: 1 });
    expect(droplet.volumeIds).toEqual([volumeId]);
  });

  it('image.transfer() reloads the image', async () => {
    stubApi('GET', '/v2/images/7938269').reply(200, { image: fixture<{ images: object[] }>('images/list').images[1] });
    const image = await testClient().images.get(7938269);
    stubApi('POST', '/v2/images/7938269/actions').reply(201, fixture('images/transfer'));
    const action = await image.transfer('sfo3');
    stubApi('GET', '/v2/actions/36805527').reply(200, { action: { ...fixture<{ action: Body }>('images/transfer').action, status: 'completed' } });
    const image2 = fixture<{ images: Body[] }>('images/list').images[1];
    stubApi('GET', '/v2/images/7938269').reply(200, { image: { ...image2, regions: [...(image2.regions as string[]), 'sfo3'] } });
    expect(image.regions).toEqual(['nyc3']);
    await action.wait({ interval: 1 });
    expect(image.regions).toEqual(['nyc3', 'sfo3']);
  });

  it('reservedIp.assign() reloads the address', async () => {
    stubApi('GET', '/v2/reserved_ips/45.55.96.47').reply(200, fixture('reserved-ips/get'));
    const ip = await testClient().reservedIps.get('45.55.96.47');
    stubApi('POST', '/v2/reserved_ips/45.55.96.47/actions').reply(201, fixture('reserved-ips/action'));
    const action = await ip.assign(ID);
    stubApi('GET', '/v2/actions/72531856').reply(200, { action: { ...fixture<{ action: Body }>('reserved-ips/action').action, status: 'completed' } });
    const assigned = fixture<{ reserved_ip: Body }>('reserved-ips/get');
    assigned.reserved_ip.droplet = dropletBody().droplet;
    stubApi('GET', '/v2/reserved_ips/45.55.96.47').reply(200, assigned);
    await action.wait({ interval: 1 });
    expect(ip.droplet?.id).toBe(ID);
  });

  it('keeps the model it was started from out of JSON, inspect and equality', async () => {
    const droplet = await loadDroplet();
    stubApi('POST', `/v2/droplets/${ID}/actions`).twice().reply(201, fixture('droplets/action'));
    const fromModel = await droplet.powerOff();
    const byId = await testClient().droplets.powerOff(ID);
    expect(fromModel).toStrictEqual(byId);
    expect(JSON.stringify(fromModel)).toBe(JSON.stringify(byId));
    expect(inspect(fromModel, { depth: 20, showHidden: true })).toBe(inspect(byId, { depth: 20, showHidden: true }));
    expect(Object.keys(fromModel)).toEqual(Object.keys(byId));
  });
});

describe('Action waits sharing a round, when one refresh fails', () => {
  it('fail only the wait whose action could not be refreshed', async () => {
    const client = testClient();
    const base = fixture<{ action: object }>('actions/get').action;
    const actions = await Promise.all(
      [31, 32].map((id) => {
        stubApi('GET', `/v2/actions/${id}`).reply(200, { action: { ...base, id } });
        return client.actions.get(id);
      }),
    );
    stubApi('GET', '/v2/actions/31').reply(404, { id: 'not_found', message: 'gone' });
    stubApi('GET', '/v2/actions/32').reply(200, { action: { ...base, id: 32, status: 'completed' } });
    const [first, second] = await Promise.allSettled(actions.map((a) => a.wait({ interval: 5 })));
    expect(first).toMatchObject({ status: 'rejected', reason: { name: 'NotFoundError' } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { id: 32, status: 'completed' } });
  });
});
