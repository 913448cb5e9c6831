import {
  App,
  AppAlert,
  AppBandwidthUsage,
  AppEvent,
  AppHealth,
  AppInstance,
  AppInstanceSize,
  AppJobInvocation,
  AppLogs,
  AppProposal,
  AppRegion,
  AppRollbackValidation,
  Deployment,
  DeploymentFailedError,
  ResourceFailedError,
  type AppSpec,
  type DigitalOcean,
} from '../../../../lib/index.js';
import { toModel } from '../../../../lib/fields.js';
import { fixture, json, stubApi, testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one, whole } from '../../../operations.js';

const APP = '4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf';
const OTHER = 'c2a93513-8d9b-4223-9d61-5e7272c81cf5';
const D1 = '3aa4d20e-5527-4c00-b496-601fbd22520a';
const D2 = 'b6bdf840-2854-4f87-a36c-5f231c617c84';
const ALERT = 'b58cc9d4-0702-4ffd-ab45-4c2a8d979527';
const EVENT = '0c3e1b7a-2f4d-4a8e-9b6c-5d7e8f9a0b1c';
const RUN = 'ba32b134-569c-4c0c-ba02-8ffdb0492ece';
const BASE = `/v2/apps/${APP}`;

const SPEC: AppSpec = {
  name: 'sample-shop',
  region: 'ams',
  services: [
    {
      name: 'api',
      github: { repo: 'acme/sample-shop', branch: 'main', deployOnPush: true },
      runCommand: 'bin/api',
      instanceSizeSlug: 'apps-s-1vcpu-1gb',
      instanceCount: 2,
      envs: [{ key: 'GREETING', value: 'hello', scope: 'RUN_TIME' }],
    },
  ],
  workers: [{ name: 'queue', github: { repo: 'acme/sample-shop', branch: 'main' }, runCommand: 'bin/worker' }],
};
const WIRE_SPEC = {
  name: 'sample-shop',
  region: 'ams',
  services: [
    {
      name: 'api',
      github: { repo: 'acme/sample-shop', branch: 'main', deploy_on_push: true },
      run_command: 'bin/api',
      instance_size_slug: 'apps-s-1vcpu-1gb',
      instance_count: 2,
      envs: [{ key: 'GREETING', value: 'hello', scope: 'RUN_TIME' }],
    },
  ],
  workers: [{ name: 'queue', github: { repo: 'acme/sample-shop', branch: 'main' }, run_command: 'bin/worker' }],
};

/** Expects a deployment of the app equal to `fixture(name).deployment`. */
function deploymentOf(name: string): (value: unknown) => void {
  return (value) => {
    one(Deployment, name, 'deployment')(value);
    expect((value as Deployment).appId).toBe(APP);
  };
}

const app = (c: DigitalOcean) => loaded(c, App, 'apps/get', 'app');
const deployment = (c: DigitalOcean) => Object.assign(loaded(c, Deployment, 'apps/deployment', 'deployment'), { appId: APP });
const alert = (c: DigitalOcean) => Object.assign(loaded(c, AppAlert, 'apps/alert', 'alert'), { appId: APP });
const event = (c: DigitalOcean) => Object.assign(loaded(c, AppEvent, 'apps/event', 'event'), { appId: APP });
const run = (c: DigitalOcean) => Object.assign(c.attach(toModel(AppJobInvocation, fixture('apps/job-invocation'))), { appId: APP });
const url = (value: unknown) => expect(value).toBe(fixture<{ url: string }>('apps/exec').url);

