import { createHash, randomUUID } from 'node:crypto';
import { isIPv4 } from 'node:net';
import type { RegionJson } from './catalogue.js';
import { Refusal, TAG_NAME, notFound, timestamp, unprocessable, type ActionJson, type DropletJson, type World } from './world.js';

type Json = Record<string, unknown>;

/** The simulated account; its `droplet_limit` is the world's. */
const ACCOUNT = {
  floating_ip_limit: 5,
  email: 'sammy@example.com',
  name: 'Sammy the Shark',
  uuid: 'b6fr89dbf6d9156cace5f3c78dc9851d957381ef',
  email_verified: true,
  status: 'active',
  status_message: '',
  team: { uuid: '5df3e3004a17e242b7c20ca6c9fc25b701a47ece', name: 'My Team' },
};

const forbidden = (message: string): Refusal => new Refusal(403, 'forbidden', message);

function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The simulator's state for everything beyond droplets and images: keys, domains, volumes,
 * snapshots, reserved IPs, firewalls, load balancers, tags, VPCs, projects, certificates and CDN
 * endpoints, each with the API's rules.
 */
export class Stores {
  /** Domains, by name. */
  readonly domains = new Map<string, Json>();
  /** DNS records: domain name -> record id -> record. */
  readonly records = new Map<string, Map<number, Json>>();
  /** Volumes, by id. */
  readonly volumes = new Map<string, Json>();
  /** Volume snapshots, by id (droplet snapshots are images of the world). */
  readonly volumeSnapshots = new Map<string, Json>();
  /** Action id -> the volume it acted on (volume actions carry no resource id). */
  readonly volumeActionIds = new Map<number, string>();
  /** Reserved IPv4 addresses, by address. */
  readonly reservedIps = new Map<string, Json>();
  /** Reserved IPv6 addresses, by address. */
  readonly reservedIpv6s = new Map<string, Json>();
  /** Firewalls, by id. */
  readonly firewalls = new Map<string, Json>();
  /** Load balancers, by id. */
  readonly loadBalancers = new Map<string, Json>();
  /** Tag names. */
  readonly tags = new Set<string>();
  /** VPCs, by id. */
  readonly vpcs = new Map<string, Json>();
  /** VPC peerings, by id. */
  readonly peerings = new Map<string, Json>();
  /** Projects, by id. */
  readonly projects = new Map<string, Json>();
  /** URN -> project id and when it was assigned. */
  readonly assignments = new Map<
    string,
    {
      /** The project's id. */
      projectId: string;
      /** When it was assigned. */
      assignedAt: string;
    }
  >();
  /** Certificates, by id. */
  readonly certificates = new Map<string, Json>();
  /** CDN endpoints, by id. */
  readonly cdnEndpoints = new Map<string, Json>();
  readonly #world: World;
  #nextRecord = 30_000_001;
  #nextIp = 1;
  /** Firewall -> the number of its latest change, which alone marks it `succeeded` once applied. */
  readonly #firewallChanges = new WeakMap<Json, number>();
  /** Reserved IPv6 address -> the number its actions carry as resource id. */
  readonly #ipv6Ids = new Map<string, number>();
  /** The id of the account's default project. */
  readonly defaultProjectId: string;

