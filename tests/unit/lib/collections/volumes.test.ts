import { Action, Droplet, Snapshot, Volume } from '../../../../lib/index.js';
import { testClient } from '../../../helpers.js';
import { PAGE, itRefuses, itSends, loaded, many, nothing, one } from '../../../operations.js';

const ID = '506f78a4-e098-11e5-ad9f-000f53306ae1';
const SNAP = '8fa70202-873f-11e6-8b68-000f533176b1';
const action = one(Action, 'volumes/action', 'action');
const vol = (c: Parameters<typeof loaded>[0]) => loaded(c, Volume, 'volumes/get', 'volume');
const droplet = (c: Parameters<typeof loaded>[0]) => loaded(c, Droplet, 'droplets/get', 'droplet');

describe('VolumesCollection and Volume', () => {
  itSends([
    { name: 'client.volumes.list({ name, region })', call: (c) => c.volumes.list({ name: 'example', region: 'nyc3' }), method: 'GET', path: '/v2/volumes', query: { ...PAGE, name: 'example', region: 'nyc3' }, status: 200, reply: 'volumes/list', result: many(Volume, 'volumes/list', 'volumes') },
    { name: 'client.volumes.get(id)', call: (c) => c.volumes.get(ID), method: 'GET', path: `/v2/volumes/${ID}`, status: 200, reply: 'volumes/get', result: one(Volume, 'volumes/get', 'volume') },
    { name: 'client.volumes.create(attrs)', call: (c) => c.volumes.create({ name: 'example', sizeGigabytes: 10, region: 'nyc3', description: 'Block store for examples', filesystemType: 'ext4', filesystemLabel: 'example', tags: ['aninterestingtag'] }), method: 'POST', path: '/v2/volumes', body: { name: 'example', size_gigabytes: 10, region: 'nyc3', description: 'Block store for examples', filesystem_type: 'ext4', filesystem_label: 'example', tags: ['aninterestingtag'] }, status: 201, reply: 'volumes/get', result: one(Volume, 'volumes/get', 'volume') },
    { name: 'client.volumes.create from a snapshot', call: (c) => c.volumes.create({ name: 'restored', sizeGigabytes: 10, snapshotId: SNAP }), method: 'POST', path: '/v2/volumes', body: { name: 'restored', size_gigabytes: 10, snapshot_id: SNAP }, status: 201, reply: 'volumes/get', result: one(Volume, 'volumes/get', 'volume') },
    { name: 'client.volumes.delete(id)', call: (c) => c.volumes.delete(ID), method: 'DELETE', path: `/v2/volumes/${ID}`, status: 204, result: nothing },
    { name: 'client.volumes.deleteByName(name, region)', call: (c) => c.volumes.deleteByName('example', 'nyc3'), method: 'DELETE', path: '/v2/volumes', query: { name: 'example', region: 'nyc3' }, status: 204, result: nothing },
    { name: 'client.volumes.attach(id, droplet)', call: (c) => c.volumes.attach(ID, 3164444), method: 'POST', path: `/v2/volumes/${ID}/actions`, body: { type: 'attach', droplet_id: 3164444 }, status: 202, reply: 'volumes/action', result: action },
    { name: 'client.volumes.detach(id, droplet)', call: (c) => c.volumes.detach(ID, droplet(c)), method: 'POST', path: `/v2/volumes/${ID}/actions`, body: { type: 'detach', droplet_id: 3164444 }, status: 202, reply: 'volumes/action', result: action },
    { name: 'client.volumes.resize(id, size, region)', call: (c) => c.volumes.resize(ID, 100, 'nyc3'), method: 'POST', path: `/v2/volumes/${ID}/actions`, body: { type: 'resize', size_gigabytes: 100, region: 'nyc3' }, status: 202, reply: 'volumes/action', result: action },
    { name: 'client.volumes.attachByName(name, region, droplet)', call: (c) => c.volumes.attachByName('example', 'nyc3', 3164444), method: 'POST', path: '/v2/volumes/actions', body: { type: 'attach', volume_name: 'example', region: 'nyc3', droplet_id: 3164444 }, status: 202, reply: 'volumes/action', result: action },
    { name: 'client.volumes.detachByName(name, region, droplet)', call: (c) => c.volumes.detachByName('example', 'nyc3', droplet(c)), method: 'POST', path: '/v2/volumes/actions', body: { type: 'detach', volume_name: 'example', region: 'nyc3', droplet_id: 3164444 }, status: 202, reply: 'volumes/action', result: action },
    { name: 'client.volumes.listActions(id)', call: (c) => c.volumes.listActions(ID), method: 'GET', path: `/v2/volumes/${ID}/actions`, query: PAGE, status: 200, reply: 'volumes/actions', result: many(Action, 'volumes/actions', 'actions') },
    { name: 'client.volumes.getAction(id, actionId)', call: (c) => c.volumes.getAction(ID, 72531856), method: 'GET', path: `/v2/volumes/${ID}/actions/72531856`, status: 200, reply: 'volumes/action', result: action },
    { name: 'client.volumes.snapshot(id, name)', call: (c) => c.volumes.snapshot(ID, 'big-data-snapshot1475261774', { tags: ['aninterestingtag'] }), method: 'POST', path: `/v2/volumes/${ID}/snapshots`, body: { name: 'big-data-snapshot1475261774', tags: ['aninterestingtag'] }, status: 201, reply: 'snapshots/volume', result: one(Snapshot, 'snapshots/volume', 'snapshot') },
    { name: 'client.volumes.snapshots(id)', call: (c) => c.volumes.snapshots(ID), method: 'GET', path: `/v2/volumes/${ID}/snapshots`, query: PAGE, status: 200, reply: 'snapshots/list', result: many(Snapshot, 'snapshots/list', 'snapshots') },
    { name: 'client.volumes.getSnapshot(id)', call: (c) => c.volumes.getSnapshot(SNAP), method: 'GET', path: `/v2/volumes/snapshots/${SNAP}`, status: 200, reply: 'snapshots/volume', result: one(Snapshot, 'snapshots/volume', 'snapshot') },
    { name: 'client.volumes.deleteSnapshot(id)', call: (c) => c.volumes.deleteSnapshot(SNAP), method: 'DELETE', path: `/v2/volumes/snapshots/${SNAP}`, status: 204, result: nothing },
    { name: 'volume.attach(droplet) sends its region', call: (c) => vol(c).attach(droplet(c)), method: 'POST', path: `/v2/volumes/${ID}/actions`, body: { type: 'attach', droplet_id: 3164444, region: 'nyc3' }, status: 202, reply: 'volumes/action', result: action },
    { name: 'volume.detach(dropletId)', call: (c) => vol(c).detach(3164444), method: 'POST', path: `/v2/volumes/${ID}/actions`, body: { type: 'detach', droplet_id: 3164444, region: 'nyc3' }, status: 202, reply: 'volumes/action', result: action },
    { name: 'volume.resize(size)', call: (c) => vol(c).resize(20), method: 'POST', path: `/v2/volumes/${ID}/actions`, body: { type: 'resize', size_gigabytes: 20, region: 'nyc3' }, status: 202, reply: 'volumes/action', result: action },
    { name: 'volume.snapshot(name)', call: (c) => vol(c).snapshot('nightly'), method: 'POST', path: `/v2/volumes/${ID}/snapshots`, body: { name: 'nightly' }, status: 201, reply: 'snapshots/volume', result: one(Snapshot, 'snapshots/volume', 'snapshot') },
    { name: 'volume.snapshots()', call: (c) => vol(c).snapshots(), method: 'GET', path: `/v2/volumes/${ID}/snapshots`, query: PAGE, status: 200, reply: 'snapshots/list', result: many(Snapshot, 'snapshots/list', 'snapshots') },
    { name: 'volume.actions()', call: (c) => vol(c).actions(), method: 'GET', path: `/v2/volumes/${ID}/actions`, query: PAGE, status: 200, reply: 'volumes/actions', result: many(Action, 'volumes/actions', 'actions') },
    { name: 'volume.getAction(id)', call: (c) => vol(c).getAction(72531856), method: 'GET', path: `/v2/volumes/${ID}/actions/72531856`, status: 200, reply: 'volumes/action', result: action },
    { name: 'volume.reload()', call: (c) => vol(c).reload(), method: 'GET', path: `/v2/volumes/${ID}`, status: 200, reply: 'volumes/get', result: one(Volume, 'volumes/get', 'volume') },
    { name: 'volume.destroy()', call: (c) => vol(c).destroy(), method: 'DELETE', path: `/v2/volumes/${ID}`, status: 204, result: nothing },
    { name: 'droplet.attachVolume(volume)', call: (c) => droplet(c).attachVolume(vol(c)), method: 'POST', path: `/v2/volumes/${ID}/actions`, body: { type: 'attach', droplet_id: 3164444, region: 'nyc3' }, status: 202, reply: 'volumes/action', result: action },
    { name: 'droplet.detachVolume(id)', call: (c) => droplet(c).detachVolume(ID), method: 'POST', path: `/v2/volumes/${ID}/actions`, body: { type: 'detach', droplet_id: 3164444, region: 'nyc3' }, status: 202, reply: 'volumes/action', result: action },
  ]);

  it('volume.urn is do:volume:{id}', () => {
    expect(vol(testClient()).urn).toBe(`do:volume:${ID}`);
  });

  itRefuses([
    ['create with an upper-case name', (c) => c.volumes.create({ name: 'Data', sizeGigabytes: 10, region: 'nyc3' }), 'attrs.name'],
    ['create with 0 GiB', (c) => c.volumes.create({ name: 'data', sizeGigabytes: 0, region: 'nyc3' }), 'attrs.sizeGigabytes'],
    ['create with 16,385 GiB', (c) => c.volumes.create({ name: 'data', sizeGigabytes: 16385, region: 'nyc3' }), 'attrs.sizeGigabytes'],
    ['create with 1.5 GiB', (c) => c.volumes.create({ name: 'data', sizeGigabytes: 1.5, region: 'nyc3' }), 'attrs.sizeGigabytes'],
    // @ts-expect-error neither a region nor a snapshot does not compile; the run-time check stays for untyped callers
    ['create with neither region nor snapshot', (c) => c.volumes.create({ name: 'data', sizeGigabytes: 10 }), 'attrs.region'],
    ['create with a bad filesystem', (c) => c.volumes.create({ name: 'data', sizeGigabytes: 10, region: 'nyc3', filesystemType: 'ntfs' as never }), 'attrs.filesystemType'],
    ['get with a non-UUID id', (c) => c.volumes.get('../account'), 'id'],
    ['attach to droplet 0', (c) => c.volumes.attach(ID, 0), 'droplet'],
    ['resize to a fraction', (c) => c.volumes.resize(ID, 10.5), 'sizeGigabytes'],
    ['a snapshot without a name', (c) => c.volumes.snapshot(ID, ''), 'name'],
  ]);
});
