import type { RequestOptions } from '../connection.js';
import { ValidationError } from '../errors.js';
import { path } from '../path.js';
import { checkText } from '../validate.js';
import type { AccessKeyCreateAttributes, AccessKeyUpdateAttributes } from '../../models/functions-access-key.js';
import { FunctionsAccessKey } from '../../models/functions-access-key.js';
import { FunctionsNamespace, NAMESPACE_CREATE, type NamespaceCreateAttributes } from '../../models/functions-namespace.js';
import { FunctionsTrigger, type TriggerCreateAttributes, type TriggerUpdateAttributes } from '../../models/functions-trigger.js';
import { Collection } from './collection.js';

const NAMESPACE_ID = /^fn-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A namespace id such as `fn-4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf`. */
function checkNamespaceId(field: string, value: unknown): string {
  if (typeof value !== 'string' || !NAMESPACE_ID.test(value)) throw new ValidationError(field, `must be a namespace id such as "fn-4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf", got ${JSON.stringify(value)}`);
  return value;
}

/**
 * `client.functions`: Functions namespaces, their triggers and access keys. The names follow godo's
 * `Functions` service (`ListNamespaces`, `CreateTrigger`, ...); every namespace verb also works by id.
 *
 * @example
 * ```ts
 * const ns = await client.functions.createNamespace({ region: 'nyc1', label: 'jobs' });
 * const triggers = await ns.triggers();
 * ```
 */
export class FunctionsCollection extends Collection {
  /** Every namespace (`GET /v2/functions/namespaces`). */
  async listNamespaces(options?: RequestOptions): Promise<FunctionsNamespace[]> {
    return this.array(FunctionsNamespace, 'functions/namespaces', 'namespaces', options);
  }

  /** One namespace (`GET /v2/functions/namespaces/{namespace_id}`). */
  async getNamespace(namespaceId: string, options?: RequestOptions): Promise<FunctionsNamespace> {
    return this.load(FunctionsNamespace, path`functions/namespaces/${checkNamespaceId('namespaceId', namespaceId)}`, 'namespace', options);
  }

  /** Creates a namespace (`POST /v2/functions/namespaces`). */
  async createNamespace(attrs: NamespaceCreateAttributes, options?: RequestOptions): Promise<FunctionsNamespace> {
    return this.write('POST', FunctionsNamespace, 'functions/namespaces', 'namespace', NAMESPACE_CREATE.wire('attrs', attrs), options);
  }

  /** Deletes a namespace with its functions and triggers (`DELETE /v2/functions/namespaces/{namespace_id}`). */
  async deleteNamespace(namespaceId: string, options?: RequestOptions): Promise<void> {
    await this.call('DELETE', path`functions/namespaces/${checkNamespaceId('namespaceId', namespaceId)}`, options);
  }

  /** A namespace's triggers (`GET /v2/functions/namespaces/{namespace_id}/triggers`). */
  async listTriggers(namespaceId: string, options?: RequestOptions): Promise<FunctionsTrigger[]> {
    return this.#namespace(namespaceId).triggers(options);
  }

  /** One trigger (`GET /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}`). */
  async getTrigger(namespaceId: string, name: string, options?: RequestOptions): Promise<FunctionsTrigger> {
    return this.#namespace(namespaceId).trigger(name, options);
  }

  /** Adds a trigger (`POST /v2/functions/namespaces/{namespace_id}/triggers`). */
  async createTrigger(namespaceId: string, attrs: TriggerCreateAttributes, options?: RequestOptions): Promise<FunctionsTrigger> {
    return this.#namespace(namespaceId).createTrigger(attrs, options);
  }

  /** Changes a trigger (`PUT /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}`). */
  async updateTrigger(namespaceId: string, name: string, attrs: TriggerUpdateAttributes, options?: RequestOptions): Promise<FunctionsTrigger> {
    return this.#trigger(namespaceId, name).update(attrs, options);
  }

  /** Deletes a trigger (`DELETE /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}`). */
  async deleteTrigger(namespaceId: string, name: string, options?: RequestOptions): Promise<void> {
    return this.#trigger(namespaceId, name).destroy(options);
  }

  /** A namespace's access keys (`GET /v2/functions/namespaces/{namespace_id}/keys`). */
  async listAccessKeys(namespaceId: string, options?: RequestOptions): Promise<FunctionsAccessKey[]> {
    return this.#namespace(namespaceId).accessKeys(options);
  }

  /** Adds an access key (`POST /v2/functions/namespaces/{namespace_id}/keys`); its `secret` is in this answer only. */
  async createAccessKey(namespaceId: string, attrs: AccessKeyCreateAttributes, options?: RequestOptions): Promise<FunctionsAccessKey> {
    return this.#namespace(namespaceId).createAccessKey(attrs, options);
  }

  /** Renames an access key (`PUT /v2/functions/namespaces/{namespace_id}/keys/{key_id}`). */
  async updateAccessKey(namespaceId: string, keyId: string, attrs: AccessKeyUpdateAttributes, options?: RequestOptions): Promise<FunctionsAccessKey> {
    return this.#key(namespaceId, keyId).update(attrs, options);
  }

  /** Deletes an access key (`DELETE /v2/functions/namespaces/{namespace_id}/keys/{key_id}`). */
  async deleteAccessKey(namespaceId: string, keyId: string, options?: RequestOptions): Promise<void> {
    return this.#key(namespaceId, keyId).destroy(options);
  }

  #namespace(namespaceId: string): FunctionsNamespace {
    return this.ref(FunctionsNamespace, { namespace: checkNamespaceId('namespaceId', namespaceId) });
  }

  #trigger(namespaceId: string, name: string): FunctionsTrigger {
    return this.ref(FunctionsTrigger, { namespace: checkNamespaceId('namespaceId', namespaceId), name: checkText('name', name) });
  }

  #key(namespaceId: string, keyId: string): FunctionsAccessKey {
    const key = this.ref(FunctionsAccessKey, { id: checkText('keyId', keyId) });
    key.namespaceId = checkNamespaceId('namespaceId', namespaceId);
    return key;
  }
}
