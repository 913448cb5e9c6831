import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The droplet an autoscale pool creates each member from. */
export class AutoscalePoolDropletTemplate extends Model {
  /** The members' name prefix. */
  @Field() name?: string;
  /** The region slug, e.g. `nyc3`. */
  @Field() region!: string;
  /** The size slug, e.g. `s-1vcpu-1gb`. */
  @Field() size!: string;
  /** The image slug or id. */
  @Field() image!: string;
  /** SSH key ids or fingerprints installed on every member. */
  @Field() sshKeys!: string[];
  /** Tags every member carries. */
  @Field() tags?: string[];
  /** The VPC the members join. */
  @Field() vpcUuid?: string;
  /** Whether the droplet agent is installed. */
  @Field() withDropletAgent?: boolean;
  /** The project the members are assigned to. */
  @Field() projectId?: string;
  /** Whether the members have IPv6. */
  @Field() ipv6?: boolean;
  /** Cloud-init user data. */
  @Field() userData?: string;
  /** Whether the members have public addresses. */
  @Field() publicNetworking?: boolean;
}
