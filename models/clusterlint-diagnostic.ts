import { Field } from '../lib/fields.js';
import { ClusterlintObject } from './clusterlint-object.js';
import { Model } from './model.js';

/** One problem clusterlint found in a cluster. */
export class ClusterlintDiagnostic extends Model {
  /** The check that found it, e.g. `unused-config-map`. */
  @Field() checkName!: string;
  /** `error`, `warning` or `suggestion`. */
  @Field() severity!: string;
  /** What to fix. */
  @Field() message!: string;
  /** The object it is about. */
  @Field({ type: () => ClusterlintObject }) object!: ClusterlintObject;
}
