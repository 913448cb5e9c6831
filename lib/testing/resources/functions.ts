import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { body, created, defineModule, found, isObject, noContent, ok, Store } from '../module.js';
import { conflict, unprocessable } from '../world.js';

type Json = Record<string, unknown>;

/** A trigger as the API writes it. */
interface TriggerJson {
  namespace: string;
  name: string;
  function: string;
  type: 'SCHEDULED';
  is_enabled: boolean;
  created_at: string;
  updated_at: string;
  scheduled_details: { cron: string; body?: Json };
  scheduled_runs: { last_run_at: string | null; next_run_at: string | null };
}

/** An access key as the API writes it (its secret is answered at creation only). */
interface AccessKeyJson {
  id: string;
  name: string;
  expires_at?: string;
  created_at: string;
  updated_at: string;
}

/** A namespace as the API writes it, with its triggers and access keys. */
export interface NamespaceRecord {
  [key: string]: unknown;
  namespace: Json & { namespace: string };
  triggers: Map<string, TriggerJson>;
  keys: Map<string, AccessKeyJson>;
}

/** The datacenters Functions runs in. */
export const FUNCTIONS_REGIONS = ['nyc1', 'sfo3', 'ams3', 'fra1', 'lon1', 'sgp1', 'blr1', 'tor1', 'syd1'];
const CRON = /^\S+(\s+\S+){4}$/;
const DURATION = /^([1-9]\d*)([mhd])$/;

/** Functions namespaces (by id, `fn-<uuid>`), their scheduled triggers and access keys. */
export class FunctionsStore extends Store<NamespaceRecord, string> {
  /** Creates a namespace: a label, and a region Functions runs in. */
  create(attrs: Json): Json {
    if (typeof attrs.label !== 'string' || attrs.label === '') throw unprocessable('label is required');
    if (typeof attrs.region !== 'string' || !FUNCTIONS_REGIONS.includes(attrs.region)) throw unprocessable(`region must be one of ${FUNCTIONS_REGIONS.join(', ')}`);
    if (this.list().some((r) => r.namespace.label === attrs.label)) throw conflict(`a namespace labelled ${attrs.label} already exists`);
    const uuid = randomUUID();
    const id = `fn-${uuid}`;
    const now = this.now();
    const namespace = {
      api_host: `https://faas-${attrs.region}-${createHash('sha1').update(id).digest('hex').slice(0, 8)}.doserverless.co`,
      namespace: id,
      created_at: now,
      updated_at: now,
      label: attrs.label,
      region: attrs.region,
      uuid,
      key: randomBytes(32).toString('hex'),
    };
    this.put(id, { namespace, triggers: new Map(), keys: new Map() });
    return namespace;
  }

  /** Adds a scheduled trigger. */
  createTrigger(id: string, attrs: Json): TriggerJson {
    const record = this.get(id);
    for (const key of ['name', 'function'] as const) if (typeof attrs[key] !== 'string' || attrs[key] === '') throw unprocessable(`${key} is required`);
    if (attrs.type !== 'SCHEDULED') throw unprocessable('type must be SCHEDULED');
    if (typeof attrs.is_enabled !== 'boolean') throw unprocessable('is_enabled is required');
    const name = attrs.name as string;
    if (record.triggers.has(name)) throw conflict(`a trigger named ${name} already exists`);
    const now = this.now();
    const trigger: TriggerJson = {
      namespace: id,
      name,
      function: attrs.function as string,
      type: 'SCHEDULED',
      is_enabled: attrs.is_enabled,
      created_at: now,
      updated_at: now,
      scheduled_details: this.#details(attrs.scheduled_details),
      scheduled_runs: { last_run_at: null, next_run_at: attrs.is_enabled ? this.#nextMinute() : null },
    };
    record.triggers.set(name, trigger);
    return trigger;
  }

  /** A trigger; a 404 when there is none. */
  trigger(id: string, name: string): TriggerJson {
    return found(this.get(id).triggers.get(name));
  }

  /** Changes whether and when a trigger fires. */
  updateTrigger(id: string, name: string, attrs: Json): TriggerJson {
    const trigger = this.trigger(id, name);
    if (attrs.is_enabled !== undefined) {
      if (typeof attrs.is_enabled !== 'boolean') throw unprocessable('is_enabled must be a boolean');
      trigger.is_enabled = attrs.is_enabled;
    }
    if (attrs.scheduled_details !== undefined) trigger.scheduled_details = this.#details(attrs.scheduled_details);
    trigger.scheduled_runs.next_run_at = trigger.is_enabled ? this.#nextMinute() : null;
    trigger.updated_at = this.now();
    return trigger;
  }

  /** Adds an access key; the answer carries its secret. */
  createKey(id: string, attrs: Json): Json {
    const record = this.get(id);
    if (typeof attrs.name !== 'string' || attrs.name === '') throw unprocessable('name is required');
    let expires: string | undefined;
    if (attrs.expires_in !== undefined) {
      const match = typeof attrs.expires_in === 'string' ? DURATION.exec(attrs.expires_in) : null;
      if (!match) throw unprocessable('expires_in must be a duration such as 7d, 12h or 30m');
      const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'm' | 'h' | 'd'];
      expires = new Date(this.world.now() + Number(match[1]) * unit).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    const now = this.now();
    const key: AccessKeyJson = { id: `dof_v1_${randomBytes(16).toString('hex')}`, name: attrs.name, ...(expires ? { expires_at: expires } : {}), created_at: now, updated_at: now };
    record.keys.set(key.id, key);
    return { ...key, secret: `fn_secret_${randomBytes(16).toString('hex')}` };
  }

  /** An access key; a 404 when there is none. */
  key(id: string, keyId: string): AccessKeyJson {
    return found(this.get(id).keys.get(keyId));
  }

  #details(value: unknown): TriggerJson['scheduled_details'] {
    const details = (value ?? {}) as Json;
    if (typeof details.cron !== 'string' || !CRON.test(details.cron.trim())) throw unprocessable('scheduled_details.cron must be a cron expression of five fields');
    if (details.body !== undefined && !isObject(details.body)) throw unprocessable('scheduled_details.body must be an object');
    return { cron: details.cron, ...(details.body ? { body: details.body as Json } : {}) };
  }

