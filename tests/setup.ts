import nock from 'nock';

// Unit tests never touch the network; end-to-end tests talk to servers on loopback only.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);

afterEach(() => {
  const unused = nock.pendingMocks();
  nock.cleanAll();
  if (unused.length) throw new Error(`interceptors never called: ${unused.join(', ')}`);
});
