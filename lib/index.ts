import 'reflect-metadata';

export { DigitalOcean } from './client.js';
export { DEFAULT_BASE_URL, type ClientOptions, type RateLimit, type RequestOptions, type Query } from './connection.js';
export { Paginator, MAX_PER_PAGE, type ListOptions, type Page } from './paginator.js';
export { DEFAULT_INTERVAL, DEFAULT_WAIT_TIMEOUT, type WaitOptions } from './polling.js';
export { Field, type FieldOptions } from './fields.js';
export { VERSION } from './version.js';
export * from './errors.js';

export { ActionsCollection } from './collections/actions.js';
export {
  DropletsCollection,
  MAX_DROPLETS_PER_CREATE,
  type BackupPolicy,
  type DropletActionsById,
  type DropletBaseAttributes,
  type DropletCreateAttributes,
  type DropletCreateManyAttributes,
  type DropletListOptions,
} from './collections/droplets.js';
export { ImagesCollection, type CustomImageAttributes, type ImageListOptions } from './collections/images.js';
export { RegionsCollection } from './collections/regions.js';
export { SizesCollection } from './collections/sizes.js';
export { Collection } from './collections/collection.js';

export { Model } from '../models/model.js';
export { Action, type ActionStatus } from '../models/action.js';
export { BackupWindow } from '../models/backup-window.js';
export { DiskInfo } from '../models/disk-info.js';
export { DROPLET_ACTIONS, Droplet, type DropletActionMethods, type DropletStatus, type ResizeOptions } from '../models/droplet.js';
export { GpuInfo } from '../models/gpu-info.js';
export { Image, type ImageUpdate } from '../models/image.js';
export { Kernel } from '../models/kernel.js';
export { NetworkV4 } from '../models/network-v4.js';
export { NetworkV6 } from '../models/network-v6.js';
export { Networks } from '../models/networks.js';
export { Quantity } from '../models/quantity.js';
export { Region } from '../models/region.js';
export { Size } from '../models/size.js';
