import { Certificate, ResourceFailedError } from '../../../lib/index.js';
import { fixture, stubApi, testClient } from '../../helpers.js';

type Body = Record<string, unknown>;
const ID = '892071a0-bb95-49bc-8021-3afd67a210bf';
const body = (state: string) => ({ certificate: { ...fixture<{ certificate: Body }>('certificates/get').certificate, type: 'lets_encrypt', state } });

async function pending(): Promise<Certificate> {
  stubApi('GET', `/v2/certificates/${ID}`).reply(200, body('pending'));
  return testClient().certificates.get(ID);
}

describe('Certificate', () => {
  describe('#waitUntilVerified', () => {
    it("reloads a pending Let's Encrypt certificate until it is verified", async () => {
      const certificate = await pending();
      stubApi('GET', `/v2/certificates/${ID}`).reply(200, body('pending'));
      stubApi('GET', `/v2/certificates/${ID}`).reply(200, body('verified'));
      await expect(certificate.waitUntilVerified({ interval: 1 })).resolves.toBe(certificate);
      expect(certificate.state).toBe('verified');
    });

    it('rejects with ResourceFailedError when its state is error', async () => {
      const certificate = await pending();
      stubApi('GET', `/v2/certificates/${ID}`).reply(200, body('error'));
      await expect(certificate.waitUntilVerified({ interval: 1 })).rejects.toMatchObject({
        name: 'ResourceFailedError',
        resource: certificate,
        state: 'error',
        message: `certificate ${ID}: state is error, so it will not become verified`,
      });
      await expect(certificate.waitUntilVerified()).rejects.toBeInstanceOf(ResourceFailedError);
    });
  });
});
