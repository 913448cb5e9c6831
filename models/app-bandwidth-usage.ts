import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The outbound bandwidth apps used on one day, from `app.bandwidthUsage()` or `client.apps.bandwidthUsages()`. */
export class AppBandwidthUsage extends Model {
  /** The day measured. */
  @Field({ type: () => Date }) date!: Date;
  /** Per app, in the API's JSON. */
  @Field({ json: true }) appBandwidthUsage!: Array<{
    /** The app's id. */
    app_id: string;
    /** The bytes it sent, as a decimal string. */
    bandwidth_bytes: string;
  }>;

  /** The bytes `appId` sent that day; 0 when it is not listed. */
  bytesOf(appId: string): number {
    return Number(this.appBandwidthUsage?.find((usage) => usage.app_id === appId)?.bandwidth_bytes ?? 0);
  }
}
