import { Field } from '../lib/fields.js';
import { AppComponentHealth } from './app-component-health.js';
import { Model } from './model.js';

/** An app's health, component by component, from `app.health()`. */
export class AppHealth extends Model {
  /** The health of each service, worker and job. */
  @Field({ type: () => AppComponentHealth }) components?: AppComponentHealth[];
  /** Metrics of each functions component: `{ name, functions_component_health_metrics }`. */
  @Field({ json: true }) functionsComponents?: Array<Record<string, unknown>>;
}
