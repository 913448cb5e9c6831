/**
 * Serves the benchmarks' minimal API in a process of its own, so that its work never shares the
 * measured client's event loop: `tsx bench/api-server.ts <droplets> <latency ms>` prints its base
 * URL on the first line and serves until its standard input closes.
 */
import { miniServer } from './api.js';

const server = await miniServer(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 0));
console.log(server.url);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
