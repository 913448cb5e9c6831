import { Field } from '../lib/fields.js';
import { Model } from './model.js';
import { UptimeSlackWebhook } from './uptime-slack-webhook.js';

/** Whom an uptime alert notifies when it triggers. */
export class UptimeNotifications extends Model {
  /** Email addresses, each verified on the account. */
  @Field() email!: string[];
  /** Slack channels, each with its webhook. */
  @Field({ type: () => UptimeSlackWebhook }) slack!: UptimeSlackWebhook[];
}
