import { inspect } from 'node:util';
import { FunctionsAccessKey, FunctionsNamespace, FunctionsTrigger, NotFoundError, type DigitalOcean } from '../../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../../helpers.js';
import { itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const NS = 'fn-2ef2e6cc-4a7b-4c1d-9e3f-5a6b7c8d9e0f';
const KEY = 'dof_v1_d79e8aeb42e5476893c7d4c59a166264';
const BASE = `/v2/functions/namespaces/${NS}`;
const SCHEDULE = { cron: '0 * * * *', body: { format: 'pdf' } };
const TRIGGER = { name: 'hourly', function: 'reports/build', type: 'SCHEDULED' as const, isEnabled: true, scheduledDetails: SCHEDULE };
const TRIGGER_JSON = { name: 'hourly', function: 'reports/build', type: 'SCHEDULED', is_enabled: true, scheduled_details: SCHEDULE };

const namespace = (c: DigitalOcean) => loaded(c, FunctionsNamespace, 'functions/namespace', 'namespace');
const trigger = (c: DigitalOcean) => loaded(c, FunctionsTrigger, 'functions/trigger', 'trigger');
const key = (c: DigitalOcean) => Object.assign(loaded(c, FunctionsAccessKey, 'functions/access-key', 'access_key'), { namespaceId: NS });
const keyOf = (name: string) => (value: unknown) => {
  one(FunctionsAccessKey, name, 'access_key')(value);
  expect((value as FunctionsAccessKey).namespaceId).toBe(NS);
};

describe('FunctionsCollection, FunctionsNamespace, FunctionsTrigger and FunctionsAccessKey', () => {
  itSends([
    { name: 'client.functions.listNamespaces()', call: (c) => c.functions.listNamespaces(), method: 'GET', path: '/v2/functions/namespaces', status: 200, reply: 'functions/namespaces', result: many(FunctionsNamespace, 'functions/namespaces', 'namespaces') },
    { name: 'client.functions.getNamespace(id)', call: (c) => c.functions.getNamespace(NS), method: 'GET', path: BASE, status: 200, reply: 'functions/namespace', result: one(FunctionsNamespace, 'functions/namespace', 'namespace') },
    { name: 'client.functions.createNamespace(attrs)', call: (c) => c.functions.createNamespace({ region: 'nyc1', label: 'reports' }), method: 'POST', path: '/v2/functions/namespaces', body: { region: 'nyc1', label: 'reports' }, status: 200, reply: 'functions/namespace', result: one(FunctionsNamespace, 'functions/namespace', 'namespace') },
    { name: 'client.functions.deleteNamespace(id)', call: (c) => c.functions.deleteNamespace(NS), method: 'DELETE', path: BASE, status: 204, result: nothing },
    { name: 'client.functions.listTriggers(id)', call: (c) => c.functions.listTriggers(NS), method: 'GET', path: `${BASE}/triggers`, status: 200, reply: 'functions/triggers', result: many(FunctionsTrigger, 'functions/triggers', 'triggers') },
    { name: 'client.functions.getTrigger(id, name)', call: (c) => c.functions.getTrigger(NS, 'hourly'), method: 'GET', path: `${BASE}/triggers/hourly`, status: 200, reply: 'functions/trigger', result: one(FunctionsTrigger, 'functions/trigger', 'trigger') },
    { name: 'client.functions.createTrigger(id, attrs)', call: (c) => c.functions.createTrigger(NS, TRIGGER), method: 'POST', path: `${BASE}/triggers`, body: TRIGGER_JSON, status: 200, reply: 'functions/trigger', result: one(FunctionsTrigger, 'functions/trigger', 'trigger') },
    { name: 'client.functions.updateTrigger(id, name, attrs)', call: (c) => c.functions.updateTrigger(NS, 'my trigger', { isEnabled: false }), method: 'PUT', path: `${BASE}/triggers/my%20trigger`, body: { is_enabled: false }, status: 200, reply: 'functions/trigger', result: one(FunctionsTrigger, 'functions/trigger', 'trigger') },
    { name: 'client.functions.deleteTrigger(id, name)', call: (c) => c.functions.deleteTrigger(NS, 'hourly'), method: 'DELETE', path: `${BASE}/triggers/hourly`, status: 204, result: nothing },
    { name: 'client.functions.listAccessKeys(id)', call: (c) => c.functions.listAccessKeys(NS), method: 'GET', path: `${BASE}/keys`, status: 200, reply: 'functions/access-keys', result: many(FunctionsAccessKey, 'functions/access-keys', 'access_keys') },
    { name: 'client.functions.createAccessKey(id, attrs)', call: (c) => c.functions.createAccessKey(NS, { name: 'ci', expiresIn: '7d' }), method: 'POST', path: `${BASE}/keys`, body: { name: 'ci', expires_in: '7d' }, status: 201, reply: 'functions/access-key-created', result: keyOf('functions/access-key-created') },
    { name: 'client.functions.updateAccessKey(id, keyId, attrs)', call: (c) => c.functions.updateAccessKey(NS, KEY, { name: 'ci' }), method: 'PUT', path: `${BASE}/keys/${KEY}`, body: { name: 'ci' }, status: 200, reply: 'functions/access-key', result: keyOf('functions/access-key') },
    { name: 'client.functions.deleteAccessKey(id, keyId)', call: (c) => c.functions.deleteAccessKey(NS, KEY), method: 'DELETE', path: `${BASE}/keys/${KEY}`, status: 200, result: nothing },

    { name: 'namespace.reload()', call: (c) => namespace(c).reload(), method: 'GET', path: BASE, status: 200, reply: 'functions/namespace', result: one(FunctionsNamespace, 'functions/namespace', 'namespace') },
    { name: 'namespace.destroy()', call: (c) => namespace(c).destroy(), method: 'DELETE', path: BASE, status: 204, result: nothing },
    { name: 'namespace.triggers()', call: (c) => namespace(c).triggers(), method: 'GET', path: `${BASE}/triggers`, status: 200, reply: 'functions/triggers', result: many(FunctionsTrigger, 'functions/triggers', 'triggers') },
    { name: 'namespace.trigger(name)', call: (c) => namespace(c).trigger('hourly'), method: 'GET', path: `${BASE}/triggers/hourly`, status: 200, reply: 'functions/trigger', result: one(FunctionsTrigger, 'functions/trigger', 'trigger') },
    { name: 'namespace.createTrigger(attrs)', call: (c) => namespace(c).createTrigger(TRIGGER), method: 'POST', path: `${BASE}/triggers`, body: TRIGGER_JSON, status: 200, reply: 'functions/trigger', result: one(FunctionsTrigger, 'functions/trigger', 'trigger') },
    { name: 'namespace.accessKeys()', call: (c) => namespace(c).accessKeys(), method: 'GET', path: `${BASE}/keys`, status: 200, reply: 'functions/access-keys', result: many(FunctionsAccessKey, 'functions/access-keys', 'access_keys') },
    { name: 'namespace.createAccessKey(attrs)', call: (c) => namespace(c).createAccessKey({ name: 'ci' }), method: 'POST', path: `${BASE}/keys`, body: { name: 'ci' }, status: 201, reply: 'functions/access-key-created', result: keyOf('functions/access-key-created') },
    { name: 'trigger.update(attrs)', call: (c) => trigger(c).update({ scheduledDetails: { cron: '*/5 * * * *' } }), method: 'PUT', path: `${BASE}/triggers/hourly`, body: { scheduled_details: { cron: '*/5 * * * *' } }, status: 200, reply: 'functions/trigger', result: one(FunctionsTrigger, 'functions/trigger', 'trigger') },
    { name: 'trigger.reload()', call: (c) => trigger(c).reload(), method: 'GET', path: `${BASE}/triggers/hourly`, status: 200, reply: 'functions/trigger', result: one(FunctionsTrigger, 'functions/trigger', 'trigger') },
    { name: 'trigger.destroy()', call: (c) => trigger(c).destroy(), method: 'DELETE', path: `${BASE}/triggers/hourly`, status: 204, result: nothing },
    { name: 'key.update(attrs)', call: (c) => key(c).update({ name: 'ci' }), method: 'PUT', path: `${BASE}/keys/${KEY}`, body: { name: 'ci' }, status: 200, reply: 'functions/access-key', result: keyOf('functions/access-key') },
    { name: 'key.reload() (through the namespace\'s keys: the API has no GET for one)', call: (c) => key(c).reload(), method: 'GET', path: `${BASE}/keys`, status: 200, reply: 'functions/access-keys', result: keyOf('functions/access-key') },
    { name: 'key.destroy()', call: (c) => key(c).destroy(), method: 'DELETE', path: `${BASE}/keys/${KEY}`, status: 200, result: nothing },
  ]);

  itRefuses([
    ['a namespace id that is a UUID without fn-', (c) => c.functions.getNamespace('2ef2e6cc-4a7b-4c1d-9e3f-5a6b7c8d9e0f'), 'namespaceId'],
    ['a namespace without a label', (c) => c.functions.createNamespace({ region: 'nyc1' } as never), 'attrs.label'],
    ['a trigger of an unknown type', (c) => c.functions.createTrigger(NS, { ...TRIGGER, type: 'HTTP' as never }), 'attrs.type'],
    ['a trigger with a four-field cron', (c) => c.functions.createTrigger(NS, { ...TRIGGER, scheduledDetails: { cron: '* * * *' } }), 'attrs.scheduledDetails.cron'],
    ['a trigger without isEnabled', (c) => c.functions.createTrigger(NS, { ...TRIGGER, isEnabled: undefined } as never), 'attrs.isEnabled'],
    ['a trigger update with an unknown attribute', (c) => c.functions.updateTrigger(NS, 'hourly', { name: 'x' } as never), 'attrs'],
    ['an access key expiring in a week spelled out', (c) => c.functions.createAccessKey(NS, { name: 'ci', expiresIn: 'one week' }), 'attrs.expiresIn'],
    ['an access key renamed to nothing', (c) => c.functions.updateAccessKey(NS, KEY, { name: '' }), 'attrs.name'],
  ]);

  it('key.reload() keeps the secret, and rejects with NotFoundError when the namespace no longer holds the key', async () => {
    const client = testClient();
    const created = Object.assign(key(client), { secret: 'fn_secret_kept' });
    stubApi('GET', `${BASE}/keys`).reply(200, fixture('functions/access-keys'));
    expect((await created.reload()).secret).toBe('fn_secret_kept');
    stubApi('GET', `${BASE}/keys`).reply(200, { access_keys: [], count: 0 });
    await expect(created.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps the namespace key and the access key secret out of util.inspect', () => {
    const ns = namespace(testClient());
    expect(inspect(ns)).not.toContain(fixture<{ namespace: { key: string } }>('functions/namespace').namespace.key);
    expect(ns.id).toBe(NS);
  });
});
