/**
 * `digitalocean-models/testing`: an embedded DigitalOcean API simulator for offline runs and tests.
 * @packageDocumentation
 * @module digitalocean-models/testing
 */
export { Simulator, type ActionFault, type Exchange, type FaultHandle, type HttpFault, type SimulatorOptions } from './simulator.js';
export { DEFAULT_DROPLET_LIMIT, World, type ActionJson, type WorldEvents } from './world.js';
export type { DropletJson } from './resources/droplets.js';
export type { ImageJson, KernelJson, RegionJson, SizeJson } from './catalogue.js';
