import { DROPLET_NAME, Refusal, TAG_NAME, notFound, unprocessable, type World } from './world.js';
import { Router, page, type RouteContext } from './router.js';
import { resourceRoutes } from './resource-routes.js';


function attrs(ctx: RouteContext): Record<string, unknown> {
  const { body } = ctx;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Refusal(400, 'bad_request', 'The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

function id(ctx: RouteContext, name: string): number {
  const raw = ctx.params[name];
  if (!/^\d{1,15}$/.test(raw)) throw notFound();
  return Number(raw);
}

function checkCreate(body: Record<string, unknown>): string[] {
  for (const key of ['size', 'image'] as const) if (body[key] === undefined || body[key] === '') throw unprocessable(`${key} is required.`);
  if (body.region === undefined) throw unprocessable('region is required.');
  let names: unknown[];
  if (body.names !== undefined) {
    if (!Array.isArray(body.names) || body.names.length === 0) throw unprocessable('names must be a non-empty array.');
    if (body.names.length > 10) throw unprocessable('You may create at most 10 Droplets at a time.');
    names = body.names;
  } else {
    if (body.name === undefined) throw unprocessable('name is required.');
    names = [body.name];
  }
  for (const name of names) if (typeof name !== 'string' || name.length > 255 || !DROPLET_NAME.test(name)) throw unprocessable(`Name ${JSON.stringify(name)} is invalid.`);
  if (body.tags !== undefined && (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string' || !TAG_NAME.test(t)))) {
    throw unprocessable('Tags are invalid.');
  }
  if (typeof body.user_data === 'string' && Buffer.byteLength(body.user_data) > 64 * 1024) throw unprocessable('user_data is over 64 KiB.');
  return names as string[];
}

function createLinks(ctx: RouteContext, actions: Array<{ id: number }>) {
  return { actions: actions.map((a) => ({ id: a.id, rel: 'create', href: `${ctx.origin}/v2/actions/${a.id}` })) };
}

function imagesFor(world: World, query: URLSearchParams) {
  const type = query.get('type');
  const own = query.get('private') === 'true';
  const tag = query.get('tag_name');
  return [...world.images.values()]
    .filter((r) => (type === 'distribution' ? r.image.public && !r.application : type === 'application' ? r.application : true))
    .filter((r) => !own || !r.image.public)
    .filter((r) => tag === null || r.image.tags.includes(tag))
    .map((r) => r.image);
}

/** Every endpoint of the API the simulator answers, as the official description names them. */
export function routes(): Router {
  return resourceRoutes(
    new Router()
      // droplets
      .add('GET', '/v2/droplets', (ctx) => {
        const tag = ctx.query.get('tag_name');
        const name = ctx.query.get('name');
        const gpus = ctx.query.get('type') === 'gpus';
        const droplets = [...ctx.world.droplets.values()].filter(
          (d) => (tag === null || d.tags.includes(tag)) && (name === null || d.name === name) && Boolean(d.gpu_info) === gpus,
        );
        return { status: 200, body: page(ctx, 'droplets', droplets) };
      })
      .add('POST', '/v2/droplets', (ctx) => {
        const body = attrs(ctx);
        const names = checkCreate(body);
        const { droplets, actions } = ctx.world.createDroplets(names, body);
        const links = createLinks(ctx, actions);
        return { status: 202, body: body.names !== undefined ? { droplets, links } : { droplet: droplets[0], links } };
      })
      .add('DELETE', '/v2/droplets', (ctx) => {
        const tag = ctx.query.get('tag_name');
        if (!tag) throw unprocessable('tag_name is required.');
        for (const droplet of [...ctx.world.droplets.values()]) if (droplet.tags.includes(tag)) ctx.world.deleteDroplet(droplet.id);
        return { status: 204 };
      })
      .add('POST', '/v2/droplets/actions', (ctx) => {
        const tag = ctx.query.get('tag_name');
        const body = attrs(ctx);
        if (!tag) throw unprocessable('tag_name is required.');
        const allowed = ['power_cycle', 'power_on', 'power_off', 'shutdown', 'enable_ipv6', 'enable_backups', 'disable_backups', 'snapshot'];
        if (!allowed.includes(body.type as string)) throw unprocessable(`${JSON.stringify(body.type)} cannot be run on a tag.`);
        const droplets = [...ctx.world.droplets.values()].filter((d) => d.tags.includes(tag));
        return { status: 201, body: { actions: droplets.map((d) => ctx.world.dropletAction(d.id, body)) } };
      })
      .add('GET', '/v2/droplets/{droplet_id}', (ctx) => ({ status: 200, body: { droplet: ctx.world.droplet(id(ctx, 'droplet_id')) } }))
      .add('DELETE', '/v2/droplets/{droplet_id}', (ctx) => {
        ctx.world.deleteDroplet(id(ctx, 'droplet_id'));
        return { status: 204 };
      })
      .add('GET', '/v2/droplets/{droplet_id}/actions', (ctx) => {
        const dropletId = id(ctx, 'droplet_id');
        ctx.world.droplet(dropletId);
        return { status: 200, body: page(ctx, 'actions', ctx.world.actionsOf('droplet', dropletId)) };
      })
      .add('POST', '/v2/droplets/{droplet_id}/actions', (ctx) => ({
        status: 201,
        body: { action: ctx.world.dropletAction(id(ctx, 'droplet_id'), attrs(ctx)) },
      }))
      .add('GET', '/v2/droplets/{droplet_id}/actions/{action_id}', (ctx) => {
        const action = ctx.world.actions.get(id(ctx, 'action_id'));
        if (!action || action.resource_type !== 'droplet' || action.resource_id !== id(ctx, 'droplet_id')) throw notFound();
        return { status: 200, body: { action } };
      })
      .add('GET', '/v2/droplets/{droplet_id}/kernels', (ctx) => {
        ctx.world.droplet(id(ctx, 'droplet_id'));
        return { status: 200, body: page(ctx, 'kernels', ctx.world.kernels) };
      })
      .add('GET', '/v2/droplets/{droplet_id}/snapshots', (ctx) => {
        const images = ctx.world.dropletImages(id(ctx, 'droplet_id'), 'snapshot');
        const snapshots = images.map(({ id: imageId, name, created_at, regions, min_disk_size, size_gigabytes, type }) => ({
          id: imageId,
          name,
          created_at,
          regions,
          min_disk_size,
          size_gigabytes,
          type,
        }));
        return { status: 200, body: page(ctx, 'snapshots', snapshots) };
      })
      .add('GET', '/v2/droplets/{droplet_id}/backups', (ctx) => {
        const backups = ctx.world.dropletImages(id(ctx, 'droplet_id'), 'backup');
        return { status: 200, body: page(ctx, 'backups', backups) };
      })
      .add('GET', '/v2/droplets/{droplet_id}/neighbors', (ctx) => {
        ctx.world.droplet(id(ctx, 'droplet_id'));
        // Each simulated droplet has a host of its own.
        return { status: 200, body: { droplets: [] } };
      })
      // images
      .add('GET', '/v2/images', (ctx) => ({ status: 200, body: page(ctx, 'images', imagesFor(ctx.world, ctx.query)) }))
      .add('POST', '/v2/images', (ctx) => ({ status: 202, body: { image: ctx.world.createCustomImage(attrs(ctx)) } }))
      .add('GET', '/v2/images/{image_id}', (ctx) => {
        const record = ctx.world.image(ctx.params.image_id);
        if (!record) throw notFound();
        return { status: 200, body: { image: record.image } };
      })
      .add('PUT', '/v2/images/{image_id}', (ctx) => ({ status: 200, body: { image: ctx.world.updateImage(ctx.params.image_id, attrs(ctx)) } }))
      .add('DELETE', '/v2/images/{image_id}', (ctx) => {
        ctx.world.deleteImage(ctx.params.image_id);
        return { status: 204 };
      })
      .add('GET', '/v2/images/{image_id}/actions', (ctx) => {
        const record = ctx.world.image(ctx.params.image_id);
        if (!record) throw notFound();
        return { status: 200, body: page(ctx, 'actions', ctx.world.actionsOf('image', record.image.id)) };
      })
      .add('POST', '/v2/images/{image_id}/actions', (ctx) => ({
        status: 201,
        body: { action: ctx.world.imageAction(ctx.params.image_id, attrs(ctx)) },
      }))
      .add('GET', '/v2/images/{image_id}/actions/{action_id}', (ctx) => {
        const record = ctx.world.image(ctx.params.image_id);
        const action = ctx.world.actions.get(id(ctx, 'action_id'));
        if (!record || !action || action.resource_type !== 'image' || action.resource_id !== record.image.id) throw notFound();
        return { status: 200, body: { action } };
      })
      // catalogue and actions
      .add('GET', '/v2/regions', (ctx) => ({ status: 200, body: page(ctx, 'regions', ctx.world.regions) }))
      .add('GET', '/v2/sizes', (ctx) => ({ status: 200, body: page(ctx, 'sizes', ctx.world.sizes) }))
      .add('GET', '/v2/actions', (ctx) => ({ status: 200, body: page(ctx, 'actions', [...ctx.world.actions.values()].reverse()) }))
      .add('GET', '/v2/actions/{action_id}', (ctx) => {
        const action = ctx.world.actions.get(id(ctx, 'action_id'));
        if (!action) throw notFound();
        return { status: 200, body: { action } };
      })
  );
}
