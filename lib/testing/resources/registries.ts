import { createHash, randomUUID } from 'node:crypto';
import type { RouteContext } from '../router.js';
import { body, created, defineModule, found, noContent, ok, Store } from '../module.js';
import { conflict, notFound, unprocessable, type World } from '../world.js';

/** A registry as the API answers it. */
export interface RegistryJson {
  [key: string]: unknown;
  name: string;
  created_at: string;
  region: string;
  storage_usage_bytes: number;
  storage_usage_bytes_updated_at: string;
}

/** A manifest as the API answers it. */
export interface ManifestJson {
  registry_name: string;
  repository: string;
  digest: string;
  compressed_size_bytes: number;
  size_bytes: number;
  updated_at: string;
  tags: string[];
  blobs: Array<{ digest: string; compressed_size_bytes: number }>;
}

/** A garbage collection as the API answers it. */
export interface GarbageCollectionJson {
  uuid: string;
  registry_name: string;
  status: string;
  created_at: string;
  updated_at: string;
  blobs_deleted: number;
  freed_bytes: number;
}

/** A subscription tier as the API answers it. */
interface TierJson {
  name: string;
  slug: string;
  included_repositories: number;
  included_storage_bytes: number;
  allow_storage_overage: boolean;
  included_bandwidth_bytes: number;
  monthly_price_in_cents: number;
  storage_overage_price_in_cents: number;
}

/** One registry with its repositories (name -> manifests, newest last) and garbage collections. */
interface RegistryRecord {
  [key: string]: unknown;
  registry: RegistryJson;
  repositories: Map<string, ManifestJson[]>;
  collections: GarbageCollectionJson[];
}

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** The subscription tiers, as the real API offers them. */
export const REGISTRY_TIERS: readonly TierJson[] = [
  { name: 'Starter', slug: 'starter', included_repositories: 1, included_storage_bytes: 500 * MIB, allow_storage_overage: false, included_bandwidth_bytes: 500 * MIB, monthly_price_in_cents: 0, storage_overage_price_in_cents: 0 },
  { name: 'Basic', slug: 'basic', included_repositories: 5, included_storage_bytes: 5 * GIB, allow_storage_overage: true, included_bandwidth_bytes: 5 * GIB, monthly_price_in_cents: 500, storage_overage_price_in_cents: 2 },
  { name: 'Professional', slug: 'professional', included_repositories: 0, included_storage_bytes: 100 * GIB, allow_storage_overage: true, included_bandwidth_bytes: 100 * GIB, monthly_price_in_cents: 2000, storage_overage_price_in_cents: 2 },
];

/** The regions registries can be created in. */
const REGIONS = ['nyc3', 'sfo3', 'sfo2', 'ams3', 'sgp1', 'fra1', 'blr1', 'syd1'];
/** The regions the `/v2/registry` create accepts. */
const ACCOUNT_REGIONS = ['nyc3', 'sfo3', 'ams3', 'sgp1', 'fra1'];
const NAME = /^[a-z0-9-]{1,63}$/;
/** Names taken by other accounts. */
const TAKEN = ['registry', 'digitalocean', 'docker'];

const digestOf = (seed: string): string => `sha256:${createHash('sha256').update(seed).digest('hex')}`;

/**
 * The account's container registries (`/v2/registry` is the first, `/v2/registries` all of them),
 * with repositories, tags and manifests, garbage collections, and the one subscription. The
 * simulator starts with the registry `example` (basic tier, nyc3) holding the repository `web`
 * (tags `latest`, `v1.1.0` and `v1.0.0`, and one untagged manifest) and `worker` (tag `latest`).
 */
export class RegistryStore extends Store<RegistryRecord, string> {
  /** The registries by name. */
  readonly registries = this.items;
  #subscription: { tier: TierJson; created_at: string; updated_at: string } | null = null;

