import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** One step of what resolves a security finding. */
export class SecurityMitigationStep extends Model {
  /** The step's number, from 1. */
  @Field() step?: number;
  /** What to do, in a few words, e.g. `Enable backups`. */
  @Field() title?: string;
  /** How to do it. */
  @Field() description?: string;
}
