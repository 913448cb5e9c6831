import type { SimulatorModule } from '../module.js';
import { addons } from './addons.js';
import { apps } from './apps.js';
import { functions } from './functions.js';
import { databases } from './databases.js';
import { nfs } from './nfs.js';
import { spacesKeys } from './spaces-keys.js';
import { sshKeys } from './ssh-keys.js';
import { vectorDatabases } from './vector-databases.js';

/** Every resource module of the simulator, in the order their routes are tried. */
export const MODULES: readonly SimulatorModule[] = [sshKeys, databases, spacesKeys, nfs, vectorDatabases, apps, functions, addons];
