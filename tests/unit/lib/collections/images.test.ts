import { Action, Image } from '../../../../lib/index.js';
import { fixture, json, stubApi, testClient } from '../../../helpers.js';

const PAGE = { page: '1', per_page: '200' };
/** A custom image import whose attributes and wire body coincide (no camelCase keys). */
const CUSTOM = {
  name: 'ubuntu-custom',
  url: 'https://cloud-images.example.com/noble.img',
  region: 'nyc3',
  distribution: 'Ubuntu',
  description: 'Cloud-optimized image',
  tags: ['base-image'],
};

describe('ImagesCollection', () => {
  describe('#list', () => {
    it('GETs every image and resolves to Images', async () => {
      stubApi('GET', '/v2/images', PAGE).reply(200, fixture('images/list'));
      const images = await testClient().images.list();
      expect(images.map((i) => [i.constructor, i.id, i.slug])).toEqual([
        [Image, 7555620, 'ubuntu-24-04-x64'],
        [Image, 7938269, null],
      ]);
      expect(json(images)).toEqual(fixture<{ images: object[] }>('images/list').images);
    });

    it('filters by type, private and tag_name', async () => {
      stubApi('GET', '/v2/images', { ...PAGE, type: 'distribution' }).reply(200, fixture('images/list'));
      stubApi('GET', '/v2/images', { ...PAGE, private: 'true', tag_name: 'web' }).reply(200, fixture('images/list'));
      const client = testClient();
      await expect(client.images.list({ type: 'distribution' })).resolves.toHaveLength(2);
      await expect(client.images.list({ private: true, tagName: 'web' })).resolves.toHaveLength(2);
    });

    it('rejects an unknown type before any request', () => {
      expect(() => testClient().images.list({ type: 'snapshot' as never })).toThrow('type must be "distribution" or "application", got "snapshot"');
    });
  });

  describe('#get', () => {
    it('GETs an image by id', async () => {
      stubApi('GET', '/v2/images/7555620').reply(200, fixture('images/get'));
      const image = await testClient().images.get(7555620);
      expect(image).toBeInstanceOf(Image);
      expect(json(image)).toEqual(fixture<{ image: object }>('images/get').image);
      expect(image.createdAt).toEqual(new Date('2024-04-25T15:49:14Z'));
      expect(image.minDiskSize).toBe(7);
      expect(image.sizeGigabytes).toBe(2.36);
      expect(image.public).toBe(true);
    });

    it('GETs an image by slug', async () => {
      stubApi('GET', '/v2/images/ubuntu-24-04-x64').reply(200, fixture('images/get'));
      await expect(testClient().images.get('ubuntu-24-04-x64')).resolves.toMatchObject({ id: 7555620 });
    });

    it.each([['../account'], ['ubuntu 24'], [''], [-1]])('rejects %p before any request', async (ref) => {
      await expect(testClient().images.get(ref as string)).rejects.toMatchObject({ name: 'ValidationError', field: 'idOrSlug' });
    });
  });

  describe('#createCustom', () => {
    it('POSTs the import request and resolves to the NEW image', async () => {
      stubApi('POST', '/v2/images').reply(202, (_uri, body) => {
        expect(body).toEqual(CUSTOM);
        return fixture('images/create-custom');
      });
      const image = await testClient().images.createCustom(CUSTOM);
      expect(image.status).toBe('NEW');
      expect(image.type).toBe('custom');
    });

    it('rejects a non-http URL before any request', async () => {
      await expect(testClient().images.createCustom({ name: 'x', url: 'file:///etc/passwd', region: 'nyc3' })).rejects.toMatchObject({ field: 'attrs.url' });
    });
  });

  describe('#update', () => {
    it('PUTs the changed attributes and resolves to the updated Image', async () => {
      stubApi('PUT', '/v2/images/7938269').reply(200, (_uri, body) => {
        expect(body).toEqual({ name: 'web-1 golden', description: 'Golden image' });
        return fixture('images/update');
      });
      const image = await testClient().images.update(7938269, { name: 'web-1 golden', description: 'Golden image' });
      expect(json(image)).toEqual(fixture<{ image: object }>('images/update').image);
    });

    it.each([
      [{}, 'attrs'],
      [{ name: '' }, 'attrs.name'],
      [{ regions: ['nyc3'] }, 'attrs'],
    ])('rejects %p before any request', async (attrs, field) => {
      await expect(testClient().images.update(7938269, attrs as never)).rejects.toMatchObject({ name: 'ValidationError', field });
    });
  });

  describe('#delete', () => {
    it('DELETEs /v2/images/{id}', async () => {
      stubApi('DELETE', '/v2/images/7938269').reply(204);
      await expect(testClient().images.delete(7938269)).resolves.toBeUndefined();
    });
  });

  describe('actions', () => {
    it('#transfer POSTs {type: "transfer", region} and resolves to the Action', async () => {
      stubApi('POST', '/v2/images/7938269/actions').reply(201, (_uri, body) => {
        expect(body).toEqual({ type: 'transfer', region: 'sfo3' });
        return fixture('images/transfer');
      });
      const action = await testClient().images.transfer(7938269, 'sfo3');
      expect(action).toBeInstanceOf(Action);
      expect(json(action)).toEqual(fixture<{ action: object }>('images/transfer').action);
    });

    it('#convert POSTs {type: "convert"}', async () => {
      stubApi('POST', '/v2/images/7938269/actions').reply(201, (_uri, body) => {
        expect(body).toEqual({ type: 'convert' });
        return fixture('images/convert');
      });
      await expect(testClient().images.convert(7938269)).resolves.toMatchObject({ type: 'convert', resourceType: 'image' });
    });

    it('#getAction and #listActions GET the image actions', async () => {
      stubApi('GET', '/v2/images/7938269/actions/36805527').reply(200, fixture('images/transfer'));
      stubApi('GET', '/v2/images/7938269/actions', PAGE).reply(200, fixture('images/actions'));
      const client = testClient();
      await expect(client.images.getAction(7938269, 36805527)).resolves.toMatchObject({ id: 36805527, status: 'in-progress' });
      const actions = await client.images.listActions(7938269);
      expect(actions.map((a) => [a.constructor, a.id, a.status])).toEqual([[Action, 36805527, 'completed']]);
    });

    it('#transfer rejects a bad region before any request', async () => {
      await expect(testClient().images.transfer(7938269, 'nyc 3')).rejects.toMatchObject({ name: 'ValidationError', field: 'region' });
    });
  });
});
