import type { RequestOptions } from '../lib/connection.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { required, shape, type AttributesOf } from '../lib/shape.js';
import { checkSlug, checkText } from '../lib/validate.js';
import { ACCESS_KEY_CREATE, FunctionsAccessKey, type AccessKeyCreateAttributes } from './functions-access-key.js';
import { FunctionsTrigger, TRIGGER_CREATE, type TriggerCreateAttributes } from './functions-trigger.js';
import { Resource } from './resource.js';

/** What `client.functions.createNamespace()` takes. */
export const NAMESPACE_CREATE = shape('a functions namespace', {
  /** The datacenter, e.g. `nyc1`, `ams3`, `sgp1`. */
  region: required(checkSlug),
  /** The namespace's label. */
  label: required(checkText),
});

/** Attributes of `client.functions.createNamespace()`. */
export type NamespaceCreateAttributes = AttributesOf<typeof NAMESPACE_CREATE>;

/**
 * A Functions namespace: where functions are deployed, with their triggers and access keys.
 * @example
 * ```ts
 * const ns = await client.functions.createNamespace({ region: 'nyc1', label: 'jobs' });
 * await ns.createTrigger({ name: 'hourly', function: 'report', type: 'SCHEDULED', isEnabled: true, scheduledDetails: { cron: '0 * * * *' } });
 * console.log((await ns.triggers()).map((t) => t.name));
 * ```
 */
export class FunctionsNamespace extends Resource {
  /** The namespace's id, e.g. `fn-4f6c71e2-...`, as paths take it. */
  @Field() namespace!: string;
  /** Its UUID. */
  @Field() uuid!: string;
  /** Its label. */
  @Field() label!: string;
  /** Its datacenter, e.g. `nyc1`. */
  @Field() region!: string;
  /** The host its functions answer at, e.g. `https://faas-nyc1-2ef2e6cc.doserverless.co`. */
  @Field() apiHost!: string;
  /** The key that authorises deployments and calls to it. */
  @Field({ secret: true }) key?: string;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;

  /** The namespace's id (its `namespace` field). */
  get id(): string {
    return this.namespace;
  }

  protected get resourcePath(): string {
    return path`functions/namespaces/${this.namespace}`;
  }

  protected get resourceKey(): string {
    return 'namespace';
  }

  /** Its triggers (`GET /v2/functions/namespaces/{namespace_id}/triggers`). */
  async triggers(options?: RequestOptions): Promise<FunctionsTrigger[]> {
    return this.listAt(FunctionsTrigger, 'triggers', 'triggers', options);
  }

  /** One trigger by name (`GET /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}`). */
  async trigger(name: string, options?: RequestOptions): Promise<FunctionsTrigger> {
    return this.loadAt(FunctionsTrigger, path`triggers/${checkText('name', name)}`, 'trigger', options);
  }

  /** Adds a trigger (`POST /v2/functions/namespaces/{namespace_id}/triggers`). */
  async createTrigger(attrs: TriggerCreateAttributes, options?: RequestOptions): Promise<FunctionsTrigger> {
    return this.loadAt(FunctionsTrigger, 'triggers', 'trigger', { method: 'POST', json: TRIGGER_CREATE.wire('attrs', attrs), signal: options?.signal });
  }

  /** Its access keys (`GET /v2/functions/namespaces/{namespace_id}/keys`); their secrets are not answered. */
  async accessKeys(options?: RequestOptions): Promise<FunctionsAccessKey[]> {
    return (await this.listAt(FunctionsAccessKey, 'keys', 'access_keys', options)).map((key) => Object.assign(key, { namespaceId: this.namespace }));
  }

  /** Adds an access key (`POST /v2/functions/namespaces/{namespace_id}/keys`); the answer is the one time its `secret` is given. */
  async createAccessKey(attrs: AccessKeyCreateAttributes, options?: RequestOptions): Promise<FunctionsAccessKey> {
    const key = await this.loadAt(FunctionsAccessKey, 'keys', 'access_key', { method: 'POST', json: ACCESS_KEY_CREATE.wire('attrs', attrs), signal: options?.signal });
    return Object.assign(key, { namespaceId: this.namespace });
  }
}
