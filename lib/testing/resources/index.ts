import type { SimulatorModule } from '../module.js';
import { kubernetes } from './kubernetes.js';
import { oneClicks } from './one-clicks.js';
import { registries } from './registries.js';
import { sshKeys } from './ssh-keys.js';

/** Every resource module of the simulator, in the order their routes are tried. */
export const MODULES: readonly SimulatorModule[] = [sshKeys, kubernetes, registries, oneClicks];
