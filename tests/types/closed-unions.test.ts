/**
 * Closed types where the API has closed sets, and attributes that exclude each other: every
 * `@ts-expect-error` line must fail to compile (`npm run typecheck` checks this file), and each
 * call is still refused at run time, before any request, for callers without types.
 */
import {
  Action,
  RECORD_TYPES,
  type ActionType,
  type AlertPolicyAttributes,
  type MetricPoint,
  type DomainRecordAttributes,
  type LoadBalancerAttributes,
  type RecordType,
  type ReservedIpCreateAttributes,
  type VolumeCreateAttributes,
} from '../../lib/index.js';
import { testClient } from '../helpers.js';

const RULES: LoadBalancerAttributes['forwardingRules'] = [{ entryProtocol: 'http', entryPort: 80, targetProtocol: 'http', targetPort: 8080 }];
const client = testClient();
const domain = client.domains;

describe('closed types', () => {
  it('record types are the API\'s own: a misspelt one does not compile and is refused', async () => {
    const types: RecordType[] = [...RECORD_TYPES];
    const ok: DomainRecordAttributes = { type: 'CNAME', name: 'www', data: '@' };
    expect([types.length, ok.type]).toEqual([9, 'CNAME']);
    // @ts-expect-error 'CNAMEE' is no record type
    const bad: DomainRecordAttributes = { type: 'CNAMEE', name: 'www', data: '@' };
    await expect(domain.createRecord('example.com', bad)).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs.type' });
    // @ts-expect-error the records filter takes record types only
    expect(() => domain.records('example.com', { type: 'PTR' })).toThrow(expect.objectContaining({ field: 'type' }));
  });

  it('action types a request starts are closed; Action.type stays open for the types the API adds', () => {
    const started: ActionType[] = ['power_off', 'snapshot', 'transfer', 'convert', 'attach', 'detach', 'resize', 'assign', 'unassign', 'enable_private_networking'];
    // @ts-expect-error 'power_of' is no action type
    const misspelt: ActionType = 'power_of';
    const action = new Action();
    action.type = 'attach_volume'; // a type the API reports without its description listing it
    action.type = 'power_off';
    expect([started.length, misspelt, action.type]).toEqual([10, 'power_of', 'power_off']);
  });
});

describe('attributes that exclude each other', () => {
  it('a load balancer takes a tag or droplet ids, not both', async () => {
    const byTag: LoadBalancerAttributes = { name: 'lb', region: 'nyc3', forwardingRules: RULES, tag: 'web' };
    const byIds: LoadBalancerAttributes = { name: 'lb', region: 'nyc3', forwardingRules: RULES, dropletIds: [1, 2] };
    expect([byTag.tag, byIds.dropletIds]).toEqual(['web', [1, 2]]);
    // @ts-expect-error a tag and droplet ids together
    const both: LoadBalancerAttributes = { name: 'lb', region: 'nyc3', forwardingRules: RULES, tag: 'web', dropletIds: [1] };
    await expect(client.loadBalancers.create(both)).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs' });
  });

  it('a volume comes from a region, a snapshot or both, never from neither', async () => {
    const fresh: VolumeCreateAttributes = { name: 'data', sizeGigabytes: 10, region: 'nyc3' };
    const restored: VolumeCreateAttributes = { name: 'data', sizeGigabytes: 10, snapshotId: 'b0798135-fb76-11eb-946a-0a58ac146f33' };
    const both: VolumeCreateAttributes = { ...restored, region: 'nyc3' };
    expect([fresh.region, restored.snapshotId, both.region]).toEqual(['nyc3', 'b0798135-fb76-11eb-946a-0a58ac146f33', 'nyc3']);
    // @ts-expect-error neither a region nor a snapshot
    const nowhere: VolumeCreateAttributes = { name: 'data', sizeGigabytes: 10 };
    await expect(client.volumes.create(nowhere)).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs.region' });
  });

  it('a reserved IP goes onto one droplet or into a region, not both', async () => {
    const inRegion: ReservedIpCreateAttributes = { region: 'nyc3', projectId: '746c6152-2fa2-11ed-92d3-27aaa54e4988' };
    const onDroplet: ReservedIpCreateAttributes = { dropletId: 3164444 };
    expect([inRegion.region, onDroplet.dropletId]).toEqual(['nyc3', 3164444]);
    // @ts-expect-error a droplet and a region together
    const both: ReservedIpCreateAttributes = { dropletId: 3164444, region: 'nyc3' };
    await expect(client.reservedIps.create(both)).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs' });
    // @ts-expect-error a droplet by id and as a model together
    const twice: ReservedIpCreateAttributes = { dropletId: 3164444, droplet: 3164445 };
    await expect(client.reservedIps.create(twice)).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs' });
    // @ts-expect-error a project goes with a region only
    const projectOnDroplet: ReservedIpCreateAttributes = { dropletId: 3164444, projectId: '746c6152-2fa2-11ed-92d3-27aaa54e4988' };
    await expect(client.reservedIps.create(projectOnDroplet)).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs.projectId' });
  });

  it('a CDN endpoint with a custom domain needs its certificate', async () => {
    const origin = 'assets.nyc3.digitaloceanspaces.com';
    // @ts-expect-error a custom domain without a certificate
    await expect(client.cdnEndpoints.create({ origin, customDomain: 'static.example.com' })).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs.certificateId' });
  });

  it('alert policy types, comparisons and windows, and metric aggregates are closed; points are [Date, number]', async () => {
    const base: AlertPolicyAttributes = { type: 'v1/insights/droplet/cpu', description: 'CPU', compare: 'GreaterThan', value: 80, window: '5m', alerts: { email: ['ops@example.com'] } };
    // @ts-expect-error 'v1/insights/droplet/gpu' is no alert type
    const type: AlertPolicyAttributes = { ...base, type: 'v1/insights/droplet/gpu' };
    await expect(client.alertPolicies.create(type)).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs.type' });
    // @ts-expect-error the comparison is GreaterThan or LessThan
    const compare: AlertPolicyAttributes = { ...base, compare: 'greater_than' };
    await expect(client.alertPolicies.create(compare)).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs.compare' });
    // @ts-expect-error windows are 5m, 10m, 30m and 1h
    const window: AlertPolicyAttributes = { ...base, window: '15m' };
    await expect(client.alertPolicies.create(window)).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs.window' });
    const range = { start: new Date(0), end: new Date(60_000) };
    // @ts-expect-error MySQL load aggregates are avg and max only
    await expect(client.metrics.mysql('9cc10173-e9ea-4176-9dbc-a4cee4c4ff30').load({ ...range, metric: 'load1', aggregate: 'min' })).rejects.toMatchObject({ name: 'ValidationError', field: 'range.aggregate' });
    // @ts-expect-error bandwidth needs its interface and direction
    await expect(client.metrics.droplet(3164444).bandwidth(range)).rejects.toMatchObject({ name: 'ValidationError', field: 'range.interface' });
    const point: MetricPoint = [new Date(0), 1];
    // @ts-expect-error a point's time is a Date, its value a number
    const raw: MetricPoint = [0, '1'];
    expect([point[1], raw.length]).toEqual([1, 2]);
  });
});