  #nextMinute(): string {
    return new Date(Math.ceil((this.world.now() + 1) / 60_000) * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

/** Functions: `/v2/functions/namespaces`. */
export const functions = defineModule('functions', (world) => new FunctionsStore(world), (route) => {
  route('GET', '/v2/functions/namespaces', (_ctx, store) => ok({ namespaces: store.list().map((r) => r.namespace) }));
  route('POST', '/v2/functions/namespaces', (ctx, store) => ok({ namespace: store.create(body(ctx)) }));
  route('GET', '/v2/functions/namespaces/{namespace_id}', (ctx, store) => ok({ namespace: store.get(ctx.params.namespace_id).namespace }));
  route('DELETE', '/v2/functions/namespaces/{namespace_id}', (ctx, store) => {
    store.delete(ctx.params.namespace_id);
    return noContent();
  });
  route('GET', '/v2/functions/namespaces/{namespace_id}/triggers', (ctx, store) => ok({ triggers: [...store.get(ctx.params.namespace_id).triggers.values()] }));
  route('POST', '/v2/functions/namespaces/{namespace_id}/triggers', (ctx, store) => ok({ trigger: store.createTrigger(ctx.params.namespace_id, body(ctx)) }));
  route('GET', '/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}', (ctx, store) => ok({ trigger: store.trigger(ctx.params.namespace_id, ctx.params.trigger_name) }));
  route('PUT', '/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}', (ctx, store) => ok({ trigger: store.updateTrigger(ctx.params.namespace_id, ctx.params.trigger_name, body(ctx)) }));
  route('DELETE', '/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}', (ctx, store) => {
    store.trigger(ctx.params.namespace_id, ctx.params.trigger_name);
    store.get(ctx.params.namespace_id).triggers.delete(ctx.params.trigger_name);
    return noContent();
  });
  route('GET', '/v2/functions/namespaces/{namespace_id}/keys', (ctx, store) => {
    const keys = [...store.get(ctx.params.namespace_id).keys.values()];
    return ok({ access_keys: keys, count: keys.length });
  });
  route('POST', '/v2/functions/namespaces/{namespace_id}/keys', (ctx, store) => created({ access_key: store.createKey(ctx.params.namespace_id, body(ctx)) }));
  route('PUT', '/v2/functions/namespaces/{namespace_id}/keys/{key_id}', (ctx, store) => {
    const key = store.key(ctx.params.namespace_id, ctx.params.key_id);
    const attrs = body(ctx);
    if (typeof attrs.name !== 'string' || attrs.name === '') throw unprocessable('name is required');
    key.name = attrs.name;
    key.updated_at = store.now();
    return ok({ access_key: key });
  });
  route('DELETE', '/v2/functions/namespaces/{namespace_id}/keys/{key_id}', (ctx, store) => {
    store.key(ctx.params.namespace_id, ctx.params.key_id);
    store.get(ctx.params.namespace_id).keys.delete(ctx.params.key_id);
    return ok({});
  });
});
