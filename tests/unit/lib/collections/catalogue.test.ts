import { Action, DiskInfo, GpuInfo, Quantity, Region, Size } from '../../../../lib/index.js';
import { fixture, json, stubApi, testClient } from '../../../helpers.js';

const PAGE = { page: '1', per_page: '200' };

describe('RegionsCollection', () => {
  describe('#list', () => {
    it('GETs /v2/regions and resolves to Regions', async () => {
      stubApi('GET', '/v2/regions', PAGE).reply(200, fixture('regions/list'));
      const regions = await testClient().regions.list();
      expect(regions.map((r) => [r.constructor, r.slug, r.available])).toEqual([
        [Region, 'nyc3', true],
        [Region, 'sfo3', true],
      ]);
      expect(json(regions)).toEqual(fixture<{ regions: object[] }>('regions/list').regions);
    });
  });
});

describe('SizesCollection', () => {
  describe('#list', () => {
    it('GETs /v2/sizes and resolves to Sizes with their disks and GPUs', async () => {
      stubApi('GET', '/v2/sizes', PAGE).reply(200, fixture('sizes/list'));
      const [basic, gpu] = await testClient().sizes.list();
      expect(basic).toBeInstanceOf(Size);
      expect([basic.slug, basic.priceMonthly, basic.priceHourly, basic.gpuInfo]).toEqual(['s-1vcpu-1gb', 6, 0.00893, undefined]);
      expect(gpu.gpuInfo).toBeInstanceOf(GpuInfo);
      expect(gpu.gpuInfo!.vram).toBeInstanceOf(Quantity);
      expect(gpu.diskInfo!.map((d) => [d.constructor, d.type, d.size.amount])).toEqual([
        [DiskInfo, 'local', 720],
        [DiskInfo, 'scratch', 5120],
      ]);
      expect(json([basic, gpu])).toEqual(fixture<{ sizes: object[] }>('sizes/list').sizes);
    });
  });
});

describe('ActionsCollection', () => {
  describe('#list', () => {
    it('GETs /v2/actions and resolves to Actions', async () => {
      stubApi('GET', '/v2/actions', PAGE).reply(200, fixture('actions/list'));
      const actions = await testClient().actions.list();
      expect(actions.map((a) => [a.constructor, a.id, a.resourceType])).toEqual([
        [Action, 36804760, 'image'],
        [Action, 36804758, 'droplet'],
      ]);
      expect(json(actions)).toEqual(fixture<{ actions: object[] }>('actions/list').actions);
    });
  });

  describe('#get', () => {
    it('GETs /v2/actions/{id}', async () => {
      stubApi('GET', '/v2/actions/36804758').reply(200, fixture('actions/get'));
      const action = await testClient().actions.get(36804758);
      expect(action).toBeInstanceOf(Action);
      expect(action.startedAt).toEqual(new Date('2025-03-20T11:05:21Z'));
      expect(action.completedAt).toBeNull();
      expect(action.region).toBeInstanceOf(Region);
      expect(json(action)).toEqual(fixture<{ action: object }>('actions/get').action);
    });

    it('rejects a bad id before any request', async () => {
      await expect(testClient().actions.get(0)).rejects.toMatchObject({ name: 'ValidationError', field: 'id' });
    });
  });
});
