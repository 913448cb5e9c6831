import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** What happened to a database cluster. */
export type DatabaseEventType =
  | 'cluster_maintenance_perform'
  | 'cluster_master_promotion'
  | 'cluster_create'
  | 'cluster_update'
  | 'cluster_delete'
  | 'cluster_poweron'
  | 'cluster_poweroff';

/** One entry of a database cluster's event log. */
export class DatabaseEvent extends Model {
  /** The event's id. */
  @Field() id!: string;
  /** The cluster's name. */
  @Field() clusterName!: string;
  /** What happened. */
  @Field() eventType!: DatabaseEventType;
  /** When, as the API writes it (`2020-10-29T15:57:38Z`). */
  @Field() createTime!: string;
}
