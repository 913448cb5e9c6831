import { Transform } from 'class-transformer';

/**
 * Lets a model tell the models nested in one of its fields where they live, as they are hydrated:
 * a node pool's JSON does not name its cluster, so the cluster's `node_pools` field hands each pool
 * the cluster's id. `adopt` runs once the nested models are built, with the parent's API JSON.
 * Put it beside the field's `@Field`.
 *
 * @example
 * ```ts
 * @Field({ name: 'node_pools', type: () => KubernetesNodePool })
 * @Adopt<KubernetesNodePool[]>((pools, cluster) => pools.forEach((p) => p.adopt(String(cluster.id))))
 * pools!: KubernetesNodePool[];
 * ```
 */
export function Adopt<T>(adopt: (value: T, parent: Record<string, unknown>) => void): PropertyDecorator {
  return Transform(
    ({ value, obj }) => {
      if (value !== undefined && value !== null) adopt(value as T, obj as Record<string, unknown>);
      return value;
    },
    { toClassOnly: true },
  );
}
