import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The state of one step of a deployment. */
export type DeploymentStepStatus = 'UNKNOWN' | 'PENDING' | 'RUNNING' | 'ERROR' | 'SUCCESS';

/** One step of a deployment (building a component, deploying it, ...), with its own sub-steps. */
export class DeploymentProgressStep extends Model {
  /** The step's name, e.g. `build`, `deploy`. */
  @Field() name!: string;
  /** `PENDING`, `RUNNING`, `SUCCESS` or `ERROR`. */
  @Field() status!: DeploymentStepStatus;
  /** The component the step is about, when it is about one. */
  @Field() componentName?: string;
  /** A human description, e.g. `Building service`. */
  @Field() messageBase?: string;
  /** Why it failed, for `ERROR` steps. */
  @Field({ json: true }) reason?: {
    /** A short code, e.g. `BuildJobExitNonZero`. */
    code?: string;
    /** A human explanation. */
    message?: string;
  };
  /** When it started. */
  @Field({ type: () => Date }) startedAt?: Date;
  /** When it ended. */
  @Field({ type: () => Date }) endedAt?: Date;
  /** Its sub-steps. */
  @Field({ type: () => DeploymentProgressStep }) steps?: DeploymentProgressStep[];
}
