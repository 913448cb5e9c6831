import { defineModule, ok } from '../module.js';
import { page } from '../router.js';

/** Regions: `/v2/regions`, as the world's catalogue seeds them. */
export const regions = defineModule('regions', (world) => world.regions, (route) => {
  route('GET', '/v2/regions', (ctx, all) => ok(page(ctx, 'regions', all)));
});
