import { randomBytes, randomUUID } from 'node:crypto';
import { body, created, defineModule, found, isTagName, isUuid, noContent, ok, Store } from '../module.js';
import { pageOf } from '../router.js';
import { notFound, unprocessable, type World } from '../world.js';

type Json = Record<string, unknown>;

/** A vector database as the API answers it. */
export interface VectorDbJson {
  [key: string]: unknown;
  id: string;
  name: string;
  region: string;
  size: string;
  status: 'pending' | 'creating' | 'active' | 'errored' | 'deleting';
  config: { default_quantization: string; enable_auto_schema: boolean; weaviate_version: string };
  endpoints: { grpc: string; http: string };
  forked_from_id: string;
  last_restore_id: string;
  owner_uuid: string;
  project_id: string;
  tags: string[];
  created_at: string;
  updated_at: string;
}

interface VectorState {
  json: VectorDbJson;
  backups: Array<{ backup_id: string; started_at: string; completed_at: string; status: string }>;
  restores: Map<string, { backup_id: string; status: string; error: string }>;
  token: string;
  user: string;
}

const REGIONS = ['tor1', 'nyc1', 'nyc3', 'sfo3', 'ams3', 'fra1', 'lon1', 'sgp1', 'blr1', 'syd1', 'atl1'];
const SIZES = ['small', 'medium', 'large'];
const OWNER = '5a8f0d1e-3b2c-4d6e-9f7a-1b2c3d4e5f60';

/** The account's vector databases. */
export class VectorDbStore extends Store<VectorDbJson, string> {
  readonly states = new Map<string, VectorState>();

  constructor(world: World) {
    super(world);
  }

  /** The state of a database; a 404 when there is none. */
  state(id: string): VectorState {
    return found(this.states.get(id));
  }

  /** Creates one: `creating`, then `active` with a first backup. */
  create(attrs: Json): VectorDbJson {
    if (typeof attrs.name !== 'string' || !attrs.name) throw unprocessable('name is required');
    if (!isUuid(attrs.project_id)) throw unprocessable('project_id is required');
    if (!REGIONS.includes(attrs.region as string)) throw unprocessable(`invalid region: ${String(attrs.region)}`);
    if (!SIZES.includes(attrs.size as string)) throw unprocessable('size must be small, medium or large');
    const tags = this.#tags(attrs.tags ?? []);
    if (this.list().some((db) => db.name === attrs.name)) throw unprocessable('a vector database with this name already exists');
    const id = randomUUID();
    const host = `${attrs.name}-${attrs.region}-${id.slice(0, 8)}`;
    const json: VectorDbJson = {
      id,
      name: attrs.name,
      region: attrs.region as string,
      size: attrs.size as string,
      status: 'creating',
      config: { default_quantization: 'rq', enable_auto_schema: true, weaviate_version: '1.30.1' },
      endpoints: { grpc: `${host}-grpc.weaviate.ondigitalocean.com:443`, http: `https://${host}.weaviate.ondigitalocean.com` },
      forked_from_id: '',
      last_restore_id: '',
      owner_uuid: OWNER,
      project_id: attrs.project_id,
      tags,
      created_at: this.now(),
      updated_at: this.now(),
    };
    const state: VectorState = { json, backups: [], restores: new Map(), token: randomBytes(24).toString('base64url'), user: randomUUID() };
    this.states.set(id, state);
    this.put(id, json);
    this.world.schedule(() => {
      json.status = 'active';
      const stamp = this.now().replace(/[-:]/g, '').replace('T', '-').replace('Z', '');
      state.backups.push({ backup_id: `vectordb-${id}-${stamp}`, started_at: this.now(), completed_at: this.now(), status: 'SUCCESS' });
    });
    return json;
  }

  /** Changes settings or the project. */
  update(id: string, attrs: Json): VectorDbJson {
    const { json } = this.state(id);
    this.#sameId(id, attrs);
    if (attrs.config !== undefined) {
      const config = attrs.config as Json;
      if (config.default_quantization !== undefined && !['', 'rq', 'pq', 'bq', 'sq'].includes(config.default_quantization as string)) throw unprocessable('invalid default_quantization');
      Object.assign(json.config, Object.fromEntries(Object.entries(config).filter(([key, value]) => !(key === 'weaviate_version' && value === ''))));
      if (config.default_quantization === '') json.config.default_quantization = 'rq';
    }
    if (attrs.project_id !== undefined) {
      if (!isUuid(attrs.project_id)) throw unprocessable('invalid project_id');
      json.project_id = attrs.project_id;
    }
    json.updated_at = this.now();
    return json;
  }

