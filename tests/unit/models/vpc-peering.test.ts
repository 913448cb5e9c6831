import { ResourceFailedError, VpcPeering } from '../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../helpers.js';

type Body = Record<string, unknown>;
const VPC = '5a4981aa-9653-4bd1-bef5-d6bff52042e4';
const ID = '5a4981aa-9653-4bd1-bef5-d6bff52042e5';
const peering = (status: string) => ({ ...fixture<{ peering: Body }>('vpcs/peering').peering, status });

async function provisioning(): Promise<VpcPeering> {
  stubApi('POST', `/v2/vpcs/${VPC}/peerings`).reply(202, { peering: peering('PROVISIONING') });
  return testClient().vpcs.createPeering(VPC, { name: 'nyc-peering', vpcId: 'c33931f2-a26a-4e61-b85c-4e95a2ec431b' });
}

describe('VpcPeering', () => {
  describe('#reload and #destroy', () => {
    it('use /v2/vpc_peerings/{id}', async () => {
      const p = await provisioning();
      stubApi('GET', `/v2/vpc_peerings/${ID}`).reply(200, { vpc_peering: peering('ACTIVE') });
      await expect(p.reload()).resolves.toMatchObject({ status: 'ACTIVE' });
      stubApi('DELETE', `/v2/vpc_peerings/${ID}`).reply(202, { vpc_peering: peering('DELETING') });
      await expect(p.destroy()).resolves.toBeUndefined();
    });
  });

  describe('#waitUntilActive', () => {
    it('reloads a PROVISIONING peering until it is ACTIVE', async () => {
      const p = await provisioning();
      stubApi('GET', `/v2/vpc_peerings/${ID}`).reply(200, { vpc_peering: peering('PROVISIONING') });
      stubApi('GET', `/v2/vpc_peerings/${ID}`).reply(200, { vpc_peering: peering('ACTIVE') });
      await expect(p.waitUntilActive({ interval: 1 })).resolves.toBe(p);
      expect(p.status).toBe('ACTIVE');
    });

    it('rejects with ResourceFailedError when it is DELETING', async () => {
      const p = await provisioning();
      stubApi('GET', `/v2/vpc_peerings/${ID}`).reply(200, { vpc_peering: peering('DELETING') });
      const error = await p.waitUntilActive({ interval: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceFailedError);
      expect(error).toMatchObject({ resource: p, state: 'DELETING', wanted: 'ACTIVE' });
    });
  });
});
