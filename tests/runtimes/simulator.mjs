// Starts the packaged simulator (under Node) for the runtime suite, with a small control endpoint
// so that a client running in another runtime, in another process, can inject faults.
// Prints one JSON line: { "url", "token", "control", "closed" } (closed: a loopback URL where
// nothing listens); runs until killed.
import { createServer } from 'node:http';
import { Simulator } from 'digitalocean-models/testing';

const sim = await Simulator.start({ actionDurationMs: 100 });
const exchanges = [];
sim.on('exchange', ({ method, url, status, faulted }) => exchanges.push({ method, url, status, faulted }));

// POST /faults with an HttpFault or ActionFault as the body: sim.injectFault(body).
// POST /clear: sim.clearFaults(). GET /exchanges: every request so far, as [{ method, url, status, faulted }].
const control = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    try {
      if (request.method === 'POST' && request.url === '/faults') sim.injectFault(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      else if (request.method === 'POST' && request.url === '/clear') sim.clearFaults();
      else if (request.method === 'GET' && request.url === '/exchanges') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(exchanges));
        return;
      } else {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(204).end();
    } catch (error) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
});
await new Promise((resolve) => control.listen(0, '127.0.0.1', resolve));

// A port that was free a moment ago and is closed again: connections to it are refused.
const spare = createServer();
await new Promise((resolve) => spare.listen(0, '127.0.0.1', resolve));
const closed = `http://127.0.0.1:${spare.address().port}/v2/`;
await new Promise((resolve) => spare.close(resolve));

console.log(JSON.stringify({ url: sim.url, token: sim.token, control: `http://127.0.0.1:${control.address().port}/`, closed }));

const stop = () => {
  control.close();
  control.closeAllConnections();
  void sim.stop().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
