import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Shared or dedicated CPUs. */
export type AppCpuType = 'UNSPECIFIED' | 'SHARED' | 'DEDICATED';

/** An instance size components can run on (`instanceSizeSlug`), from `client.apps.instanceSizes()`. */
export class AppInstanceSize extends Model {
  /** The slug, e.g. `apps-s-1vcpu-0.5gb`. */
  @Field() slug!: string;
  /** The display name, e.g. `Shared 1VCPU 0.5GB`. */
  @Field() name!: string;
  /** `SHARED` or `DEDICATED`. */
  @Field() cpuType!: AppCpuType;
  /** Virtual CPUs, as a decimal string. */
  @Field() cpus!: string;
  /** Memory in bytes, as a decimal string. */
  @Field() memoryBytes!: string;
  /** US dollars a month, e.g. `5.00`. */
  @Field() usdPerMonth!: string;
  /** US dollars a second. */
  @Field() usdPerSecond!: string;
  /** The tier it belongs to, e.g. `basic`, `professional`. */
  @Field() tierSlug!: string;
  /** The tier to move to for more. */
  @Field() tierUpgradeTo?: string;
  /** The tier to move to for less. */
  @Field() tierDowngradeTo?: string;
  /** Whether a component of this size runs one instance only. */
  @Field() singleInstanceOnly?: boolean;
  /** Whether it can autoscale. */
  @Field() scalable?: boolean;
  /** Whether it is being retired. */
  @Field() deprecationIntent?: boolean;
  /** Outbound bandwidth included, in GiB, as a decimal string. */
  @Field() bandwidthAllowanceGib?: string;

  /** Memory in bytes, as a number. */
  get memory(): number {
    return Number(this.memoryBytes);
  }
}
