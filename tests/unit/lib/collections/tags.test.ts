import { Droplet, Image, Snapshot, Tag, Volume } from '../../../../lib/index.js';
import { stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const RESOURCES = [
  { resource_id: '3164444', resource_type: 'droplet' },
  { resource_id: '7555620', resource_type: 'image' },
  { resource_id: '506f78a4-e098-11e5-ad9f-000f53306ae1', resource_type: 'volume' },
  { resource_id: '8fa70202-873f-11e6-8b68-000f533176b1', resource_type: 'volume_snapshot' },
];

describe('TagsCollection and Tag', () => {
  itSends([
    { name: 'client.tags.list()', call: (c) => c.tags.list(), method: 'GET', path: '/v2/tags', query: PAGE, status: 200, reply: 'tags/list', result: many(Tag, 'tags/list', 'tags') },
    { name: 'client.tags.get(name)', call: (c) => c.tags.get('extra-awesome'), method: 'GET', path: '/v2/tags/extra-awesome', status: 200, reply: 'tags/get', result: one(Tag, 'tags/get', 'tag') },
    { name: 'client.tags.create(name)', call: (c) => c.tags.create('extra-awesome'), method: 'POST', path: '/v2/tags', body: { name: 'extra-awesome' }, status: 201, reply: 'tags/get', result: one(Tag, 'tags/get', 'tag') },
    { name: 'client.tags.delete(name)', call: (c) => c.tags.delete('env:prod'), method: 'DELETE', path: '/v2/tags/env:prod', status: 204, result: nothing },
    {
      name: 'client.tags.tagResources(name, models)',
      call: (c) => c.tags.tagResources('extra-awesome', [
        loaded(c, Droplet, 'droplets/get', 'droplet'),
        loaded(c, Image, 'images/get', 'image'),
        loaded(c, Volume, 'volumes/get', 'volume'),
        loaded(c, Snapshot, 'snapshots/volume', 'snapshot'),
      ]),
      method: 'POST',
      path: '/v2/tags/extra-awesome/resources',
      body: { resources: RESOURCES },
      status: 204,
      result: nothing,
    },
    { name: 'client.tags.untagResources(name, ids)', call: (c) => c.tags.untagResources('extra-awesome', [{ resourceId: 3164444, resourceType: 'droplet' }]), method: 'DELETE', path: '/v2/tags/extra-awesome/resources', body: { resources: [RESOURCES[0]] }, status: 204, result: nothing },
    { name: 'tag.tagResources(models)', call: (c) => loaded(c, Tag, 'tags/get', 'tag').tagResources([loaded(c, Droplet, 'droplets/get', 'droplet')]), method: 'POST', path: '/v2/tags/extra-awesome/resources', body: { resources: [RESOURCES[0]] }, status: 204, result: nothing },
    { name: 'tag.destroy()', call: (c) => loaded(c, Tag, 'tags/get', 'tag').destroy(), method: 'DELETE', path: '/v2/tags/extra-awesome', status: 204, result: nothing },
  ]);

  describe('Droplet#tag and #untag', () => {
    it('tag the droplet through the tag and keep droplet.tags in step', async () => {
      const client = testClient();
      const droplet = loaded(client, Droplet, 'droplets/get', 'droplet');
      stubApi('POST', '/v2/tags/blue/resources').reply(204, (_uri, body) => {
        expect(body).toEqual({ resources: [RESOURCES[0]] });
        return '';
      });
      await droplet.tag('blue');
      expect(droplet.tags).toEqual(['web', 'env:prod', 'blue']);
      stubApi('DELETE', '/v2/tags/web/resources').reply(204, (_uri, body) => {
        expect(body).toEqual({ resources: [RESOURCES[0]] });
        return '';
      });
      await droplet.untag('web');
      expect(droplet.tags).toEqual(['env:prod', 'blue']);
    });

    it('a droplet snapshot is tagged as an image, a volume snapshot as a volume_snapshot', () => {
      const client = testClient();
      const dropletSnapshot = loaded(client, Snapshot, 'snapshots/get', 'snapshot');
      const volumeSnapshot = loaded(client, Snapshot, 'snapshots/volume', 'snapshot');
      expect([dropletSnapshot.resourceType, dropletSnapshot.tagResourceType]).toEqual(['droplet', 'image']);
      expect([volumeSnapshot.resourceType, volumeSnapshot.tagResourceType]).toEqual(['volume', 'volume_snapshot']);
    });
  });

  itRefuses([
    ['create with a space', (c) => c.tags.create('env prod'), 'name'],
    ['create with 256 characters', (c) => c.tags.create('x'.repeat(256)), 'name'],
    ['tag a region', (c) => c.tags.tagResources('web', [{ resourceId: 'nyc3', resourceType: 'region' as never }]), 'resources[0]'],
    ['tag nothing', (c) => c.tags.tagResources('web', []), 'resources'],
    ['droplet.tag with a bad name', (c) => loaded(c, Droplet, 'droplets/get', 'droplet').tag('a/b'), 'name'],
  ]);
});
