/**
 * `digitalocean-models/testing`: an embedded DigitalOcean API simulator for offline runs and tests.
 * @packageDocumentation
 * @module digitalocean-models/testing
 */
export { Simulator, type ActionFault, type Exchange, type FaultHandle, type HttpFault, type SimulatorOptions } from './simulator.js';
export { DEFAULT_DROPLET_LIMIT, World, type ActionJson, type DropletJson } from './world.js';
export { Stores } from './stores.js';
export type { ImageJson, KernelJson, RegionJson, SizeJson } from './catalogue.js';
