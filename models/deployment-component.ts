import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A component as one deployment built it: its name and the commit it was built from. */
export class DeploymentComponent extends Model {
  /** The component's name. */
  @Field() name!: string;
  /** The commit built, for components built from a repository. */
  @Field() sourceCommitHash?: string;
  /** The functions namespace, for functions components. */
  @Field() namespace?: string;
}
