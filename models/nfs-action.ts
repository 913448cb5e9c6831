import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Where an NFS action stands. */
export type NfsActionStatus = 'IN_PROGRESS' | 'COMPLETED' | 'ACTION_FAILED';

/**
 * An action on an NFS share (a resize, a snapshot, a VPC change, a performance tier switch, an
 * access point's creation or deletion). The API has no endpoint to poll one: wait on what it
 * changes (`share.waitUntilActive()`, a snapshot's `waitUntilActive()`), or reload the share.
 */
export class NfsAction extends Model {
  /** Its id. */
  @Field() id?: string;
  /** The region slug. */
  @Field() regionSlug!: string;
  /** The id of the share or snapshot it acts on. */
  @Field() resourceId!: string;
  /** `SHARE` or `SNAPSHOT`. */
  @Field() resourceType!: 'SHARE' | 'SNAPSHOT';
  /** When it started. */
  @Field({ type: () => Date }) startedAt!: Date;
  /** Where it stood when it was answered. */
  @Field() status!: NfsActionStatus;
  /** Its type, e.g. `RESIZE`, `SNAPSHOT`, `CREATE_ACCESS_POINT`. */
  @Field() type!: string;
}
