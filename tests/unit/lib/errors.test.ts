import { inspect } from 'node:util';
import {
  ApiError,
  AuthenticationError,
  DigitalOceanError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
  type DigitalOcean,
} from '../../../lib/index.js';
import { fixture, fixtureText, stubApi, testClient, TOKEN } from '../../helpers.js';

const REQUEST_ID = 'b1d5c3a2-0e4f-4a77-9d2c-6f8e1a3b5c7d';

/** Every kind of failure the API answers, with the error it must become. */
const ERRORS: Array<{
  status: number;
  body: () => string | object;
  headers?: Record<string, string>;
  type: typeof ApiError;
  id: string;
  message: string;
  requestId?: string;
}> = [
  { status: 400, body: () => fixture('errors/bad-request'), type: ApiError, id: 'bad_request', message: 'error parsing request body', requestId: REQUEST_ID },
  { status: 401, body: () => fixture('errors/unauthorized'), type: AuthenticationError, id: 'unauthorized', message: 'Unable to authenticate you.', requestId: REQUEST_ID },
  { status: 403, body: () => fixture('errors/forbidden'), type: ForbiddenError, id: 'forbidden', message: 'You do not have access for the attempted action.', requestId: REQUEST_ID },
  { status: 404, body: () => fixture('errors/not-found'), type: NotFoundError, id: 'not_found', message: 'The resource you were accessing could not be found.', requestId: '4d9d8375-3c56-4925-a3e7-eb137fed17e9' },
  { status: 422, body: () => fixture('errors/unprocessable'), type: UnprocessableEntityError, id: 'unprocessable_entity', message: 'Droplet is currently locked by an in-progress event.', requestId: 'a3f0c2d1-9a4b-4c6e-8f11-2b7d5e9c0a44' },
  { status: 429, body: () => fixture('errors/too-many-requests'), type: RateLimitError, id: 'too_many_requests', message: 'API Rate limit exceeded.', requestId: REQUEST_ID },
  { status: 500, body: () => fixture('errors/server-error'), type: ServerError, id: 'server_error', message: 'Unexpected server-side error', requestId: REQUEST_ID },
  {
    status: 502,
    body: () => fixtureText('errors/bad-gateway.html'),
    headers: { 'content-type': 'text/html' },
    type: ServerError,
    id: 'server_error',
    message: 'the API answered 502 with a non-JSON body (text/html)',
    requestId: REQUEST_ID,
  },
  { status: 503, body: () => '', type: ServerError, id: 'server_error', message: 'the API answered 503 with no body', requestId: REQUEST_ID },
];

/** One operation of every collection, with the request it sends. */
const OPERATIONS: Array<[string, string, string, Record<string, string>, (c: DigitalOcean) => Promise<unknown>]> = [
  ['droplets.list', 'GET', '/v2/droplets', { page: '1', per_page: '200' }, (c) => c.droplets.list().all()],
  ['droplets.get', 'GET', '/v2/droplets/3164444', {}, (c) => c.droplets.get(3164444)],
  ['droplets.create', 'POST', '/v2/droplets', {}, (c) => c.droplets.create({ name: 'web-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' })],
  ['droplets.powerOff', 'POST', '/v2/droplets/3164444/actions', {}, (c) => c.droplets.powerOff(3164444)],
  ['droplets.delete', 'DELETE', '/v2/droplets/3164444', {}, (c) => c.droplets.delete(3164444)],
  ['images.list', 'GET', '/v2/images', { page: '1', per_page: '200' }, (c) => c.images.list().all()],
  ['images.get', 'GET', '/v2/images/ubuntu-24-04-x64', {}, (c) => c.images.get('ubuntu-24-04-x64')],
  ['images.transfer', 'POST', '/v2/images/7938269/actions', {}, (c) => c.images.transfer(7938269, 'sfo3')],
  ['regions.list', 'GET', '/v2/regions', { page: '1', per_page: '200' }, (c) => c.regions.list().all()],
  ['sizes.list', 'GET', '/v2/sizes', { page: '1', per_page: '200' }, (c) => c.sizes.list().all()],
  ['actions.list', 'GET', '/v2/actions', { page: '1', per_page: '200' }, (c) => c.actions.list().all()],
  ['actions.get', 'GET', '/v2/actions/36804758', {}, (c) => c.actions.get(36804758)],
];

describe('errors', () => {
  describe.each(OPERATIONS)('%s', (_name, method, path, query, call) => {
    it.each(ERRORS)('a $status answer becomes a typed error with status, id, message and request id', async (expected) => {
      stubApi(method, path, query).reply(expected.status, expected.body(), {
        'x-request-id': REQUEST_ID,
        'ratelimit-limit': '5000',
        'ratelimit-remaining': '0',
        'ratelimit-reset': '1742468761',
        ...expected.headers,
      });
      const error = (await call(testClient()).catch((e: unknown) => e)) as ApiError;
      expect(error).toBeInstanceOf(expected.type);
      expect(error).toBeInstanceOf(DigitalOceanError);
      expect(error.name).toBe(expected.type.name);
      expect({ status: error.status, id: error.id, requestId: error.requestId, request: error.request }).toEqual({
        status: expected.status,
        id: expected.id,
        requestId: expected.requestId,
        request: { method, path: path + (Object.keys(query).length ? `?${new URLSearchParams(query)}` : '') },
      });
      expect(error.message).toBe(`${expected.status} ${expected.id}: ${expected.message} (${error.request.method} ${error.request.path}, request ${expected.requestId})`);
      if (error instanceof RateLimitError) expect(error.resetAt).toEqual(new Date(1742468761 * 1000));
      expect(inspect(error, { depth: 20, showHidden: true })).not.toContain(TOKEN);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
      expect(error.message).not.toContain(TOKEN);
    });
  });

  it('keep the parsed body, or the raw text of a non-JSON page', async () => {
    stubApi('GET', '/v2/droplets/1').reply(404, fixture('errors/not-found'));
    stubApi('GET', '/v2/droplets/2').reply(502, fixtureText('errors/bad-gateway.html'), { 'content-type': 'text/html' });
    const client = testClient();
    const notFound = (await client.droplets.get(1).catch((e: unknown) => e)) as ApiError;
    expect(notFound.body).toEqual(fixture('errors/not-found'));
    const badGateway = (await client.droplets.get(2).catch((e: unknown) => e)) as ApiError;
    expect(badGateway.body).toBe(fixtureText('errors/bad-gateway.html'));
  });

  it('keep nothing of the request but its method and path: no cause holding its headers', async () => {
    stubApi('GET', '/v2/droplets/1').reply(404, fixture('errors/not-found'));
    const error = (await testClient().droplets.get(1).catch((e: unknown) => e)) as ApiError;
    expect(error.cause).toBeUndefined();
    expect(error.request).toEqual({ method: 'GET', path: '/v2/droplets/1' });
  });
});
