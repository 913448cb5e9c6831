import { seedImages, type ImageJson } from '../catalogue.js';
import { accepted, actionIn, body, created, defineModule, found, noContent, ok, strings, Store } from '../module.js';
import { forbidden, timestamp, unprocessable, type ActionJson, type World } from '../world.js';

/** An image with what the API knows of it beyond its JSON. */
export interface ImageRecord {
  image: ImageJson;
  /** Whether it is an application (1-Click) image. */
  application: boolean;
  /** The droplet a snapshot or backup was taken of. */
  dropletId?: number;
}

/** What a private image of a droplet is made from. */
export interface DropletImageSource {
  dropletId: number;
  distribution: string;
  region: string;
  disk: number;
}

const NO_ACCESS = 'You do not have access for the attempted action.';

/** Public, custom and droplet images, by id; found by id, numeric string or public slug. */
export class ImageStore extends Store<ImageRecord, number> {
  #nextId = 170_000_001;

  constructor(world: World) {
    super(world);
    for (const record of seedImages(world.regions, () => this.#nextId++)) this.put(record.image.id, record);
    world.on('tagDeleted', (name) => {
      for (const { image } of this.items.values()) image.tags = image.tags.filter((t) => t !== name);
    });
  }

  /** The image with this id, numeric string or public slug, if any. */
  lookup(ref: unknown): ImageRecord | undefined {
    const id = typeof ref === 'number' ? ref : typeof ref === 'string' && /^\d+$/.test(ref) ? Number(ref) : undefined;
    if (id !== undefined) return this.items.get(id);
    return [...this.items.values()].find((record) => record.image.slug === ref);
  }

  /** The image with this id or slug; a 404 when there is none. */
  find(ref: string): ImageRecord {
    return found(this.lookup(ref));
  }

  /** The images tagged `tag`, or all of them. */
  override list(tag?: string | null): ImageRecord[] {
    const all = [...this.items.values()];
    return tag ? all.filter((record) => record.image.tags.includes(tag)) : all;
  }

  /** The images `GET /v2/images` lists: `type` (`distribution`, `application`), `private=true`, `tag_name`. */
  listing(query: URLSearchParams): ImageJson[] {
    const type = query.get('type');
    const own = query.get('private') === 'true';
    return this.list(query.get('tag_name'))
      .filter((r) => (type === 'distribution' ? r.image.public && !r.application : type === 'application' ? r.application : true))
      .filter((r) => !own || !r.image.public)
      .map((r) => r.image);
  }

  /** The snapshots or backups taken of a droplet. */
  ofDroplet(dropletId: number, type: 'snapshot' | 'backup'): ImageJson[] {
    return this.list().filter((r) => r.dropletId === dropletId && r.image.type === type).map((r) => r.image);
  }

  /** Adds a snapshot or backup of a droplet, available at once in the droplet's region. */
  addOfDroplet(name: string, type: 'snapshot' | 'backup', source: DropletImageSource): ImageJson {
    const image: ImageJson = {
      id: this.#nextId++,
      name,
      type,
      distribution: source.distribution,
      slug: null,
      public: false,
      regions: [source.region],
      created_at: this.now(),
      min_disk_size: source.disk,
      size_gigabytes: Math.round(source.disk * 9.4) / 100,
      description: '',
      tags: [],
      status: 'available',
      error_message: '',
    };
    this.put(image.id, { image, application: false, dropletId: source.dropletId });
    return image;
  }

  /** Imports a custom image from a URL: `NEW` until its `import` action completes. */
  createCustom(attrs: Record<string, unknown>): ImageJson {
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('Name is required.');
    if (typeof attrs.url !== 'string' || !/^https?:\/\//.test(attrs.url)) throw unprocessable('URL is invalid.');
    const region = this.world.region(attrs.region);
    if (!region) throw unprocessable('You specified an invalid region.');
    const image: ImageJson = {
      id: this.#nextId++,
      name: attrs.name,
      type: 'custom',
      distribution: typeof attrs.distribution === 'string' ? attrs.distribution : 'Unknown',
      slug: null,
      public: false,
      regions: [],
      created_at: timestamp(this.world.now()),
      min_disk_size: null,
      size_gigabytes: null,
      description: typeof attrs.description === 'string' ? attrs.description : '',
      tags: strings(attrs.tags),
      status: 'NEW',
      error_message: '',
    };
    this.put(image.id, { image, application: false });
    this.world.startAction('import', image.id, 'image', region, () => {
      image.status = 'available';
      image.regions = [region.slug];
      image.min_disk_size = 20;
      image.size_gigabytes = 2.1;
    });
    return image;
  }

  /** Changes a private image's name, distribution or description. */
  update(ref: string, attrs: Record<string, unknown>): ImageJson {
    const { image } = this.#own(ref);
    for (const key of ['name', 'distribution', 'description'] as const) {
      const value = attrs[key];
      if (value === undefined) continue;
      if (typeof value !== 'string' || (key === 'name' && !value)) throw unprocessable(`${key} is invalid.`);
      image[key] = value;
    }
    return image;
  }

  /** Deletes a private image. */
  remove(ref: string): void {
    const { image } = this.#own(ref);
    this.items.delete(image.id);
    this.world.emit('imageDeleted', image.id);
  }

  /** Starts an image action: `transfer` to another region, or `convert` a backup or snapshot. */
  action(ref: string, attrs: Record<string, unknown>): ActionJson {
    const { image } = this.#own(ref);
    if (this.world.busy('image', image.id)) throw unprocessable('Image already has a pending event.');
    if (attrs.type === 'transfer') {
      const region = this.world.region(attrs.region);
      if (!region) throw unprocessable('You specified an invalid region.');
      if (image.regions.includes(region.slug)) throw unprocessable(`The image is already available in ${region.slug}.`);
      return this.world.startAction('transfer', image.id, 'image', region, () => void (image.regions = [...new Set([...image.regions, region.slug])]));
    }
    if (attrs.type === 'convert') {
      if (image.type !== 'backup' && image.type !== 'snapshot') throw unprocessable('Only backups and snapshots can be converted.');
      return this.world.startAction('convert', image.id, 'image', this.world.region(image.regions[0]) ?? null, () => void (image.type = 'snapshot'));
    }
    throw unprocessable(`${JSON.stringify(attrs.type)} is not a valid image action type.`);
  }

  /** An image of the account's own: public ones cannot be changed. */
  #own(ref: string): ImageRecord {
    const record = this.find(ref);
    if (record.image.public) throw forbidden(NO_ACCESS);
    return record;
  }
}

/** Images and image actions: `/v2/images`. */
export const images = defineModule('images', (world) => new ImageStore(world), (route) => {
  route('GET', '/v2/images', (ctx, store) => ok(store.page(ctx, 'images', store.listing(ctx.query))));
  route('POST', '/v2/images', (ctx, store) => accepted({ image: store.createCustom(body(ctx)) }));
  route('GET', '/v2/images/{image_id}', (ctx, store) => ok({ image: store.find(ctx.params.image_id).image }));
  route('PUT', '/v2/images/{image_id}', (ctx, store) => ok({ image: store.update(ctx.params.image_id, body(ctx)) }));
  route('DELETE', '/v2/images/{image_id}', (ctx, store) => {
    store.remove(ctx.params.image_id);
    return noContent();
  });
  route('GET', '/v2/images/{image_id}/actions', (ctx, store) => {
    const { image } = store.find(ctx.params.image_id);
    return ok(store.page(ctx, 'actions', ctx.world.actionsOf('image', image.id)));
  });
  route('POST', '/v2/images/{image_id}/actions', (ctx, store) => created({ action: store.action(ctx.params.image_id, body(ctx)) }));
  route('GET', '/v2/images/{image_id}/actions/{action_id}', (ctx, store) => ok({ action: actionIn(ctx, ctx.world.actionsOf('image', store.find(ctx.params.image_id).image.id)) }));
});
