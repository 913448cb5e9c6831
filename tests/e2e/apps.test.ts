import {
  App,
  AppAlert,
  AppEvent,
  AppInstanceSize,
  AppJobInvocation,
  AppProposal,
  AppRegion,
  Deployment,
  DeploymentFailedError,
  DigitalOcean,
  NotFoundError,
  ValidationError,
  type AppSpec,
} from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

/** While set, the simulator's clock stands still: nothing it has scheduled happens. */
let frozenAt: number | undefined;
const h = useHarness({ now: () => frozenAt ?? Date.now() });

const SPEC: AppSpec = {
  name: 'shop',
  region: 'ams',
  services: [
    {
      name: 'api',
      github: { repo: 'acme/shop', branch: 'main', deployOnPush: true },
      instanceSizeSlug: 'apps-s-1vcpu-1gb',
      instanceCount: 2,
      httpPort: 8080,
      envs: [{ key: 'GREETING', value: 'hello' }],
      alerts: [{ rule: 'CPU_UTILIZATION', operator: 'GREATER_THAN', value: 80, window: 'FIVE_MINUTES' }],
    },
  ],
  workers: [{ name: 'queue', github: { repo: 'acme/shop', branch: 'main' }, runCommand: 'bin/worker' }],
  jobs: [{ name: 'migrate', kind: 'PRE_DEPLOY', github: { repo: 'acme/shop', branch: 'main' }, runCommand: 'bin/migrate' }],
  alerts: [{ rule: 'DEPLOYMENT_FAILED' }],
};

