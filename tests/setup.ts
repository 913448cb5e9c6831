import nock from 'nock';

// Unit tests never touch the network; end-to-end tests talk to servers on loopback only.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);

afterEach(() => {
  const unused = nock.pendingMocks();
  nock.cleanAll();
  if (unused.length) throw new Error(`interceptors never called: ${unused.join(', ')}`);
});

// `npm run coverage:api` sets API_COVERAGE_DIR: every request a client sends is recorded there,
// with whether a unit test (intercepted) or an end-to-end test (the simulator) sent it.
const coverageDir = process.env.API_COVERAGE_DIR;
if (coverageDir) {
  const { appendFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const file = join(coverageDir, `${process.pid}.jsonl`);
  const send = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const suite = /[\\/]tests[\\/]unit[\\/]/.test(expect.getState().testPath ?? '') ? 'unit' : 'e2e';
    appendFileSync(file, `${JSON.stringify({ suite, method: request.method, path: new URL(request.url).pathname })}\n`);
    return send(input, init);
  };
}
