import { inspect } from 'node:util';
import { ActionFailedError, Model, type DigitalOcean } from '../../../lib/index.js';
import { Field, toModel } from '../../../lib/fields.js';
import { fixture, json, stubApi, testClient, TOKEN } from '../../helpers.js';

const PAGE = { page: '1', per_page: '200' };

/** One loader per model class, each returning models hydrated from the API. */
const LOADERS: Array<[string, (c: DigitalOcean) => Promise<Model[]>]> = [
  ['Droplet (and its Region, Size, Image, Networks, BackupWindow, DiskInfo)', async (c) => {
    stubApi('GET', '/v2/droplets/3164444').reply(200, fixture('droplets/get'));
    return [await c.droplets.get(3164444)];
  }],
  ['Image', async (c) => {
    stubApi('GET', '/v2/images', PAGE).reply(200, fixture('images/list'));
    return c.images.list().all();
  }],
  ['Region', async (c) => {
    stubApi('GET', '/v2/regions', PAGE).reply(200, fixture('regions/list'));
    return c.regions.list().all();
  }],
  ['Size (and GpuInfo, Quantity)', async (c) => {
    stubApi('GET', '/v2/sizes', PAGE).reply(200, fixture('sizes/list'));
    return c.sizes.list().all();
  }],
  ['Action', async (c) => {
    stubApi('GET', '/v2/actions', PAGE).reply(200, fixture('actions/list'));
    return c.actions.list().all();
  }],
  ['Kernel', async (c) => {
    stubApi('GET', '/v2/droplets/1/kernels', PAGE).reply(200, fixture('droplets/kernels'));
    return c.droplets.kernels(1).all();
  }],
];

describe('Model', () => {
  describe.each(LOADERS)('%s', (_name, load) => {
    it('keeps the connection and token out of JSON, inspect and equality', async () => {
      const client = testClient();
      const [model] = await load(client);
      expect(model).toBeInstanceOf(Model);
      expect(inspect(model, { depth: 20, showHidden: true })).not.toContain(TOKEN);
      expect(inspect(model, { depth: 20 })).not.toMatch(/connection/i);
      expect(JSON.stringify(model)).not.toContain(TOKEN);
      expect(Object.keys(model).some((key) => /connection/i.test(key))).toBe(false);
      const [again] = await load(testClient());
      expect(again).toStrictEqual(model);
    });
  });

  it('each nested model holds the connection: a droplet image can be acted on', async () => {
    const client = testClient();
    stubApi('GET', '/v2/droplets/3164444').reply(200, fixture('droplets/get'));
    const droplet = await client.droplets.get(3164444);
    stubApi('POST', '/v2/images/7555620/actions').reply(201, fixture('images/transfer'));
    await expect(droplet.image.transfer('sfo3')).resolves.toMatchObject({ type: 'transfer' });
  });

  it('an ActionFailedError shows the action but not the token', async () => {
    stubApi('GET', '/v2/actions/36804758').reply(200, fixture('actions/errored'));
    const action = await testClient().actions.get(36804758);
    const error = await action.wait().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionFailedError);
    expect(inspect(error, { depth: 20, showHidden: true })).not.toContain(TOKEN);
    expect(json((error as ActionFailedError).action)).toEqual(fixture<{ action: object }>('actions/errored').action);
  });
});

describe('secret fields', () => {
  class Credentials extends Model {
    /** The user. */
    @Field() user!: string;
    /** The password. */
    @Field({ secret: true }) password!: string;
  }
  class Holder extends Model {
    /** Nested credentials. */
    @Field({ type: () => Credentials }) login!: Credentials;
  }

  it('are [REDACTED] in util.inspect, nested models too, and kept in toJSON', () => {
    const holder = toModel(Holder, { login: { user: 'doadmin', password: 'hunter2-secret' } });
    expect(holder.login).toBeInstanceOf(Credentials);
    expect(inspect(holder, { depth: 10 })).not.toContain('hunter2-secret');
    expect(inspect(holder.login)).toBe("Credentials { user: 'doadmin', password: '[REDACTED]' }");
    expect(JSON.stringify(holder)).toBe('{"login":{"user":"doadmin","password":"hunter2-secret"}}');
    expect(holder.login.password).toBe('hunter2-secret');
  });
});
