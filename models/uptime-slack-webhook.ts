import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A Slack channel an uptime alert notifies, through an incoming webhook. */
export class UptimeSlackWebhook extends Model {
  /** The Slack channel, e.g. `Production Alerts`. */
  @Field() channel!: string;
  /** The incoming webhook URL: whoever holds it can post to the channel, so it is `[REDACTED]` in `util.inspect`. */
  @Field({ secret: true }) url!: string;
}