  constructor(world: World) {
    this.#world = world;
    world.regions.forEach((region, i) => {
      const id = world.vpcOf(region.slug);
      this.vpcs.set(id, {
        id,
        urn: `do:vpc:${id}`,
        name: `default-${region.slug}`,
        description: '',
        region: region.slug,
        ip_range: `10.${100 + i}.0.0/20`,
        default: true,
        created_at: '2025-01-06T10:00:00Z',
      });
    });
    this.defaultProjectId = randomUUID();
    this.projects.set(this.defaultProjectId, {
      id: this.defaultProjectId,
      owner_uuid: ACCOUNT.uuid,
      owner_id: 258992,
      name: 'first-project',
      description: 'The default project',
      purpose: 'Just trying out DigitalOcean',
      environment: 'Development',
      created_at: '2025-01-06T10:00:00Z',
      updated_at: '2025-01-06T10:00:00Z',
      is_default: true,
    });
    world.onDropletCreated.push((droplet) => {
      this.#assign(`do:droplet:${droplet.id}`, this.defaultProjectId);
      for (const tag of droplet.tags) this.tags.add(tag);
    });
    world.onDropletDeleted.push((id) => this.#forgetDroplet(id));
  }

  /** The world's time as the API writes timestamps. */
  get now(): string {
    return timestamp(this.#world.now());
  }

  /** The account, as `GET /v2/account` answers. */
  account(): Json {
    return { droplet_limit: this.#world.dropletLimit, ...structuredClone(ACCOUNT) };
  }

  /** The balance, as `GET /v2/customers/my/balance` answers: usage is what the droplets cost so far. */
  balance(): Json {
    const hours = (created: string) => Math.max(1, Math.ceil((this.#world.now() - Date.parse(created)) / 3_600_000));
    const usage = [...this.#world.droplets.values()].reduce((sum, d) => sum + d.size.price_hourly * hours(d.created_at), 0);
    return { month_to_date_balance: usage.toFixed(2), account_balance: '0.00', month_to_date_usage: usage.toFixed(2), generated_at: this.now };
  }

  // ---- domains and records

  /** A domain by name; throws the API's 404 when there is none. */
  domain(name: string): Json {
    const domain = this.domains.get(name.toLowerCase());
    if (!domain) throw notFound();
    return domain;
  }

  /** Adds a domain with its SOA and NS records, and an A record for `ip_address` when given. */
  createDomain(body: Json): Json {
    const name = typeof body.name === 'string' ? body.name.toLowerCase() : '';
    if (!/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(name)) throw unprocessable('Name is invalid.');
    if (this.domains.has(name)) throw unprocessable('Name already exists.');
    if (body.ip_address !== undefined && (typeof body.ip_address !== 'string' || !isIPv4(body.ip_address))) throw unprocessable('IP address is invalid.');
    const domain: Json = { name, ttl: 1800, zone_file: null };
    this.domains.set(name, domain);
    const records = new Map<number, Json>();
    this.records.set(name, records);
    const add = (r: Json) => {
      const record = { id: this.#nextRecord++, priority: null, port: null, weight: null, flags: null, tag: null, ttl: 1800, ...r };
      records.set(record.id as number, record);
    };
    add({ type: 'SOA', name: '@', data: '1800' });
    for (const ns of ['ns1', 'ns2', 'ns3']) add({ type: 'NS', name: '@', data: `${ns}.digitalocean.com` });
    if (typeof body.ip_address === 'string') add({ type: 'A', name: '@', data: body.ip_address });
    this.#assign(`do:domain:${name}`, this.defaultProjectId);
    return { ...domain, ...(body.ip_address ? { ip_address: body.ip_address } : {}) };
  }

  /** Deletes a domain and its records. */
  deleteDomain(name: string): void {
    this.domain(name);
    this.domains.delete(name.toLowerCase());
    this.records.delete(name.toLowerCase());
    this.assignments.delete(`do:domain:${name.toLowerCase()}`);
  }

  /** A domain's records, filtered by the `type` and `name` (full name) of the query. */
  recordsOf(name: string, query: URLSearchParams): Json[] {
    const domain = this.domain(name);
    const type = query.get('type');
    const fqdn = query.get('name');
    return [...this.records.get(domain.name as string)!.values()].filter(
      (r) => (type === null || r.type === type) && (fqdn === null || (r.name === '@' ? domain.name : `${r.name}.${domain.name}`) === fqdn),
    );
  }

  /** One record of a domain; throws the API's 404 when there is none. */
  record(name: string, id: string): Json {
    const domain = this.domain(name);
    const record = this.records.get(domain.name as string)!.get(Number(id));
    if (!record) throw notFound();
    return record;
  }

  #checkRecord(record: Json): void {
    const required: Record<string, string[]> = { MX: ['priority'], SRV: ['priority', 'port', 'weight'], CAA: ['flags', 'tag'] };
    if (!['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SRV', 'TXT'].includes(record.type as string)) throw unprocessable('Record type is invalid.');
    if (typeof record.name !== 'string' || !record.name) throw unprocessable('Name is required.');
    if (typeof record.data !== 'string' || !record.data) throw unprocessable('Data is required.');
    if (record.type === 'A' && !isIPv4(record.data)) throw unprocessable('Data must be an IPv4 address.');
    for (const key of required[record.type as string] ?? []) if (typeof record[key] !== 'number') throw unprocessable(`${key} is required.`);
  }

  /** Adds a record, with the fields its type requires. */
  createRecord(name: string, body: Json): Json {
    const domain = this.domain(name);
    const record: Json = { id: this.#nextRecord++, type: body.type, name: body.name, data: body.data, priority: null, port: null, ttl: 1800, weight: null, flags: null, tag: null };
    for (const key of ['priority', 'port', 'ttl', 'weight', 'flags', 'tag']) if (body[key] !== undefined) record[key] = body[key];
    this.#checkRecord(record);
    this.records.get(domain.name as string)!.set(record.id as number, record);
    return record;
  }

  /** Changes a record: PATCH (`replace` false) or PUT (`replace` true). */
  updateRecord(name: string, id: string, body: Json, replace: boolean): Json {
    const record = this.record(name, id);
    if (record.type === 'SOA' && replace) throw unprocessable('SOA records can only change their TTL.');
    const next = { ...record };
    for (const key of ['type', 'name', 'data', 'priority', 'port', 'ttl', 'weight', 'flags', 'tag']) if (body[key] !== undefined) next[key] = body[key];
    if (next.type !== 'SOA') this.#checkRecord(next);
    Object.assign(record, next);
    return record;
  }

  /** Deletes a record. */
  deleteRecord(name: string, id: string): void {
    const record = this.record(name, id);
    this.records.get(this.domain(name).name as string)!.delete(record.id as number);
  }

  // ---- volumes

  /** A volume by id; throws the API's 404 when there is none. */
  volume(id: string): Json {
    const volume = this.volumes.get(id);
    if (!volume) throw notFound();
    return volume;
  }

  /** Makes a volume, empty or from `snapshot_id`; names are unique within a region. */
  createVolume(body: Json): Json {
    const name = body.name;
    if (typeof name !== 'string' || !/^[a-z][a-z0-9-]{0,63}$/.test(name)) throw unprocessable('Name is invalid.');
    const size = body.size_gigabytes;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 16384) throw unprocessable('Size is invalid.');
    let regionSlug = body.region;
    if (body.snapshot_id !== undefined) {
      const snapshot = this.volumeSnapshots.get(body.snapshot_id as string);
      if (!snapshot) throw unprocessable('Snapshot not found.');
      if (size < (snapshot.min_disk_size as number)) throw unprocessable('Size is smaller than the snapshot.');
      regionSlug ??= (snapshot.regions as string[])[0];
    }
    const region = this.#world.region(regionSlug);
    if (!region) throw unprocessable('You specified an invalid region.');
    if ([...this.volumes.values()].some((v) => v.name === name && (v.region as RegionJson).slug === region.slug)) {
      throw new Refusal(409, 'conflict', 'A volume with that name already exists in that region.');
    }
    const tags = strings(body.tags);
    tags.forEach((t) => this.tags.add(t));
    const volume: Json = {
      id: randomUUID(),
      droplet_ids: [],
      name,
      description: typeof body.description === 'string' ? body.description : '',
      size_gigabytes: size,
      created_at: this.now,
      tags,
      region: structuredClone(region),
      filesystem_type: typeof body.filesystem_type === 'string' ? body.filesystem_type : '',
      filesystem_label: typeof body.filesystem_label === 'string' ? body.filesystem_label : '',
    };
    this.volumes.set(volume.id as string, volume);
    this.#assign(`do:volume:${volume.id}`, this.defaultProjectId);
    return volume;
  }

  /** Deletes a volume that is attached to no droplet. */
  deleteVolume(volume: Json): void {
    if ((volume.droplet_ids as number[]).length) throw new Refusal(409, 'conflict', 'The volume is attached to a droplet; detach it first.');
    this.volumes.delete(volume.id as string);
    this.assignments.delete(`do:volume:${volume.id}`);
  }

  /** A volume by name and region slug; throws the API's 404 when there is none. */
  volumeByName(name: unknown, region: unknown): Json {
    const volume = [...this.volumes.values()].find((v) => v.name === name && (v.region as RegionJson).slug === region);
    if (!volume) throw notFound();
    return volume;
  }

  /** Starts a volume action: `attach`, `detach` or `resize` (grow only). */
  volumeAction(volume: Json, body: Json): ActionJson {
    const region = volume.region as RegionJson;
    if (body.region !== undefined && body.region !== region.slug) throw unprocessable('The region does not match the volume.');
    const ids = volume.droplet_ids as number[];
    switch (body.type) {
      case 'attach': {
        const droplet = this.#world.droplets.get(body.droplet_id as number);
        if (!droplet) throw unprocessable('Droplet not found.');
        if (droplet.region.slug !== region.slug) throw unprocessable('The droplet and volume must be in the same region.');
        if (ids.length) throw unprocessable('The volume is already attached.');
        return this.#world.startAction('attach_volume', null, 'volume', region, () => {
          if (!this.volumes.has(volume.id as string) || !this.#world.droplets.has(droplet.id)) return;
          volume.droplet_ids = [droplet.id];
          droplet.volume_ids = [...new Set([...droplet.volume_ids, volume.id as string])];
        });
      }
      case 'detach': {
        if (!ids.includes(body.droplet_id as number)) throw unprocessable('The volume is not attached to that droplet.');
        return this.#world.startAction('detach_volume', null, 'volume', region, () => this.#detach(volume, body.droplet_id as number));
      }
      case 'resize': {
        const size = body.size_gigabytes;
        if (typeof size !== 'number' || !Number.isInteger(size) || size > 16384) throw unprocessable('Size is invalid.');
        if (size <= (volume.size_gigabytes as number)) throw unprocessable('A volume can only grow.');
        return this.#world.startAction('resize_volume', null, 'volume', region, () => void (volume.size_gigabytes = size));
      }
      default:
        throw unprocessable(`${JSON.stringify(body.type)} is not a valid volume action type.`);
    }
  }

  #detach(volume: Json, dropletId: number): void {
    volume.droplet_ids = (volume.droplet_ids as number[]).filter((id) => id !== dropletId);
    const droplet = this.#world.droplets.get(dropletId);
    if (droplet) droplet.volume_ids = droplet.volume_ids.filter((id) => id !== volume.id);
  }

  /** Takes a snapshot of a volume. */
  createVolumeSnapshot(volume: Json, body: Json): Json {
    if (typeof body.name !== 'string' || !body.name) throw unprocessable('Name is required.');
    const tags = strings(body.tags);
    tags.forEach((t) => this.tags.add(t));
    const snapshot: Json = {
      id: randomUUID(),
      name: body.name,
      created_at: this.now,
      regions: [(volume.region as RegionJson).slug],
      min_disk_size: volume.size_gigabytes,
      size_gigabytes: Math.round((volume.size_gigabytes as number) * 4) / 100,
      resource_id: volume.id,
      resource_type: 'volume',
      tags,
    };
    this.volumeSnapshots.set(snapshot.id as string, snapshot);
    return snapshot;
  }

  /** Every droplet and volume snapshot in the `/v2/snapshots` shape. */
  allSnapshots(type: string | null): Json[] {
    const droplets = [...this.#world.images.values()]
      .filter((r) => r.image.type === 'snapshot' && r.dropletId !== undefined)
      .map(({ image, dropletId }) => ({
        id: String(image.id),
        name: image.name,
        created_at: image.created_at,
        regions: image.regions,
        min_disk_size: image.min_disk_size,
        size_gigabytes: image.size_gigabytes,
        resource_id: String(dropletId),
        resource_type: 'droplet',
        tags: image.tags,
      }));
    const volumes = [...this.volumeSnapshots.values()];
    return type === 'droplet' ? droplets : type === 'volume' ? volumes : [...droplets, ...volumes];
  }

  /** A droplet or volume snapshot by id; throws the API's 404 when there is none. */
  snapshot(id: string): Json {
    const found = this.allSnapshots(null).find((s) => s.id === id);
    if (!found) throw notFound();
    return found;
  }

  /** Deletes a droplet or volume snapshot. */
  deleteSnapshot(id: string): void {
    const found = this.snapshot(id);
    if (found.resource_type === 'volume') this.volumeSnapshots.delete(id);
    else this.#world.deleteImage(id);
  }

  // ---- reserved IPv4 (also served as floating IPs) and IPv6

  /** A reserved IPv4 address; throws the API's 404 when there is none. */
  reservedIp(ip: string): Json {
    const found = this.reservedIps.get(ip);
    if (!found) throw notFound();
    return found;
  }

  /** Reserves an IPv4 address in `region`, or for `droplet_id` (then assigned by an action). */
  createReservedIp(body: Json): Json {
    let region: RegionJson | undefined;
    let droplet: DropletJson | undefined;
    if (body.droplet_id !== undefined) {
      droplet = this.#world.droplets.get(body.droplet_id as number);
      if (!droplet) throw unprocessable('Droplet not found.');
      if (this.#ipOf(droplet.id)) throw unprocessable('The droplet already has a reserved IP.');
      region = droplet.region;
    } else {
      region = this.#world.region(body.region);
      if (!region) throw unprocessable('You specified an invalid region.');
    }
    if (this.reservedIps.size >= ACCOUNT.floating_ip_limit) throw forbidden('You have reached the reserved IP limit of your account.');
    const n = this.#nextIp++;
    const ip = `45.55.${(n >> 8) & 255}.${n & 255}`;
    const record: Json = {
      ip,
      region: structuredClone(region),
      droplet: null,
      locked: false,
      project_id: typeof body.project_id === 'string' ? body.project_id : this.defaultProjectId,
    };
    this.reservedIps.set(ip, record);
    this.#assign(`do:floatingip:${ip}`, record.project_id as string);
    if (droplet) {
      const target = droplet;
      this.#world.startAction('assign_ip', ipToInt(ip), 'reserved_ip', region, () => this.#point(record, target.id));
    }
    return record;
  }

  /** The live view of a reserved IP: its droplet as it is now. */
  viewReservedIp(record: Json): Json {
    const droplet = record.droplet === null ? null : (this.#world.droplets.get(record.droplet as number) ?? null);
    return { ...record, droplet, locked: this.#world.busy('reserved_ip', ipToInt(record.ip as string)) };
  }

  /** Releases a reserved IPv4 address. */
  deleteReservedIp(ip: string): void {
    this.reservedIp(ip);
    this.reservedIps.delete(ip);
    this.assignments.delete(`do:floatingip:${ip}`);
  }

  /** Starts a reserved IP action: `assign` (to `droplet_id`) or `unassign`. */
  reservedIpAction(record: Json, body: Json): ActionJson {
    const ip = record.ip as string;
    if (this.#world.busy('reserved_ip', ipToInt(ip))) throw unprocessable('The reserved IP already has a pending event.');
    const region = record.region as RegionJson;
    if (body.type === 'assign') {
      const droplet = this.#world.droplets.get(body.droplet_id as number);
      if (!droplet) throw unprocessable('Droplet not found.');
      if (droplet.region.slug !== region.slug) throw unprocessable('The droplet must be in the reserved IP\'s region.');
      return this.#world.startAction('assign_ip', ipToInt(ip), 'reserved_ip', region, () => this.#point(record, droplet.id));
    }
    if (body.type === 'unassign') {
      if (record.droplet === null) throw unprocessable('The reserved IP is not assigned.');
      return this.#world.startAction('unassign_ip', ipToInt(ip), 'reserved_ip', region, () => void (record.droplet = null));
    }
    throw unprocessable(`${JSON.stringify(body.type)} is not a valid reserved IP action type.`);
  }

  /** The actions of a reserved IP, newest first. */
  reservedIpActions(record: Json): ActionJson[] {
    return this.#world.actionsOf('reserved_ip', ipToInt(record.ip as string));
  }

  #point(record: Json, dropletId: number): void {
    for (const other of this.reservedIps.values()) if (other.droplet === dropletId) other.droplet = null;
    if (this.#world.droplets.has(dropletId)) record.droplet = dropletId;
  }

  #ipOf(dropletId: number): Json | undefined {
    return [...this.reservedIps.values()].find((r) => r.droplet === dropletId);
  }

  /** A reserved IPv6 address; throws the API's 404 when there is none. */
  reservedIpv6(ip: string): Json {
    const found = this.reservedIpv6s.get(ip);
    if (!found) throw notFound();
    return found;
  }

  /** Reserves an IPv6 address in `region_slug`. */
  createReservedIpv6(body: Json): Json {
    const region = this.#world.region(body.region_slug);
    if (!region) throw unprocessable('You specified an invalid region.');
    const n = this.#nextIp++;
    const record: Json = { ip: `2a03:b0c0:2:f0::${n.toString(16)}:1`, reserved_at: this.now, region_slug: region.slug, droplet: null };
    this.reservedIpv6s.set(record.ip as string, record);
    this.#ipv6Ids.set(record.ip as string, n);
    return record;
  }

  /** The live view of a reserved IPv6 address: its droplet as it is now. */
  viewReservedIpv6(record: Json): Json {
    return { ...record, droplet: record.droplet === null ? null : (this.#world.droplets.get(record.droplet as number) ?? null) };
  }

  /** Starts a reserved IPv6 action: `assign` (to `droplet_id`) or `unassign`. */
  reservedIpv6Action(record: Json, body: Json): ActionJson {
    const region = this.#world.region(record.region_slug) ?? null;
    const resourceId = this.#ipv6Ids.get(record.ip as string) ?? null;
    if (body.type === 'assign') {
      const droplet = this.#world.droplets.get(body.droplet_id as number);
      if (!droplet) throw unprocessable('Droplet not found.');
      if (droplet.region.slug !== record.region_slug) throw unprocessable('The droplet must be in the reserved IP\'s region.');
      return this.#world.startAction('assign_ip', resourceId, 'reserved_ipv6', region, () => void (record.droplet = droplet.id));
    }
    if (body.type === 'unassign') return this.#world.startAction('unassign_ip', resourceId, 'reserved_ipv6', region, () => void (record.droplet = null));
    throw unprocessable(`${JSON.stringify(body.type)} is not a valid reserved IPv6 action type.`);
  }

  // ---- firewalls

  /** A firewall by id; throws the API's 404 when there is none. */
  firewall(id: string): Json {
    const found = this.firewalls.get(id);
    if (!found) throw notFound();
    return found;
  }

  #checkFirewall(body: Json): void {
    if (typeof body.name !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9.-]*$/.test(body.name)) throw unprocessable('Name is invalid.');
    for (const [key, peers] of [['inbound_rules', 'sources'], ['outbound_rules', 'destinations']] as const) {
      for (const rule of (body[key] as Json[] | undefined) ?? []) {
        if (!['tcp', 'udp', 'icmp'].includes(rule.protocol as string)) throw unprocessable('Protocol is invalid.');
        if (rule.protocol !== 'icmp' && typeof rule.ports !== 'string') throw unprocessable('Ports are required.');
        if (typeof rule[peers] !== 'object' || rule[peers] === null) throw unprocessable(`${peers} are required.`);
      }
    }
    for (const id of (body.droplet_ids as number[] | undefined) ?? []) if (!this.#world.droplets.has(id)) throw unprocessable(`Droplet ${id} not found.`);
  }

  /** Makes a firewall, or replaces `existing`'s settings (PUT). */
  saveFirewall(body: Json, existing?: Json): Json {
    this.#checkFirewall(body);
    const firewall: Json = existing ?? { id: randomUUID(), status: 'waiting', created_at: this.now, pending_changes: [] };
    const rule = (r: Json) => ({ ...r, ports: r.protocol === 'icmp' ? '0' : r.ports });
    Object.assign(firewall, {
      name: body.name,
      droplet_ids: [...new Set((body.droplet_ids as number[] | undefined) ?? [])],
      tags: strings(body.tags),
      inbound_rules: ((body.inbound_rules as Json[] | undefined) ?? []).map(rule),
      outbound_rules: ((body.outbound_rules as Json[] | undefined) ?? []).map(rule),
    });
    strings(body.tags).forEach((t) => this.tags.add(t));
    this.firewalls.set(firewall.id as string, firewall);
    this.#applyFirewall(firewall);
    return firewall;
  }

  /** A firewall is `waiting` after every change until it has applied, one action duration later. */
  #applyFirewall(firewall: Json): void {
    const change = (this.#firewallChanges.get(firewall) ?? 0) + 1;
    this.#firewallChanges.set(firewall, change);
    firewall.status = 'waiting';
    this.#world.schedule(() => {
      if (this.#firewallChanges.get(firewall) === change) firewall.status = 'succeeded';
    });
  }

  /** Adds (`add`) or removes `droplets`, `tags` or `rules` of a firewall. */
  changeFirewall(firewall: Json, what: string, add: boolean, body: Json): void {
    if (what === 'droplets') {
      const ids = (body.droplet_ids as number[] | undefined) ?? [];
      if (!ids.length) throw unprocessable('droplet_ids is required.');
      for (const id of ids) if (add && !this.#world.droplets.has(id)) throw unprocessable(`Droplet ${id} not found.`);
      const current = firewall.droplet_ids as number[];
      firewall.droplet_ids = add ? [...new Set([...current, ...ids])] : current.filter((id) => !ids.includes(id));
    } else if (what === 'tags') {
      const tags = strings(body.tags);
      if (!tags.length) throw unprocessable('tags is required.');
      tags.forEach((t) => add && this.tags.add(t));
      const current = firewall.tags as string[];
      firewall.tags = add ? [...new Set([...current, ...tags])] : current.filter((t) => !tags.includes(t));
    } else {
      this.#checkFirewall({ name: firewall.name, ...body });
      for (const key of ['inbound_rules', 'outbound_rules']) {
        const given = ((body[key] as Json[] | undefined) ?? []).map((r) => ({ ...r, ports: r.protocol === 'icmp' ? '0' : r.ports }));
        const current = firewall[key] as Json[];
        firewall[key] = add ? [...current, ...given.filter((g) => !current.some((c) => same(c, g)))] : current.filter((c) => !given.some((g) => same(c, g)));
      }
    }
    this.#applyFirewall(firewall);
  }

  /** The firewalls that apply to a droplet, by id or by tag. */
  firewallsOf(dropletId: number): Json[] {
    const droplet = this.#world.droplet(dropletId);
    return [...this.firewalls.values()].filter((f) => (f.droplet_ids as number[]).includes(dropletId) || (f.tags as string[]).some((t) => droplet.tags.includes(t)));
  }

  // ---- load balancers

  /** A load balancer by id; throws the API's 404 when there is none. */
  loadBalancer(id: string): Json {
    const found = this.loadBalancers.get(id);
    if (!found) throw notFound();
    return found;
  }

  /** Makes a load balancer (active after the action duration), or replaces `existing`'s settings (PUT). */
  saveLoadBalancer(body: Json, existing?: Json): Json {
    if (typeof body.name !== 'string' || !body.name) throw unprocessable('Name is required.');
    const global = body.type === 'GLOBAL';
    const region = global ? undefined : this.#world.region(body.region);
    if (!global && !region) throw unprocessable('You specified an invalid region.');
    const rules = body.forwarding_rules;
    if (!Array.isArray(rules) || !rules.length) throw unprocessable('At least one forwarding rule is required.');
    if (body.droplet_ids !== undefined && body.tag !== undefined) throw unprocessable('Specify droplet_ids or tag, not both.');
    for (const id of (body.droplet_ids as number[] | undefined) ?? []) if (!this.#world.droplets.has(id)) throw unprocessable(`Droplet ${id} not found.`);
    const n = this.#nextIp++;
    const lb: Json = existing ?? {
      id: randomUUID(),
      ip: '',
      status: 'new',
      created_at: this.now,
      project_id: this.defaultProjectId,
      algorithm: 'round_robin',
    };
    Object.assign(lb, {
      name: body.name,
      size_unit: typeof body.size_unit === 'number' ? body.size_unit : 1,
      forwarding_rules: (rules as Json[]).map((r) => ({ certificate_id: '', tls_passthrough: false, ...r })),
      health_check: { protocol: 'http', port: 80, path: '/', check_interval_seconds: 10, response_timeout_seconds: 5, unhealthy_threshold: 3, healthy_threshold: 5, ...(body.health_check as Json | undefined) },
      sticky_sessions: { type: 'none', ...(body.sticky_sessions as Json | undefined) },
      redirect_http_to_https: body.redirect_http_to_https === true,
      enable_proxy_protocol: body.enable_proxy_protocol === true,
      enable_backend_keepalive: body.enable_backend_keepalive === true,
      http_idle_timeout_seconds: typeof body.http_idle_timeout_seconds === 'number' ? body.http_idle_timeout_seconds : 60,
      vpc_uuid: typeof body.vpc_uuid === 'string' ? body.vpc_uuid : region ? this.#world.vpcOf(region.slug) : undefined,
      disable_lets_encrypt_dns_records: body.disable_lets_encrypt_dns_records === true,
      firewall: { deny: [], allow: [], ...(body.firewall as Json | undefined) },
      network: body.network ?? 'EXTERNAL',
      network_stack: body.network_stack ?? 'IPV4',
      type: body.type ?? 'REGIONAL',
      tls_cipher_policy: body.tls_cipher_policy ?? 'DEFAULT',
      ...(region ? { region: structuredClone(region) } : {}),
      droplet_ids: body.tag !== undefined ? [] : [...new Set((body.droplet_ids as number[] | undefined) ?? [])],
      tag: typeof body.tag === 'string' ? body.tag : '',
    });
    if (!existing) {
      this.loadBalancers.set(lb.id as string, lb);
      this.#assign(`do:loadbalancer:${lb.id}`, this.defaultProjectId);
      this.#world.schedule(() => {
        lb.status = 'active';
        lb.ip = `174.138.${(n >> 8) & 255}.${n & 255}`;
      });
    }
    if (typeof body.tag === 'string') this.tags.add(body.tag);
    return lb;
  }

  /** The live view of a load balancer: droplets by tag resolved as they are now. */
  viewLoadBalancer(lb: Json): Json {
    const tag = lb.tag as string;
    const droplet_ids = tag ? [...this.#world.droplets.values()].filter((d) => d.tags.includes(tag)).map((d) => d.id) : lb.droplet_ids;
    return { ...lb, droplet_ids };
  }

  /** Adds (`add`) or removes droplets or forwarding rules of a load balancer. */
  changeLoadBalancer(lb: Json, what: 'droplets' | 'forwarding_rules', add: boolean, body: Json): void {
    if (what === 'droplets') {
      if (lb.tag) throw unprocessable('This load balancer selects droplets by tag.');
      const ids = (body.droplet_ids as number[] | undefined) ?? [];
      if (!ids.length) throw unprocessable('droplet_ids is required.');
      for (const id of ids) if (add && !this.#world.droplets.has(id)) throw unprocessable(`Droplet ${id} not found.`);
      const current = lb.droplet_ids as number[];
      lb.droplet_ids = add ? [...new Set([...current, ...ids])] : current.filter((id) => !ids.includes(id));
    } else {
      const given = ((body.forwarding_rules as Json[] | undefined) ?? []).map((r) => ({ certificate_id: '', tls_passthrough: false, ...r }));
      if (!given.length) throw unprocessable('forwarding_rules is required.');
      const current = lb.forwarding_rules as Json[];
      const next = add ? [...current, ...given.filter((g) => !current.some((c) => same(c, g)))] : current.filter((c) => !given.some((g) => same(c, g)));
      if (!next.length) throw unprocessable('A load balancer needs at least one forwarding rule.');
      lb.forwarding_rules = next;
    }
  }

  // ---- tags

  /** A tag with the count of resources it is on, as `GET /v2/tags/{name}` answers; throws the API's 404 when there is none. */
  tagView(name: string): Json {
    if (!this.tags.has(name)) throw notFound();
    const droplets = [...this.#world.droplets.values()].filter((d) => d.tags.includes(name));
    const images = [...this.#world.images.values()].filter((r) => r.image.tags.includes(name));
    const volumes = [...this.volumes.values()].filter((v) => (v.tags as string[]).includes(name));
    const snapshots = [...this.volumeSnapshots.values()].filter((s) => (s.tags as string[]).includes(name));
    const stats = (items: unknown[], uri: (i: never) => string) => ({ count: items.length, ...(items.length ? { last_tagged_uri: uri(items[items.length - 1] as never) } : {}) });
    const base = 'https://api.digitalocean.com/v2';
    const parts = {
      droplets: stats(droplets, (d: DropletJson) => `${base}/droplets/${d.id}`),
      images: stats(images, (r: { image: { id: number } }) => `${base}/images/${r.image.id}`),
      volumes: stats(volumes, (v: Json) => `${base}/volumes/${v.id}`),
      volume_snapshots: stats(snapshots, (s: Json) => `${base}/snapshots/${s.id}`),
      databases: { count: 0 },
    };
    const count = droplets.length + images.length + volumes.length + snapshots.length;
    const last = [parts.droplets, parts.images, parts.volumes, parts.volume_snapshots].map((p) => (p as { last_tagged_uri?: string }).last_tagged_uri).find(Boolean);
    return { name, resources: { count, ...(last ? { last_tagged_uri: last } : {}), ...parts } };
  }

  /** Adds a tag; a name that differs only in case is the same tag. */
  createTag(body: Json): Json {
    if (typeof body.name !== 'string' || !TAG_NAME.test(body.name)) throw unprocessable('Name is invalid.');
    const existing = [...this.tags].find((t) => t.toLowerCase() === (body.name as string).toLowerCase());
    this.tags.add(existing ?? body.name);
    return this.tagView(existing ?? body.name);
  }

  /** Deletes a tag and takes it off every resource. */
  deleteTag(name: string): void {
    this.tagView(name);
    this.tags.delete(name);
    for (const d of this.#world.droplets.values()) d.tags = d.tags.filter((t) => t !== name);
    for (const r of this.#world.images.values()) r.image.tags = r.image.tags.filter((t) => t !== name);
    for (const v of this.volumes.values()) v.tags = (v.tags as string[]).filter((t) => t !== name);
    for (const s of this.volumeSnapshots.values()) s.tags = (s.tags as string[]).filter((t) => t !== name);
  }

  /** Puts a tag on (`add`) or takes it off droplets, images, volumes and volume snapshots. */
  tagResources(name: string, body: Json, add: boolean): void {
    if (!this.tags.has(name)) {
      if (!add) throw notFound();
      this.createTag({ name });
    }
    const resources = body.resources;
    if (!Array.isArray(resources) || !resources.length) throw unprocessable('resources is required.');
    const targets = resources.map((r: Json) => {
      const id = String(r.resource_id);
      const list: { tags: string[] } | undefined =
        r.resource_type === 'droplet' ? this.#world.droplets.get(Number(id))
        : r.resource_type === 'image' ? this.#world.images.get(Number(id))?.image
        : r.resource_type === 'volume' ? (this.volumes.get(id) as { tags: string[] } | undefined)
        : r.resource_type === 'volume_snapshot' ? (this.volumeSnapshots.get(id) as { tags: string[] } | undefined)
        : undefined;
      if (!list) throw unprocessable(`Resource ${r.resource_type} ${id} not found.`);
      return list;
    });
    for (const target of targets) target.tags = add ? [...new Set([...target.tags, name])] : target.tags.filter((t) => t !== name);
  }

  // ---- VPCs

  /** A VPC by id; throws the API's 404 when there is none. */
  vpc(id: string): Json {
    const found = this.vpcs.get(id);
    if (!found) throw notFound();
    return found;
  }

  /** Makes a VPC; names are unique and IP ranges may not overlap. */
  createVpc(body: Json): Json {
    if (typeof body.name !== 'string' || !/^[a-zA-Z0-9-]{1,255}$/.test(body.name)) throw unprocessable('Name is invalid.');
    const region = this.#world.region(body.region);
    if (!region) throw unprocessable('You specified an invalid region.');
    if ([...this.vpcs.values()].some((v) => v.name === body.name)) throw unprocessable('A VPC with this name already exists.');
    const range = typeof body.ip_range === 'string' ? body.ip_range : `10.${120 + (this.vpcs.size % 100)}.16.0/20`;
    if ([...this.vpcs.values()].some((v) => v.ip_range === range)) throw unprocessable('The IP range overlaps another VPC.');
    const id = randomUUID();
    const vpc: Json = { id, urn: `do:vpc:${id}`, name: body.name, description: typeof body.description === 'string' ? body.description : '', region: region.slug, ip_range: range, default: false, created_at: this.now };
    this.vpcs.set(id, vpc);
    return vpc;
  }

  /** Changes a VPC: PATCH (`replace` false) or PUT (`replace` true). */
  updateVpc(vpc: Json, body: Json, replace: boolean): Json {
    if (replace && (typeof body.name !== 'string' || !body.name)) throw unprocessable('Name is required.');
    if (body.name !== undefined) vpc.name = body.name;
    if (body.description !== undefined) vpc.description = body.description;
    if (body.default === true) {
      for (const other of this.vpcs.values()) if (other.region === vpc.region) other.default = false;
      vpc.default = true;
    }
    return vpc;
  }

  /** Deletes a VPC that is not a default one and has no members. */
  deleteVpc(vpc: Json): void {
    if (vpc.default) throw forbidden('A default VPC cannot be deleted.');
    if (this.vpcMembers(vpc, null).length) throw forbidden('The VPC still has members.');
    this.vpcs.delete(vpc.id as string);
  }

  /** The droplets and load balancers in a VPC, of `type` when given. */
  vpcMembers(vpc: Json, type: string | null): Json[] {
    const droplets = [...this.#world.droplets.values()].filter((d) => d.vpc_uuid === vpc.id).map((d) => ({ urn: `do:droplet:${d.id}`, name: d.name, created_at: d.created_at, type: 'droplet' }));
    const lbs = [...this.loadBalancers.values()].filter((l) => l.vpc_uuid === vpc.id).map((l) => ({ urn: `do:loadbalancer:${l.id}`, name: l.name, created_at: l.created_at, type: 'load_balancer' }));
    return [...droplets, ...lbs].filter((m) => type === null || m.type === type).map(({ type: _type, ...member }) => member);
  }

  /** Peers a VPC with `vpc_id`; active after the action duration. */
  createPeering(vpc: Json, body: Json): Json {
    const other = this.vpcs.get(body.vpc_id as string);
    if (!other) throw unprocessable('The other VPC does not exist.');
    if (other.id === vpc.id) throw unprocessable('A VPC cannot peer with itself.');
    if (typeof body.name !== 'string' || !body.name) throw unprocessable('Name is required.');
    const peering: Json = { id: randomUUID(), name: body.name, vpc_ids: [vpc.id, other.id], created_at: this.now, status: 'PROVISIONING' };
    this.peerings.set(peering.id as string, peering);
    this.#world.schedule(() => {
      if (peering.status === 'PROVISIONING') peering.status = 'ACTIVE';
    });
    return peering;
  }

  /** A VPC peering by id; throws the API's 404 when there is none. */
  peering(id: string): Json {
    const found = this.peerings.get(id);
    if (!found) throw notFound();
    return found;
  }

  /** Starts deleting a peering: it is `DELETING`, then gone after the action duration. */
  deletePeering(peering: Json): Json {
    if (peering.status === 'DELETING') throw unprocessable('The VPC peering is already being deleted.');
    peering.status = 'DELETING';
    this.#world.schedule(() => void this.peerings.delete(peering.id as string));
    return peering;
  }

  /** The peerings of a VPC. */
  peeringsOf(vpc: Json): Json[] {
    return [...this.peerings.values()].filter((p) => (p.vpc_ids as string[]).includes(vpc.id as string));
  }

  // ---- projects

  /** A project by id, or `default`; throws the API's 404 when there is none. */
  project(id: string): Json {
    const found = this.projects.get(id === 'default' ? this.defaultProjectId : id);
    if (!found) throw notFound();
    return found;
  }

  /** Makes a project, or changes `existing`: PATCH (`replace` false) or PUT (`replace` true). */
  saveProject(body: Json, existing: Json | undefined, replace: boolean): Json {
    if ((replace || !existing) && (typeof body.name !== 'string' || !body.name)) throw unprocessable('Name is required.');
    if ((replace || !existing) && (typeof body.purpose !== 'string' || !body.purpose)) throw unprocessable('Purpose is required.');
    if (body.environment !== undefined && !['Development', 'Staging', 'Production'].includes(body.environment as string)) throw unprocessable('Environment is invalid.');
    const project: Json = existing ?? {
      id: randomUUID(),
      owner_uuid: ACCOUNT.uuid,
      owner_id: 258992,
      description: '',
      environment: 'Development',
      created_at: this.now,
      is_default: false,
    };
    for (const key of ['name', 'purpose', 'description', 'environment']) if (body[key] !== undefined) project[key] = body[key];
    if (body.is_default === true) {
      for (const other of this.projects.values()) other.is_default = false;
      project.is_default = true;
    }
    project.updated_at = this.now;
    this.projects.set(project.id as string, project);
    return project;
  }

  /** Deletes an empty project that is not the default one. */
  deleteProject(project: Json): void {
    if (project.is_default) throw new Refusal(412, 'precondition_failed', 'The default project cannot be deleted.');
    if ([...this.assignments.values()].some((a) => a.projectId === project.id)) throw new Refusal(412, 'precondition_failed', 'Only empty projects can be deleted.');
    this.projects.delete(project.id as string);
  }

  /** The resources assigned to a project. */
  projectResources(project: Json): Json[] {
    return [...this.assignments].filter(([, a]) => a.projectId === project.id).map(([urn, a]) => this.#resourceView(urn, a.assignedAt, 'ok'));
  }

  /** Assigns resources to a project by URN, each answered `assigned`, `already_assigned` or `not_found`. */
  assignResources(project: Json, body: Json): Json[] {
    const urns = strings(body.resources);
    if (!urns.length) throw unprocessable('resources is required.');
    return urns.map((urn) => {
      if (!this.#exists(urn)) return this.#resourceView(urn, this.now, 'not_found');
      const already = this.assignments.get(urn)?.projectId === project.id;
      this.#assign(urn, project.id as string);
      return this.#resourceView(urn, this.assignments.get(urn)!.assignedAt, already ? 'already_assigned' : 'assigned');
    });
  }

  #resourceView(urn: string, assignedAt: string, status: string): Json {
    const [, type, id] = urn.split(':');
    const path = { droplet: 'droplets', volume: 'volumes', domain: 'domains', floatingip: 'floating_ips', loadbalancer: 'load_balancers' }[type] ?? type;
    return { urn, assigned_at: assignedAt, links: { self: `https://api.digitalocean.com/v2/${path}/${id}` }, status };
  }

  #exists(urn: string): boolean {
    const [, type, ...rest] = urn.split(':');
    const id = rest.join(':');
    switch (type) {
      case 'droplet':
        return this.#world.droplets.has(Number(id));
      case 'volume':
        return this.volumes.has(id);
      case 'domain':
        return this.domains.has(id);
      case 'floatingip':
        return this.reservedIps.has(id);
      case 'loadbalancer':
        return this.loadBalancers.has(id);
      default:
        return false;
    }
  }

  #assign(urn: string, projectId: string): void {
    if (this.assignments.get(urn)?.projectId !== projectId) this.assignments.set(urn, { projectId, assignedAt: this.now });
  }

  #forgetDroplet(id: number): void {
    this.assignments.delete(`do:droplet:${id}`);
    for (const volume of this.volumes.values()) if ((volume.droplet_ids as number[]).includes(id)) this.#detach(volume, id);
    for (const record of this.reservedIps.values()) if (record.droplet === id) record.droplet = null;
    for (const record of this.reservedIpv6s.values()) if (record.droplet === id) record.droplet = null;
    for (const firewall of this.firewalls.values()) firewall.droplet_ids = (firewall.droplet_ids as number[]).filter((d) => d !== id);
    for (const lb of this.loadBalancers.values()) lb.droplet_ids = (lb.droplet_ids as number[]).filter((d) => d !== id);
  }

  // ---- certificates and CDN endpoints

  /** A certificate by id; throws the API's 404 when there is none. */
  certificate(id: string): Json {
    const found = this.certificates.get(id);
    if (!found) throw notFound();
    return found;
  }

  /** Adds a custom certificate, or a Let's Encrypt one (verified after the action duration) for domains managed here. */
  createCertificate(body: Json): Json {
    if (typeof body.name !== 'string' || !body.name) throw unprocessable('Name is required.');
    if ([...this.certificates.values()].some((c) => c.name === body.name)) throw unprocessable('A certificate with this name already exists.');
    const notAfter = timestamp(this.#world.now() + 90 * 86_400_000);
    let certificate: Json;
    if (body.type === 'lets_encrypt') {
      const names = strings(body.dns_names);
      if (!names.length) throw unprocessable('dns_names is required.');
      for (const name of names) {
        const bare = name.replace(/^\*\./, '');
        if (![...this.domains.keys()].some((d) => bare === d || bare.endsWith(`.${d}`))) throw unprocessable(`The DNS of ${name} is not managed by DigitalOcean.`);
      }
      certificate = { id: randomUUID(), name: body.name, not_after: notAfter, sha1_fingerprint: '', created_at: this.now, dns_names: names, state: 'pending', type: 'lets_encrypt' };
      const issued = certificate;
      this.#world.schedule(() => {
        issued.state = 'verified';
        issued.sha1_fingerprint = createHash('sha1').update(String(issued.id)).digest('hex');
      });
    } else {
      const pem = /-----BEGIN [A-Z ]+-----[\s\S]+-----END [A-Z ]+-----/;
      if (typeof body.private_key !== 'string' || !pem.test(body.private_key)) throw unprocessable('The private key is invalid.');
      if (typeof body.leaf_certificate !== 'string' || !pem.test(body.leaf_certificate)) throw unprocessable('The certificate is invalid.');
      certificate = {
        id: randomUUID(),
        name: body.name,
        not_after: notAfter,
        sha1_fingerprint: createHash('sha1').update(body.leaf_certificate).digest('hex'),
        created_at: this.now,
        dns_names: [],
        state: 'verified',
        type: 'custom',
      };
    }
    this.certificates.set(certificate.id as string, certificate);
    return certificate;
  }

  /** Deletes a certificate that no CDN endpoint uses. */
  deleteCertificate(id: string): void {
    this.certificate(id);
    if ([...this.cdnEndpoints.values()].some((e) => e.certificate_id === id)) throw forbidden('The certificate is in use by a CDN endpoint.');
    this.certificates.delete(id);
  }

  /** A CDN endpoint by id; throws the API's 404 when there is none. */
  cdnEndpoint(id: string): Json {
    const found = this.cdnEndpoints.get(id);
    if (!found) throw notFound();
    return found;
  }

  /** Makes a CDN endpoint for a Spaces origin, or changes `existing`'s TTL, custom domain and certificate. */
  saveCdnEndpoint(body: Json, existing?: Json): Json {
    if (!existing) {
      const origin = body.origin;
      if (typeof origin !== 'string' || !/^[a-z0-9-]+\.[a-z0-9]+\.digitaloceanspaces\.com$/.test(origin)) throw unprocessable('The origin must be a Spaces bucket host.');
      if ([...this.cdnEndpoints.values()].some((e) => e.origin === origin)) throw unprocessable('An endpoint for this origin already exists.');
    }
    if (body.ttl !== undefined && ![60, 600, 3600, 86400, 604800].includes(body.ttl as number)) throw unprocessable('TTL is invalid.');
    if (body.certificate_id && !this.certificates.has(body.certificate_id as string)) throw unprocessable('The certificate does not exist.');
    const customDomain = body.custom_domain ?? existing?.custom_domain;
    const certificate = body.certificate_id ?? existing?.certificate_id;
    if (customDomain && !certificate) throw unprocessable('A custom domain needs a certificate.');
    const endpoint: Json = existing ?? {
      id: randomUUID(),
      origin: body.origin,
      endpoint: (body.origin as string).replace('.digitaloceanspaces.com', '.cdn.digitaloceanspaces.com'),
      ttl: 3600,
      created_at: this.now,
    };
    if (body.ttl !== undefined) endpoint.ttl = body.ttl;
    if (customDomain !== undefined) endpoint.custom_domain = customDomain;
    if (certificate !== undefined) endpoint.certificate_id = certificate;
    if (customDomain === '') {
      delete endpoint.custom_domain;
      delete endpoint.certificate_id;
    }
    this.cdnEndpoints.set(endpoint.id as string, endpoint);
    return endpoint;
  }

  /** Purges `files` from a CDN endpoint's cache. */
  purgeCdnCache(endpoint: Json, body: Json): void {
    if (!strings(body.files).length) throw unprocessable('files is required.');
    this.cdnEndpoint(endpoint.id as string);
  }
}
