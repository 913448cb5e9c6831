import { ByoipPrefix, NotFoundError, ResourceFailedError, UnprocessableEntityError } from '../../lib/index.js';
import { itAnswersModules } from './modules.js';
import { FAST, itConforms, useHarness } from './support.js';

const h = useHarness({ actionDurationMs: 150 });

describe('BYOIP prefixes end to end', () => {
  it('bring a prefix, wait through its validation to active, advertise, list its addresses, withdraw, delete', async () => {
    const prefix = await h.client.byoipPrefixes.create({ prefix: '203.0.113.0/24', region: 'nyc3', signature: 'c2lnbmF0dXJl' });
    expect(prefix).toBeInstanceOf(ByoipPrefix);
    expect([prefix.status, prefix.region, prefix.prefix]).toEqual(['in_progress', 'nyc3', '203.0.113.0/24']);
    h.sim.injectFault({ method: 'GET', path: `/v2/byoip_prefixes/${prefix.uuid}`, status: 404 });
    await expect(prefix.waitUntilActive(FAST)).rejects.toBeInstanceOf(NotFoundError);
    await prefix.waitUntilActive(FAST);
    expect([prefix.status, prefix.advertised, prefix.validations?.every((v) => v.status === 'PASSED')]).toEqual(['active', false, true]);
    await expect(h.client.byoipPrefixes.create({ prefix: '203.0.113.0/24', region: 'nyc3', signature: 'again' })).rejects.toBeInstanceOf(UnprocessableEntityError);

    await prefix.update({ advertise: true });
    expect(prefix.advertised).toBe(true);
    await expect(h.client.byoipPrefixes.delete(prefix.uuid)).rejects.toBeInstanceOf(UnprocessableEntityError);
    expect(await prefix.ips()).toEqual([]);
    expect(await h.client.byoipPrefixes.ips(prefix.uuid)).toEqual([]);
    expect((await h.client.byoipPrefixes.list()).map((p) => [p.uuid, p.advertised])).toEqual([[prefix.uuid, true]]);
    await h.client.byoipPrefixes.update(prefix.uuid, { advertise: false });
    await h.client.byoipPrefixes.delete(prefix.uuid);
    await expect(prefix.reload()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a prefix smaller than a /24 fails its validation: the wait rejects with ResourceFailedError', async () => {
    const prefix = await h.client.byoipPrefixes.create({ prefix: '198.51.100.0/26', region: 'nyc3', signature: 'c2lnbmF0dXJl' });
    const error = await prefix.waitUntilActive(FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceFailedError);
    expect([prefix.status, prefix.failureReason]).toEqual(['failed', 'The prefix must be a /24 or larger.']);
    await expect(prefix.update({ advertise: true })).rejects.toBeInstanceOf(UnprocessableEntityError);
    await prefix.destroy();
  });

  itAnswersModules(() => h, 'byoip-prefixes');
  itConforms(() => h);
});
