import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { inspect } from 'node:util';
import {
  AbortError,
  Action,
  ApiError,
  ConnectionError,
  DigitalOcean,
  Droplet,
  NotFoundError,
  RequestTimeoutError,
  VERSION,
  type ClientOptions,
} from '../../../lib/index.js';
import { Connection } from '../../../lib/connection.js';
import { fixture, json, TOKEN } from '../../helpers.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local server: each request is recorded, then answered by `handler`. */
async function serve(handler: (seen: Seen, res: ServerResponse) => void) {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const one = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(one);
      handler(one, res);
    });
  });
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2/`,
    seen,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const answer = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// The one request path: ky over the global fetch, against a real server on loopback.
describe('the request path', () => {
  const client = (baseUrl: string, options: ClientOptions = {}) => new DigitalOcean({ token: TOKEN, baseUrl, maxRetries: 0, ...options });

  it('sends the method, path, query and headers, and hydrates the answer', async () => {
    const server = await serve((_seen, res) => answer(res, 200, fixture('droplets/list'), { 'x-request-id': 'r-1' }));
    try {
      const page = await client(server.url).droplets.list({ tagName: 'web' }).take(1);
      expect(page).toHaveLength(1);
      expect(page[0]).toBeInstanceOf(Droplet);
      expect(json(page[0])).toEqual(fixture<{ droplets: object[] }>('droplets/list').droplets[0]);
      expect(server.seen).toHaveLength(1);
      const [{ method, url, headers, body }] = server.seen;
      expect({ method, url, body }).toEqual({ method: 'GET', url: '/v2/droplets?tag_name=web&page=1&per_page=1', body: '' });
      expect(headers).toMatchObject({ accept: 'application/json', 'user-agent': `digitalocean-models/${VERSION}`, authorization: `Bearer ${TOKEN}` });
      expect(headers['content-type']).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('sends a JSON body with its content type', async () => {
    const server = await serve((_seen, res) => answer(res, 201, fixture('ssh-keys/get')));
    try {
      await client(server.url).sshKeys.create({ name: 'laptop', publicKey: 'ssh-ed25519 AAAAC3Nza laptop' });
      const [{ method, url, headers, body }] = server.seen;
      expect({ method, url, contentType: headers['content-type'], body: JSON.parse(body) }).toEqual({
        method: 'POST',
        url: '/v2/account/keys',
        contentType: 'application/json',
        body: { name: 'laptop', public_key: 'ssh-ed25519 AAAAC3Nza laptop' },
      });
    } finally {
      await server.close();
    }
  });

  it('turns an error answer into its typed error, keeping the rate-limit budget it reports', async () => {
    const server = await serve((_seen, res) =>
      answer(res, 404, { id: 'not_found', message: 'The resource you were accessing could not be found.' }, {
        'ratelimit-limit': '5000',
        'ratelimit-remaining': '4321',
        'ratelimit-reset': '1742468761',
      }),
    );
    try {
      const api = client(server.url);
      const error = await api.droplets.get(1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, id: 'not_found', message: expect.stringContaining('The resource you were accessing could not be found.') });
      expect(api.rateLimit).toEqual({ limit: 5000, remaining: 4321, resetAt: new Date(1742468761 * 1000) });
    } finally {
      await server.close();
    }
  });

  it('reads a 204 as no body', async () => {
    const server = await serve((_seen, res) => res.writeHead(204).end());
    try {
      await expect(client(server.url).sshKeys.delete(512190)).resolves.toBeUndefined();
      expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['DELETE /v2/account/keys/512190']);
    } finally {
      await server.close();
    }
  });

  // A second socket may open while the first is being handed back; five never take five.
  it('keeps the connection open between requests', async () => {
    const server = await serve((_seen, res) => answer(res, 200, fixture('actions/get')));
    try {
      const api = client(server.url);
      for (let i = 0; i < 5; i++) await api.actions.get(36804758);
      expect(server.seen).toHaveLength(5);
      expect(server.sockets.size).toBeLessThanOrEqual(2);
    } finally {
      await server.close();
    }
  });

  it('gives up on an answer slower than the timeout with RequestTimeoutError', async () => {
    const server = await serve((_seen, res) => setTimeout(() => answer(res, 200, fixture('actions/get')), 500));
    try {
      const error = await client(server.url, { timeout: 50 }).actions.get(1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestTimeoutError);
      expect((error as Error).message).toBe('GET /v2/actions/1 got no response in time');
      expect(inspect(error, { depth: 20, showHidden: true })).not.toContain(TOKEN);
    } finally {
      await server.close();
    }
  });

  it('gives up on a body that trickles past the timeout with RequestTimeoutError', async () => {
    const server = await serve((_seen, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      const drip = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(drip));
    });
    try {
      const error = await client(server.url, { timeout: 150 }).actions.get(1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestTimeoutError);
    } finally {
      await server.close();
    }
  });

  it('ends at once on an abort, with AbortError carrying the reason', async () => {
    const server = await serve(() => undefined);
    try {
      const controller = new AbortController();
      const pending = client(server.url).actions.get(1, { signal: controller.signal }).catch((e: unknown) => e);
      while (server.seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort(new Error('enough'));
      const error = (await pending) as AbortError;
      expect(error).toBeInstanceOf(AbortError);
      expect((error.cause as Error).message).toBe('enough');
    } finally {
      await server.close();
    }
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = await serve((_seen, res) => answer(res, 200, fixture('actions/get')));
    try {
      const error = await client(server.url).actions.get(1, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AbortError);
      expect(server.seen).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('reports a refused connection as ConnectionError with code ECONNREFUSED, without the token', async () => {
    const error = (await client(`http://127.0.0.1:${await closedPort()}/v2/`).actions.get(1).catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.code).toBe('ECONNREFUSED');
    expect(inspect(error, { depth: 20, showHidden: true })).not.toContain(TOKEN);
  });

  it('reports a connection reset mid-body as ConnectionError, without the token', async () => {
    const server = await serve((_seen, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"action": {"id": 1,');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    try {
      const error = await client(server.url).actions.get(1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      // Node's fetch reports a socket closed mid-answer as UND_ERR_SOCKET.
      expect((error as ConnectionError).code).toBe('UND_ERR_SOCKET');
      expect(inspect(error, { depth: 20, showHidden: true })).not.toContain(TOKEN);
    } finally {
      await server.close();
    }
  });

  it('never follows a redirect: a 3xx is an ApiError and the other host is never contacted', async () => {
    const elsewhere = await serve((_seen, res) => answer(res, 200, fixture('actions/get')));
    const server = await serve((_seen, res) => res.writeHead(307, { location: `${elsewhere.url}actions/1` }).end());
    try {
      const error = (await client(server.url).actions.get(1).catch((e: unknown) => e)) as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 307, id: 'redirect', request: { method: 'GET', path: '/v2/actions/1' } });
      expect(error.message).toContain('never followed');
      expect(server.seen).toHaveLength(1);
      expect(elsewhere.seen).toHaveLength(0);
    } finally {
      await server.close();
      await elsewhere.close();
    }
  });

  it('says that a POST that timed out may have been applied, and does not send it again', async () => {
    const server = await serve((_seen, res) => setTimeout(() => answer(res, 202, fixture('droplets/create')), 1_500));
    try {
      const api = client(server.url, { timeout: 400, maxRetries: 3 });
      const attrs = { name: 'web-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
      const error = (await api.droplets.create(attrs).catch((e: unknown) => e)) as RequestTimeoutError;
      expect(error).toBeInstanceOf(RequestTimeoutError);
      expect(error.message).toBe(
        'POST /v2/droplets got no response in time; the API may have applied it: check (for example, list by name or tag) before sending it again',
      );
      expect(server.seen.map((s) => s.method)).toEqual(['POST']);
    } finally {
      await server.close();
    }
  });

  it('reads a text answer as text and a binary one as bytes, never as JSON', async () => {
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe]);
    const server = await serve((seen, res) => {
      if (seen.url.endsWith('.csv')) res.writeHead(200, { 'content-type': 'text/csv' }).end('a,b\n1,2\n');
      else res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    });
    try {
      const connection = new Connection({ token: TOKEN, baseUrl: server.url, maxRetries: 0 });
      await expect(connection.raw('GET', 'invoices/1.csv', { read: 'text', accept: 'text/csv' })).resolves.toEqual({ body: 'a,b\n1,2\n', contentType: 'text/csv' });
      const answer = await connection.raw('GET', 'invoices/1.pdf', { read: 'bytes', accept: 'application/pdf' });
      expect(answer.body).toBeInstanceOf(Uint8Array);
      expect([...answer.body]).toEqual([...pdf]);
      expect(answer.contentType).toBe('application/pdf');
      expect(server.seen.map((s) => s.headers.accept)).toEqual(['text/csv', 'application/pdf']);
    } finally {
      await server.close();
    }
  });

  it('sends through the fetch given as an option', async () => {
    const server = await serve((_seen, res) => answer(res, 200, fixture('actions/get')));
    try {
      const seen: string[] = [];
      const api = client(server.url, {
        fetch: (input, init) => {
          seen.push(`${(input as Request).method} ${(input as Request).url}`);
          return globalThis.fetch(input, init);
        },
      });
      await expect(api.actions.get(1)).resolves.toBeInstanceOf(Action);
      expect(seen).toEqual([`GET ${server.url}actions/1`]);
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
