import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Where to read logs: a live URL to follow, and URLs of the logs kept so far. */
export class AppLogs extends Model {
  /** A URL streaming the logs as they are written (`follow: true`). */
  @Field() liveUrl?: string;
  /** URLs of the logs written so far, oldest first. */
  @Field() historicUrls?: string[];
}
