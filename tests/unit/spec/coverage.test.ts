import { coverage, matcher, render, specOperations, type SpecOperation } from '../../../spec/coverage.js';

const OPS: SpecOperation[] = [
  { method: 'GET', template: '/v2/droplets', tag: 'Droplets', operationId: 'droplets_list' },
  { method: 'GET', template: '/v2/droplets/{droplet_id}', tag: 'Droplets', operationId: 'droplets_get' },
  { method: 'GET', template: '/v2/droplets/actions', tag: 'Droplet Actions', operationId: 'droplet_actions_list_by_tag' },
  { method: 'POST', template: '/v2/droplets/{droplet_id}/actions', tag: 'Droplet Actions', operationId: 'droplet_actions_post' },
  { method: 'GET', template: '/v2/regions', tag: 'Regions', operationId: 'regions_list' },
];

describe('coverage:api', () => {
  it('matches a request to the template with the most literal segments, by method', () => {
    const find = matcher(OPS);
    expect(find('GET', '/v2/droplets/actions')?.operationId).toBe('droplet_actions_list_by_tag');
    expect(find('GET', '/v2/droplets/3164444')?.operationId).toBe('droplets_get');
    expect(find('POST', '/v2/droplets/3164444/actions')?.operationId).toBe('droplet_actions_post');
    expect(find('DELETE', '/v2/droplets/3164444')).toBeUndefined();
    expect(find('GET', '/v2/droplets/1/neighbors')).toBeUndefined();
  });

  it('counts per tag the operations the unit tests, the simulator and the e2e suite reach', () => {
    const rows = coverage(OPS, ['GET /v2/droplets', 'GET /v2/regions'], [
      { suite: 'unit', method: 'GET', path: '/v2/droplets' },
      { suite: 'unit', method: 'GET', path: '/v2/droplets' },
      { suite: 'unit', method: 'POST', path: '/v2/droplets/7/actions' },
      { suite: 'e2e', method: 'GET', path: '/v2/droplets/7' },
      { suite: 'e2e', method: 'GET', path: '/v2/nothing' },
    ]);
    expect(rows).toEqual([
      { tag: 'Droplet Actions', operations: 2, client: 1, simulator: 0, e2e: 0 },
      { tag: 'Droplets', operations: 2, client: 1, simulator: 1, e2e: 1 },
      { tag: 'Regions', operations: 1, client: 0, simulator: 1, e2e: 0 },
    ]);
    expect(render(rows, true).split('\n')).toEqual([
      '| tag | operations | client | simulator | e2e |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| Droplet Actions | 2 | 1 | 0 | 0 |',
      '| Droplets | 2 | 1 | 1 | 1 |',
      '| Regions | 1 | 0 | 1 | 0 |',
      '| **Total** | **5** | **2** | **2** | **1** |',
    ]);
  });

  it('reads all 659 operations of the description in the repository', () => {
    const operations = specOperations();
    expect(operations).toHaveLength(659);
    expect(operations).toContainEqual({ method: 'GET', template: '/v2/droplets/{droplet_id}', tag: 'Droplets', operationId: 'droplets_get' });
  });
});
