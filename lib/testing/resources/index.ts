import type { SimulatorModule } from '../module.js';
import { databases } from './databases.js';
import { kubernetes } from './kubernetes.js';
import { nfs } from './nfs.js';
import { oneClicks } from './one-clicks.js';
import { registries } from './registries.js';
import { spacesKeys } from './spaces-keys.js';
import { sshKeys } from './ssh-keys.js';
import { vectorDatabases } from './vector-databases.js';

/** Every resource module of the simulator, in the order their routes are tried. */
export const MODULES: readonly SimulatorModule[] = [sshKeys, databases, spacesKeys, nfs, vectorDatabases, kubernetes, registries, oneClicks];
