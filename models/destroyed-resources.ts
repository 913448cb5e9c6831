import { Field } from '../lib/fields.js';
import { DestroyedResource } from './destroyed-resource.js';
import { Model } from './model.js';

/** Each kind of resource a destroy-with-associated-resources request destroys, one by one. */
export class DestroyedResources extends Model {
  /** Reserved IPs. */
  @Field({ type: () => DestroyedResource }) reservedIps?: DestroyedResource[];
  /** The same, under their former name. */
  @Field({ type: () => DestroyedResource }) floatingIps?: DestroyedResource[];
  /** Droplet snapshots. */
  @Field({ type: () => DestroyedResource }) snapshots?: DestroyedResource[];
  /** Volumes. */
  @Field({ type: () => DestroyedResource }) volumes?: DestroyedResource[];
  /** Volume snapshots. */
  @Field({ type: () => DestroyedResource }) volumeSnapshots?: DestroyedResource[];
}
