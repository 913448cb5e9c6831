import { body, created, defineModule, isTagName, noContent, objects, ok } from '../module.js';
import { page } from '../router.js';
import { notFound, unprocessable, type World } from '../world.js';
import { droplets } from './droplets.js';
import { images } from './images.js';
import { volumes } from './volumes.js';

/** How many resources of one kind carry a tag, and the last one tagged. */
export interface TaggedJson {
  count: number;
  last_tagged_uri?: string;
}

/** A tag as the API answers it. */
export interface TagJson {
  name: string;
  resources: {
    count: number;
    last_tagged_uri?: string;
    droplets: TaggedJson;
    images: TaggedJson;
    volumes: TaggedJson;
    volume_snapshots: TaggedJson;
    databases: TaggedJson;
  };
}

/** Anything that carries tags. */
interface Tagged {
  tags: string[];
}

const API = 'https://api.digitalocean.com/v2';

/**
 * The tag names of the account: created explicitly, or as a resource is made or changed with a
 * new one (`tagsUsed`). Tagging reaches droplets, images, volumes and volume snapshots.
 */
export class TagStore {
  readonly names = new Set<string>();
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    world.on('tagsUsed', (names) => {
      for (const name of names) this.names.add(name);
    });
  }

  /** The tag with the resources it is on; a 404 when there is none. */
  view(name: string): TagJson {
    if (!this.names.has(name)) throw notFound();
    const has = (item: Tagged) => item.tags.includes(name);
    const stats = <T,>(items: T[], uri: (item: T) => string): TaggedJson => ({ count: items.length, ...(items.length ? { last_tagged_uri: uri(items[items.length - 1]) } : {}) });
    const parts = {
      droplets: stats(this.#world.state(droplets).list().filter(has), (d) => `${API}/droplets/${d.id}`),
      images: stats(this.#world.state(images).list(name), (r) => `${API}/images/${r.image.id}`),
      volumes: stats(this.#world.state(volumes).list().filter(has), (v) => `${API}/volumes/${v.id}`),
      volume_snapshots: stats(this.#world.state(volumes).snapshots.list().filter(has), (s) => `${API}/snapshots/${s.id}`),
    };
    const counted = [parts.droplets, parts.images, parts.volumes, parts.volume_snapshots];
    const count = counted.reduce((sum, part) => sum + part.count, 0);
    const last = counted.map((part) => part.last_tagged_uri).find(Boolean);
    return { name, resources: { count, ...(last ? { last_tagged_uri: last } : {}), ...parts, databases: { count: 0 } } };
  }

  /** Creates a tag; one that exists in another case is answered as it is. */
  create(attrs: Record<string, unknown>): TagJson {
    const name = attrs.name;
    if (!isTagName(name)) throw unprocessable('Name is invalid.');
    const existing = [...this.names].find((t) => t.toLowerCase() === name.toLowerCase());
    this.names.add(existing ?? name);
    return this.view(existing ?? name);
  }

  /** Deletes a tag: every resource lets go of it (`tagDeleted`). */
  remove(name: string): void {
    this.view(name);
    this.names.delete(name);
    this.#world.emit('tagDeleted', name);
  }

  /** Tags (`add`) or untags resources given as `{ resource_id, resource_type }`. */
  tag(name: string, attrs: Record<string, unknown>, add: boolean): void {
    if (!this.names.has(name)) {
      if (!add) throw notFound();
      this.create({ name });
    }
    const resources = objects(attrs.resources);
    if (!resources.length) throw unprocessable('resources is required.');
    const targets = resources.map((r) => {
      const target = this.#find(r.resource_type, String(r.resource_id));
      if (!target) throw unprocessable(`Resource ${String(r.resource_type)} ${String(r.resource_id)} not found.`);
      return target;
    });
    for (const target of targets) target.tags = add ? [...new Set([...target.tags, name])] : target.tags.filter((t) => t !== name);
  }

  #find(type: unknown, id: string): Tagged | undefined {
    switch (type) {
      case 'droplet':
        return this.#world.state(droplets).items.get(Number(id));
      case 'image':
        return this.#world.state(images).items.get(Number(id))?.image;
      case 'volume':
        return this.#world.state(volumes).items.get(id);
      case 'volume_snapshot':
        return this.#world.state(volumes).snapshots.items.get(id);
      default:
        return undefined;
    }
  }
}

/** Tags: `/v2/tags`, and tagging resources. */
export const tags = defineModule('tags', (world) => new TagStore(world), (route) => {
  route('GET', '/v2/tags', (ctx, store) => ok(page(ctx, 'tags', [...store.names].map((name) => store.view(name)))));
  route('POST', '/v2/tags', (ctx, store) => created({ tag: store.create(body(ctx)) }));
  route('GET', '/v2/tags/{tag_id}', (ctx, store) => ok({ tag: store.view(ctx.params.tag_id) }));
  route('DELETE', '/v2/tags/{tag_id}', (ctx, store) => {
    store.remove(ctx.params.tag_id);
    return noContent();
  });
  route('POST', '/v2/tags/{tag_id}/resources', (ctx, store) => {
    store.tag(ctx.params.tag_id, body(ctx), true);
    return noContent();
  });
  route('DELETE', '/v2/tags/{tag_id}/resources', (ctx, store) => {
    store.tag(ctx.params.tag_id, body(ctx), false);
    return noContent();
  });
});
