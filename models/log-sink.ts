import { checkUuidRef } from '../lib/app-options.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { arrayOf, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkText } from '../lib/validate.js';
import { LogDestination } from './log-destination.js';
import { Model } from './model.js';
import { Resource } from './resource.js';

/** A resource whose logs a sink forwards. */
export class LogSinkResource extends Model {
  /** The resource's URN, e.g. `do:kubernetes:{id}`. */
  @Field() urn!: string;
  /** The resource's name. */
  @Field() name?: string;
}

/** A resource whose logs are forwarded: its URN, a model with one (a Kubernetes cluster), or both with a name. */
export type LogSinkResourceRef =
  | string
  | {
      /** The resource's URN, `do:kubernetes:{id}`. */
      readonly urn: string;
      /** The resource's name. */
      readonly name?: string;
    };

const KUBERNETES_URN = /^do:kubernetes:[0-9a-f-]{36}$/i;

/** A sink resource, sent as `{ urn, name? }`: only Kubernetes clusters forward logs. */
const checkSinkResource = ((field: string, value: unknown): { urn: string; name?: string } => {
  const given = typeof value === 'object' && value !== null ? (value as { urn?: unknown; name?: unknown }) : { urn: value };
  if (typeof given.urn !== 'string' || !KUBERNETES_URN.test(given.urn)) {
    throw new ValidationError(field, `must be a Kubernetes cluster or its URN (do:kubernetes:{id}), got ${JSON.stringify(given.urn)}`);
  }
  return given.name === undefined ? { urn: given.urn } : { urn: given.urn, name: checkText(`${field}.name`, given.name) };
}) as Check<LogSinkResourceRef>;

/** A destination given as its model or its UUID. */
const checkDestination = checkUuidRef as Check<string | LogDestination>;

/** What `client.logSinks.create()` takes. */
export const LOG_SINK_CREATE = shape('a log sink', {
  /** Where the logs go: a destination or its UUID. */
  destination: required(checkDestination, { name: 'destination_uuid' }),
  /** Whose logs: Kubernetes clusters (models or URNs), at least one. */
  resources: required(arrayOf(checkSinkResource, 1)),
});

/** Attributes of `client.logSinks.create()`. */
export type LogSinkCreateAttributes = AttributesOf<typeof LOG_SINK_CREATE>;

/**
 * A sink: forwards the logs of resources (Kubernetes clusters) to a {@link LogDestination}.
 * @example `for (const sink of await client.logSinks.list({ resource: cluster })) console.log(sink.destination.name);`
 */
export class LogSink extends Resource {
  /** The sink's URN, `do:sink:{uuid}`. */
  @Field() urn!: string;
  /** Where the logs go. */
  @Field({ type: () => LogDestination }) destination?: LogDestination;
  /** Whose logs are forwarded. */
  @Field({ type: () => LogSinkResource }) resources!: LogSinkResource[];

  /** The sink's UUID: the last part of its URN. */
  get id(): string {
    return this.urn.slice(this.urn.lastIndexOf(':') + 1);
  }

  protected get resourcePath(): string {
    return path`monitoring/sinks/${this.id}`;
  }

  protected get resourceKey(): string {
    return 'sink';
  }
}

