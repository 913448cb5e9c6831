import { Action, DROPLET_ACTIONS, Droplet, Image, Kernel, SnapshotAction, ValidationError, type DropletCreateAttributes } from '../../../../lib/index.js';
import { fixture, json, stubApi, testClient, RATE_HEADERS } from '../../../helpers.js';

const ID = 3164444;
const PAGE = { page: '1', per_page: '200' };
const ATTRS: DropletCreateAttributes = { name: 'web-3', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };

describe('DropletsCollection', () => {
  describe('#list', () => {
    it('GETs every droplet with per_page 200 and resolves to Droplets', async () => {
      stubApi('GET', '/v2/droplets', PAGE).reply(200, fixture('droplets/list'), RATE_HEADERS);
      const droplets = await testClient().droplets.list();
      expect(droplets.map((d) => [d.constructor, d.id, d.name])).toEqual([
        [Droplet, 3164444, 'web-1'],
        [Droplet, 3164445, 'web-2'],
      ]);
      expect(json(droplets)).toEqual(fixture<{ droplets: object[] }>('droplets/list').droplets);
    });

    it('filters by tag_name, name and type', async () => {
      stubApi('GET', '/v2/droplets', { ...PAGE, tag_name: 'env:prod', name: 'web-1', type: 'gpus' }).reply(200, fixture('droplets/list'));
      const droplets = await testClient().droplets.list({ tagName: 'env:prod', name: 'web-1', type: 'gpus' });
      expect(droplets).toHaveLength(2);
    });

    it('rejects a bad tag before any request', () => {
      expect(() => testClient().droplets.list({ tagName: 'bad tag' })).toThrow(ValidationError);
    });
  });

  describe('#get', () => {
    it('GETs /v2/droplets/{id}', async () => {
      stubApi('GET', `/v2/droplets/${ID}`).reply(200, fixture('droplets/get'));
      const droplet = await testClient().droplets.get(ID);
      expect(droplet).toBeInstanceOf(Droplet);
      expect(json(droplet)).toEqual(fixture<{ droplet: object }>('droplets/get').droplet);
    });

    it.each([[0], [-3], [1.5], [Number.NaN], ['12' as unknown as number], ['../account' as unknown as number], [2 ** 60]])(
      'rejects the id %p with a ValidationError before any request',
      async (id) => {
        await expect(testClient().droplets.get(id)).rejects.toMatchObject({ name: 'ValidationError', field: 'id' });
      },
    );
  });

  describe('#create', () => {
    it('POSTs the snake_case body and resolves to the new Droplet', async () => {
      stubApi('POST', '/v2/droplets')
        .matchHeader('content-type', 'application/json')
        .reply(202, (_uri, body) => {
          expect(body).toEqual({
            name: 'web-3',
            region: 'nyc3',
            size: 's-1vcpu-1gb',
            image: 'ubuntu-24-04-x64',
            ssh_keys: [289794, '3b:16:e4:bf:8b:00:8b:b8:59:8c:a9:d3:f0:19:fa:45'],
            backups: true,
            backup_policy: { plan: 'weekly', weekday: 'SUN', hour: 8 },
            ipv6: true,
            monitoring: true,
            tags: ['web', 'env:prod'],
            user_data: '#cloud-config\nruncmd:\n  - touch /test.txt\n',
            vpc_uuid: '760e09ef-dc84-11e8-981e-3cfdfeaae000',
            with_droplet_agent: true,
            volumes: ['12e97116-7280-11ed-b3d0-0a58ac146812'],
          });
          return fixture('droplets/create');
        });
      const droplet = await testClient().droplets.create({
        ...ATTRS,
        sshKeys: [289794, '3b:16:e4:bf:8b:00:8b:b8:59:8c:a9:d3:f0:19:fa:45'],
        backups: true,
        backupPolicy: { plan: 'weekly', weekday: 'SUN', hour: 8 },
        ipv6: true,
        monitoring: true,
        tags: ['web', 'env:prod'],
        userData: '#cloud-config\nruncmd:\n  - touch /test.txt\n',
        vpcUuid: '760e09ef-dc84-11e8-981e-3cfdfeaae000',
        withDropletAgent: true,
        volumes: ['12e97116-7280-11ed-b3d0-0a58ac146812'],
      });
      expect(droplet).toBeInstanceOf(Droplet);
      expect(droplet.id).toBe(3164500);
      expect(droplet.status).toBe('new');
    });

    it('is never retried: a 500 fails once, without a second POST', async () => {
      stubApi('POST', '/v2/droplets').reply(500, fixture('errors/server-error'));
      const client = testClient({ maxRetries: 3 });
      await expect(client.droplets.create(ATTRS)).rejects.toMatchObject({ name: 'ServerError', status: 500 });
    });

    const invalid: Array<[string, unknown, string]> = [
      ['no name', { ...ATTRS, name: undefined }, 'attrs.name'],
      ['an empty name', { ...ATTRS, name: '' }, 'attrs.name'],
      ['a name with a space', { ...ATTRS, name: 'web 1' }, 'attrs.name'],
      ['a 256-character name', { ...ATTRS, name: 'a'.repeat(256) }, 'attrs.name'],
      ['no region', { ...ATTRS, region: undefined }, 'attrs.region'],
      ['no size', { ...ATTRS, size: undefined }, 'attrs.size'],
      ['no image', { ...ATTRS, image: undefined }, 'attrs.image'],
      ['an image id of 0', { ...ATTRS, image: 0 }, 'attrs.image'],
      ['a bad tag', { ...ATTRS, tags: ['ok', 'not ok'] }, 'attrs.tags[1]'],
      ['user data over 64 KiB', { ...ATTRS, userData: 'x'.repeat(64 * 1024 + 1) }, 'attrs.userData'],
      ['a misspelt attribute', { ...ATTRS, ssh_keys: [1] }, 'attrs'],
      ['a non-boolean ipv6', { ...ATTRS, ipv6: 'true' }, 'attrs.ipv6'],
      ['no attributes at all', null, 'attrs'],
    ];
    it.each(invalid)('rejects %s with a ValidationError before any request', async (_name, attrs, field) => {
      await expect(testClient().droplets.create(attrs as DropletCreateAttributes)).rejects.toMatchObject({ name: 'ValidationError', field });
    });
  });

  describe('#createMany', () => {
    it('POSTs names[] and resolves to one Droplet per name', async () => {
      const { name: _name, ...rest } = ATTRS;
      stubApi('POST', '/v2/droplets').reply(202, (_uri, body) => {
        expect(body).toEqual({ names: ['sub-01.example.com', 'sub-02.example.com'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', tags: ['web'] });
        return fixture('droplets/create-many');
      });
      const droplets = await testClient().droplets.createMany({ ...rest, names: ['sub-01.example.com', 'sub-02.example.com'], tags: ['web'] });
      expect(droplets.map((d) => [d.constructor, d.id, d.name])).toEqual([
        [Droplet, 3164501, 'sub-01.example.com'],
        [Droplet, 3164502, 'sub-02.example.com'],
      ]);
    });

    it('rejects more than 10 names before any request', async () => {
      const names = Array.from({ length: 11 }, (_, i) => `web-${i}`);
      const { name: _name, ...rest } = ATTRS;
      await expect(testClient().droplets.createMany({ ...rest, names })).rejects.toMatchObject({
        name: 'ValidationError',
        field: 'attrs.names',
        message: 'attrs.names may hold at most 10 names, got 11',
      });
    });

    it('rejects an empty names array and a bad name before any request', async () => {
      const client = testClient();
      const { name: _name, ...rest } = ATTRS;
      await expect(client.droplets.createMany({ ...rest, names: [] })).rejects.toMatchObject({ field: 'attrs.names' });
      await expect(client.droplets.createMany({ ...rest, names: ['ok', '-bad'] })).rejects.toMatchObject({ field: 'attrs.names[1]' });
    });
  });

  describe('#delete and #deleteByTag', () => {
    it('DELETEs /v2/droplets/{id}', async () => {
      stubApi('DELETE', `/v2/droplets/${ID}`).reply(204);
      await expect(testClient().droplets.delete(ID)).resolves.toBeUndefined();
    });

    it('DELETEs /v2/droplets?tag_name=', async () => {
      stubApi('DELETE', '/v2/droplets', { tag_name: 'web' }).reply(204);
      await expect(testClient().droplets.deleteByTag('web')).resolves.toBeUndefined();
    });

    it('rejects an empty tag before any request', async () => {
      await expect(testClient().droplets.deleteByTag('')).rejects.toMatchObject({ name: 'ValidationError', field: 'tagName' });
    });
  });

  describe('actions by id', () => {
    it.each(Object.entries(DROPLET_ACTIONS))('#%s(id) POSTs {type: "%s"} without loading the droplet first', async (method, type) => {
      stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, (_uri, body) => {
        expect(body).toEqual({ type });
        return fixture('droplets/action');
      });
      const action = await testClient().droplets[method as keyof typeof DROPLET_ACTIONS](ID);
      expect(action).toBeInstanceOf(Action);
      expect(json(action)).toEqual(fixture<{ action: object }>('droplets/action').action);
    });

    it('rejects a bad id before any request', async () => {
      await expect(testClient().droplets.shutdown(-1)).rejects.toMatchObject({ name: 'ValidationError', field: 'id' });
    });

    const withArgs: Array<[string, (c: ReturnType<typeof testClient>) => Promise<Action>, object]> = [
      ['resize', (c) => c.droplets.resize(ID, 's-2vcpu-4gb', { disk: false }), { type: 'resize', size: 's-2vcpu-4gb', disk: false }],
      ['rebuild', (c) => c.droplets.rebuild(ID, 'debian-12-x64'), { type: 'rebuild', image: 'debian-12-x64' }],
      ['restore', (c) => c.droplets.restore(ID, 53893572), { type: 'restore', image: 53893572 }],
      ['rename', (c) => c.droplets.rename(ID, 'web-9'), { type: 'rename', name: 'web-9' }],
      ['changeKernel', (c) => c.droplets.changeKernel(ID, 7515), { type: 'change_kernel', kernel: 7515 }],
      ['snapshot', (c) => c.droplets.snapshot(ID, 'nightly'), { type: 'snapshot', name: 'nightly' }],
    ];
    it.each(withArgs)('#%s(id, ...) POSTs the exact body', async (_name, call, expected) => {
      stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, (_uri, body) => {
        expect(body).toEqual(expected);
        return fixture('droplets/action');
      });
      await expect(call(testClient())).resolves.toBeInstanceOf(Action);
    });
  });

  describe('#actByTag', () => {
    it('POSTs the action with tag_name and resolves to one Action per droplet', async () => {
      stubApi('POST', '/v2/droplets/actions', { tag_name: 'web' }).reply(201, (_uri, body) => {
        expect(body).toEqual({ type: 'snapshot', name: 'nightly' });
        return fixture('droplets/actions');
      });
      const actions = await testClient().droplets.actByTag('web', 'snapshot', { name: 'nightly' });
      expect(actions.map((a) => [a.constructor, a.id])).toEqual([[SnapshotAction, 36804758], [SnapshotAction, 36804636]]);
    });

    it('resolves to plain Actions for any other type', async () => {
      stubApi('POST', '/v2/droplets/actions', { tag_name: 'web' }).reply(201, fixture('droplets/actions'));
      const actions = await testClient().droplets.actByTag('web', 'power_off');
      expect(actions.map((a) => a.constructor)).toEqual([Action, Action]);
    });

    it('refuses an action the API does not run on tags, and a name for anything but snapshot', async () => {
      const client = testClient();
      await expect(client.droplets.actByTag('web', 'reboot' as never)).rejects.toMatchObject({ name: 'ValidationError', field: 'type' });
      await expect(client.droplets.actByTag('web', 'power_off', { name: 'x' })).rejects.toMatchObject({ name: 'ValidationError', field: 'name' });
      await expect(client.droplets.actByTag('not a tag', 'power_off')).rejects.toMatchObject({ name: 'ValidationError', field: 'tagName' });
    });
  });

  describe('sub-resources by id', () => {
    it('#getAction GETs /v2/droplets/{id}/actions/{actionId}', async () => {
      stubApi('GET', `/v2/droplets/${ID}/actions/36804758`).reply(200, fixture('droplets/action'));
      const action = await testClient().droplets.getAction(ID, 36804758);
      expect(action.id).toBe(36804758);
      expect(action.type).toBe('power_off');
    });

    it('#getAction rejects a bad action id before any request', async () => {
      await expect(testClient().droplets.getAction(ID, 0)).rejects.toMatchObject({ field: 'actionId' });
    });

    it('#listActions, #kernels, #snapshots, #backups GET their listings', async () => {
      for (const [path, name] of [['actions', 'actions'], ['kernels', 'kernels'], ['snapshots', 'snapshots'], ['backups', 'backups']]) {
        stubApi('GET', `/v2/droplets/${ID}/${path}`, PAGE).reply(200, fixture(`droplets/${name}`));
      }
      const client = testClient();
      const [actions, kernels, snapshots, backups] = await Promise.all([
        client.droplets.listActions(ID),
        client.droplets.kernels(ID),
        client.droplets.snapshots(ID),
        client.droplets.backups(ID),
      ]);
      expect(actions.map((a) => a.constructor)).toEqual([Action, Action]);
      expect(kernels.map((k) => [k.constructor, k.id])).toEqual([[Kernel, 7515], [Kernel, 7516]]);
      expect(snapshots.map((s) => [s.constructor, s.id, s.type])).toEqual([[Image, 67512819, 'snapshot']]);
      expect(backups.map((b) => [b.constructor, b.id, b.type])).toEqual([[Image, 53893572, 'backup']]);
    });

    it('#neighbors GETs /v2/droplets/{id}/neighbors', async () => {
      stubApi('GET', `/v2/droplets/${ID}/neighbors`).reply(200, fixture('droplets/neighbors'));
      const droplets = await testClient().droplets.neighbors(ID);
      expect(droplets.map((d) => d.id)).toEqual([3164445]);
    });
  });
});
