import { Field } from '../lib/fields.js';
import { arrayOf, objectOf, optional, required, shape, type AttributesOf, type Check } from '../lib/shape.js';
import { checkEmail, checkHttpsUrl, checkText } from '../lib/validate.js';
import { Model } from './model.js';
import { SlackWebhook } from './slack-webhook.js';

/** Who is told when an alert policy or an uptime alert triggers: emails and Slack channels. */
export class AlertNotifications extends Model {
  /** Email addresses (verified on the account). */
  @Field() email!: string[];
  /** Slack channels and their webhooks. */
  @Field({ type: () => SlackWebhook }) slack!: SlackWebhook[];
}

/** A Slack channel to notify, as the request shapes take it. */
export const NOTIFICATION_SLACK = shape('a Slack webhook', {
  /** The channel's name. */
  channel: required(checkText),
  /** The incoming webhook's https URL. */
  url: required(checkHttpsUrl),
});

/** Who alert policies and uptime alerts notify, as the request shapes take it. */
export const ALERT_NOTIFICATIONS = shape('the notifications', {
  /** Email addresses to notify (verified on the account); none when left out. */
  email: optional(arrayOf(checkEmail)),
  /** Slack channels to notify; none when left out. */
  slack: optional(arrayOf(objectOf(NOTIFICATION_SLACK))),
});

/** Who to notify when an alert triggers: email addresses, Slack channels, or both. */
export type AlertNotificationsAttributes = AttributesOf<typeof ALERT_NOTIFICATIONS>;

/** Checks notifications and returns the API's JSON, with both lists present as the API requires. */
export const checkNotifications: Check<AlertNotificationsAttributes> = (field, value) => {
  const wire = ALERT_NOTIFICATIONS.wire(field, value);
  return { email: wire.email ?? [], slack: wire.slack ?? [] } as AlertNotificationsAttributes;
};
