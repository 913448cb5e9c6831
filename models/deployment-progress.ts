import { Field } from '../lib/fields.js';
import { DeploymentProgressStep } from './deployment-progress-step.js';
import { Model } from './model.js';

/** How far a deployment has got: step counts and the steps themselves. */
export class DeploymentProgress extends Model {
  /** Steps not started. */
  @Field() pendingSteps?: number;
  /** Steps running. */
  @Field() runningSteps?: number;
  /** Steps that succeeded. */
  @Field() successSteps?: number;
  /** Steps that failed. */
  @Field() errorSteps?: number;
  /** Every step. */
  @Field() totalSteps?: number;
  /** The steps, in order, each with its sub-steps. */
  @Field({ type: () => DeploymentProgressStep }) steps?: DeploymentProgressStep[];
  /** The top-level steps, summarised. */
  @Field({ type: () => DeploymentProgressStep }) summarySteps?: DeploymentProgressStep[];
}
