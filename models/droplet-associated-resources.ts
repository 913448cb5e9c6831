import { Field } from '../lib/fields.js';
import { AssociatedResource } from './associated-resource.js';
import { Model } from './model.js';

/** The resources that go with a droplet, which can be destroyed with it. */
export class DropletAssociatedResources extends Model {
  /** Reserved IPs assigned to it. */
  @Field({ type: () => AssociatedResource }) reservedIps?: AssociatedResource[];
  /** The same addresses, under their former name. */
  @Field({ type: () => AssociatedResource }) floatingIps?: AssociatedResource[];
  /** Its snapshots. */
  @Field({ type: () => AssociatedResource }) snapshots?: AssociatedResource[];
  /** Volumes attached to it. */
  @Field({ type: () => AssociatedResource }) volumes?: AssociatedResource[];
  /** Snapshots of those volumes. */
  @Field({ type: () => AssociatedResource }) volumeSnapshots?: AssociatedResource[];
}
