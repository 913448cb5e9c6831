/**
 * The minimal API the benchmarks read: one droplet, and pages of droplets generated on the fly,
 * with an optional latency added to every answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TEMPLATE = {
  id: 0,
  name: 'web',
  memory: 1024,
  vcpus: 1,
  disk: 25,
  disk_info: [{ type: 'local', size: { amount: 25, unit: 'gib' } }],
  locked: false,
  status: 'active',
  kernel: null,
  created_at: '2025-03-14T09:26:53Z',
  features: ['backups', 'ipv6'],
  backup_ids: [53893572],
  next_backup_window: { start: '2025-03-16T00:00:00Z', end: '2025-03-16T23:00:00Z' },
  snapshot_ids: [],
  image: { id: 7555620, name: '24.04 (LTS) x64', distribution: 'Ubuntu', slug: 'ubuntu-24-04-x64', public: true, regions: ['nyc3', 'sfo3'], created_at: '2024-04-25T15:49:14Z', min_disk_size: 7, type: 'base', size_gigabytes: 2.36, description: 'Ubuntu 24.04 x64', tags: [], status: 'available', error_message: '' },
  volume_ids: [],
  size: { slug: 's-1vcpu-1gb', memory: 1024, vcpus: 1, disk: 25, transfer: 1, price_monthly: 6, price_hourly: 0.00893, regions: ['nyc1', 'nyc3', 'sfo3'], available: true, description: 'Basic', disk_info: [{ type: 'local', size: { amount: 25, unit: 'gib' } }] },
  size_slug: 's-1vcpu-1gb',
  networks: {
    v4: [
      { ip_address: '10.128.192.124', netmask: '255.255.0.0', gateway: '<nil>', type: 'private' },
      { ip_address: '192.241.165.154', netmask: '255.255.240.0', gateway: '192.241.160.1', type: 'public' },
    ],
    v6: [{ ip_address: '2604:a880:0:1010::18a:a001', netmask: 64, gateway: '2604:a880:0:1010::1', type: 'public' }],
  },
  region: { name: 'New York 3', slug: 'nyc3', features: ['backups', 'ipv6', 'storage'], available: true, sizes: ['s-1vcpu-1gb'] },
  tags: ['web'],
  vpc_uuid: '760e09ef-dc84-11e8-981e-3cfdfeaae000',
};

export const droplet = (id: number) => ({ ...TEMPLATE, id, name: `web-${id}` });
const ONE = JSON.stringify({ droplet: droplet(3164444) });

/** A running minimal API. */
export interface MiniServer {
  /** Its base URL, ending in `/v2/`. */
  url: string;
  close: () => Promise<void>;
}

/** Serves `GET /v2/droplets/:id` and pages of `total` droplets on 127.0.0.1, each answer `latencyMs` late. */
export async function miniServer(total: number, latencyMs: number): Promise<MiniServer> {
  const pageCache = new Map<string, string>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const answer = () => {
      if (url.pathname.startsWith('/v2/droplets/')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(ONE);
        return;
      }
      const perPage = Number(url.searchParams.get('per_page') ?? 20);
      const page = Number(url.searchParams.get('page') ?? 1);
      const key = `${page}/${perPage}`;
      let body = pageCache.get(key);
      if (!body) {
        const last = Math.ceil(total / perPage);
        const items = [];
        for (let i = (page - 1) * perPage; i < Math.min(total, page * perPage); i++) items.push(droplet(i + 1));
        const link = (n: number) => `http://127.0.0.1/v2/droplets?page=${n}&per_page=${perPage}`;
        body = JSON.stringify({ droplets: items, links: { pages: page < last ? { next: link(page + 1), last: link(last) } : {} }, meta: { total } });
        if (total <= 20_000) pageCache.set(key, body);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    };
    if (latencyMs) setTimeout(answer, latencyMs);
    else answer();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2/`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
