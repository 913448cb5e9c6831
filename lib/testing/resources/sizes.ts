import { defineModule, ok } from '../module.js';
import { page } from '../router.js';

/** Droplet sizes: `/v2/sizes`, as the world's catalogue seeds them. */
export const sizes = defineModule('sizes', (world) => world.sizes, (route) => {
  route('GET', '/v2/sizes', (ctx, all) => ok(page(ctx, 'sizes', all)));
});
