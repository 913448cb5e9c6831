import type { RequestOptions } from '../lib/connection.js';
import { ValidationError } from '../lib/errors.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { checkBoolean, checkJson, objectOf, oneOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkText } from '../lib/validate.js';
import { Resource } from './resource.js';

/** A cron expression of five fields: minute, hour, day of month, month, day of week. */
function checkCron(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim().split(/\s+/).length !== 5 || !/^[\d*/,\-\sA-Za-z?]+$/.test(value)) {
    throw new ValidationError(field, `must be a cron expression of five fields such as "*/5 * * * *", got ${JSON.stringify(value)}`);
  }
  return value.trim();
}

/** When a scheduled trigger fires, and the body it invokes the function with. */
export const SCHEDULED_DETAILS = shape('scheduled details', {
  /** A cron expression, e.g. `0 * * * *` (every hour), in UTC. */
  cron: required(checkCron),
  /** The JSON body the function is invoked with. */
  body: optional(checkJson),
});

/** What `namespace.createTrigger()` takes. */
export const TRIGGER_CREATE = shape('a trigger', {
  /** The trigger's name, unique in the namespace. */
  name: required(checkText),
  /** The function it invokes, e.g. `hello` or `package/hello`. */
  function: required(checkText),
  /** `SCHEDULED`, the one type there is. */
  type: required(oneOf(['SCHEDULED'] as const)),
  /** Whether it fires. */
  isEnabled: required(checkBoolean),
  /** When it fires and with what body. */
  scheduledDetails: required(objectOf(SCHEDULED_DETAILS)),
});

/** What `trigger.update()` takes. */
export const TRIGGER_UPDATE = shape('a trigger update', {
  /** Whether it fires. */
  isEnabled: optional(checkBoolean),
  /** When it fires and with what body. */
  scheduledDetails: optional(objectOf(SCHEDULED_DETAILS)),
});

/** Attributes of `namespace.createTrigger()` and `client.functions.createTrigger()`. */
export type TriggerCreateAttributes = AttributesOf<typeof TRIGGER_CREATE>;
/** Attributes of `trigger.update()` and `client.functions.updateTrigger()`. */
export type TriggerUpdateAttributes = AttributesOf<typeof TRIGGER_UPDATE>;

/**
 * A trigger that invokes a function of a namespace on a schedule.
 * @example `await trigger.update({ isEnabled: false });`
 */
export class FunctionsTrigger extends Resource {
  /** The namespace it belongs to, e.g. `fn-...`. */
  @Field() namespace!: string;
  /** Its name. */
  @Field() name!: string;
  /** The function it invokes. */
  @Field() function!: string;
  /** `SCHEDULED`. */
  @Field() type!: 'SCHEDULED';
  /** Whether it fires. */
  @Field() isEnabled!: boolean;
  /** When it was created. */
  @Field({ type: () => Date }) createdAt!: Date;
  /** When it last changed. */
  @Field({ type: () => Date }) updatedAt!: Date;
  /** When it fires and with what body. */
  @Field({ json: true }) scheduledDetails!: {
    /** A cron expression, in UTC. */
    cron: string;
    /** The JSON body the function is invoked with. */
    body?: Record<string, unknown>;
  };
  /** Its last and next runs, in the API's JSON. */
  @Field({ json: true }) scheduledRuns?: {
    /** When it last fired (an RFC 3339 timestamp), or `null`. */
    last_run_at?: string | null;
    /** When it fires next, or `null` when it is disabled. */
    next_run_at?: string | null;
  };

  protected get resourcePath(): string {
    return path`functions/namespaces/${this.namespace}/triggers/${this.name}`;
  }

  protected get resourceKey(): string {
    return 'trigger';
  }

  /** Changes whether and when it fires (`PUT /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}`); updates it in place. */
  async update(attrs: TriggerUpdateAttributes, options?: RequestOptions): Promise<this> {
    return this.save('PUT', TRIGGER_UPDATE.wire('attrs', attrs), options);
  }
}
