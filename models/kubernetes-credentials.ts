import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** What it takes to reach a Kubernetes cluster's API server: its URL, its CA and a bearer token. */
export class KubernetesCredentials extends Model {
  /** The API server's URL, e.g. `https://{id}.k8s.ondigitalocean.com`. */
  @Field() server!: string;
  /** The certificate authority's PEM certificate, base64-encoded. */
  @Field() certificateAuthorityData!: string;
  /** A client certificate, base64-encoded: only for clusters without token authentication (deprecated). */
  @Field({ secret: true }) clientCertificateData!: string | null;
  /** A client key, base64-encoded: only for clusters without token authentication (deprecated). */
  @Field({ secret: true }) clientKeyData!: string | null;
  /** The bearer token to send to the API server. */
  @Field({ secret: true }) token!: string;
  /** When the token expires. */
  @Field({ type: () => Date }) expiresAt!: Date;
}
