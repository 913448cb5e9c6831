import { Refusal, notFound, unprocessable } from './world.js';
import { page, type Handler, type RouteContext, type Router } from './router.js';
import { MODULES } from './resources/index.js';

type Json = Record<string, unknown>;

function body(ctx: RouteContext): Json {
  const { body: raw } = ctx;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Refusal(400, 'bad_request', 'The request body must be a JSON object.');
  return raw as Json;
}

const ok = (value: unknown) => ({ status: 200, body: value });
const created = (value: unknown, status = 201) => ({ status, body: value });
const none = () => ({ status: 204 });

/** Adds the routes of every resource beyond droplets, images and the catalogue. */
export function resourceRoutes(router: Router): Router {
  for (const module of MODULES) module.routes(router);
  const add = (method: string, template: string, handler: Handler) => router.add(method, template, handler);

  // account
  add('GET', '/v2/account', (ctx) => ok({ account: ctx.stores.account() }));
  add('GET', '/v2/customers/my/balance', (ctx) => ok(ctx.stores.balance()));

  // domains and records
  add('GET', '/v2/domains', (ctx) => ok(page(ctx, 'domains', [...ctx.stores.domains.values()])));
  add('POST', '/v2/domains', (ctx) => created({ domain: ctx.stores.createDomain(body(ctx)) }));
  add('GET', '/v2/domains/{domain_name}', (ctx) => ok({ domain: ctx.stores.domain(ctx.params.domain_name) }));
  add('DELETE', '/v2/domains/{domain_name}', (ctx) => {
    ctx.stores.deleteDomain(ctx.params.domain_name);
    return none();
  });
  add('GET', '/v2/domains/{domain_name}/records', (ctx) => ok(page(ctx, 'domain_records', ctx.stores.recordsOf(ctx.params.domain_name, ctx.query))));
  add('POST', '/v2/domains/{domain_name}/records', (ctx) => created({ domain_record: ctx.stores.createRecord(ctx.params.domain_name, body(ctx)) }));
  add('GET', '/v2/domains/{domain_name}/records/{domain_record_id}', (ctx) => ok({ domain_record: ctx.stores.record(ctx.params.domain_name, ctx.params.domain_record_id) }));
  add('PATCH', '/v2/domains/{domain_name}/records/{domain_record_id}', (ctx) => ok({ domain_record: ctx.stores.updateRecord(ctx.params.domain_name, ctx.params.domain_record_id, body(ctx), false) }));
  add('PUT', '/v2/domains/{domain_name}/records/{domain_record_id}', (ctx) => ok({ domain_record: ctx.stores.updateRecord(ctx.params.domain_name, ctx.params.domain_record_id, body(ctx), true) }));
  add('DELETE', '/v2/domains/{domain_name}/records/{domain_record_id}', (ctx) => {
    ctx.stores.deleteRecord(ctx.params.domain_name, ctx.params.domain_record_id);
    return none();
  });

  // volumes, their actions and snapshots
  add('GET', '/v2/volumes', (ctx) => {
    const name = ctx.query.get('name');
    const region = ctx.query.get('region');
    const volumes = [...ctx.stores.volumes.values()].filter((v) => (name === null || v.name === name) && (region === null || (v.region as { slug: string }).slug === region));
    return ok(page(ctx, 'volumes', volumes));
  });
  add('POST', '/v2/volumes', (ctx) => created({ volume: ctx.stores.createVolume(body(ctx)) }));
  add('DELETE', '/v2/volumes', (ctx) => {
    ctx.stores.deleteVolume(ctx.stores.volumeByName(ctx.query.get('name'), ctx.query.get('region')));
    return none();
  });
  add('POST', '/v2/volumes/actions', (ctx) => {
    const given = body(ctx);
    const volume = ctx.stores.volumeByName(given.volume_name, given.region);
    return created({ action: ctx.stores.volumeAction(volume, given) }, 202);
  });
  add('GET', '/v2/volumes/snapshots/{snapshot_id}', (ctx) => {
    const snapshot = ctx.stores.volumeSnapshots.get(ctx.params.snapshot_id);
    if (!snapshot) throw notFound();
    return ok({ snapshot });
  });
  add('DELETE', '/v2/volumes/snapshots/{snapshot_id}', (ctx) => {
    if (!ctx.stores.volumeSnapshots.delete(ctx.params.snapshot_id)) throw notFound();
    return none();
  });
  add('GET', '/v2/volumes/{volume_id}', (ctx) => ok({ volume: ctx.stores.volume(ctx.params.volume_id) }));
  add('DELETE', '/v2/volumes/{volume_id}', (ctx) => {
    ctx.stores.deleteVolume(ctx.stores.volume(ctx.params.volume_id));
    return none();
  });
  add('GET', '/v2/volumes/{volume_id}/actions', (ctx) => {
    ctx.stores.volume(ctx.params.volume_id);
    return ok(page(ctx, 'actions', volumeActions(ctx)));
  });
  add('POST', '/v2/volumes/{volume_id}/actions', (ctx) => {
    const action = ctx.stores.volumeAction(ctx.stores.volume(ctx.params.volume_id), body(ctx));
    ctx.stores.volumeActionIds.set(action.id, ctx.params.volume_id);
    return created({ action }, 202);
  });
  add('GET', '/v2/volumes/{volume_id}/actions/{action_id}', (ctx) => {
    ctx.stores.volume(ctx.params.volume_id);
    const action = volumeActions(ctx).find((a) => String(a.id) === ctx.params.action_id);
    if (!action) throw notFound();
    return ok({ action });
  });
  add('GET', '/v2/volumes/{volume_id}/snapshots', (ctx) => {
    const volume = ctx.stores.volume(ctx.params.volume_id);
    return ok(page(ctx, 'snapshots', [...ctx.stores.volumeSnapshots.values()].filter((s) => s.resource_id === volume.id)));
  });
  add('POST', '/v2/volumes/{volume_id}/snapshots', (ctx) => created({ snapshot: ctx.stores.createVolumeSnapshot(ctx.stores.volume(ctx.params.volume_id), body(ctx)) }));

  // snapshots
  add('GET', '/v2/snapshots', (ctx) => ok(page(ctx, 'snapshots', ctx.stores.allSnapshots(ctx.query.get('resource_type')))));
  add('GET', '/v2/snapshots/{snapshot_id}', (ctx) => ok({ snapshot: ctx.stores.snapshot(ctx.params.snapshot_id) }));
  add('DELETE', '/v2/snapshots/{snapshot_id}', (ctx) => {
    ctx.stores.deleteSnapshot(ctx.params.snapshot_id);
    return none();
  });

  // reserved IPv4, twice: as reserved_ips and as the legacy floating_ips
  for (const [base, key, param] of [['/v2/reserved_ips', 'reserved_ip', 'reserved_ip'], ['/v2/floating_ips', 'floating_ip', 'floating_ip']] as const) {
    const one = `${base}/{${param}}`;
    add('GET', base, (ctx) => ok(page(ctx, `${key}s`, [...ctx.stores.reservedIps.values()].map((r) => ctx.stores.viewReservedIp(r)))));
    add('POST', base, (ctx) => {
      const record = ctx.stores.createReservedIp(body(ctx));
      const droplet = record.droplet;
      return created({ [key]: ctx.stores.viewReservedIp(record), links: droplet === null ? {} : { droplets: [] } }, 202);
    });
    add('GET', one, (ctx) => ok({ [key]: ctx.stores.viewReservedIp(ctx.stores.reservedIp(ctx.params[param])) }));
    add('DELETE', one, (ctx) => {
      ctx.stores.deleteReservedIp(ctx.params[param]);
      return none();
    });
    add('GET', `${one}/actions`, (ctx) => ok(page(ctx, 'actions', ctx.stores.reservedIpActions(ctx.stores.reservedIp(ctx.params[param])))));
    add('POST', `${one}/actions`, (ctx) => created({ action: ctx.stores.reservedIpAction(ctx.stores.reservedIp(ctx.params[param]), body(ctx)) }));
    add('GET', `${one}/actions/{action_id}`, (ctx) => {
      const action = ctx.stores.reservedIpActions(ctx.stores.reservedIp(ctx.params[param])).find((a) => String(a.id) === ctx.params.action_id);
      if (!action) throw notFound();
      return ok({ action });
    });
  }
  add('GET', '/v2/reserved_ipv6', (ctx) => ok(page(ctx, 'reserved_ipv6s', [...ctx.stores.reservedIpv6s.values()].map((r) => ctx.stores.viewReservedIpv6(r)))));
  add('POST', '/v2/reserved_ipv6', (ctx) => created({ reserved_ipv6: ctx.stores.viewReservedIpv6(ctx.stores.createReservedIpv6(body(ctx))) }));
  add('GET', '/v2/reserved_ipv6/{reserved_ipv6}', (ctx) => ok({ reserved_ipv6: ctx.stores.viewReservedIpv6(ctx.stores.reservedIpv6(ctx.params.reserved_ipv6)) }));
  add('DELETE', '/v2/reserved_ipv6/{reserved_ipv6}', (ctx) => {
    ctx.stores.reservedIpv6s.delete(ctx.stores.reservedIpv6(ctx.params.reserved_ipv6).ip as string);
    return none();
  });
  add('POST', '/v2/reserved_ipv6/{reserved_ipv6}/actions', (ctx) => created({ action: ctx.stores.reservedIpv6Action(ctx.stores.reservedIpv6(ctx.params.reserved_ipv6), body(ctx)) }));

  // firewalls
  add('GET', '/v2/firewalls', (ctx) => ok(page(ctx, 'firewalls', [...ctx.stores.firewalls.values()])));
  add('POST', '/v2/firewalls', (ctx) => created({ firewall: ctx.stores.saveFirewall(body(ctx)) }, 202));
  add('GET', '/v2/firewalls/{firewall_id}', (ctx) => ok({ firewall: ctx.stores.firewall(ctx.params.firewall_id) }));
  add('PUT', '/v2/firewalls/{firewall_id}', (ctx) => ok({ firewall: ctx.stores.saveFirewall(body(ctx), ctx.stores.firewall(ctx.params.firewall_id)) }));
  add('DELETE', '/v2/firewalls/{firewall_id}', (ctx) => {
    ctx.stores.firewalls.delete(ctx.stores.firewall(ctx.params.firewall_id).id as string);
    return none();
  });
  for (const what of ['droplets', 'tags', 'rules']) {
    for (const [method, addIt] of [['POST', true], ['DELETE', false]] as const) {
      add(method, `/v2/firewalls/{firewall_id}/${what}`, (ctx) => {
        ctx.stores.changeFirewall(ctx.stores.firewall(ctx.params.firewall_id), what, addIt, body(ctx));
        return none();
      });
    }
  }
  add('GET', '/v2/droplets/{droplet_id}/firewalls', (ctx) => ok(page(ctx, 'firewalls', ctx.stores.firewallsOf(Number(ctx.params.droplet_id)))));

  // load balancers
  add('GET', '/v2/load_balancers', (ctx) => ok(page(ctx, 'load_balancers', [...ctx.stores.loadBalancers.values()].map((lb) => ctx.stores.viewLoadBalancer(lb)))));
  add('POST', '/v2/load_balancers', (ctx) => created({ load_balancer: ctx.stores.viewLoadBalancer(ctx.stores.saveLoadBalancer(body(ctx))) }, 202));
  add('GET', '/v2/load_balancers/{lb_id}', (ctx) => ok({ load_balancer: ctx.stores.viewLoadBalancer(ctx.stores.loadBalancer(ctx.params.lb_id)) }));
  add('PUT', '/v2/load_balancers/{lb_id}', (ctx) => ok({ load_balancer: ctx.stores.viewLoadBalancer(ctx.stores.saveLoadBalancer(body(ctx), ctx.stores.loadBalancer(ctx.params.lb_id))) }));
  add('DELETE', '/v2/load_balancers/{lb_id}', (ctx) => {
    const lb = ctx.stores.loadBalancer(ctx.params.lb_id);
    ctx.stores.loadBalancers.delete(lb.id as string);
    ctx.stores.assignments.delete(`do:loadbalancer:${lb.id}`);
    return none();
  });
  add('DELETE', '/v2/load_balancers/{lb_id}/cache', (ctx) => {
    const lb = ctx.stores.loadBalancer(ctx.params.lb_id);
    if (lb.type !== 'GLOBAL') throw unprocessable('Only global load balancers have a cache.');
    return none();
  });
  for (const what of ['droplets', 'forwarding_rules'] as const) {
    for (const [method, addIt] of [['POST', true], ['DELETE', false]] as const) {
      add(method, `/v2/load_balancers/{lb_id}/${what}`, (ctx) => {
        ctx.stores.changeLoadBalancer(ctx.stores.loadBalancer(ctx.params.lb_id), what, addIt, body(ctx));
        return none();
      });
    }
  }

  // tags
  add('GET', '/v2/tags', (ctx) => ok(page(ctx, 'tags', [...ctx.stores.tags].map((name) => ctx.stores.tagView(name)))));
  add('POST', '/v2/tags', (ctx) => created({ tag: ctx.stores.createTag(body(ctx)) }));
  add('GET', '/v2/tags/{tag_id}', (ctx) => ok({ tag: ctx.stores.tagView(ctx.params.tag_id) }));
  add('DELETE', '/v2/tags/{tag_id}', (ctx) => {
    ctx.stores.deleteTag(ctx.params.tag_id);
    return none();
  });
  add('POST', '/v2/tags/{tag_id}/resources', (ctx) => {
    ctx.stores.tagResources(ctx.params.tag_id, body(ctx), true);
    return none();
  });
  add('DELETE', '/v2/tags/{tag_id}/resources', (ctx) => {
    ctx.stores.tagResources(ctx.params.tag_id, body(ctx), false);
    return none();
  });

  // VPCs
  add('GET', '/v2/vpcs', (ctx) => ok(page(ctx, 'vpcs', [...ctx.stores.vpcs.values()])));
  add('POST', '/v2/vpcs', (ctx) => created({ vpc: ctx.stores.createVpc(body(ctx)) }));
  add('GET', '/v2/vpcs/{vpc_id}', (ctx) => ok({ vpc: ctx.stores.vpc(ctx.params.vpc_id) }));
  add('PUT', '/v2/vpcs/{vpc_id}', (ctx) => ok({ vpc: ctx.stores.updateVpc(ctx.stores.vpc(ctx.params.vpc_id), body(ctx), true) }));
  add('PATCH', '/v2/vpcs/{vpc_id}', (ctx) => ok({ vpc: ctx.stores.updateVpc(ctx.stores.vpc(ctx.params.vpc_id), body(ctx), false) }));
  add('DELETE', '/v2/vpcs/{vpc_id}', (ctx) => {
    ctx.stores.deleteVpc(ctx.stores.vpc(ctx.params.vpc_id));
    return none();
  });
  add('GET', '/v2/vpcs/{vpc_id}/members', (ctx) => ok(page(ctx, 'members', ctx.stores.vpcMembers(ctx.stores.vpc(ctx.params.vpc_id), ctx.query.get('resource_type')))));
  add('GET', '/v2/vpcs/{vpc_id}/peerings', (ctx) => ok(page(ctx, 'peerings', ctx.stores.peeringsOf(ctx.stores.vpc(ctx.params.vpc_id)))));
  add('POST', '/v2/vpcs/{vpc_id}/peerings', (ctx) => created({ peering: ctx.stores.createPeering(ctx.stores.vpc(ctx.params.vpc_id), body(ctx)) }, 202));
  add('GET', '/v2/vpc_peerings/{vpc_peering_id}', (ctx) => ok({ vpc_peering: ctx.stores.peering(ctx.params.vpc_peering_id) }));
  add('DELETE', '/v2/vpc_peerings/{vpc_peering_id}', (ctx) => created({ vpc_peering: ctx.stores.deletePeering(ctx.stores.peering(ctx.params.vpc_peering_id)) }, 202));
  add('PATCH', '/v2/vpcs/{vpc_id}/peerings/{vpc_peering_id}', (ctx) => {
    const vpc = ctx.stores.vpc(ctx.params.vpc_id);
    const peering = ctx.stores.peeringsOf(vpc).find((p) => p.id === ctx.params.vpc_peering_id);
    if (!peering) throw notFound();
    const { name } = body(ctx);
    if (typeof name !== 'string' || !name) throw unprocessable('Name is required.');
    peering.name = name;
    return ok({ peering });
  });

  // projects ("default" is matched before the id templates)
  add('GET', '/v2/projects', (ctx) => ok(page(ctx, 'projects', [...ctx.stores.projects.values()])));
  add('POST', '/v2/projects', (ctx) => created({ project: ctx.stores.saveProject(body(ctx), undefined, true) }));
  for (const template of ['/v2/projects/default', '/v2/projects/{project_id}']) {
    const id = (ctx: RouteContext) => ctx.params.project_id ?? 'default';
    add('GET', template, (ctx) => ok({ project: ctx.stores.project(id(ctx)) }));
    add('PUT', template, (ctx) => ok({ project: ctx.stores.saveProject(body(ctx), ctx.stores.project(id(ctx)), true) }));
    add('PATCH', template, (ctx) => ok({ project: ctx.stores.saveProject(body(ctx), ctx.stores.project(id(ctx)), false) }));
    add('GET', `${template}/resources`, (ctx) => ok(page(ctx, 'resources', ctx.stores.projectResources(ctx.stores.project(id(ctx))))));
    add('POST', `${template}/resources`, (ctx) => ok({ resources: ctx.stores.assignResources(ctx.stores.project(id(ctx)), body(ctx)) }));
  }
  add('DELETE', '/v2/projects/{project_id}', (ctx) => {
    ctx.stores.deleteProject(ctx.stores.project(ctx.params.project_id));
    return none();
  });

  // certificates
  add('GET', '/v2/certificates', (ctx) => {
    const name = ctx.query.get('name');
    return ok(page(ctx, 'certificates', [...ctx.stores.certificates.values()].filter((c) => name === null || c.name === name)));
  });
  add('POST', '/v2/certificates', (ctx) => created({ certificate: ctx.stores.createCertificate(body(ctx)) }));
  add('GET', '/v2/certificates/{certificate_id}', (ctx) => ok({ certificate: ctx.stores.certificate(ctx.params.certificate_id) }));
  add('DELETE', '/v2/certificates/{certificate_id}', (ctx) => {
    ctx.stores.deleteCertificate(ctx.params.certificate_id);
    return none();
  });

  // CDN endpoints
  add('GET', '/v2/cdn/endpoints', (ctx) => ok(page(ctx, 'endpoints', [...ctx.stores.cdnEndpoints.values()])));
  add('POST', '/v2/cdn/endpoints', (ctx) => created({ endpoint: ctx.stores.saveCdnEndpoint(body(ctx)) }));
  add('GET', '/v2/cdn/endpoints/{cdn_id}', (ctx) => ok({ endpoint: ctx.stores.cdnEndpoint(ctx.params.cdn_id) }));
  add('PUT', '/v2/cdn/endpoints/{cdn_id}', (ctx) => ok({ endpoint: ctx.stores.saveCdnEndpoint(body(ctx), ctx.stores.cdnEndpoint(ctx.params.cdn_id)) }));
  add('DELETE', '/v2/cdn/endpoints/{cdn_id}', (ctx) => {
    ctx.stores.cdnEndpoints.delete(ctx.stores.cdnEndpoint(ctx.params.cdn_id).id as string);
    return none();
  });
  add('DELETE', '/v2/cdn/endpoints/{cdn_id}/cache', (ctx) => {
    ctx.stores.purgeCdnCache(ctx.stores.cdnEndpoint(ctx.params.cdn_id), body(ctx));
    return none();
  });

  return router;
}

/** Actions on the volume of the request, newest first. */
function volumeActions(ctx: RouteContext) {
  return [...ctx.stores.volumeActionIds]
    .filter(([, volumeId]) => volumeId === ctx.params.volume_id)
    .map(([actionId]) => ctx.world.actions.get(actionId)!)
    .filter(Boolean)
    .reverse();
}
