import { inspect } from 'node:util';
import { ActionsCollection } from './collections/actions.js';
import { DropletsCollection } from './collections/droplets.js';
import { ImagesCollection } from './collections/images.js';
import { RegionsCollection } from './collections/regions.js';
import { SizesCollection } from './collections/sizes.js';
import { Connection, type ClientOptions, type RateLimit } from './connection.js';
import type { Model } from '../models/model.js';

/**
 * A DigitalOcean API v2 client. Every collection and every model it loads share its one connection.
 *
 * @example
 * ```ts
 * const client = new DigitalOcean();                    // token from DIGITALOCEAN_TOKEN
 * const droplet = await client.droplets.get(3164444);
 * await droplet.powerOff().then((action) => action.wait());
 * ```
 * @throws ConfigurationError when no token is given or found, or the base URL is malformed or insecure.
 */
export class DigitalOcean {
  /** Droplets and droplet actions. */
  readonly droplets: DropletsCollection;
  /** Images, snapshots, backups and image actions. */
  readonly images: ImagesCollection;
  /** Datacenter regions. */
  readonly regions: RegionsCollection;
  /** Droplet sizes. */
  readonly sizes: SizesCollection;
  /** Every action on the account. */
  readonly actions: ActionsCollection;
  readonly #connection: Connection;

  constructor(options: ClientOptions = {}) {
    const connection = new Connection(options);
    this.#connection = connection;
    this.droplets = new DropletsCollection(connection);
    this.images = new ImagesCollection(connection);
    this.regions = new RegionsCollection(connection);
    this.sizes = new SizesCollection(connection);
    this.actions = new ActionsCollection(connection);
  }

  /** The API base URL this client talks to. */
  get baseUrl(): string {
    return this.#connection.baseUrl.href;
  }

  /** The rate-limit budget as the last response reported it; `undefined` before the first response. */
  get rateLimit(): RateLimit | undefined {
    return this.#connection.rateLimit;
  }

  /**
   * Gives this client's connection to a model built with `new` (and to its nested models), so its methods work.
   * @example `const d = client.attach(Object.assign(new Droplet(), { id: 3164444 })); await d.reboot();`
   */
  attach<T extends Model>(model: T): T {
    return this.#connection.attach(model);
  }

  /** @internal */
  [inspect.custom](): string {
    return `DigitalOcean { baseUrl: '${this.baseUrl}' }`;
  }
}
