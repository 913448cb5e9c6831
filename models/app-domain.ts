import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The state of an app's domain. */
export type AppDomainPhase = 'UNKNOWN' | 'PENDING' | 'CONFIGURING' | 'ACTIVE' | 'ERROR';

/** A domain of an app, as configured. */
export class AppDomain extends Model {
  /** The domain's id. */
  @Field() id!: string;
  /** `PENDING`, `CONFIGURING`, `ACTIVE` or `ERROR`. */
  @Field() phase!: AppDomainPhase;
  /** Its configuration steps. */
  @Field({ json: true }) progress?: Record<string, unknown>;
  /** Its spec, as in `spec.domains` (the API's JSON). */
  @Field({ json: true }) spec!: Record<string, unknown>;
  /** The TXT records to add to validate it. */
  @Field({ json: true }) validations?: Array<Record<string, unknown>>;
  /** Whether its validation records are rotating. */
  @Field() rotateValidationRecords?: boolean;
  /** When its certificate expires. */
  @Field({ type: () => Date }) certificateExpiresAt?: Date;
}
