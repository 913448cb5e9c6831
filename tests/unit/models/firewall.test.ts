import { Firewall, ResourceFailedError } from '../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../helpers.js';

type Body = Record<string, unknown>;
const ID = 'bb4b2611-3d72-467b-8602-280330ecd65c';
const body = (status: string) => ({ firewall: { ...fixture<{ firewall: Body }>('firewalls/get').firewall, status } });

async function waiting(): Promise<Firewall> {
  stubApi('GET', `/v2/firewalls/${ID}`).reply(200, body('waiting'));
  return testClient().firewalls.get(ID);
}

describe('Firewall', () => {
  describe('#waitUntilSucceeded', () => {
    it('reloads a waiting firewall until its status is succeeded', async () => {
      const firewall = await waiting();
      stubApi('GET', `/v2/firewalls/${ID}`).reply(200, body('waiting'));
      stubApi('GET', `/v2/firewalls/${ID}`).reply(200, body('succeeded'));
      await expect(firewall.waitUntilSucceeded({ interval: 1 })).resolves.toBe(firewall);
      expect(firewall.status).toBe('succeeded');
    });

    it('rejects with ResourceFailedError when it failed', async () => {
      const firewall = await waiting();
      stubApi('GET', `/v2/firewalls/${ID}`).reply(200, body('failed'));
      await expect(firewall.waitUntilSucceeded({ interval: 1 })).rejects.toEqual(expect.any(ResourceFailedError));
      expect(firewall.status).toBe('failed');
    });
  });
});
