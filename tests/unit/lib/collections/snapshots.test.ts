import { Snapshot } from '../../../../lib/index.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

describe('SnapshotsCollection and Snapshot', () => {
  itSends([
    { name: 'client.snapshots.list()', call: (c) => c.snapshots.list(), method: 'GET', path: '/v2/snapshots', query: PAGE, status: 200, reply: 'snapshots/list', result: many(Snapshot, 'snapshots/list', 'snapshots') },
    { name: 'client.snapshots.list({ resourceType })', call: (c) => c.snapshots.list({ resourceType: 'volume' }), method: 'GET', path: '/v2/snapshots', query: { ...PAGE, resource_type: 'volume' }, status: 200, reply: 'snapshots/list', result: many(Snapshot, 'snapshots/list', 'snapshots') },
    { name: 'client.snapshots.get(id)', call: (c) => c.snapshots.get(6372321), method: 'GET', path: '/v2/snapshots/6372321', status: 200, reply: 'snapshots/get', result: one(Snapshot, 'snapshots/get', 'snapshot') },
    { name: 'client.snapshots.delete(id)', call: (c) => c.snapshots.delete('8fa70202-873f-11e6-8b68-000f533176b1'), method: 'DELETE', path: '/v2/snapshots/8fa70202-873f-11e6-8b68-000f533176b1', status: 204, result: nothing },
    { name: 'snapshot.reload()', call: (c) => loaded(c, Snapshot, 'snapshots/get', 'snapshot').reload(), method: 'GET', path: '/v2/snapshots/6372321', status: 200, reply: 'snapshots/get', result: one(Snapshot, 'snapshots/get', 'snapshot') },
    { name: 'snapshot.destroy()', call: (c) => loaded(c, Snapshot, 'snapshots/get', 'snapshot').destroy(), method: 'DELETE', path: '/v2/snapshots/6372321', status: 204, result: nothing },
  ]);

  itRefuses([
    ['list by an unknown resource type', (c) => c.snapshots.list({ resourceType: 'image' as never }), 'resourceType'],
    ['get with a path', (c) => c.snapshots.get('../account'), 'id'],
  ]);
});
