import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** One running instance of an app's component, from `app.instances()`. */
export class AppInstance extends Model {
  /** The component it runs. */
  @Field() componentName!: string;
  /** `SERVICE`, `WORKER` or `JOB`. */
  @Field() componentType!: 'SERVICE' | 'WORKER' | 'JOB';
  /** Its name, as `app.exec({ instanceName })` takes it. */
  @Field() instanceName!: string;
  /** A stable alias, e.g. `api-0`. */
  @Field() instanceAlias?: string;
}
