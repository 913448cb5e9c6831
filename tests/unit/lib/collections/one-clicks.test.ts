import { OneClick } from '../../../../lib/index.js';
import { itRefuses, itSends, many } from '../../../operations.js';

const CLUSTER = 'bd5f5959-5e1e-4205-a714-a914373942af';

describe('OneClicksCollection', () => {
  itSends([
    { name: 'client.oneClicks.list()', call: (c) => c.oneClicks.list(), method: 'GET', path: '/v2/1-clicks', status: 200, reply: 'one-clicks/list', result: many(OneClick, 'one-clicks/list', '1_clicks') },
    { name: 'client.oneClicks.list({ type })', call: (c) => c.oneClicks.list({ type: 'kubernetes' }), method: 'GET', path: '/v2/1-clicks', query: { type: 'kubernetes' }, status: 200, reply: 'one-clicks/list', result: many(OneClick, 'one-clicks/list', '1_clicks') },
    { name: 'client.oneClicks.installKubernetes(attrs)', call: (c) => c.oneClicks.installKubernetes({ clusterUuid: CLUSTER, addonSlugs: ['monitoring', 'cert-manager'] }), method: 'POST', path: '/v2/1-clicks/kubernetes', body: { addon_slugs: ['monitoring', 'cert-manager'], cluster_uuid: CLUSTER }, status: 200, reply: 'one-clicks/install', result: (v) => expect(v).toBe('Successfully kicked off addon job.') },
  ]);

  itRefuses([
    ['list of an unknown type', (c) => c.oneClicks.list({ type: 'app' as never }), 'type'],
    ['installKubernetes without add-ons', (c) => c.oneClicks.installKubernetes({ clusterUuid: CLUSTER, addonSlugs: [] }), 'attrs.addonSlugs'],
    ['installKubernetes on a cluster named, not by id', (c) => c.oneClicks.installKubernetes({ clusterUuid: 'prod', addonSlugs: ['monitoring'] }), 'attrs.clusterUuid'],
  ]);
});
