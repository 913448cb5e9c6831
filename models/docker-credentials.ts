import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** The registry host the credentials are for. */
export const REGISTRY_HOST = 'registry.digitalocean.com';

/** The credentials for one registry host. */
export interface DockerAuth {
  /** Base64 of `user:password`. */
  auth: string;
}

/**
 * A Docker `config.json` for the container registry: write `JSON.stringify(credentials)` to
 * `~/.docker/config.json`, or give it to Kubernetes as a `kubernetes.io/dockerconfigjson` secret.
 */
export class DockerCredentials extends Model {
  /** `{ "registry.digitalocean.com": { auth } }`, `auth` being base64 `user:password`. */
  @Field({ json: true, secret: true }) auths!: Record<string, DockerAuth>;

  /** The base64 `auth` for `registry.digitalocean.com`. */
  get auth(): string | undefined {
    return this.auths?.[REGISTRY_HOST]?.auth;
  }
}
