import { DigitalOceanError } from '../lib/errors.js';
import { path } from '../lib/path.js';
import { paginate } from '../lib/paginator.js';
import type { RequestOptions } from '../lib/connection.js';
import { Action } from './action.js';
import { Image } from './image.js';

/** Seconds of leeway around the action's start and end: the API writes timestamps to the second. */
const LEEWAY_MS = 2_000;

let nameOf: (action: SnapshotAction, name: string | undefined) => void;

/**
 * A droplet `snapshot` action, as `droplet.snapshot(name)` and `client.droplets.snapshot(id, name)`
 * start it: once it has completed, `image()` is the snapshot it made.
 *
 * @example
 * ```ts
 * const action = await droplet.snapshot('before-upgrade').then((a) => a.wait());
 * const image = await action.image();           // the new snapshot, an Image
 * await image.transfer('sfo3').then((a) => a.wait());
 * ```
 */
export class SnapshotAction extends Action {
  /** The name the snapshot was given, when it was given one. */
  #name: string | undefined;

  static {
    nameOf = (action, name) => {
      action.#name = name;
    };
  }

  /**
   * The snapshot image this action made (`GET /v2/droplets/{id}/snapshots`): the droplet's snapshot
   * created while the action ran, with the name it was given. A droplet takes one action at a time,
   * so no other snapshot of it is made meanwhile; but the API writes times to the second, so
   * snapshots of one droplet made within a second of each other (only the simulator is that fast)
   * are told apart by their names alone.
   * @throws DigitalOceanError when the action has not completed (`wait()` for it first), when the
   * droplet has no such snapshot (it was deleted since), or when several match.
   */
  async image(options?: RequestOptions): Promise<Image> {
    if (this.status !== 'completed') {
      throw new DigitalOceanError(`action ${this.id} (snapshot) is ${this.status}: wait() for it to complete before asking for its image`);
    }
    const from = this.startedAt.getTime() - LEEWAY_MS;
    const to = (this.completedAt ?? new Date()).getTime() + LEEWAY_MS;
    const snapshots = await paginate(this.connection, Image, path`droplets/${this.resourceId ?? ''}/snapshots`, 'snapshots', {}, { signal: options?.signal });
    const made = snapshots.filter((image) => (this.#name === undefined || image.name === this.#name) && image.createdAt.getTime() >= from && image.createdAt.getTime() <= to);
    const named = this.#name === undefined ? '' : ` named ${JSON.stringify(this.#name)}`;
    if (made.length === 0) throw new DigitalOceanError(`droplet ${this.resourceId} has no snapshot${named} made by action ${this.id}; was it deleted?`);
    if (made.length > 1) {
      throw new DigitalOceanError(`droplet ${this.resourceId} has ${made.length} snapshots${named} made at the time of action ${this.id} (${made.map((i) => i.id).join(', ')}): give each snapshot its own name`);
    }
    return made[0];
  }
}

/** Gives a snapshot action the name its snapshot was asked for. @internal */
export function named<A extends SnapshotAction>(action: A, name: string | undefined): A {
  nameOf(action, name);
  return action;
}
