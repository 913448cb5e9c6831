import {
  Account,
  Action,
  Balance,
  CdnEndpoint,
  Certificate,
  Domain,
  DomainRecord,
  Droplet,
  Firewall,
  FloatingIp,
  ForbiddenError,
  LoadBalancer,
  NotFoundError,
  Project,
  ReservedIp,
  ReservedIpv6,
  Snapshot,
  SshKey,
  Tag,
  UnprocessableEntityError,
  Volume,
  Vpc,
} from '../../lib/index.js';
import { Router } from '../../lib/testing/router.js';
import { resourceRoutes } from '../../lib/testing/routes.js';
import { WITH_OWN_SUITES } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

let web: Droplet;
let db: Droplet;
/** While set, the simulator's clock stands still there, so that nothing completes however busy the machine is. */
let frozenAt: number | undefined;
const h = useHarness({ now: () => frozenAt ?? Date.now() });
beforeAll(async () => {
  [web, db] = await h.client.droplets.createMany({ names: ['res-web', 'res-db'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', tags: ['res'] });
  await Promise.all([web.waitUntilActive(FAST), db.waitUntilActive(FAST)]);
});

const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ0qSr2S6mQ4Rp3N6U2yxCYEL3L0S5H2FQ0z6o3V0nx sammy@laptop';
const PEM_KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';
const PEM_CERT = '-----BEGIN CERTIFICATE-----\nMIIDXTCCAkWgAwIBAgIJAKL0UG+mRkSP\n-----END CERTIFICATE-----';

describe('every resource end to end', () => {
  it('SSH keys: create, get by id and fingerprint, list, rename, delete', async () => {
    const key = await h.client.sshKeys.create({ name: 'laptop', publicKey: PUBLIC_KEY });
    expect(key).toBeInstanceOf(SshKey);
    expect(key.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(await h.client.sshKeys.get(key.fingerprint)).toStrictEqual(key);
    expect((await h.client.sshKeys.list()).map((k) => k.id)).toEqual([key.id]);
    await key.update({ name: 'old laptop' });
    expect((await h.client.sshKeys.get(key.id)).name).toBe('old laptop');
    await h.client.sshKeys.update(key.fingerprint, { name: 'laptop 2' });
    expect((await key.reload()).name).toBe('laptop 2');
    await expect(h.client.sshKeys.create({ name: 'again', publicKey: PUBLIC_KEY })).rejects.toBeInstanceOf(UnprocessableEntityError);
    await h.client.sshKeys.delete(key.id);
    await expect(key.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('domains and records: create with an apex A record, filter, add, patch, replace, delete', async () => {
    const domain = await h.client.domains.create({ name: 'example.com', ipAddress: web.publicIpv4! });
    expect(domain).toBeInstanceOf(Domain);
    expect(domain.urn).toBe('do:domain:example.com');
    const apex = await domain.records({ type: 'A' });
    expect(apex.map((r) => [r.constructor, r.name, r.data])).toEqual([[DomainRecord, '@', web.publicIpv4]]);
    expect((await domain.records()).map((r) => r.type)).toEqual(['SOA', 'NS', 'NS', 'NS', 'A']);
    const www = await domain.createRecord({ type: 'CNAME', name: 'www', data: '@', ttl: 300 });
    const mx = await h.client.domains.createRecord('example.com', { type: 'MX', name: '@', data: 'mail.example.com.', priority: 10 });
    expect((await h.client.domains.records('example.com', { name: 'www.example.com' })).map((r) => r.id)).toEqual([www.id]);
    await www.update({ ttl: 600 });
    expect([www.ttl, www.data, www.domainName]).toEqual([600, '@', 'example.com']);
    await www.replace({ type: 'CNAME', name: 'www', data: 'example.com.', ttl: 900 });
    expect((await domain.getRecord(www.id)).data).toBe('example.com.');
    await h.client.domains.updateRecord('example.com', mx.id, { priority: 20 });
    expect((await h.client.domains.getRecord('example.com', mx.id)).priority).toBe(20);
    await expect(domain.createRecord({ type: 'MX', name: '@', data: 'x.example.com.', priority: 70000 })).rejects.toMatchObject({ name: 'ValidationError', field: 'attrs.priority' });
    await domain.deleteRecord(mx.id);
    await www.destroy();
    expect((await domain.records()).map((r) => r.type)).toEqual(['SOA', 'NS', 'NS', 'NS', 'A']);
    expect((await h.client.domains.list()).map((d) => d.name)).toEqual(['example.com']);
    await h.client.domains.create({ name: 'example.org' });
    await h.client.domains.delete('example.org');
    await expect(h.client.domains.get('example.org')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('volumes: create, attach to a droplet, resize, snapshot, detach by name, delete', async () => {
    const volume = await h.client.volumes.create({ name: 'res-data', sizeGigabytes: 10, region: 'nyc3', filesystemType: 'ext4', tags: ['res'] });
    expect(volume).toBeInstanceOf(Volume);
    expect([volume.urn, volume.region.slug, volume.dropletIds]).toEqual([`do:volume:${volume.id}`, 'nyc3', []]);
    const attach = await volume.attach(db);
    expect(attach).toBeInstanceOf(Action);
    await attach.wait(FAST);
    expect(volume.dropletIds).toEqual([db.id]);
    expect((await db.reload()).volumeIds).toEqual([volume.id]);
    await expect(h.client.volumes.attach(volume.id, web)).rejects.toBeInstanceOf(UnprocessableEntityError);
    await volume.resize(20).then((a) => a.wait(FAST));
    expect(volume.sizeGigabytes).toBe(20);
    await expect(volume.resize(5)).rejects.toMatchObject({ message: expect.stringContaining('only grow') });
    const snapshot = await volume.snapshot('res-data-1', { tags: ['res'] });
    expect([snapshot.constructor, snapshot.resourceType, snapshot.resourceId]).toEqual([Snapshot, 'volume', volume.id]);
    expect((await volume.snapshots()).map((s) => s.id)).toEqual([snapshot.id]);
    expect((await h.client.volumes.getSnapshot(snapshot.id)).name).toBe('res-data-1');
    expect((await volume.actions()).map((a) => a.type)).toEqual(['resize_volume', 'attach_volume']);
    expect((await volume.getAction(attach.id)).status).toBe('completed');
    await h.client.volumes.detachByName('res-data', 'nyc3', db).then((a) => a.wait(FAST));
    expect((await h.client.volumes.get(volume.id)).dropletIds).toEqual([]);
    await h.client.volumes.attachByName('res-data', 'nyc3', web.id).then((a) => a.wait(FAST));
    await web.detachVolume(volume).then((a) => a.wait(FAST));
    expect(web.volumeIds).toEqual([]);
    await db.attachVolume(volume.id).then((a) => a.wait(FAST));
    expect(db.volumeIds).toEqual([volume.id]);
    await h.client.volumes.detach(volume.id, db).then((a) => a.wait(FAST));
    await h.client.volumes.resize(volume.id, 30, 'nyc3').then((a) => a.wait(FAST));
    expect((await h.client.volumes.list({ name: 'res-data', region: 'nyc3' })).map((v) => v.sizeGigabytes)).toEqual([30]);
    expect((await h.client.volumes.listActions(volume.id)).length).toBe(6);
    expect((await h.client.volumes.getAction(volume.id, attach.id)).id).toBe(attach.id);
    expect((await h.client.volumes.snapshots(volume.id)).length).toBe(1);
    const second = await h.client.volumes.snapshot(volume.id, 'res-data-2');
    await h.client.volumes.deleteSnapshot(second.id);
    const restored = await h.client.volumes.create({ name: 'res-restored', sizeGigabytes: 20, snapshotId: snapshot.id });
    expect(restored.region.slug).toBe('nyc3');
    await h.client.volumes.deleteByName('res-restored', 'nyc3');
    await h.client.volumes.delete(volume.id);
    await expect(h.client.volumes.get(volume.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('snapshots: lists droplet and volume snapshots, gets and deletes them', async () => {
    await db.snapshot('res-db-snap').then((a) => a.wait(FAST));
    const volume = await h.client.volumes.create({ name: 'res-snap', sizeGigabytes: 5, region: 'nyc3' });
    await volume.snapshot('res-snap-1');
    const all = await h.client.snapshots.list();
    expect(all.every((s) => s instanceof Snapshot)).toBe(true);
    const droplets = await h.client.snapshots.list({ resourceType: 'droplet' });
    const volumes = await h.client.snapshots.list({ resourceType: 'volume' });
    expect(droplets.map((s) => s.name)).toContain('res-db-snap');
    expect(volumes.map((s) => s.name)).toContain('res-snap-1');
    const dropletSnapshot = droplets.find((s) => s.name === 'res-db-snap')!;
    expect(await h.client.snapshots.get(dropletSnapshot.id)).toStrictEqual(dropletSnapshot);
    expect(dropletSnapshot.tagResourceType).toBe('image');
    await h.client.snapshots.delete(dropletSnapshot.id);
    await expect(dropletSnapshot.reload()).rejects.toBeInstanceOf(NotFoundError);
    const volumeSnapshot = volumes.find((s) => s.name === 'res-snap-1')!;
    await volumeSnapshot.destroy();
    await volume.destroy();
  });

  it('reserved IPs: create in a region, assign, reassign, unassign, list actions, delete; floating IPs are the same addresses', async () => {
    const ip = await h.client.reservedIps.create({ region: 'nyc3' });
    expect(ip).toBeInstanceOf(ReservedIp);
    expect([ip.droplet, ip.region.slug, ip.urn]).toEqual([null, 'nyc3', `do:floatingip:${ip.ip}`]);
    const assign = await ip.assign(web);
    await assign.wait(FAST);
    expect(ip.droplet).toBeInstanceOf(Droplet);
    expect(ip.droplet!.id).toBe(web.id);
    await h.client.reservedIps.assign(ip.ip, db).then((a) => a.wait(FAST));
    expect((await h.client.reservedIps.get(ip.ip)).droplet!.id).toBe(db.id);
    const floating = await h.client.floatingIps.get(ip.ip);
    expect(floating).toBeInstanceOf(FloatingIp);
    expect(floating.droplet!.id).toBe(db.id);
    await floating.unassign().then((a) => a.wait(FAST));
    expect(floating.droplet).toBeNull();
    expect((await ip.reload()).droplet).toBeNull();
    expect((await ip.actions()).map((a) => a.type)).toEqual(['unassign_ip', 'assign_ip', 'assign_ip']);
    expect((await h.client.floatingIps.listActions(ip.ip)).length).toBe(3);
    expect((await h.client.reservedIps.getAction(ip.ip, assign.id)).status).toBe('completed');
    expect((await floating.getAction(assign.id)).id).toBe(assign.id);
    await h.client.floatingIps.assign(ip.ip, web).then((a) => a.wait(FAST));
    await h.client.reservedIps.unassign(ip.ip).then((a) => a.wait(FAST));
    const onDroplet = await h.client.floatingIps.create({ droplet: web });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await h.client.floatingIps.get(onDroplet.ip)).droplet?.id).toBe(web.id);
    expect((await h.client.reservedIps.list()).map((r) => r.ip)).toEqual([ip.ip, onDroplet.ip]);
    expect((await h.client.floatingIps.list()).length).toBe(2);
    await h.client.floatingIps.delete(onDroplet.ip);
    await h.client.reservedIps.delete(ip.ip);
    await expect(h.client.reservedIps.get(ip.ip)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reserved IPv6: create, assign, unassign, list, delete', async () => {
    const ip = await h.client.reservedIpv6s.create({ regionSlug: 'nyc3' });
    expect(ip).toBeInstanceOf(ReservedIpv6);
    expect(ip.reservedAt).toBeInstanceOf(Date);
    await ip.assign(web).then((a) => a.wait(FAST));
    expect((await h.client.reservedIpv6s.get(ip.ip)).droplet?.id).toBe(web.id);
    await h.client.reservedIpv6s.unassign(ip.ip).then((a) => a.wait(FAST));
    await h.client.reservedIpv6s.assign(ip.ip, db.id).then((a) => a.wait(FAST));
    await ip.unassign().then((a) => a.wait(FAST));
    expect((await ip.reload()).droplet).toBeNull();
    expect((await h.client.reservedIpv6s.list()).map((r) => r.ip)).toEqual([ip.ip]);
    await h.client.reservedIpv6s.delete(ip.ip);
    await expect(ip.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('firewalls: create with typed rules, add and remove droplets, tags and rules, update, list by droplet, delete', async () => {
    const firewall = await h.client.firewalls.create({
      name: 'res-web',
      inboundRules: [{ protocol: 'tcp', ports: '22', sources: { addresses: ['0.0.0.0/0', '::/0'] } }],
      outboundRules: [{ protocol: 'tcp', ports: 'all', destinations: { addresses: ['0.0.0.0/0', '::/0'] } }],
      dropletIds: [web.id],
    });
    expect(firewall).toBeInstanceOf(Firewall);
    expect(firewall.inboundRules![0].sources!.addresses).toEqual(['0.0.0.0/0', '::/0']);
    expect(firewall.status).toBe('waiting');
    await expect(firewall.waitUntilSucceeded(FAST)).resolves.toBe(firewall);
    expect(firewall.status).toBe('succeeded');
    await firewall.addDroplets([db]);
    await firewall.addTags(['res']);
    await firewall.addRules({ inboundRules: [{ protocol: 'tcp', ports: '443', sources: { addresses: ['0.0.0.0/0'] } }, { protocol: 'icmp', sources: { tags: ['res'] } }] });
    await firewall.reload();
    expect([firewall.dropletIds, firewall.tags, firewall.inboundRules!.map((r) => `${r.protocol}:${r.ports}`)]).toEqual([
      [web.id, db.id],
      ['res'],
      ['tcp:22', 'tcp:443', 'icmp:0'],
    ]);
    expect((await web.firewalls()).map((f) => f.id)).toEqual([firewall.id]);
    await firewall.removeRules({ inboundRules: [{ protocol: 'tcp', ports: '22', sources: { addresses: ['0.0.0.0/0', '::/0'] } }] });
    await firewall.removeDroplets([web.id]);
    await firewall.removeTags(['res']);
    await h.client.firewalls.addDroplets(firewall.id, [web]);
    await h.client.firewalls.removeDroplets(firewall.id, [web]);
    await h.client.firewalls.addTags(firewall.id, ['res']);
    await h.client.firewalls.removeTags(firewall.id, ['res']);
    await h.client.firewalls.addRules(firewall.id, { outboundRules: [{ protocol: 'udp', ports: '53', destinations: { addresses: ['0.0.0.0/0'] } }] });
    await h.client.firewalls.removeRules(firewall.id, { outboundRules: [{ protocol: 'udp', ports: '53', destinations: { addresses: ['0.0.0.0/0'] } }] });
    await firewall.update({ name: 'res-web-2' });
    expect([firewall.name, firewall.dropletIds, firewall.inboundRules!.length, firewall.status]).toEqual(['res-web-2', [db.id], 2, 'waiting']);
    await firewall.waitUntilSucceeded(FAST);
    const replaced = await h.client.firewalls.update(firewall.id, { name: 'res-web-3', inboundRules: [{ protocol: 'tcp', ports: '80', sources: { tags: ['res'] } }] });
    expect([replaced.name, replaced.dropletIds, replaced.outboundRules]).toEqual(['res-web-3', [], []]);
    expect((await h.client.firewalls.list()).map((f) => f.id)).toEqual([firewall.id]);
    expect((await h.client.firewalls.get(firewall.id)).name).toBe('res-web-3');
    await h.client.firewalls.delete(firewall.id);
    await expect(h.client.firewalls.get(firewall.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('load balancers: create by tag, become active, update, add and remove droplets and forwarding rules, delete', async () => {
    const lb = await h.client.loadBalancers.create({
      name: 'res-lb',
      region: 'nyc3',
      forwardingRules: [{ entryProtocol: 'http', entryPort: 80, targetProtocol: 'http', targetPort: 8080 }],
      healthCheck: { protocol: 'http', port: 8080, path: '/health' },
      dropletIds: [web.id],
    });
    expect(lb).toBeInstanceOf(LoadBalancer);
    expect([lb.status, lb.ip, lb.urn, lb.dropletIds]).toEqual(['new', '', `do:loadbalancer:${lb.id}`, [web.id]]);
    await expect(lb.waitUntilActive(FAST)).resolves.toBe(lb);
    expect(lb.status).toBe('active');
    expect(lb.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    await lb.addDroplets([db]);
    await lb.addForwardingRules([{ entryProtocol: 'tcp', entryPort: 5432, targetProtocol: 'tcp', targetPort: 5432 }]);
    await lb.reload();
    expect([lb.dropletIds, lb.forwardingRules.map((r) => r.entryPort)]).toEqual([[web.id, db.id], [80, 5432]]);
    await lb.removeForwardingRules([{ entryProtocol: 'tcp', entryPort: 5432, targetProtocol: 'tcp', targetPort: 5432 }]);
    await lb.removeDroplets([web]);
    await h.client.loadBalancers.addDroplets(lb.id, [web]);
    await h.client.loadBalancers.removeDroplets(lb.id, [web]);
    await h.client.loadBalancers.addForwardingRules(lb.id, [{ entryProtocol: 'http', entryPort: 81, targetProtocol: 'http', targetPort: 81 }]);
    await h.client.loadBalancers.removeForwardingRules(lb.id, [{ entryProtocol: 'http', entryPort: 81, targetProtocol: 'http', targetPort: 81 }]);
    await lb.update({ name: 'res-lb-2', redirectHttpToHttps: true });
    expect([lb.name, lb.redirectHttpToHttps, lb.dropletIds, lb.healthCheck?.path]).toEqual(['res-lb-2', true, [db.id], '/health']);
    const byTag = await h.client.loadBalancers.update(lb.id, { name: 'res-lb-3', region: 'nyc3', tag: 'res', forwardingRules: [{ entryProtocol: 'http', entryPort: 80, targetProtocol: 'http', targetPort: 80 }] });
    expect([byTag.tag, byTag.dropletIds]).toEqual(['res', [web.id, db.id]]);
    await expect(h.client.loadBalancers.purgeCache(lb.id)).rejects.toBeInstanceOf(UnprocessableEntityError);
    const global = await h.client.loadBalancers.create({
      name: 'res-glb',
      type: 'GLOBAL',
      forwardingRules: [{ entryProtocol: 'https', entryPort: 443, targetProtocol: 'http', targetPort: 80 }],
      targetLoadBalancerIds: [lb.id],
    });
    await global.purgeCache();
    expect((await h.client.loadBalancers.list()).map((l) => l.name)).toEqual(['res-lb-3', 'res-glb']);
    await global.destroy();
    await h.client.loadBalancers.delete(lb.id);
    await expect(h.client.loadBalancers.get(lb.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('tags: list, and creating an existing tag in other case gives the canonical one', async () => {
    await h.client.tags.create('Res-Case');
    expect((await h.client.tags.create('res-case')).name).toBe('Res-Case');
    expect((await h.client.tags.list()).map((t) => t.name)).toContain('Res-Case');
    await h.client.tags.delete('Res-Case');
  });

  it('tags: create, tag and untag droplets, images, volumes and volume snapshots as models, counts, delete', async () => {
    const tag = await h.client.tags.create('res-env:prod');
    expect(tag).toBeInstanceOf(Tag);
    const volume = await h.client.volumes.create({ name: 'res-tagged', sizeGigabytes: 5, region: 'nyc3' });
    const snapshot = await volume.snapshot('res-tagged-1');
    await db.snapshot('res-tagged-image').then((a) => a.wait(FAST));
    const [image] = (await db.snapshots()).filter((s) => s.name === 'res-tagged-image');
    await tag.tagResources([web, volume, snapshot, image]);
    await tag.reload();
    expect(tag.resources).toMatchObject({ count: 4, droplets: { count: 1 }, volumes: { count: 1 }, volume_snapshots: { count: 1 }, images: { count: 1 } });
    expect((await web.reload()).tags).toContain('res-env:prod');
    expect((await h.client.droplets.list({ tagName: 'res-env:prod' })).map((d) => d.id)).toEqual([web.id]);
    await tag.untagResources([{ resourceId: web.id, resourceType: 'droplet' }]);
    await h.client.tags.tagResources('res-env:prod', [db]);
    await h.client.tags.untagResources('res-env:prod', [db, volume]);
    expect((await h.client.tags.get('res-env:prod')).resources).toMatchObject({ count: 2, droplets: { count: 0 } });
    await db.tag('res-db');
    expect(db.tags).toContain('res-db');
    expect((await h.client.droplets.get(db.id)).tags).toContain('res-db');
    await db.untag('res-db');
    expect((await h.client.droplets.get(db.id)).tags).not.toContain('res-db');
    expect((await h.client.tags.list()).map((t) => t.name)).toEqual(expect.arrayContaining(['res', 'res-env:prod', 'res-db']));
    await h.client.tags.delete('res-env:prod');
    await expect(tag.reload()).rejects.toBeInstanceOf(NotFoundError);
    await volume.destroy();
  });

  it('VPCs: default per region, create, members, update, peerings, delete', async () => {
    const nyc3 = await h.client.vpcs.getDefault('nyc3');
    expect(nyc3).toBeInstanceOf(Vpc);
    expect([nyc3.default, nyc3.urn]).toEqual([true, `do:vpc:${nyc3.id}`]);
    expect((await nyc3.members({ resourceType: 'droplet' })).map((m) => m.urn)).toEqual(expect.arrayContaining([web.urn, db.urn]));
    const vpc = await h.client.vpcs.create({ name: 'res-backend', region: 'nyc3', ipRange: '10.200.0.0/20', description: 'backend' });
    expect(await h.client.vpcs.members(vpc.id)).toEqual([]);
    await vpc.update({ description: 'the backend' });
    expect((await h.client.vpcs.get(vpc.id)).description).toBe('the backend');
    await h.client.vpcs.patch(vpc.id, { name: 'res-backend-2' });
    expect((await h.client.vpcs.update(vpc.id, { name: 'res-backend-3', description: 'x' })).name).toBe('res-backend-3');
    const other = await h.client.vpcs.create({ name: 'res-other', region: 'nyc3' });
    const peering = await vpc.createPeering({ name: 'res-peer', vpcId: other });
    expect([peering.status, peering.vpcIds]).toEqual(['PROVISIONING', [vpc.id, other.id]]);
    await expect(peering.waitUntilActive(FAST)).resolves.toBe(peering);
    expect(peering.status).toBe('ACTIVE');
    await h.client.vpcs.updatePeering(vpc.id, peering.id, { name: 'res-peer-2' });
    expect((await h.client.vpcs.peerings(other.id)).map((p) => p.name)).toEqual(['res-peer-2']);
    await h.client.vpcs.createPeering(other.id, { name: 'res-peer-3', vpcId: vpc.id });
    expect((await vpc.peerings()).length).toBe(2);
    await vpc.updatePeering(peering.id, { name: 'res-peer-4' });
    frozenAt = Date.now();
    await peering.destroy();
    expect((await peering.reload()).status).toBe('DELETING');
    await expect(peering.waitUntilActive(FAST)).rejects.toMatchObject({ name: 'ResourceFailedError', state: 'DELETING', resource: peering });
    frozenAt = undefined;
    await expect(nyc3.destroy()).rejects.toBeInstanceOf(ForbiddenError);
    await h.client.vpcs.delete(other.id);
    await vpc.destroy();
    expect((await h.client.vpcs.list()).some((v) => v.id === vpc.id)).toBe(false);
  });

  it('projects: default project holds new resources; create, assign models, list resources, update, delete', async () => {
    const defaultProject = await h.client.projects.getDefault();
    expect(defaultProject).toBeInstanceOf(Project);
    expect(defaultProject.isDefault).toBe(true);
    expect((await defaultProject.resources()).map((r) => r.urn)).toEqual(expect.arrayContaining([web.urn, db.urn]));
    const project = await h.client.projects.create({ name: 'res-shop', purpose: 'Web Application', environment: 'Production' });
    const volume = await h.client.volumes.create({ name: 'res-shop-data', sizeGigabytes: 5, region: 'nyc3' });
    const assigned = await project.assign([web, volume, 'do:droplet:1']);
    expect(assigned.map((r) => [r.urn, r.status])).toEqual([
      [web.urn, 'assigned'],
      [volume.urn, 'assigned'],
      ['do:droplet:1', 'not_found'],
    ]);
    expect((await h.client.projects.resources(project.id)).map((r) => r.urn)).toEqual([web.urn, volume.urn]);
    expect((await h.client.projects.resources('default')).map((r) => r.urn)).not.toContain(web.urn);
    await project.update({ description: 'the shop' });
    expect((await h.client.projects.get(project.id)).description).toBe('the shop');
    await h.client.projects.patch(project.id, { name: 'res-shop-2' });
    await h.client.projects.update(project.id, { name: 'res-shop-3', purpose: 'Web Application' });
    await h.client.projects.patch('default', { description: 'the default' });
    await h.client.projects.update('default', { name: 'first-project', purpose: 'Just trying out DigitalOcean' });
    await expect(project.destroy()).rejects.toMatchObject({ status: 412 });
    await h.client.projects.assign('default', [web, volume]);
    await h.client.projects.delete(project.id);
    await expect(project.reload()).rejects.toBeInstanceOf(NotFoundError);
    expect((await h.client.projects.list()).map((p) => p.name)).toEqual(['first-project']);
    await volume.destroy();
  });

  it('account and balance', async () => {
    const account = await h.client.account.get();
    expect(account).toBeInstanceOf(Account);
    expect([account.status, account.emailVerified, account.team?.name]).toEqual(['active', true, 'My Team']);
    await account.reload();
    const balance = await h.client.account.balance();
    expect(balance).toBeInstanceOf(Balance);
    expect(balance.monthToDateUsage).toMatch(/^\d+\.\d{2}$/);
    expect(balance.generatedAt).toBeInstanceOf(Date);
  });

  it("certificates: custom ones are verified at once, Let's Encrypt ones after issuing; list by name, delete", async () => {
    const custom = await h.client.certificates.create({ type: 'custom', name: 'res-custom', privateKey: PEM_KEY, leafCertificate: PEM_CERT });
    expect(custom).toBeInstanceOf(Certificate);
    expect([custom.state, custom.sha1Fingerprint]).toEqual(['verified', expect.stringMatching(/^[0-9a-f]{40}$/)]);
    await expect(h.client.certificates.create({ type: 'lets_encrypt', name: 'res-le', dnsNames: ['nowhere.test'] })).rejects.toBeInstanceOf(UnprocessableEntityError);
    const le = await h.client.certificates.create({ type: 'lets_encrypt', name: 'res-le', dnsNames: ['example.com', 'www.example.com'] });
    expect(le.state).toBe('pending');
    await expect(le.waitUntilVerified(FAST)).resolves.toBe(le);
    expect([le.state, le.sha1Fingerprint]).toEqual(['verified', expect.stringMatching(/^[0-9a-f]{40}$/)]);
    await expect(custom.waitUntilVerified(FAST)).resolves.toBe(custom);
    expect((await h.client.certificates.list({ name: 'res-le' })).map((c) => c.id)).toEqual([le.id]);
    expect((await h.client.certificates.get(custom.id)).name).toBe('res-custom');
    await le.destroy();
    await h.client.certificates.delete(custom.id);
    expect(await h.client.certificates.list()).toEqual([]);
  });

  it('CDN endpoints: create, update TTL and custom domain, purge the cache, delete', async () => {
    const cdn = await h.client.cdnEndpoints.create({ origin: 'assets.nyc3.digitaloceanspaces.com', ttl: 3600 });
    expect(cdn).toBeInstanceOf(CdnEndpoint);
    expect(cdn.endpoint).toBe('assets.nyc3.cdn.digitaloceanspaces.com');
    await cdn.update({ ttl: 86400 });
    expect(cdn.ttl).toBe(86400);
    await expect(cdn.update({ customDomain: 'static.example.com' })).rejects.toBeInstanceOf(UnprocessableEntityError);
    const certificate = await h.client.certificates.create({ type: 'custom', name: 'res-cdn', privateKey: PEM_KEY, leafCertificate: PEM_CERT });
    const updated = await h.client.cdnEndpoints.update(cdn.id, { customDomain: 'static.example.com', certificateId: certificate.id });
    expect([updated.customDomain, updated.certificateId]).toEqual(['static.example.com', certificate.id]);
    await cdn.purgeCache(['assets/*']);
    await h.client.cdnEndpoints.purgeCache(cdn.id, ['*']);
    expect((await h.client.cdnEndpoints.list()).map((e) => e.id)).toEqual([cdn.id]);
    expect((await h.client.cdnEndpoints.get(cdn.id)).ttl).toBe(86400);
    await h.client.cdnEndpoints.delete(cdn.id);
    await expect(cdn.reload()).rejects.toBeInstanceOf(NotFoundError);
    await certificate.destroy();
  });

  it('deleting a droplet lets go of its volumes, IPs, firewalls and load balancers', async () => {
    const [doomed] = await h.client.droplets.createMany({ names: ['res-doomed'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
    await doomed.waitUntilActive(FAST);
    const volume = await h.client.volumes.create({ name: 'res-doomed-data', sizeGigabytes: 5, region: 'nyc3' });
    await volume.attach(doomed).then((a) => a.wait(FAST));
    const firewall = await h.client.firewalls.create({ name: 'res-doomed', dropletIds: [doomed.id] });
    await doomed.destroy();
    expect((await volume.reload()).dropletIds).toEqual([]);
    expect((await firewall.reload()).dropletIds).toEqual([]);
    await volume.destroy();
    await firewall.destroy();
  });

  it('answers every resource operation of the simulator', () => {
    const answered = new Set([...h.conformance.checked.keys()].map((key) => key.replace(/ \d+$/, '')));
    // The modules with suites of their own are answered there.
    const elsewhere = new Router();
    for (const module of WITH_OWN_SUITES) module.routes(elsewhere);
    for (const op of elsewhere.operations) answered.add(op);
    expect(resourceRoutes(new Router()).operations.filter((op) => !answered.has(op))).toEqual([]);
  });

  itConforms(() => h);
});
