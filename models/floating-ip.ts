import { ReservedIp } from './reserved-ip.js';

/** A floating IP: the legacy name and endpoints (`/v2/floating_ips`) of a reserved IPv4 address. */
export class FloatingIp extends ReservedIp {
  protected override get basePath(): string {
    return 'floating_ips';
  }

  protected override get resourceKey(): string {
    return 'floating_ip';
  }
}
