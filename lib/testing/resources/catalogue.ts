import { defineModule, ok } from '../module.js';
import { page } from '../router.js';

/** The catalogue: `/v2/regions` and `/v2/sizes`, as the world seeds them (droplets answer for kernels). */
export const catalogue = defineModule('catalogue', (world) => ({ regions: world.regions, sizes: world.sizes }), (route) => {
  route('GET', '/v2/regions', (ctx, { regions }) => ok(page(ctx, 'regions', regions)));
  route('GET', '/v2/sizes', (ctx, { sizes }) => ok(page(ctx, 'sizes', sizes)));
});
