import type { Action } from '../../lib/index.js';
import { itConforms, useHarness } from './support.js';

const h = useHarness({ actionDurationMs: 150 });

describe('waiting on many actions at once end to end', () => {
  it('50 concurrent waits each resolve to their own completed action', async () => {
    const droplets = [];
    for (let i = 0; i < 5; i++) {
      droplets.push(...(await h.client.droplets.createMany({ names: Array.from({ length: 10 }, (_, j) => `wait-${i}-${j}`), region: 'lon1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' })));
    }
    await Promise.all(droplets.map((d) => d.waitUntilActive({ interval: 25 })));
    const actions: Action[] = await Promise.all(droplets.map((d) => d.powerOff()));
    expect(new Set(actions.map((a) => a.id)).size).toBe(50);
    const done = await Promise.all(actions.map((a) => a.wait({ interval: 25, timeout: 5_000 })));
    expect(done.map((a) => a.status)).toEqual(Array(50).fill('completed'));
    expect(done.map((a) => a.id)).toEqual(actions.map((a) => a.id));
    expect(done.map((a) => a.resourceId)).toEqual(droplets.map((d) => d.id));
    const statuses = await Promise.all(droplets.map((d) => d.reload().then((x) => x.status)));
    expect(statuses).toEqual(Array(50).fill('off'));
  });

  it('an abort stops one wait without disturbing the others', async () => {
    const [a, b] = await h.client.droplets.createMany({ names: ['abort-a', 'abort-b'], region: 'lon1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
    const controller = new AbortController();
    const first = a.waitUntilActive({ interval: 25, signal: controller.signal });
    const second = b.waitUntilActive({ interval: 25 });
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).resolves.toMatchObject({ status: 'active' });
  });

  itConforms(() => h);
});
