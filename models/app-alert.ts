import type { RequestOptions } from '../lib/connection.js';
import { Field } from '../lib/fields.js';
import { path } from '../lib/path.js';
import { arrayOf, optional, required, shape, type AttributesOf } from '../lib/shape.js';
import { checkEmail, checkHttpsUrl, checkText } from '../lib/validate.js';
import type { AppAlertSpec } from './app-spec.js';
import { Model } from './model.js';

/** The state of an alert. */
export type AppAlertPhase = 'UNKNOWN' | 'PENDING' | 'CONFIGURING' | 'ACTIVE' | 'ERROR';

/** A Slack webhook an alert posts to. */
export const SLACK_WEBHOOK = shape('a Slack webhook', {
  /** The webhook's URL, `https://hooks.slack.com/services/...`. */
  url: required(checkHttpsUrl),
  /** The channel's name. */
  channel: optional(checkText),
});

/** What `alert.assignDestinations()` takes: who the alert notifies. Both lists replace the current ones. */
export const ALERT_DESTINATIONS = shape('alert destinations', {
  /** Email addresses (of the team's members). */
  emails: optional(arrayOf(checkEmail)),
  /** Slack webhooks. */
  slackWebhooks: optional(arrayOf((field, value) => SLACK_WEBHOOK.wire(field, value))),
});

/** Attributes of `alert.assignDestinations()` and `client.apps.assignAlertDestinations()`. */
export type AlertDestinations = AttributesOf<typeof ALERT_DESTINATIONS>;

/** An alert configured by an app's spec, from `app.alerts()`. */
export class AppAlert extends Model {
  /** The alert's id (a UUID). */
  @Field() id!: string;
  /** The component it watches; none for app-wide alerts. */
  @Field() componentName?: string;
  /** What it watches, as in the spec (the API's JSON). */
  @Field({ json: true }) spec!: AppAlertSpec;
  /** The email addresses it notifies. */
  @Field() emails?: string[];
  /** The Slack webhooks it posts to. */
  @Field({ json: true }) slackWebhooks?: Array<{
    /** The webhook's URL. */
    url?: string;
    /** The channel's name. */
    channel?: string;
  }>;
  /** `PENDING`, `CONFIGURING`, `ACTIVE` or `ERROR`. */
  @Field() phase?: AppAlertPhase;
  /** Its configuration steps. */
  @Field({ json: true }) progress?: Record<string, unknown>;
  /** The app it belongs to (not part of the API's alert body). */
  appId!: string;

  /**
   * Sets who the alert notifies (`POST /v2/apps/{app_id}/alerts/{alert_id}/destinations`) and
   * updates it in place.
   * @throws ValidationError for a malformed email address or webhook URL.
   */
  async assignDestinations(destinations: AlertDestinations, options?: RequestOptions): Promise<this> {
    const json = ALERT_DESTINATIONS.wire('destinations', destinations);
    const fresh = await this.connection.one(AppAlert, 'POST', path`apps/${this.appId}/alerts/${this.id}/destinations`, 'alert', { json, signal: options?.signal });
    return this.replaceWith(fresh as this);
  }
}
