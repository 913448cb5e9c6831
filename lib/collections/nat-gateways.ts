import {
  NAT_GATEWAY_CREATE,
  NAT_GATEWAY_REGIONS,
  NatGateway,
  type NatGatewayCreateAttributes,
  type NatGatewayRegion,
  type NatGatewayUpdateAttributes,
} from '../../models/nat-gateway.js';
import type { RequestOptions } from '../connection.js';
import type { ListOptions, Paginator } from '../paginator.js';
import { path } from '../path.js';
import { oneOf } from '../shape.js';
import { checkText, checkUuid } from '../validate.js';
import { Collection } from './collection.js';

/** The states `client.natGateways.list({ state })` filters by. */
export const NAT_GATEWAY_LIST_STATES = ['new', 'provisioning', 'active', 'deleting', 'error', 'invalid'] as const;

/** Options of `client.natGateways.list()`. */
export interface NatGatewayListOptions extends ListOptions {
  /** Only gateways in this state. */
  state?: (typeof NAT_GATEWAY_LIST_STATES)[number];
  /** Only gateways in this region. */
  region?: NatGatewayRegion;
  /** Only gateways of this type. */
  type?: 'public';
  /** Only the gateway with this name. */
  name?: string;
}

/**
 * `client.natGateways`: VPC NAT gateways (`/v2/vpc_nat_gateways`).
 * @example `const active = await client.natGateways.list({ state: 'active', region: 'nyc3' });`
 */
export class NatGatewaysCollection extends Collection {
  /** Every gateway, filtered by state, region, type or name (`GET /v2/vpc_nat_gateways`). */
  list(options: NatGatewayListOptions = {}): Paginator<NatGateway> {
    const { state, region, type, name, ...rest } = options;
    const query = {
      state: state === undefined ? undefined : oneOf(NAT_GATEWAY_LIST_STATES)('state', state),
      region: region === undefined ? undefined : oneOf(NAT_GATEWAY_REGIONS)('region', region),
      type: type === undefined ? undefined : oneOf(['public'] as const)('type', type),
      name: name === undefined ? undefined : checkText('name', name),
    };
    return this.page(NatGateway, 'vpc_nat_gateways', 'vpc_nat_gateways', query, rest);
  }

  /** One gateway (`GET /v2/vpc_nat_gateways/{id}`). @throws NotFoundError when there is none. */
  async get(id: string, options?: RequestOptions): Promise<NatGateway> {
    return this.load(NatGateway, path`vpc_nat_gateways/${checkUuid('id', id)}`, 'vpc_nat_gateway', options);
  }

  /**
   * Creates a gateway (`POST /v2/vpc_nat_gateways`); it is `NEW` until provisioned: `waitUntilActive()`.
   * @throws ValidationError for bad attributes, before any request.
   */
  async create(attrs: NatGatewayCreateAttributes, options?: RequestOptions): Promise<NatGateway> {
    const json = { type: 'PUBLIC', ...NAT_GATEWAY_CREATE.wire('attrs', attrs) };
    return this.write('POST', NatGateway, 'vpc_nat_gateways', 'vpc_nat_gateway', json, options);
  }

  /** `natGateway.update()` by id (`PUT /v2/vpc_nat_gateways/{id}`). */
  async update(id: string, attrs: NatGatewayUpdateAttributes, options?: RequestOptions): Promise<NatGateway> {
    return this.#ref(id).update(attrs, options);
  }

  /** Deletes a gateway (`DELETE /v2/vpc_nat_gateways/{id}`); it is `DELETING` until it is gone. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.#ref(id).destroy(options);
  }

  #ref(id: string): NatGateway {
    return this.ref(NatGateway, { id: checkUuid('id', id) });
  }
}