  constructor(world: World) {
    super(world);
    const at = '2025-01-06T10:00:00Z';
    this.#subscription = { tier: { ...REGISTRY_TIERS[1] }, created_at: at, updated_at: at };
    const record = this.#record({ name: 'example', region: 'nyc3' }, at);
    const push = (repository: string, tags: string[], seed: string, size: number, updatedAt: string) => {
      const blobs = [0, 1, 2].map((i) => ({ digest: digestOf(`${seed}:blob:${i}`), compressed_size_bytes: Math.round(size / 3) }));
      const manifests = record.repositories.get(repository) ?? [];
      manifests.push({ registry_name: 'example', repository, digest: digestOf(seed), compressed_size_bytes: size, size_bytes: size * 2, updated_at: updatedAt, tags, blobs });
      record.repositories.set(repository, manifests);
    };
    push('web', [], 'web:0.9.0', 24_310_112, '2025-02-01T09:00:00Z');
    push('web', ['v1.0.0'], 'web:1.0.0', 25_120_518, '2025-03-01T09:00:00Z');
    push('web', ['latest', 'v1.1.0'], 'web:1.1.0', 25_411_877, '2025-04-01T09:00:00Z');
    push('worker', ['latest'], 'worker:1', 18_002_331, '2025-03-15T09:00:00Z');
    this.#measure(record);
  }

  /** The account's registry (`/v2/registry`): the first one, if any. */
  account(): RegistryJson | undefined {
    return this.list()[0]?.registry;
  }

  /** A registry by name; a 404 otherwise. */
  find(name: string): RegistryRecord {
    return this.get(name);
  }

  /** The account's registry with its subscription, as `/v2/registry` answers it; a 404 when there is none. */
  accountView(): Record<string, unknown> {
    const registry = found(this.account());
    return { ...registry, subscription: this.subscription() };
  }

