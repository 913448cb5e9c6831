import { Field } from '../lib/fields.js';
import { Model } from './model.js';

/** How a load balancer forwards one port: entry protocol and port to target protocol and port. */
export class ForwardingRule extends Model {
  /** `http`, `https`, `http2`, `http3`, `tcp` or `udp`. */
  @Field() entryProtocol!: string;
  /** The port clients connect to. */
  @Field() entryPort!: number;
  /** `http`, `https`, `http2`, `tcp` or `udp`. */
  @Field() targetProtocol!: string;
  /** The port on the droplets. */
  @Field() targetPort!: number;
  /** The certificate for https entry. */
  @Field() certificateId?: string;
  /** Pass TLS through to the droplets unterminated. */
  @Field() tlsPassthrough?: boolean;
}
