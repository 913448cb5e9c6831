// Streams every droplet of the listing at STREAM_URL with `for await`, using the built package as
// users install it, and prints as JSON how many it saw, how long it took and its peak RSS. Run by
// bench.ts in a process of its own so that the memory figure is the client's alone.
import { DigitalOcean } from '../dist/lib/index.js';

const client = new DigitalOcean({ token: 'bench-token', baseUrl: process.env.STREAM_URL, maxRetries: 0 });
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const t0 = performance.now();
let count = 0;
for await (const droplet of client.droplets.list()) if (droplet.id > 0) count++;
const ms = performance.now() - t0;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ count, ms, peak }));
process.exit(0);
