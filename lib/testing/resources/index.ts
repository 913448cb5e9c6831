import type { SimulatorModule } from '../module.js';
import { addons } from './addons.js';
import { apps } from './apps.js';
import { functions } from './functions.js';
import { sshKeys } from './ssh-keys.js';

/** Every resource module of the simulator, in the order their routes are tried. */
export const MODULES: readonly SimulatorModule[] = [sshKeys, apps, functions, addons];
