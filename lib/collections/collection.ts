import type { Connection } from '../connection.js';

/** Base of every `client.<resource>` collection: holds the client's connection. */
export abstract class Collection {
  /** @internal */
  protected readonly connection: Connection;

  /** @internal Collections are built by the client. */
  constructor(connection: Connection) {
    this.connection = connection;
  }
}
