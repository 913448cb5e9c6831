import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** How a node treats pods that do not tolerate a taint. */
export type KubernetesTaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

/** A taint on every node of a node pool: only pods that tolerate it are scheduled there. */
export class KubernetesTaint extends Model {
  /** The taint's key, e.g. `priority`. */
  @Field() key!: string;
  /** The taint's value, e.g. `high`. */
  @Field() value!: string;
  /** `NoSchedule`, `PreferNoSchedule` or `NoExecute`. */
  @Field() effect!: KubernetesTaintEffect;
}
