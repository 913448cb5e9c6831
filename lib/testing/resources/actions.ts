import { defineModule, found, numericParam, ok } from '../module.js';
import { page } from '../router.js';

/** Every action of the account, newest first: `/v2/actions`. The actions live in the world. */
export const actions = defineModule('actions', (world) => world.actions, (route) => {
  route('GET', '/v2/actions', (ctx, all) => ok(page(ctx, 'actions', [...all.values()].reverse())));
  route('GET', '/v2/actions/{action_id}', (ctx, all) => {
    const action = found(all.get(numericParam(ctx, 'action_id')));
    return ok({ action });
  });
});
