#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { Simulator } from './simulator.js';

const USAGE = `Usage: digitalocean-models-simulator [--port 8080] [--host 127.0.0.1] [--token TOKEN] [--action-ms 500] [--rate-limit]

Runs a local DigitalOcean API v2 simulator until Ctrl-C.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      'action-ms': { type: 'string', default: '500' },
      'rate-limit': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  const actionDurationMs = Number(values['action-ms']);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isFinite(actionDurationMs) || actionDurationMs < 0) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const simulator = await Simulator.start({
    port,
    host: values.host,
    token: values.token,
    actionDurationMs,
    rateLimit: values['rate-limit'] ? {} : undefined,
  });
  console.log(`DigitalOcean API simulator listening at ${simulator.url}`);
  console.log(`DIGITALOCEAN_TOKEN=${simulator.token}`);
  const stop = () => {
    void simulator.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
