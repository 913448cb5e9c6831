import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** A Slack channel notified through an incoming webhook. Its URL is a secret: `[REDACTED]` in `inspect` output. */
export class SlackWebhook extends Model {
  /** The channel's name, e.g. `Production Alerts`. */
  @Field() channel!: string;
  /** The incoming webhook's URL (`https://hooks.slack.com/services/...`). */
  @Field({ secret: true }) url!: string;
}