  /** Creates a registry; `/v2/registry` (`single`) allows one per account and requires a tier. */
  create(attrs: Record<string, unknown>, single: boolean): RegistryJson {
    const name = this.#checkName(attrs.name);
    if (single && this.list().length) throw conflict('This account already has a container registry.');
    if (this.items.has(name) || TAKEN.includes(name)) throw conflict('Registry name is not available.');
    const regions = single ? ACCOUNT_REGIONS : REGIONS;
    if (attrs.region !== undefined && !regions.includes(String(attrs.region))) throw unprocessable('invalid region');
    if (attrs.subscription_tier_slug !== undefined) this.updateSubscription({ tier_slug: attrs.subscription_tier_slug });
    else if (single || !this.#subscription) throw unprocessable('subscription_tier_slug is required');
    return this.#record({ name, region: typeof attrs.region === 'string' ? attrs.region : 'nyc3' }, this.now()).registry;
  }

  /** Deletes a registry and its images. */
  remove(name: string): void {
    this.delete(this.find(name).registry.name);
  }

  /** Whether a name is free: a 409 when it is taken. */
  validateName(attrs: Record<string, unknown>): void {
    const name = this.#checkName(attrs.name);
    if (this.items.has(name) || TAKEN.includes(name)) throw conflict('Registry name is not available.');
  }

  /** The account's subscription; a 404 before any. */
  subscription(): Record<string, unknown> {
    if (!this.#subscription) throw notFound();
    return this.#subscription;
  }

  /** Moves to another tier, when the account's repositories fit in it. */
  updateSubscription(attrs: Record<string, unknown>): Record<string, unknown> {
    const tier = REGISTRY_TIERS.find((t) => t.slug === attrs.tier_slug);
    if (!tier) throw unprocessable('invalid tier_slug');
    if (this.#reasons(tier).length) throw unprocessable(`the account is not eligible for the ${tier.slug} tier: ${this.#reasons(tier).join(', ')}`);
    const now = this.now();
    this.#subscription = { tier: { ...tier }, created_at: this.#subscription?.created_at ?? now, updated_at: now };
    return this.#subscription;
  }

  /** The regions and tiers, with the account's eligibility. */
  options(single: boolean): Record<string, unknown> {
    const tiers = REGISTRY_TIERS.map((tier) => ({ ...tier, eligible: this.#reasons(tier).length === 0, eligibility_reasons: this.#reasons(tier) }));
    return { available_regions: single ? ACCOUNT_REGIONS : REGIONS, subscription_tiers: tiers };
  }

  /** The repositories of a registry, in the current shape (latest manifest, counts). */
  repositoriesV2(name: string): Array<Record<string, unknown>> {
    return [...this.find(name).repositories].map(([repository, manifests]) => ({
      registry_name: name,
      name: repository,
      latest_manifest: manifests[manifests.length - 1],
      tag_count: manifests.reduce((n, m) => n + m.tags.length, 0),
      manifest_count: manifests.length,
    }));
  }

  /** The repositories of a registry, in the older shape (latest tag, tag count). */
  repositoriesV1(name: string): Array<Record<string, unknown>> {
    return [...this.find(name).repositories].map(([repository]) => {
      const tags = this.tags(name, repository);
      return { registry_name: name, name: repository, latest_tag: tags[0], tag_count: tags.length };
    });
  }

  /** The tags of a repository, newest first. */
  tags(name: string, repository: string): Array<Record<string, unknown>> {
    return [...this.#manifests(name, repository)].reverse().flatMap((m) =>
      m.tags.map((tag) => ({
        registry_name: name,
        repository,
        tag,
        manifest_digest: m.digest,
        compressed_size_bytes: m.compressed_size_bytes,
        size_bytes: m.size_bytes,
        updated_at: m.updated_at,
      })),
    );
  }

  /** The manifests of a repository, newest first. */
  manifests(name: string, repository: string): ManifestJson[] {
    return [...this.#manifests(name, repository)].reverse();
  }

  /** Deletes a tag: its manifest stays (untagged when it was the last) until garbage collection. */
  deleteTag(name: string, repository: string, tag: string): void {
    this.#writable(name);
    const manifest = found(this.#manifests(name, repository).find((m) => m.tags.includes(tag)));
    manifest.tags = manifest.tags.filter((t) => t !== tag);
  }

  /** Deletes a manifest and its tags. */
  deleteManifest(name: string, repository: string, digest: string): void {
    this.#writable(name);
    const manifests = this.#manifests(name, repository);
    const index = manifests.findIndex((m) => m.digest === digest);
    if (index < 0) throw notFound();
    manifests.splice(index, 1);
  }

  /** Deletes a repository with its manifests. */
  deleteRepository(name: string, repository: string): void {
    this.#writable(name);
    this.#manifests(name, repository);
    this.find(name).repositories.delete(repository);
  }

  /**
   * Starts a garbage collection: `requested`, then `scanning manifests`, then `succeeded`, one
   * action duration apart; it removes untagged manifests and frees their blobs. One at a time.
   */
  collect(name: string, attrs: Record<string, unknown>): GarbageCollectionJson {
    const record = this.find(name);
    if (this.#active(record)) throw conflict('A garbage collection is already running.');
    const type = attrs.type ?? 'untagged manifests and unreferenced blobs';
    if (!['untagged manifests only', 'unreferenced blobs only', 'untagged manifests and unreferenced blobs'].includes(String(type))) throw unprocessable('invalid type');
    const now = this.now();
    const gc: GarbageCollectionJson = { uuid: randomUUID(), registry_name: name, status: 'requested', created_at: now, updated_at: now, blobs_deleted: 0, freed_bytes: 0 };
    record.collections.unshift(gc);
    const step = (status: string, then?: () => void) => () => {
      if (gc.status === 'cancelled' || !this.items.has(name)) return;
      gc.status = status;
      gc.updated_at = this.now();
      then?.();
    };
    this.world.schedule(
      step('scanning manifests', () =>
        this.world.schedule(
          step('succeeded', () => {
            if (type === 'unreferenced blobs only') return;
            for (const [repository, manifests] of record.repositories) {
              const kept = manifests.filter((m) => m.tags.length > 0);
              for (const m of manifests.filter((x) => x.tags.length === 0)) {
                gc.blobs_deleted += m.blobs.length;
                gc.freed_bytes += m.compressed_size_bytes;
              }
              record.repositories.set(repository, kept);
            }
            this.#measure(record);
          }),
        ),
      ),
    );
    return gc;
  }

  /** The running garbage collection; a 404 when none runs. */
  activeCollection(name: string): GarbageCollectionJson {
    return found(this.#active(this.find(name)));
  }

  /** Every garbage collection of a registry, newest first. */
  collections(name: string): GarbageCollectionJson[] {
    return this.find(name).collections;
  }

  /** Cancels a running garbage collection. */
  updateCollection(name: string, uuid: string, attrs: Record<string, unknown>): GarbageCollectionJson {
    const gc = found(this.find(name).collections.find((c) => c.uuid === uuid));
    if (attrs.cancel === true) {
      if (['succeeded', 'failed', 'cancelled'].includes(gc.status)) throw unprocessable('The garbage collection is not running.');
      gc.status = 'cancelled';
      gc.updated_at = this.now();
    }
    return gc;
  }

  /** Docker credentials for the registries: base64 `token:token`. */
  dockerCredentials(ctx: RouteContext): Record<string, unknown> {
    const raw = ctx.query.get('expiry_seconds');
    if (raw !== null && !/^\d+$/.test(raw)) throw unprocessable('invalid expiry_seconds');
    const token = createHash('sha256').update(`${ctx.query.get('read_write') === 'true' ? 'rw' : 'ro'}:${this.world.now()}`).digest('hex');
    return { auths: { 'registry.digitalocean.com': { auth: Buffer.from(`${token}:${token}`).toString('base64') } } };
  }

  #record(registry: { name: string; region: string }, at: string): RegistryRecord {
    const record: RegistryRecord = {
      registry: { name: registry.name, created_at: at, region: registry.region, storage_usage_bytes: 0, storage_usage_bytes_updated_at: at },
      repositories: new Map(),
      collections: [],
    };
    return this.put(registry.name, record);
  }

  #manifests(name: string, repository: string): ManifestJson[] {
    return found(this.find(name).repositories.get(repository));
  }

  #active(record: RegistryRecord): GarbageCollectionJson | undefined {
    return record.collections.find((c) => !['succeeded', 'failed', 'cancelled'].includes(c.status));
  }

  /** A registry is read-only while a garbage collection runs. */
  #writable(name: string): void {
    if (this.#active(this.find(name))) throw conflict('The registry is read-only while a garbage collection runs.');
  }

  #measure(record: RegistryRecord): void {
    record.registry.storage_usage_bytes = [...record.repositories.values()].flat().reduce((n, m) => n + m.compressed_size_bytes, 0);
    record.registry.storage_usage_bytes_updated_at = this.now();
  }

  #reasons(tier: TierJson): string[] {
    const repositories = this.list().reduce((n, r) => n + r.repositories.size, 0);
    const bytes = this.list().reduce((n, r) => n + r.registry.storage_usage_bytes, 0);
    const reasons: string[] = [];
    if (tier.included_repositories > 0 && repositories > tier.included_repositories) reasons.push('OverRepositoryLimit');
    if (!tier.allow_storage_overage && bytes > tier.included_storage_bytes) reasons.push('OverStorageLimit');
    return reasons;
  }

  #checkName(value: unknown): string {
    if (typeof value !== 'string' || !NAME.test(value)) throw unprocessable('name must be 1 to 63 lowercase letters, digits and dashes');
    return value;
  }
}

/** Container registries: `/v2/registry/...` (the account's registry) and `/v2/registries/...` (named ones). */
export const registries = defineModule('registries', (world) => new RegistryStore(world), (route) => {
  for (const family of ['registry', 'registries'] as const) {
    const single = family === 'registry';
    const base = `/v2/${family}/{registry_name}`;
    const repository = `${base}/repositories/{repository_name}`;
    const name = (ctx: RouteContext) => ctx.params.registry_name;
    route('GET', `/v2/${family}/subscription`, (_ctx, store) => ok({ subscription: store.subscription() }));
    route('POST', `/v2/${family}/subscription`, (ctx, store) => ok({ subscription: store.updateSubscription(body(ctx)) }));
    route('GET', `/v2/${family}/options`, (_ctx, store) => ok({ options: store.options(single) }));
    route('POST', `/v2/${family}/validate-name`, (ctx, store) => {
      store.validateName(body(ctx));
      return noContent();
    });
    route('GET', `${base}/repositoriesV2`, (ctx, store) => ok(store.page(ctx, 'repositories', store.repositoriesV2(name(ctx)))));
    route('GET', `${repository}/tags`, (ctx, store) => ok(store.page(ctx, 'tags', store.tags(name(ctx), ctx.params.repository_name))));
    route('DELETE', `${repository}/tags/{repository_tag}`, (ctx, store) => {
      store.deleteTag(name(ctx), ctx.params.repository_name, ctx.params.repository_tag);
      return noContent();
    });
    route('GET', `${repository}/digests`, (ctx, store) => ok(store.page(ctx, 'manifests', store.manifests(name(ctx), ctx.params.repository_name))));
    route('DELETE', `${repository}/digests/{manifest_digest}`, (ctx, store) => {
      store.deleteManifest(name(ctx), ctx.params.repository_name, ctx.params.manifest_digest);
      return noContent();
    });
    route('POST', `${base}/garbage-collection`, (ctx, store) => created({ garbage_collection: store.collect(name(ctx), single && ctx.body !== undefined ? body(ctx) : {}) }));
    route('GET', `${base}/garbage-collection`, (ctx, store) => ok({ garbage_collection: store.activeCollection(name(ctx)) }));
    route('GET', `${base}/garbage-collections`, (ctx, store) => ok(store.page(ctx, 'garbage_collections', store.collections(name(ctx)))));
    route('PUT', `${base}/garbage-collection/{garbage_collection_uuid}`, (ctx, store) =>
      ok({ garbage_collection: store.updateCollection(name(ctx), ctx.params.garbage_collection_uuid, body(ctx)) }),
    );
  }
  route('GET', '/v2/registry', (_ctx, store) => ok({ registry: store.accountView() }));
  route('POST', '/v2/registry', (ctx, store) => {
    store.create(body(ctx), true);
    return created({ registry: store.accountView() });
  });
  route('DELETE', '/v2/registry', (_ctx, store) => {
    const account = found(store.account());
    store.remove(account.name);
    return noContent();
  });
  route('GET', '/v2/registry/docker-credentials', (ctx, store) => {
    if (!store.account()) throw notFound();
    return ok(store.dockerCredentials(ctx));
  });
  route('GET', '/v2/registry/{registry_name}/repositories', (ctx, store) => ok(store.page(ctx, 'repositories', store.repositoriesV1(ctx.params.registry_name))));
  route('GET', '/v2/registries', (_ctx, store) => ok({ registries: store.list().map((r) => r.registry) }));
  route('POST', '/v2/registries', (ctx, store) => created({ registry: store.create(body(ctx), false) }));
  route('GET', '/v2/registries/{registry_name}', (ctx, store) => ok({ registry: store.find(ctx.params.registry_name).registry }));
  route('DELETE', '/v2/registries/{registry_name}', (ctx, store) => {
    store.remove(ctx.params.registry_name);
    return noContent();
  });
  route('GET', '/v2/registries/{registry_name}/docker-credentials', (ctx, store) => {
    store.find(ctx.params.registry_name);
    return ok(store.dockerCredentials(ctx));
  });
  route('DELETE', '/v2/registries/{registry_name}/repositories/{repository_name}', (ctx, store) => {
    store.deleteRepository(ctx.params.registry_name, ctx.params.repository_name);
    return noContent();
  });
});
