import { Action, BackupWindow, DiskInfo, Droplet, Image, NetworkV4, NetworkV6, Networks, Quantity, Region, Size } from '../../../lib/index.js';
import { fixture, json, stubApi, testClient, RATE_HEADERS } from '../../helpers.js';

const ID = 3164444;

async function loadDroplet(): Promise<Droplet> {
  stubApi('GET', `/v2/droplets/${ID}`).reply(200, fixture('droplets/get'), RATE_HEADERS);
  return testClient().droplets.get(ID);
}

describe('Droplet', () => {
  describe('hydration', () => {
    it('maps every field of the API body, and JSON.stringify gives the body back', async () => {
      const droplet = await loadDroplet();
      expect(droplet).toBeInstanceOf(Droplet);
      expect(json(droplet)).toEqual(fixture<{ droplet: object }>('droplets/get').droplet);
    });

    it('gives camelCase fields, Dates and nested models', async () => {
      const d = await loadDroplet();
      expect(d.id).toBe(ID);
      expect(d.sizeSlug).toBe('s-1vcpu-1gb');
      expect(d.vpcUuid).toBe('760e09ef-dc84-11e8-981e-3cfdfeaae000');
      expect(d.backupIds).toEqual([53893572]);
      expect(d.volumeIds).toEqual(['506f78a4-e098-11e5-ad9f-000f53306ae1']);
      expect(d.createdAt).toEqual(new Date('2025-03-14T09:26:53Z'));
      expect(d.kernel).toBeNull();
      expect(d.region).toBeInstanceOf(Region);
      expect(d.region.slug).toBe('nyc3');
      expect(d.size).toBeInstanceOf(Size);
      expect(d.size.priceMonthly).toBe(6);
      expect(d.size.priceHourly).toBe(0.00893);
      expect(d.image).toBeInstanceOf(Image);
      expect(d.image.distribution).toBe('Ubuntu');
      expect(d.image.createdAt).toEqual(new Date('2024-04-25T15:49:14Z'));
      expect(d.networks).toBeInstanceOf(Networks);
      expect(d.networks.v4[0]).toBeInstanceOf(NetworkV4);
      expect(d.networks.v6[0]).toBeInstanceOf(NetworkV6);
      expect(d.nextBackupWindow).toBeInstanceOf(BackupWindow);
      expect(d.nextBackupWindow!.end).toEqual(new Date('2025-03-16T23:00:00Z'));
      expect(d.diskInfo![0]).toBeInstanceOf(DiskInfo);
      expect(d.diskInfo![0].size).toBeInstanceOf(Quantity);
      expect(d.diskInfo![0].size.amount).toBe(25);
    });

    it('reads the public and private addresses from the networks', async () => {
      const d = await loadDroplet();
      expect(d.publicIpv4).toBe('192.241.165.154');
      expect(d.privateIpv4).toBe('10.128.192.124');
      expect(d.publicIpv6).toBe('2604:a880:0:1010::18a:a001');
    });

    it('has no addresses while the networks are empty', async () => {
      stubApi('GET', '/v2/droplets', { page: '1', per_page: '200' }).reply(200, fixture('droplets/create-many'));
      const [d] = await testClient().droplets.list();
      expect([d.publicIpv4, d.privateIpv4, d.publicIpv6]).toEqual([undefined, undefined, undefined]);
    });
  });

  describe('no-argument actions', () => {
    const cases: Array<[keyof Droplet, string]> = [
      ['reboot', 'reboot'],
      ['powerCycle', 'power_cycle'],
      ['shutdown', 'shutdown'],
      ['powerOff', 'power_off'],
      ['powerOn', 'power_on'],
      ['passwordReset', 'password_reset'],
      ['enableIpv6', 'enable_ipv6'],
      ['enableBackups', 'enable_backups'],
      ['disableBackups', 'disable_backups'],
      ['enablePrivateNetworking', 'enable_private_networking'],
    ];
    it.each(cases)('#%s POSTs {type: "%s"} and resolves to the in-progress Action', async (method, type) => {
      const droplet = await loadDroplet();
      stubApi('POST', `/v2/droplets/${ID}/actions`)
        .matchHeader('content-type', 'application/json')
        .reply(201, (_uri, body) => {
          expect(body).toEqual({ type });
          return fixture('droplets/action');
        });
      const action = await (droplet[method] as () => Promise<Action>)();
      expect(action).toBeInstanceOf(Action);
      expect(json(action)).toEqual(fixture<{ action: object }>('droplets/action').action);
      expect(action.status).toBe('in-progress');
    });
  });

  describe('actions with arguments', () => {
    const cases: Array<[string, (d: Droplet) => Promise<Action>, object]> = [
      ['resize with a slug', (d) => d.resize('s-2vcpu-4gb'), { type: 'resize', size: 's-2vcpu-4gb' }],
      ['resize with a Size and disk', (d) => d.resize(d.size, { disk: true }), { type: 'resize', size: 's-1vcpu-1gb', disk: true }],
      ['rebuild with a slug', (d) => d.rebuild('ubuntu-22-04-x64'), { type: 'rebuild', image: 'ubuntu-22-04-x64' }],
      ['rebuild with an id', (d) => d.rebuild(7555620), { type: 'rebuild', image: 7555620 }],
      ['rebuild with an Image', (d) => d.rebuild(d.image), { type: 'rebuild', image: 'ubuntu-24-04-x64' }],
      ['restore', (d) => d.restore(53893572), { type: 'restore', image: 53893572 }],
      ['rename', (d) => d.rename('web-1-old'), { type: 'rename', name: 'web-1-old' }],
      ['changeKernel', (d) => d.changeKernel(7516), { type: 'change_kernel', kernel: 7516 }],
      ['snapshot with a name', (d) => d.snapshot('before-upgrade'), { type: 'snapshot', name: 'before-upgrade' }],
      ['snapshot without a name', (d) => d.snapshot(), { type: 'snapshot' }],
    ];
    it.each(cases)('%s POSTs the exact body and resolves to the Action', async (_name, call, expected) => {
      const droplet = await loadDroplet();
      stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, (_uri, body) => {
        expect(body).toEqual(expected);
        return fixture('droplets/action');
      });
      const action = await call(droplet);
      expect(action).toBeInstanceOf(Action);
      expect(action.id).toBe(36804758);
    });

    const invalid: Array<[string, (d: Droplet) => Promise<Action>, string]> = [
      ['resize to an empty size', (d) => d.resize(''), 'size'],
      ['resize with a non-boolean disk', (d) => d.resize('s-2vcpu-4gb', { disk: 'yes' as unknown as boolean }), 'disk'],
      ['rebuild from a path', (d) => d.rebuild('../account'), 'image'],
      ['restore from a negative id', (d) => d.restore(-1), 'image'],
      ['rename to an empty name', (d) => d.rename(''), 'name'],
      ['rename to a name with a space', (d) => d.rename('web 1'), 'name'],
      ['changeKernel to 1.5', (d) => d.changeKernel(1.5), 'kernel'],
      ['snapshot with a blank name', (d) => d.snapshot('  '), 'name'],
    ];
    it.each(invalid)('%s rejects with a ValidationError before any request', async (_name, call, field) => {
      const droplet = await loadDroplet();
      await expect(call(droplet)).rejects.toMatchObject({ name: 'ValidationError', field });
    });
  });

  describe('#reload', () => {
    it('GETs the droplet and updates it in place', async () => {
      const droplet = await loadDroplet();
      const off = fixture<{ droplet: Record<string, unknown> }>('droplets/get');
      off.droplet.status = 'off';
      delete off.droplet.vpc_uuid;
      stubApi('GET', `/v2/droplets/${ID}`).reply(200, off);
      const same = await droplet.reload();
      expect(same).toBe(droplet);
      expect(droplet.status).toBe('off');
      expect(droplet.vpcUuid).toBeUndefined();
      expect(json(droplet)).toEqual(off.droplet);
    });
  });

  describe('#destroy', () => {
    it('DELETEs the droplet and resolves to undefined on 204', async () => {
      const droplet = await loadDroplet();
      stubApi('DELETE', `/v2/droplets/${ID}`).reply(204);
      await expect(droplet.destroy()).resolves.toBeUndefined();
    });
  });

  describe('listings', () => {
    it('#actions lists the droplet actions', async () => {
      const droplet = await loadDroplet();
      stubApi('GET', `/v2/droplets/${ID}/actions`, { page: '1', per_page: '200' }).reply(200, fixture('droplets/actions'));
      const actions = await droplet.actions();
      expect(actions.map((a) => [a.constructor, a.id, a.type])).toEqual([
        [Action, 36804758, 'power_off'],
        [Action, 36804636, 'create'],
      ]);
    });

    it('#kernels lists Kernel models', async () => {
      const droplet = await loadDroplet();
      stubApi('GET', `/v2/droplets/${ID}/kernels`, { page: '1', per_page: '200' }).reply(200, fixture('droplets/kernels'));
      const kernels = await droplet.kernels();
      expect(json(kernels)).toEqual(fixture<{ kernels: object[] }>('droplets/kernels').kernels);
      expect(kernels[0].constructor.name).toBe('Kernel');
    });

    it('#snapshots lists snapshots as Images', async () => {
      const droplet = await loadDroplet();
      stubApi('GET', `/v2/droplets/${ID}/snapshots`, { page: '1', per_page: '200' }).reply(200, fixture('droplets/snapshots'));
      const snapshots = await droplet.snapshots();
      expect(snapshots[0]).toBeInstanceOf(Image);
      expect(json(snapshots)).toEqual(fixture<{ snapshots: object[] }>('droplets/snapshots').snapshots);
    });

    it('#backups lists backups as Images', async () => {
      const droplet = await loadDroplet();
      stubApi('GET', `/v2/droplets/${ID}/backups`, { page: '1', per_page: '200' }).reply(200, fixture('droplets/backups'));
      const backups = await droplet.backups();
      expect(backups[0]).toBeInstanceOf(Image);
      expect(backups[0].type).toBe('backup');
      expect(json(backups)).toEqual(fixture<{ backups: object[] }>('droplets/backups').backups);
    });

    it('#neighbors resolves to Droplets', async () => {
      const droplet = await loadDroplet();
      stubApi('GET', `/v2/droplets/${ID}/neighbors`).reply(200, fixture('droplets/neighbors'));
      const neighbors = await droplet.neighbors();
      expect(neighbors).toHaveLength(1);
      expect(neighbors[0]).toBeInstanceOf(Droplet);
      expect(json(neighbors)).toEqual(fixture<{ droplets: object[] }>('droplets/neighbors').droplets);
    });

    it('#getAction GETs one action of the droplet', async () => {
      const droplet = await loadDroplet();
      stubApi('GET', `/v2/droplets/${ID}/actions/36804758`).reply(200, fixture('droplets/action'));
      const action = await droplet.getAction(36804758);
      expect(json(action)).toEqual(fixture<{ action: object }>('droplets/action').action);
    });
  });

  describe('#waitUntilActive', () => {
    it('reloads until the status is active and resolves to the droplet', async () => {
      stubApi('POST', '/v2/droplets').reply(202, fixture('droplets/create'));
      const client = testClient();
      const droplet = await client.droplets.create({ name: 'web-3', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
      expect(droplet.status).toBe('new');
      const still = fixture('droplets/create');
      const active = fixture<{ droplet: Record<string, unknown> }>('droplets/create');
      active.droplet.status = 'active';
      stubApi('GET', '/v2/droplets/3164500').reply(200, still).get('/v2/droplets/3164500').reply(200, active);
      const seen: string[] = [];
      const result = await droplet.waitUntilActive({ interval: 1, onProgress: (d) => seen.push(d.status) });
      expect(result).toBe(droplet);
      expect(droplet.status).toBe('active');
      expect(seen).toEqual(['new', 'active']);
    });
  });

  describe('a droplet built by hand', () => {
    it('fails with a ConfigurationError until attached, then works', async () => {
      const droplet = Object.assign(new Droplet(), { id: ID });
      await expect(droplet.reboot()).rejects.toMatchObject({ name: 'ConfigurationError', message: expect.stringContaining('client.attach') });
      const client = testClient();
      client.attach(droplet);
      stubApi('POST', `/v2/droplets/${ID}/actions`).reply(201, fixture('droplets/action'));
      await expect(droplet.reboot()).resolves.toBeInstanceOf(Action);
    });
  });
});

describe('Droplet waits on one client', () => {
  it('share one listing by their common tag per round', async () => {
    const client = testClient();
    const base = fixture<{ droplet: Record<string, unknown> }>('droplets/create').droplet;
    const body = (status: string) => ({ droplets: [1, 2, 3].map((id) => ({ ...base, id, tags: ['web', `n${id}`], status })), links: {}, meta: { total: 3 } });
    stubApi('GET', '/v2/droplets', { page: '1', per_page: '200', tag_name: 'web' }).reply(200, body('new'));
    const droplets = await client.droplets.list({ tagName: 'web' });
    stubApi('GET', '/v2/droplets', { page: '1', per_page: '200', tag_name: 'web' }).reply(200, body('new'));
    stubApi('GET', '/v2/droplets', { page: '1', per_page: '200', tag_name: 'web' }).reply(200, body('active'));
    const done = await Promise.all(droplets.map((d) => d.waitUntilActive({ interval: 5 })));
    expect(done.map((d) => [d.id, d.status])).toEqual([[1, 'active'], [2, 'active'], [3, 'active']]);
    expect(done[0]).toBe(droplets[0]);
  });
});