describe('AppsCollection and App', () => {
  itSends([
    // the collection
    { name: 'client.apps.list()', call: (c) => c.apps.list(), method: 'GET', path: '/v2/apps', query: PAGE, status: 200, reply: 'apps/list', result: many(App, 'apps/list', 'apps') },
    { name: 'client.apps.list({ withProjects })', call: (c) => c.apps.list({ withProjects: true }), method: 'GET', path: '/v2/apps', query: { ...PAGE, with_projects: 'true' }, status: 200, reply: 'apps/list', result: many(App, 'apps/list', 'apps') },
    { name: 'client.apps.get(id)', call: (c) => c.apps.get(APP), method: 'GET', path: BASE, status: 200, reply: 'apps/get', result: one(App, 'apps/get', 'app') },
    { name: 'client.apps.create(attrs)', call: (c) => c.apps.create({ spec: SPEC, projectId: '88b72d1a-b78a-4d9f-9090-b53c4399073f' }), method: 'POST', path: '/v2/apps', body: { spec: WIRE_SPEC, project_id: '88b72d1a-b78a-4d9f-9090-b53c4399073f' }, status: 200, reply: 'apps/get', result: one(App, 'apps/get', 'app') },
    { name: 'client.apps.update(id, spec)', call: (c) => c.apps.update(APP, SPEC, { updateAllSourceVersions: true }), method: 'PUT', path: BASE, body: { spec: WIRE_SPEC, update_all_source_versions: true }, status: 200, reply: 'apps/get', result: one(App, 'apps/get', 'app') },
    { name: 'client.apps.delete(id)', call: (c) => c.apps.delete(APP), method: 'DELETE', path: BASE, status: 200, reply: 'apps/delete', result: nothing },
    { name: 'client.apps.propose(attrs)', call: (c) => c.apps.propose({ spec: SPEC, appId: APP }), method: 'POST', path: '/v2/apps/propose', body: { spec: WIRE_SPEC, app_id: APP }, status: 200, reply: 'apps/propose', result: whole(AppProposal, 'apps/propose') },
    { name: 'client.apps.regions()', call: (c) => c.apps.regions(), method: 'GET', path: '/v2/apps/regions', status: 200, reply: 'apps/regions', result: many(AppRegion, 'apps/regions', 'regions') },
    { name: 'client.apps.instanceSizes()', call: (c) => c.apps.instanceSizes(), method: 'GET', path: '/v2/apps/tiers/instance_sizes', status: 200, reply: 'apps/instance-sizes', result: many(AppInstanceSize, 'apps/instance-sizes', 'instance_sizes') },
    { name: 'client.apps.instanceSize(slug)', call: (c) => c.apps.instanceSize('apps-s-1vcpu-1gb'), method: 'GET', path: '/v2/apps/tiers/instance_sizes/apps-s-1vcpu-1gb', status: 200, reply: 'apps/instance-size', result: one(AppInstanceSize, 'apps/instance-size', 'instance_size') },
    { name: 'client.apps.bandwidthUsages(ids, { date })', call: (c) => c.apps.bandwidthUsages([APP, OTHER], { date: new Date('2025-03-13T17:00:00Z') }), method: 'POST', path: '/v2/apps/metrics/bandwidth_daily', body: { app_ids: [APP, OTHER], date: '2025-03-13T00:00:00Z' }, status: 200, reply: 'apps/bandwidths', result: whole(AppBandwidthUsage, 'apps/bandwidths') },
    { name: 'client.apps.bandwidthUsage(id)', call: (c) => c.apps.bandwidthUsage(APP), method: 'GET', path: `${BASE}/metrics/bandwidth_daily`, status: 200, reply: 'apps/bandwidth', result: whole(AppBandwidthUsage, 'apps/bandwidth') },
    { name: 'client.apps.deploy(id, { forceBuild })', call: (c) => c.apps.deploy(APP, { forceBuild: true }), method: 'POST', path: `${BASE}/deployments`, body: { force_build: true }, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'client.apps.deployments(id)', call: (c) => c.apps.deployments(APP), method: 'GET', path: `${BASE}/deployments`, query: PAGE, status: 200, reply: 'apps/deployments', result: many(Deployment, 'apps/deployments', 'deployments') },
    { name: 'client.apps.deployments(id, { type })', call: (c) => c.apps.deployments(APP, { type: 'MANUAL_ROLLBACK' }), method: 'GET', path: `${BASE}/deployments`, query: { ...PAGE, deployment_types: 'MANUAL_ROLLBACK' }, status: 200, reply: 'apps/deployments', result: many(Deployment, 'apps/deployments', 'deployments') },
    { name: 'client.apps.deployment(id, deploymentId)', call: (c) => c.apps.deployment(APP, D2), method: 'GET', path: `${BASE}/deployments/${D2}`, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'client.apps.cancelDeployment(id, deploymentId)', call: (c) => c.apps.cancelDeployment(APP, D2), method: 'POST', path: `${BASE}/deployments/${D2}/cancel`, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'client.apps.deploymentLogs(id, deploymentId, options)', call: (c) => c.apps.deploymentLogs(APP, D2, { type: 'BUILD' }), method: 'GET', path: `${BASE}/deployments/${D2}/logs`, query: { type: 'BUILD' }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },
    { name: 'client.apps.deploymentLogs(id, deploymentId, { component })', call: (c) => c.apps.deploymentLogs(APP, D2, { type: 'BUILD', component: 'api', follow: true, podConnectionTimeout: '1m' }), method: 'GET', path: `${BASE}/deployments/${D2}/components/api/logs`, query: { type: 'BUILD', follow: 'true', pod_connection_timeout: '1m' }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },
    { name: 'client.apps.deploymentExec(id, deploymentId, options)', call: (c) => c.apps.deploymentExec(APP, D2, { component: 'api', instanceName: 'api-6f9d8c7b5d-k2x9q' }), method: 'GET', path: `${BASE}/deployments/${D2}/components/api/exec`, query: { instance_name: 'api-6f9d8c7b5d-k2x9q' }, status: 200, reply: 'apps/exec', result: url },
    { name: 'client.apps.restart(id, { components })', call: (c) => c.apps.restart(APP, { components: ['api'] }), method: 'POST', path: `${BASE}/restart`, body: { components: ['api'] }, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'client.apps.rollback(id, deploymentId)', call: (c) => c.apps.rollback(APP, D1, { skipPin: true }), method: 'POST', path: `${BASE}/rollback`, body: { deployment_id: D1, skip_pin: true }, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'client.apps.validateRollback(id, deploymentId)', call: (c) => c.apps.validateRollback(APP, D1), method: 'POST', path: `${BASE}/rollback/validate`, body: { deployment_id: D1 }, status: 200, reply: 'apps/rollback-validation', result: whole(AppRollbackValidation, 'apps/rollback-validation') },
    { name: 'client.apps.commitRollback(id)', call: (c) => c.apps.commitRollback(APP), method: 'POST', path: `${BASE}/rollback/commit`, status: 200, result: nothing },
    { name: 'client.apps.revertRollback(id)', call: (c) => c.apps.revertRollback(APP), method: 'POST', path: `${BASE}/rollback/revert`, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'client.apps.logs(id, options)', call: (c) => c.apps.logs(APP, { type: 'RUN' }), method: 'GET', path: `${BASE}/logs`, query: { type: 'RUN' }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },
    { name: 'client.apps.logs(id, { component })', call: (c) => c.apps.logs(APP, { type: 'RUN', component: 'api', follow: true }), method: 'GET', path: `${BASE}/components/api/logs`, query: { type: 'RUN', follow: 'true' }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },
    { name: 'client.apps.exec(id, options)', call: (c) => c.apps.exec(APP, { component: 'api' }), method: 'GET', path: `${BASE}/components/api/exec`, status: 200, reply: 'apps/exec', result: url },
    { name: 'client.apps.instances(id)', call: (c) => c.apps.instances(APP), method: 'GET', path: `${BASE}/instances`, status: 200, reply: 'apps/instances', result: many(AppInstance, 'apps/instances', 'instances') },
    { name: 'client.apps.alerts(id)', call: (c) => c.apps.alerts(APP), method: 'GET', path: `${BASE}/alerts`, status: 200, reply: 'apps/alerts', result: many(AppAlert, 'apps/alerts', 'alerts') },
    { name: 'client.apps.assignAlertDestinations(id, alertId, destinations)', call: (c) => c.apps.assignAlertDestinations(APP, ALERT, { emails: ['sammy@example.com'], slackWebhooks: [{ url: 'https://hooks.slack.com/services/T0/B0/XYZ', channel: 'ops' }] }), method: 'POST', path: `${BASE}/alerts/${ALERT}/destinations`, body: { emails: ['sammy@example.com'], slack_webhooks: [{ url: 'https://hooks.slack.com/services/T0/B0/XYZ', channel: 'ops' }] }, status: 200, reply: 'apps/alert', result: one(AppAlert, 'apps/alert', 'alert') },
    { name: 'client.apps.health(id)', call: (c) => c.apps.health(APP), method: 'GET', path: `${BASE}/health`, status: 200, reply: 'apps/health', result: one(AppHealth, 'apps/health', 'app_health') },
    { name: 'client.apps.jobInvocations(id)', call: (c) => c.apps.jobInvocations(APP), method: 'GET', path: `${BASE}/job-invocations`, query: PAGE, status: 200, reply: 'apps/job-invocations', result: many(AppJobInvocation, 'apps/job-invocations', 'job_invocations') },
    { name: 'client.apps.jobInvocations(id, { jobName, deploymentId })', call: (c) => c.apps.jobInvocations(APP, { jobName: 'migrate', deploymentId: D1 }), method: 'GET', path: `${BASE}/job-invocations`, query: { ...PAGE, job_names: 'migrate', deployment_id: D1 }, status: 200, reply: 'apps/job-invocations', result: many(AppJobInvocation, 'apps/job-invocations', 'job_invocations') },
    { name: 'client.apps.jobInvocation(id, invocationId, { jobName })', call: (c) => c.apps.jobInvocation(APP, RUN, { jobName: 'migrate' }), method: 'GET', path: `${BASE}/job-invocations/${RUN}`, query: { job_name: 'migrate' }, status: 200, reply: 'apps/job-invocation', result: whole(AppJobInvocation, 'apps/job-invocation') },
    { name: 'client.apps.cancelJobInvocation(id, invocationId)', call: (c) => c.apps.cancelJobInvocation(APP, RUN), method: 'POST', path: `${BASE}/job-invocations/${RUN}/cancel`, status: 200, reply: 'apps/job-invocation-canceled', result: whole(AppJobInvocation, 'apps/job-invocation-canceled') },
    { name: 'client.apps.jobInvocationLogs(id, job, invocationId, options)', call: (c) => c.apps.jobInvocationLogs(APP, 'migrate', RUN, { deploymentId: D1, follow: true, tailLines: 100, podConnectionTimeout: '30s' }), method: 'GET', path: `${BASE}/jobs/migrate/invocations/${RUN}/logs`, query: { type: 'JOB_INVOCATION', deployment_id: D1, follow: 'true', tail_lines: '100', pod_connection_timeout: '30s' }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },
    { name: 'client.apps.events(id, { type })', call: (c) => c.apps.events(APP, { type: 'DEPLOYMENT' }), method: 'GET', path: `${BASE}/events`, query: { ...PAGE, event_types: 'DEPLOYMENT' }, status: 200, reply: 'apps/events', result: many(AppEvent, 'apps/events', 'events') },
    { name: 'client.apps.event(id, eventId)', call: (c) => c.apps.event(APP, EVENT), method: 'GET', path: `${BASE}/events/${EVENT}`, status: 200, reply: 'apps/event', result: one(AppEvent, 'apps/event', 'event') },
    { name: 'client.apps.cancelEvent(id, eventId)', call: (c) => c.apps.cancelEvent(APP, EVENT), method: 'POST', path: `${BASE}/events/${EVENT}/cancel`, status: 200, reply: 'apps/event', result: one(AppEvent, 'apps/event', 'event') },
    { name: 'client.apps.eventLogs(id, eventId, options)', call: (c) => c.apps.eventLogs(APP, EVENT, { type: 'DEPLOY' }), method: 'GET', path: `${BASE}/events/${EVENT}/logs`, query: { type: 'DEPLOY' }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },

    // the app's verbs
    { name: 'app.reload()', call: (c) => app(c).reload(), method: 'GET', path: BASE, status: 200, reply: 'apps/get', result: one(App, 'apps/get', 'app') },
    { name: 'app.update(spec)', call: (c) => app(c).update(SPEC), method: 'PUT', path: BASE, body: { spec: WIRE_SPEC }, status: 200, reply: 'apps/get', result: one(App, 'apps/get', 'app') },
    { name: 'app.destroy()', call: (c) => app(c).destroy(), method: 'DELETE', path: BASE, status: 200, reply: 'apps/delete', result: nothing },
    { name: 'app.deploy()', call: (c) => app(c).deploy(), method: 'POST', path: `${BASE}/deployments`, body: {}, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'app.deployments()', call: (c) => app(c).deployments(), method: 'GET', path: `${BASE}/deployments`, query: PAGE, status: 200, reply: 'apps/deployments', result: many(Deployment, 'apps/deployments', 'deployments') },
    { name: 'app.deployment(id)', call: (c) => app(c).deployment(D2), method: 'GET', path: `${BASE}/deployments/${D2}`, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'app.rollback(deployment)', call: (c) => app(c).rollback(app(c).activeDeployment!), method: 'POST', path: `${BASE}/rollback`, body: { deployment_id: D1 }, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'app.validateRollback(deployment)', call: (c) => app(c).validateRollback(D1, { skipPin: false }), method: 'POST', path: `${BASE}/rollback/validate`, body: { deployment_id: D1, skip_pin: false }, status: 200, reply: 'apps/rollback-validation', result: whole(AppRollbackValidation, 'apps/rollback-validation') },
    { name: 'app.commitRollback()', call: (c) => app(c).commitRollback(), method: 'POST', path: `${BASE}/rollback/commit`, status: 200, result: nothing },
    { name: 'app.revertRollback()', call: (c) => app(c).revertRollback(), method: 'POST', path: `${BASE}/rollback/revert`, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'app.restart()', call: (c) => app(c).restart(), method: 'POST', path: `${BASE}/restart`, body: {}, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'app.logs({ component, type })', call: (c) => app(c).logs({ component: 'queue', type: 'RUN_RESTARTED' }), method: 'GET', path: `${BASE}/components/queue/logs`, query: { type: 'RUN_RESTARTED' }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },
    { name: 'app.exec({ component })', call: (c) => app(c).exec({ component: 'queue' }), method: 'GET', path: `${BASE}/components/queue/exec`, status: 200, reply: 'apps/exec', result: url },
    { name: 'app.instances()', call: (c) => app(c).instances(), method: 'GET', path: `${BASE}/instances`, status: 200, reply: 'apps/instances', result: many(AppInstance, 'apps/instances', 'instances') },
    { name: 'app.alerts()', call: (c) => app(c).alerts(), method: 'GET', path: `${BASE}/alerts`, status: 200, reply: 'apps/alerts', result: many(AppAlert, 'apps/alerts', 'alerts') },
    { name: 'app.health()', call: (c) => app(c).health(), method: 'GET', path: `${BASE}/health`, status: 200, reply: 'apps/health', result: one(AppHealth, 'apps/health', 'app_health') },
    { name: 'app.bandwidthUsage({ date })', call: (c) => app(c).bandwidthUsage({ date: new Date('2025-03-13T00:00:00Z') }), method: 'GET', path: `${BASE}/metrics/bandwidth_daily`, query: { date: '2025-03-13T00:00:00Z' }, status: 200, reply: 'apps/bandwidth', result: whole(AppBandwidthUsage, 'apps/bandwidth') },
    { name: 'app.jobInvocations()', call: (c) => app(c).jobInvocations(), method: 'GET', path: `${BASE}/job-invocations`, query: PAGE, status: 200, reply: 'apps/job-invocations', result: many(AppJobInvocation, 'apps/job-invocations', 'job_invocations') },
    { name: 'app.jobInvocation(id)', call: (c) => app(c).jobInvocation(RUN), method: 'GET', path: `${BASE}/job-invocations/${RUN}`, status: 200, reply: 'apps/job-invocation', result: whole(AppJobInvocation, 'apps/job-invocation') },
    { name: 'app.events()', call: (c) => app(c).events(), method: 'GET', path: `${BASE}/events`, query: PAGE, status: 200, reply: 'apps/events', result: many(AppEvent, 'apps/events', 'events') },
    { name: 'app.event(id)', call: (c) => app(c).event(EVENT), method: 'GET', path: `${BASE}/events/${EVENT}`, status: 200, reply: 'apps/event', result: one(AppEvent, 'apps/event', 'event') },
    { name: 'app.propose(spec)', call: (c) => app(c).propose(SPEC), method: 'POST', path: '/v2/apps/propose', body: { spec: WIRE_SPEC, app_id: APP }, status: 200, reply: 'apps/propose', result: whole(AppProposal, 'apps/propose') },

    // the verbs of what an app has
    { name: 'deployment.reload()', call: (c) => deployment(c).reload(), method: 'GET', path: `${BASE}/deployments/${D2}`, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'deployment.cancel()', call: (c) => deployment(c).cancel(), method: 'POST', path: `${BASE}/deployments/${D2}/cancel`, status: 200, reply: 'apps/deployment', result: deploymentOf('apps/deployment') },
    { name: 'deployment.logs({ type })', call: (c) => deployment(c).logs({ type: 'DEPLOY' }), method: 'GET', path: `${BASE}/deployments/${D2}/logs`, query: { type: 'DEPLOY' }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },
    { name: 'deployment.exec({ component })', call: (c) => deployment(c).exec({ component: 'api' }), method: 'GET', path: `${BASE}/deployments/${D2}/components/api/exec`, status: 200, reply: 'apps/exec', result: url },
    { name: 'alert.assignDestinations(destinations)', call: (c) => alert(c).assignDestinations({ emails: ['sammy@example.com'] }), method: 'POST', path: `${BASE}/alerts/${ALERT}/destinations`, body: { emails: ['sammy@example.com'] }, status: 200, reply: 'apps/alert', result: one(AppAlert, 'apps/alert', 'alert') },
    { name: 'event.reload()', call: (c) => event(c).reload(), method: 'GET', path: `${BASE}/events/${EVENT}`, status: 200, reply: 'apps/event', result: one(AppEvent, 'apps/event', 'event') },
    { name: 'event.cancel()', call: (c) => event(c).cancel(), method: 'POST', path: `${BASE}/events/${EVENT}/cancel`, status: 200, reply: 'apps/event', result: one(AppEvent, 'apps/event', 'event') },
    { name: 'event.logs({ type })', call: (c) => event(c).logs({ type: 'AUTOSCALE_EVENT' }), method: 'GET', path: `${BASE}/events/${EVENT}/logs`, query: { type: 'AUTOSCALE_EVENT' }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },
    { name: 'invocation.reload()', call: (c) => run(c).reload(), method: 'GET', path: `${BASE}/job-invocations/${RUN}`, query: { job_name: 'migrate' }, status: 200, reply: 'apps/job-invocation', result: whole(AppJobInvocation, 'apps/job-invocation') },
    { name: 'invocation.cancel()', call: (c) => run(c).cancel(), method: 'POST', path: `${BASE}/job-invocations/${RUN}/cancel`, query: { job_name: 'migrate' }, status: 200, reply: 'apps/job-invocation-canceled', result: whole(AppJobInvocation, 'apps/job-invocation-canceled') },
    { name: 'invocation.logs()', call: (c) => run(c).logs(), method: 'GET', path: `${BASE}/jobs/migrate/invocations/${RUN}/logs`, query: { type: 'JOB_INVOCATION', deployment_id: D1 }, status: 200, reply: 'apps/logs', result: whole(AppLogs, 'apps/logs') },
  ]);

  itRefuses([
    ['get with a name instead of an id', (c) => c.apps.get('sample-shop'), 'id'],
    ['create without a spec', (c) => c.apps.create({} as never), 'attrs.spec'],
    ['create with a bad app name', (c) => c.apps.create({ spec: { ...SPEC, name: 'Sample Shop' } }), 'attrs.spec.name'],
    ['create with an unknown region', (c) => c.apps.create({ spec: { ...SPEC, region: 'mars' as never } }), 'attrs.spec.region'],
    ['create with a snake_case spec attribute', (c) => c.apps.create({ spec: { ...SPEC, static_sites: [] } as never }), 'attrs.spec'],
    ['create with a component name used twice', (c) => c.apps.create({ spec: { ...SPEC, workers: [{ name: 'api' }] } }), 'attrs.spec.workers[0].name'],
    ['create with two sources on one component', (c) => c.apps.create({ spec: { name: 'x1', services: [{ name: 'web', github: { repo: 'a/b', branch: 'main' }, image: { registryType: 'DOCR', repository: 'web' } }] } }), 'attrs.spec.services[0]'],
    ['create with a bad env var key', (c) => c.apps.create({ spec: { name: 'x1', workers: [{ name: 'w1', envs: [{ key: '1BAD' }] }] } }), 'attrs.spec.workers[0].envs[0].key'],
    ['create with an unknown env var scope', (c) => c.apps.create({ spec: { name: 'x1', workers: [{ name: 'w1', envs: [{ key: 'A', scope: 'ALWAYS' as never }] }] } }), 'attrs.spec.workers[0].envs[0].scope'],
    ['create with instanceCount 0', (c) => c.apps.create({ spec: { name: 'x1', workers: [{ name: 'w1', instanceCount: 0 }] } }), 'attrs.spec.workers[0].instanceCount'],
    ['create with an unknown alert rule', (c) => c.apps.create({ spec: { name: 'x1', alerts: [{ rule: 'ON_FIRE' as never }] } }), 'attrs.spec.alerts[0].rule'],
    ['create with an unknown job kind', (c) => c.apps.create({ spec: { name: 'x1', jobs: [{ name: 'j1', kind: 'NIGHTLY' as never }] } }), 'attrs.spec.jobs[0].kind'],
    ['update with an unknown option', (c) => c.apps.update(APP, SPEC, { force: true } as never), 'options'],
    ['deploy with a non-boolean forceBuild', (c) => c.apps.deploy(APP, { forceBuild: 'yes' as never }), 'options.forceBuild'],
    ['deployments of an unknown type', (c) => c.apps.deployments(APP, { type: 'SOMETIMES' as never }), 'options.type'],
    ['rollback to a non-UUID', (c) => c.apps.rollback(APP, 'latest'), 'deployment'],
    ['logs without a type', (c) => c.apps.logs(APP, {} as never), 'options.type'],
    ['logs of a path instead of a component', (c) => c.apps.logs(APP, { type: 'RUN', component: '../x' }), 'options.component'],
    ['exec without a component', (c) => c.apps.exec(APP, {} as never), 'options.component'],
    ['restart with no components', (c) => c.apps.restart(APP, { components: [] }), 'options.components'],
    ['an alert destination that is not an email', (c) => c.apps.assignAlertDestinations(APP, ALERT, { emails: ['sammy'] }), 'destinations.emails[0]'],
    ['a Slack webhook over http', (c) => c.apps.assignAlertDestinations(APP, ALERT, { slackWebhooks: [{ url: 'http://hooks.slack.com/x' }] }), 'destinations.slackWebhooks[0].url'],
    ['bandwidth of no apps', (c) => c.apps.bandwidthUsages([]), 'appIds'],
    ['bandwidth on an invalid date', (c) => c.apps.bandwidthUsage(APP, { date: new Date('nope') }), 'options.date'],
    ['an instance size with a slash', (c) => c.apps.instanceSize('a/b'), 'slug'],
    ['job invocation logs with tailLines 0', (c) => c.apps.jobInvocationLogs(APP, 'migrate', RUN, { tailLines: 0 }), 'options.tailLines'],
    ['an event id that is not a UUID', (c) => c.apps.event(APP, '42'), 'eventId'],
  ]);

  describe('App', () => {
    it('reads its spec in camelCase, and its nested deployments know their app', () => {
      const model = app(testClient());
      expect(model.spec.services?.[0]).toMatchObject({ instanceSizeSlug: 'apps-s-1vcpu-1gb', github: { deployOnPush: true } });
      expect([model.name, model.urn]).toEqual(['sample-shop', `do:app:${APP}`]);
      expect(json(model)).toEqual(fixture<{ app: unknown }>('apps/get').app);
    });

    it('gives nested deployments their app id when loaded', async () => {
      stubApi('GET', BASE).reply(200, fixture('apps/get'));
      const model = await testClient().apps.get(APP);
      expect([model.activeDeployment?.appId, model.latestDeployment?.id]).toEqual([APP, D2]);
    });
  });

  describe('Deployment#wait', () => {
    it('polls until ACTIVE and resolves to the deployment, reloaded in place', async () => {
      const reply = fixture<{ deployment: Record<string, unknown> }>('apps/deployment');
      stubApi('GET', `${BASE}/deployments/${D2}`).reply(200, reply);
      stubApi('GET', `${BASE}/deployments/${D2}`).reply(200, { deployment: { ...reply.deployment, phase: 'ACTIVE' } });
      const subject = deployment(testClient());
      const seen: string[] = [];
      await expect(subject.wait({ interval: 1, onProgress: (d) => seen.push(d.phase) })).resolves.toBe(subject);
      expect([subject.phase, seen]).toEqual(['ACTIVE', ['DEPLOYING', 'ACTIVE']]);
    });

    it('leaves the app it was started from current: one reload of the app once it is live', async () => {
      const client = testClient();
      const model = app(client);
      const reply = fixture<{ deployment: Record<string, unknown> }>('apps/deployment');
      stubApi('POST', `${BASE}/deployments`).reply(200, reply);
      stubApi('GET', `${BASE}/deployments/${D2}`).reply(200, { deployment: { ...reply.deployment, phase: 'ACTIVE' } });
      const fresh = fixture<{ app: Record<string, unknown> }>('apps/get');
      stubApi('GET', BASE).reply(200, { app: { ...fresh.app, active_deployment: { ...reply.deployment, phase: 'ACTIVE' }, in_progress_deployment: undefined } });
      const started = await model.deploy();
      await started.wait({ interval: 1 });
      expect([model.activeDeployment?.id, model.activeDeployment?.appId, model.inProgressDeployment]).toEqual([D2, APP, undefined]);
    });

    it('reloads nothing when started by id, without an app model', async () => {
      const reply = fixture<{ deployment: Record<string, unknown> }>('apps/deployment');
      stubApi('POST', `${BASE}/deployments`).reply(200, reply);
      stubApi('GET', `${BASE}/deployments/${D2}`).reply(200, { deployment: { ...reply.deployment, phase: 'ACTIVE' } });
      const started = await testClient().apps.deploy(APP);
      await expect(started.wait({ interval: 1 })).resolves.toBe(started);
      expect([started.phase, started.appId]).toEqual(['ACTIVE', APP]);
    });

    it('waits on two deployments together: a failed reload of one rejects its own wait only', async () => {
      const reply = fixture<{ deployment: Record<string, unknown> }>('apps/deployment');
      const D3 = 'a3bc2f21-0d4e-4c53-8f5b-1e2d3c4b5a69';
      stubApi('GET', `${BASE}/deployments/${D3}`).reply(404, { id: 'not_found', message: 'The resource you were accessing could not be found.' });
      stubApi('GET', `${BASE}/deployments/${D2}`).reply(200, { deployment: { ...reply.deployment, phase: 'ACTIVE' } });
      const client = testClient();
      const gone = Object.assign(deployment(client), { id: D3 });
      const live = deployment(client);
      const [lost, won] = await Promise.allSettled([gone.wait({ interval: 1 }), live.wait({ interval: 1 })]);
      expect(lost).toMatchObject({ status: 'rejected', reason: { name: 'NotFoundError', status: 404 } });
      expect(won).toEqual({ status: 'fulfilled', value: live });
      expect(live.phase).toBe('ACTIVE');
    });

    it('rejects with DeploymentFailedError carrying the deployment and its failed step when it ends ERROR', async () => {
      const reply = fixture<{ deployment: { progress: { steps: Array<Record<string, unknown>> } } & Record<string, unknown> }>('apps/deployment');
      const failed = structuredClone(reply.deployment);
      failed.phase = 'ERROR';
      failed.progress.steps[0] = { name: 'build', status: 'ERROR', steps: [{ name: 'build-api', status: 'ERROR', component_name: 'api', reason: { code: 'BuildJobExitNonZero', message: 'exit 1' } }] };
      stubApi('GET', `${BASE}/deployments/${D2}`).reply(200, { deployment: failed });
      const error = (await deployment(testClient()).wait({ interval: 1 }).catch((e: unknown) => e)) as DeploymentFailedError;
      expect(error).toBeInstanceOf(DeploymentFailedError);
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect([error.deployment.phase, error.resource, error.state, error.wanted]).toEqual(['ERROR', error.deployment, 'ERROR', 'ACTIVE']);
      expect(error.failedStep?.componentName).toBe('api');
      expect(error.message).toBe(`deployment ${D2} of app ${APP} ended ERROR at step build-api of api: exit 1`);
    });
  });
});
