import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** Single sign-on to a Kubernetes cluster through an OpenID Connect issuer. */
export class KubernetesSso extends Model {
  /** Whether single sign-on is on. */
  @Field() enabled!: boolean;
  /** Whether it is the only way in. */
  @Field() required!: boolean;
  /** The issuer's URL, e.g. `https://accounts.example.com`. */
  @Field() issuerUrl?: string;
  /** The client id registered with the issuer. */
  @Field() clientId?: string;
}