  /** Changes the tier of an active database. */
  resize(id: string, attrs: Json): VectorDbJson {
    const { json } = this.state(id);
    this.#sameId(id, attrs);
    if (json.status !== 'active') throw unprocessable('the vector database is not active');
    if (!SIZES.includes(attrs.size as string)) throw unprocessable('size must be small, medium or large');
    json.size = attrs.size as string;
    json.updated_at = this.now();
    return json;
  }

  /** Replaces the tags. */
  setTags(id: string, attrs: Json): VectorDbJson {
    const { json } = this.state(id);
    this.#sameId(id, attrs);
    json.tags = this.#tags(attrs.tags ?? []);
    return json;
  }

  /** Starts restoring a backup: `STARTED`, then `SUCCESS`. */
  restore(id: string, backupId: string, attrs: Json): Json {
    const state = this.state(id);
    if (attrs.backup_id !== undefined && attrs.backup_id !== backupId) throw unprocessable('backup_id does not match the path');
    if (!state.backups.some((b) => b.backup_id === backupId)) throw notFound();
    const restore = { backup_id: backupId, status: 'STARTED', error: '' };
    state.restores.set(backupId, restore);
    state.json.last_restore_id = backupId;
    this.world.schedule(() => {
      restore.status = 'SUCCESS';
    });
    return { backup_id: backupId, status: restore.status };
  }

  /** Where a restore stands; a 404 when the backup was never restored. */
  restoreStatus(id: string, backupId: string): Json {
    return found(this.state(id).restores.get(backupId));
  }

  /** Deletes one. */
  remove(id: string): void {
    this.state(id);
    this.states.delete(id);
    this.delete(id);
  }

  #sameId(id: string, attrs: Json): void {
    if (attrs.id !== undefined && attrs.id !== id) throw unprocessable('id does not match the path');
  }

  #tags(value: unknown): string[] {
    if (!Array.isArray(value) || !value.every(isTagName)) throw unprocessable('tags must be tag names');
    return [...value] as string[];
  }
}

const DB = '/v2/vector-databases/{id}';

/** Vector databases: `/v2/vector-databases`. */
export const vectorDatabases = defineModule('vector_databases', (world) => new VectorDbStore(world), (route) => {
  route('GET', '/v2/vector-databases', (ctx, dbs) => {
    const all = dbs.list();
    return ok({ total: all.length, vector_dbs: pageOf(ctx, all).items });
  });
  route('POST', '/v2/vector-databases', (ctx, dbs) => created({ vector_db: dbs.create(body(ctx)) }));
  route('GET', DB, (ctx, dbs) => ok({ vector_db: dbs.state(ctx.params.id).json }));
  route('PUT', DB, (ctx, dbs) => ok({ vector_db: dbs.update(ctx.params.id, body(ctx)) }));
  route('DELETE', DB, (ctx, dbs) => {
    dbs.remove(ctx.params.id);
    return noContent();
  });
  route('GET', `${DB}/backups`, (ctx, dbs) => ok({ backups: dbs.state(ctx.params.id).backups }));
  route('GET', `${DB}/backups/{backup_id}/restore`, (ctx, dbs) => ok(dbs.restoreStatus(ctx.params.id, ctx.params.backup_id)));
  route('POST', `${DB}/backups/{backup_id}/restore`, (ctx, dbs) => ok(dbs.restore(ctx.params.id, ctx.params.backup_id, body(ctx))));
  route('GET', `${DB}/credentials`, (ctx, dbs) => {
    const state = dbs.state(ctx.params.id);
    return ok({ api_token: state.token, user_id: state.user });
  });
  route('POST', `${DB}/resize`, (ctx, dbs) => ok({ vector_db: dbs.resize(ctx.params.id, body(ctx)) }));
  route('PUT', `${DB}/tags`, (ctx, dbs) => ok({ vector_db: dbs.setTags(ctx.params.id, body(ctx)) }));
});
