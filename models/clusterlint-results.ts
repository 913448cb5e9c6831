import { Field } from '../lib/fields.js';
import { ClusterlintDiagnostic } from './clusterlint-diagnostic.js';
import { Model } from './model.js';

/** The outcome of a clusterlint run on a Kubernetes cluster. */
export class ClusterlintResults extends Model {
  /** The run's id. */
  @Field() runId!: string;
  /** When the run was requested. */
  @Field({ type: () => Date }) requestedAt!: Date;
  /** When it completed. */
  @Field({ type: () => Date }) completedAt!: Date;
  /** The problems found. */
  @Field({ type: () => ClusterlintDiagnostic }) diagnostics!: ClusterlintDiagnostic[];
}
