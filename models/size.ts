import { Field } from '../lib/fields.js';
import { DiskInfo } from './disk-info.js';
import { GpuInfo } from './gpu-info.js';
import { Model } from './model.js';

/** A droplet size (plan), e.g. `s-1vcpu-1gb`. */
export class Size extends Model {
  /** The identifier, e.g. `s-1vcpu-1gb`. */
  @Field() slug!: string;
  /** Memory in MB. */
  @Field() memory!: number;
  /** Virtual CPUs. */
  @Field() vcpus!: number;
  /** Disk in GB. */
  @Field() disk!: number;
  /** Outbound transfer allowance in TB. */
  @Field() transfer!: number;
  /** US dollars a month. */
  @Field() priceMonthly!: number;
  /** US dollars an hour. */
  @Field() priceHourly!: number;
  /** Slugs of the regions that offer this size. */
  @Field() regions!: string[];
  /** Whether new droplets can be created with this size. */
  @Field() available!: boolean;
  /** The class of droplet, e.g. `Basic`, `CPU-Optimized`. */
  @Field() description!: string;
  /** The disks of droplets of this size. */
  @Field({ type: () => DiskInfo }) diskInfo?: DiskInfo[];
  /** The GPUs of droplets of this size, for GPU sizes. */
  @Field({ type: () => GpuInfo }) gpuInfo?: GpuInfo;
}
