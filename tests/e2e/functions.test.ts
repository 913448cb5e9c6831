import { inspect } from 'node:util';
import { FunctionsAccessKey, FunctionsNamespace, FunctionsTrigger, NotFoundError, UnprocessableEntityError } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { itConforms, useHarness } from './support.js';

const h = useHarness();

describe('Functions end to end', () => {
  it('a namespace with scheduled triggers and access keys, by model and by id', async () => {
    const ns = await h.client.functions.createNamespace({ region: 'nyc1', label: 'reports' });
    expect(ns).toBeInstanceOf(FunctionsNamespace);
    expect(ns.id).toMatch(/^fn-/);
    expect(ns.apiHost).toMatch(/^https:\/\/faas-nyc1-/);
    expect(inspect(ns)).not.toContain(ns.key);
    expect((await h.client.functions.listNamespaces()).map((n) => n.label)).toEqual(['reports']);
    expect((await h.client.functions.getNamespace(ns.id)).uuid).toBe(ns.uuid);
    await expect(h.client.functions.createNamespace({ region: 'mars1', label: 'x' })).rejects.toBeInstanceOf(UnprocessableEntityError);

    const hourly = await ns.createTrigger({ name: 'hourly', function: 'reports/build', type: 'SCHEDULED', isEnabled: true, scheduledDetails: { cron: '0 * * * *', body: { format: 'pdf' } } });
    expect(hourly).toBeInstanceOf(FunctionsTrigger);
    expect(hourly.scheduledRuns?.next_run_at).toMatch(/Z$/);
    await h.client.functions.createTrigger(ns.id, { name: 'nightly', function: 'reports/clean', type: 'SCHEDULED', isEnabled: false, scheduledDetails: { cron: '0 3 * * *' } });
    expect((await ns.triggers()).map((t) => [t.name, t.isEnabled])).toEqual([['hourly', true], ['nightly', false]]);
    await hourly.update({ isEnabled: false });
    expect([hourly.isEnabled, hourly.scheduledRuns?.next_run_at]).toEqual([false, null]);
    const nightly = await h.client.functions.updateTrigger(ns.id, 'nightly', { isEnabled: true, scheduledDetails: { cron: '30 2 * * *' } });
    expect(nightly.scheduledDetails.cron).toBe('30 2 * * *');
    expect((await h.client.functions.getTrigger(ns.id, 'nightly')).isEnabled).toBe(true);
    expect((await ns.trigger('hourly')).function).toBe('reports/build');
    expect((await h.client.functions.listTriggers(ns.id)).length).toBe(2);
    await hourly.destroy();
    await h.client.functions.deleteTrigger(ns.id, 'nightly');
    await expect(ns.trigger('nightly')).rejects.toBeInstanceOf(NotFoundError);

    const key = await ns.createAccessKey({ name: 'ci', expiresIn: '7d' });
    expect(key).toBeInstanceOf(FunctionsAccessKey);
    expect(key.secret).toMatch(/^fn_secret_/);
    expect(key.expiresAt!.getTime() - key.createdAt.getTime()).toBe(7 * 86_400_000);
    await key.update({ name: 'ci-main' });
    expect([key.name, key.secret]).toEqual(['ci-main', expect.stringMatching(/^fn_secret_/)]);
    key.name = 'changed here';
    await key.reload();
    expect([key.name, key.secret]).toEqual(['ci-main', expect.stringMatching(/^fn_secret_/)]);
    const other = await h.client.functions.createAccessKey(ns.id, { name: 'laptop' });
    await h.client.functions.updateAccessKey(ns.id, other.id, { name: 'old laptop' });
    expect((await h.client.functions.listAccessKeys(ns.id)).map((k) => [k.name, k.secret])).toEqual([['ci-main', undefined], ['old laptop', undefined]]);
    await key.destroy();
    await expect(key.reload()).rejects.toBeInstanceOf(NotFoundError);
    await h.client.functions.deleteAccessKey(ns.id, other.id);
    expect(await ns.accessKeys()).toEqual([]);

    await ns.reload();
    await h.client.functions.deleteNamespace(ns.id);
    await expect(ns.reload()).rejects.toBeInstanceOf(NotFoundError);
    const second = await h.client.functions.createNamespace({ region: 'ams3', label: 'second' });
    await second.destroy();
  });

  itAnswersModules(() => h, 'functions');
  itConforms(() => h);
});
