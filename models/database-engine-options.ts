import { Field } from '../lib/fields.js';
import { DatabaseLayout } from './database-layout.js';
import { Model } from './model.js';

/** What one database engine can be created with. */
export class DatabaseEngineOptions extends Model {
  /** The region slugs it is offered in. */
  @Field() regions!: string[];
  /** The versions offered, e.g. `['15', '16', '17']`. */
  @Field() versions!: string[];
  /** The node counts, each with its sizes. */
  @Field({ type: () => DatabaseLayout }) layouts!: DatabaseLayout[];

  /** The size slugs offered with `numNodes` nodes (none when that count is not offered). */
  sizesFor(numNodes: number): string[] {
    return this.layouts?.find((layout) => layout.numNodes === numNodes)?.sizes ?? [];
  }
}
