import { Action, Image } from '../../../lib/index.js';
import { fixture, json, stubApi, testClient } from '../../helpers.js';

async function loadSnapshot(): Promise<Image> {
  stubApi('GET', '/v2/images/7938269').reply(200, { image: fixture<{ images: object[] }>('images/list').images[1] });
  return testClient().images.get(7938269);
}

describe('Image', () => {
  describe('#update', () => {
    it('PUTs the attributes and updates the image in place', async () => {
      const image = await loadSnapshot();
      stubApi('PUT', '/v2/images/7938269').reply(200, (_uri, body) => {
        expect(body).toEqual({ name: 'web-1 golden', description: 'Golden image' });
        return fixture('images/update');
      });
      const same = await image.update({ name: 'web-1 golden', description: 'Golden image' });
      expect(same).toBe(image);
      expect(image.name).toBe('web-1 golden');
      expect(json(image)).toEqual(fixture<{ image: object }>('images/update').image);
    });
  });

  describe('#transfer', () => {
    it('POSTs {type: "transfer", region} and takes a Region model too', async () => {
      const image = await loadSnapshot();
      stubApi('GET', '/v2/regions', { page: '1', per_page: '200' }).reply(200, fixture('regions/list'));
      const [, sfo3] = await testClient().regions.list();
      stubApi('POST', '/v2/images/7938269/actions').reply(201, (_uri, body) => {
        expect(body).toEqual({ type: 'transfer', region: 'sfo3' });
        return fixture('images/transfer');
      });
      const action = await image.transfer(sfo3);
      expect(action).toBeInstanceOf(Action);
      expect(action.type).toBe('transfer');
    });
  });

  describe('#convert', () => {
    it('POSTs {type: "convert"}', async () => {
      const image = await loadSnapshot();
      stubApi('POST', '/v2/images/7938269/actions').reply(201, (_uri, body) => {
        expect(body).toEqual({ type: 'convert' });
        return fixture('images/convert');
      });
      await expect(image.convert()).resolves.toMatchObject({ id: 36805528, type: 'convert' });
    });
  });

  describe('#reload', () => {
    it('GETs the image and updates it in place', async () => {
      const image = await loadSnapshot();
      stubApi('GET', '/v2/images/7938269').reply(200, fixture('images/update'));
      await expect(image.reload()).resolves.toBe(image);
      expect(image.name).toBe('web-1 golden');
    });
  });

  describe('#destroy', () => {
    it('DELETEs the image', async () => {
      const image = await loadSnapshot();
      stubApi('DELETE', '/v2/images/7938269').reply(204);
      await expect(image.destroy()).resolves.toBeUndefined();
    });
  });

  describe('#actions', () => {
    it('lists the image actions', async () => {
      const image = await loadSnapshot();
      stubApi('GET', '/v2/images/7938269/actions', { page: '1', per_page: '200' }).reply(200, fixture('images/actions'));
      const actions = await image.actions();
      expect(json(actions)).toEqual(fixture<{ actions: object[] }>('images/actions').actions);
    });
  });
});

describe('Image#waitUntilAvailable', () => {
  type Body = Record<string, unknown>;
  const body = (status: string) => ({ image: { ...fixture<{ image: Body }>('images/create-custom').image, status } });

  async function importing(): Promise<Image> {
    stubApi('GET', '/v2/images/38413969').reply(200, body('NEW'));
    return testClient().images.get(38413969);
  }

  it('reloads a custom image until it is available', async () => {
    const image = await importing();
    stubApi('GET', '/v2/images/38413969').reply(200, body('pending'));
    stubApi('GET', '/v2/images/38413969').reply(200, body('available'));
    const seen: string[] = [];
    await expect(image.waitUntilAvailable({ interval: 1, onProgress: (i) => seen.push(i.status!) })).resolves.toBe(image);
    expect(seen).toEqual(['pending', 'available']);
  });

  it('rejects with ResourceFailedError when the image is deleted instead', async () => {
    const image = await importing();
    stubApi('GET', '/v2/images/38413969').reply(200, body('deleted'));
    await expect(image.waitUntilAvailable({ interval: 1 })).rejects.toMatchObject({ name: 'ResourceFailedError', state: 'deleted', resource: image });
  });
});
