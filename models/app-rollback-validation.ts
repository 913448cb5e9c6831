import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Why a rollback cannot go ahead, or what to beware of. */
export interface RollbackCondition {
  /** E.g. `incompatible_phase`, `exceeded_revision_limit`, `app_pinned`. */
  code?: string;
  /** A human explanation. */
  message?: string;
  /** The components concerned. */
  components?: string[];
}

/** Whether an app can be rolled back to a deployment, from `app.validateRollback(deployment)`. */
export class AppRollbackValidation extends Model {
  /** Whether the rollback may go ahead. */
  @Field() valid!: boolean;
  /** Why it may not, when it may not. */
  @Field({ json: true }) error?: RollbackCondition | null;
  /** What to beware of when it may. */
  @Field({ json: true }) warnings?: RollbackCondition[];
}