describe('App Platform end to end', () => {
  it('catalogue: regions and instance sizes', async () => {
    const regions = await h.client.apps.regions();
    expect(regions[0]).toBeInstanceOf(AppRegion);
    expect(regions.find((r) => r.default)?.slug).toBe('nyc');
    const sizes = await h.client.apps.instanceSizes();
    expect(sizes[0]).toBeInstanceOf(AppInstanceSize);
    const size = await h.client.apps.instanceSize('apps-s-1vcpu-1gb');
    expect([size.cpus, size.memory, size.tierSlug]).toEqual(['1', 1024 ** 3, 'professional']);
    await expect(h.client.apps.instanceSize('apps-x-nothing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('proposes, creates, deploys again with a changed env var, rolls back, reads logs and deletes an app', async () => {
    const proposal = await h.client.apps.propose({ spec: SPEC });
    expect(proposal).toBeInstanceOf(AppProposal);
    expect(proposal.appNameAvailable).toBe(true);
    expect(proposal.appCost).toBe(24 + 5 + 5);
    expect(proposal.spec?.workers?.[0].instanceSizeSlug).toBe('apps-s-1vcpu-0.5gb');

    const app = await h.client.apps.create({ spec: SPEC });
    expect(app).toBeInstanceOf(App);
    expect(app.name).toBe('shop');
    expect(app.spec.services?.[0].envs).toEqual([{ key: 'GREETING', value: 'hello' }]);
    const first = app.latestDeployment!;
    expect(first).toBeInstanceOf(Deployment);
    expect(first.phase).toBe('PENDING_BUILD');
    const phases: string[] = [];
    await first.wait({ ...FAST, onProgress: (d) => phases.push(d.phase) });
    expect(first.phase).toBe('ACTIVE');
    expect(phases).toEqual(expect.arrayContaining(['BUILDING', 'DEPLOYING', 'ACTIVE']));
    expect(first.progress?.steps?.map((s) => s.status)).toEqual(['SUCCESS', 'SUCCESS']);
    // the app the deployment was started from is current once it is live
    expect([app.activeDeployment?.id, app.inProgressDeployment]).toEqual([first.id, undefined]);
    expect(app.liveUrl).toMatch(/^https:\/\/shop-/);

    // a taken name is reported by the proposal, not refused
    const again = await h.client.apps.propose({ spec: SPEC });
    expect([again.appNameAvailable, again.appNameSuggestion]).toEqual([false, 'shop-2']);
    expect((await app.propose({ ...SPEC, workers: [] })).appNameAvailable).toBe(true);

    // deploy again with a changed env var
    const changed = app.spec;
    changed.services![0].envs = [{ key: 'GREETING', value: 'bonjour' }];
    await app.update(changed);
    const second = await app.latestDeployment!.wait(FAST);
    expect(second.spec?.services?.[0].envs?.[0].value).toBe('bonjour');
    expect(app.activeDeployment?.id).toBe(second.id);
    const forced = await (await app.deploy({ forceBuild: true })).wait(FAST);
    expect(forced.cause).toBe('manual, forced build');
    expect((await app.deployment(first.id)).phase).toBe('SUPERSEDED');
    expect((await app.deployments()).map((d) => d.id)).toEqual([forced.id, second.id, first.id]);
    expect((await h.client.apps.deployments(app.id, { type: 'MANUAL_ROLLBACK' })).length).toBe(0);

    // roll back to the first deployment, validate first, then revert, roll back again and commit
    expect((await app.validateRollback(forced)).valid).toBe(false);
    expect((await h.client.apps.validateRollback(app.id, first.id)).toJSON()).toEqual({ valid: true, warnings: [] });
    const rollback = await app.rollback(first);
    expect(rollback.clonedFrom).toBe(first.id);
    await rollback.wait(FAST);
    await app.reload();
    expect(app.pinnedDeployment?.id).toBe(rollback.id);
    expect(app.spec.services?.[0].envs?.[0].value).toBe('hello');
    const validation = await app.validateRollback(second);
    expect([validation.valid, validation.error?.code]).toEqual([false, 'app_pinned']);
    const reverted = await (await app.revertRollback()).wait(FAST);
    expect(reverted.spec?.services?.[0].envs?.[0].value).toBe('bonjour');
    const rollback2 = await (await h.client.apps.rollback(app.id, first.id, { skipPin: true })).wait(FAST);
    expect(rollback2.phase).toBe('ACTIVE');
    await h.client.apps.commitRollback(app.id);
    await expect(app.commitRollback()).rejects.toMatchObject({ status: 400, id: 'invalid_argument' });
    expect((await h.client.apps.deployments(app.id, { type: 'MANUAL_ROLLBACK' })).length).toBe(3);

    // logs: the active deployment's, one component's, one deployment's
    const logs = await app.logs({ component: 'api', type: 'RUN', follow: true });
    expect(logs.liveUrl).toMatch(/^wss:\/\/logs-ams\.ondigitalocean\.app\/live\//);
    expect(logs.historicUrls).toHaveLength(1);
    expect((await h.client.apps.logs(app.id, { type: 'DEPLOY' })).historicUrls?.[0]).toMatch(/^https:\/\//);
    expect((await second.logs({ type: 'BUILD' })).liveUrl).toMatch(/^https:\/\//);
    expect((await h.client.apps.deploymentLogs(app.id, second.id, { type: 'BUILD', component: 'queue' })).historicUrls).toHaveLength(1);
    await expect(app.logs({ component: 'nope', type: 'RUN' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(app.logs({ type: 'EVERYTHING' as never })).rejects.toBeInstanceOf(ValidationError);

    await app.destroy();
    await expect(h.client.apps.get(app.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('consoles, instances, health, bandwidth, alerts, restarts and cancels', async () => {
    const app = await h.client.apps.create({ spec: { ...SPEC, name: 'ops' } });
    await app.latestDeployment!.wait(FAST);
    await app.reload();
    expect((await h.client.apps.list()).map((a) => a.name)).toEqual(['ops']);
    expect((await h.client.apps.list({ withProjects: true })).length).toBe(1);

    const instances = await app.instances();
    expect(instances.map((i) => [i.componentName, i.componentType, i.instanceAlias])).toEqual([
      ['api', 'SERVICE', 'api-0'],
      ['api', 'SERVICE', 'api-1'],
      ['queue', 'WORKER', 'queue-0'],
    ]);
    expect(await app.exec({ component: 'api', instanceName: instances[0].instanceName })).toMatch(/^wss:\/\/exec-ams\./);
    expect(await h.client.apps.deploymentExec(app.id, app.activeDeployment!, { component: 'queue' })).toMatch(/^wss:\/\//);
    expect(await h.client.apps.exec(app.id, { component: 'queue' })).toMatch(/^wss:\/\//);

    const health = await app.health();
    expect(health.components?.map((c) => [c.name, c.state, c.replicasReady])).toEqual([['api', 'HEALTHY', 2], ['queue', 'HEALTHY', 1]]);
    const day = new Date('2026-01-17T15:00:00Z');
    const usage = await app.bandwidthUsage({ date: day });
    expect(usage.date.toISOString()).toBe('2026-01-17T00:00:00.000Z');
    expect(usage.bytesOf(app.id)).toBeGreaterThan(0);
    const both = await h.client.apps.bandwidthUsages([app.id], { date: day });
    expect(both.bytesOf(app.id)).toBe(usage.bytesOf(app.id));

    const alerts = await app.alerts();
    expect(alerts.map((a) => [a.componentName, a.spec.rule])).toEqual([[undefined, 'DEPLOYMENT_FAILED'], ['api', 'CPU_UTILIZATION']]);
    expect(alerts[0]).toBeInstanceOf(AppAlert);
    await alerts[1].assignDestinations({ emails: ['ops@example.com'], slackWebhooks: [{ url: 'https://hooks.slack.com/services/T0/B0/X', channel: 'ops' }] });
    expect(alerts[1].emails).toEqual(['ops@example.com']);
    const assigned = await h.client.apps.assignAlertDestinations(app.id, alerts[0].id, { emails: [] });
    expect(assigned.emails).toEqual([]);
    expect((await h.client.apps.alerts(app.id))[1].slackWebhooks).toEqual([{ url: 'https://hooks.slack.com/services/T0/B0/X', channel: 'ops' }]);

    // a restart is a deployment that can be canceled while it runs (the clock stands still meanwhile)
    frozenAt = Date.now();
    const restart = await app.restart({ components: ['api'] });
    const cancelled = await h.client.apps.cancelDeployment(app.id, restart);
    expect(cancelled.phase).toBe('CANCELED');
    await expect(restart.wait(FAST)).rejects.toBeInstanceOf(DeploymentFailedError);
    await expect(restart.cancel()).rejects.toMatchObject({ status: 400 });
    const restart2 = await h.client.apps.restart(app.id);
    await app.cancelDeployment(restart2.id);
    await expect(h.client.apps.restart(app.id, { components: ['nope'] })).rejects.toMatchObject({ status: 400 });

    // events: one per deployment, newest first; a deployment's event can be canceled while it runs
    const deploying = await h.client.apps.deploy(app.id);
    const events = await app.events({ type: 'DEPLOYMENT' });
    expect(events[0]).toBeInstanceOf(AppEvent);
    expect(events[0].deployment?.id).toBe(deploying.id);
    const event = await h.client.apps.event(app.id, events[0].id);
    expect((await event.logs({ type: 'DEPLOY' })).historicUrls).toHaveLength(1);
    expect((await h.client.apps.eventLogs(app.id, event.id, { type: 'BUILD' })).historicUrls).toHaveLength(1);
    await h.client.apps.cancelEvent(app.id, event.id);
    expect((await event.reload()).deployment?.phase).toBe('CANCELED');
    expect((await h.client.apps.events(app.id)).length).toBe(events.length);
    await expect(app.event(events[1].id).then((e) => e.cancel())).rejects.toMatchObject({ status: 400 });

    // job invocations: the PRE_DEPLOY job ran in every deployment
    const runs = await app.jobInvocations({ jobName: 'migrate' });
    expect(runs[0]).toBeInstanceOf(AppJobInvocation);
    expect(runs.map((r) => r.phase)).toEqual(['CANCELED', 'CANCELED', 'CANCELED', 'SUCCEEDED']);
    const succeeded = await app.jobInvocation(runs[3].id, { jobName: 'migrate' });
    expect((await succeeded.logs({ tailLines: 100 })).historicUrls?.[0]).toContain('/jobs/migrate/');
    expect((await h.client.apps.jobInvocationLogs(app.id, 'migrate', succeeded.id, { follow: true })).liveUrl).toMatch(/^wss:/);
    const byDeployment = await h.client.apps.jobInvocations(app.id, { deploymentId: succeeded.deploymentId });
    expect(byDeployment.map((r) => r.id)).toEqual([succeeded.id]);
    const running = await h.client.apps.deploy(app.id);
    const pending = (await app.jobInvocations({ deploymentId: running.id }))[0];
    expect((await h.client.apps.cancelJobInvocation(app.id, pending.id, { jobName: 'migrate' })).phase).toBe('CANCELED');
    await expect(h.client.apps.jobInvocation(app.id, pending.id, { jobName: 'other' })).rejects.toBeInstanceOf(NotFoundError);
    expect((await h.client.apps.jobInvocation(app.id, pending.id)).phase).toBe('CANCELED');
    await expect(pending.cancel()).rejects.toMatchObject({ status: 400 });
    frozenAt = undefined;
    await running.wait(FAST);

    await h.client.apps.delete(app.id);
  });

  it('a deployment whose build fails rejects its wait with the failed step; waits survive 503s', async () => {
    const retrying = new DigitalOcean({ token: h.sim.token, baseUrl: h.sim.url, maxRetries: 3, retryBaseDelay: 1 });
    const app = await retrying.apps.create({ spec: { name: 'broken', services: [{ name: 'web', github: { repo: 'acme/web', branch: 'main' } }] } });
    const fault = h.sim.injectFault({ method: 'GET', path: '/v2/apps/*/deployments/*', status: 503, times: 2 });
    const first = await app.latestDeployment!.wait(FAST);
    expect([first.phase, fault.hits]).toEqual(['ACTIVE', 2]);

    const spec = app.spec;
    spec.services![0].buildCommand = 'npm run build && exit 1';
    await h.client.apps.update(app.id, spec);
    const failing = (await app.deployments())[0];
    const error = (await failing.wait(FAST).catch((e: unknown) => e)) as DeploymentFailedError;
    expect(error).toBeInstanceOf(DeploymentFailedError);
    expect(error.deployment.phase).toBe('ERROR');
    expect(error.failedStep?.componentName).toBe('web');
    expect(error.message).toContain('at step build-web of web');
    await app.reload();
    expect(app.activeDeployment?.id).toBe(first.id);
    await app.destroy();
  });

  itAnswersModules(() => h, 'apps');
  itConforms(() => h);
});
