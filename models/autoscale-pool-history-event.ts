import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Why a pool scaled: its config changed, or its load asked for more or fewer droplets. */
export type AutoscaleReason = 'CONFIGURATION_CHANGE' | 'SCALE_UP' | 'SCALE_DOWN';
/** Where a scaling event is: `in_progress`, `success` or `error`. */
export type AutoscaleEventStatus = 'in_progress' | 'success' | 'error';

/** One scaling event of an autoscale pool. */
export class AutoscalePoolHistoryEvent extends Model {
  /** The event's id. */
  @Field() historyEventId!: string;
  /** How many droplets the pool had when the event began. */
  @Field() currentInstanceCount!: number;
  /** How many it scaled to. */
  @Field() desiredInstanceCount!: number;
  /** Why it scaled. */
  @Field() reason!: AutoscaleReason;
  /** Where the event is. */
  @Field() status!: AutoscaleEventStatus;
  /** When it began. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
}
