import { body, defineModule, ok } from '../module.js';
import { notFound, unprocessable } from '../world.js';
import { kubernetes } from './kubernetes.js';

/** The 1-Click applications the simulator offers: droplet images and Kubernetes add-ons. */
export const ONE_CLICKS: ReadonlyArray<{ slug: string; type: 'droplet' | 'kubernetes' }> = [
  { slug: 'docker-20-04', type: 'droplet' },
  { slug: 'wordpress-20-04', type: 'droplet' },
  { slug: 'lamp-20-04', type: 'droplet' },
  { slug: 'monitoring', type: 'kubernetes' },
  { slug: 'cert-manager', type: 'kubernetes' },
  { slug: 'ingress-nginx', type: 'kubernetes' },
  { slug: 'kube-state-metrics', type: 'kubernetes' },
];

/** 1-Click applications: `/v2/1-clicks`; Kubernetes add-ons install onto an existing cluster. */
export const oneClicks = defineModule('one_clicks', () => ONE_CLICKS, (route) => {
  route('GET', '/v2/1-clicks', (ctx, apps) => {
    const type = ctx.query.get('type');
    if (type !== null && type !== 'droplet' && type !== 'kubernetes') throw unprocessable('type must be droplet or kubernetes');
    return ok({ '1_clicks': apps.filter((app) => type === null || app.type === type) });
  });
  route('POST', '/v2/1-clicks/kubernetes', (ctx, apps) => {
    const attrs = body(ctx);
    const slugs = Array.isArray(attrs.addon_slugs) ? attrs.addon_slugs : [];
    if (!slugs.length) throw unprocessable('addon_slugs is required');
    const unknown = slugs.filter((slug) => !apps.some((app) => app.type === 'kubernetes' && app.slug === slug));
    if (unknown.length) throw unprocessable(`unknown 1-Click application ${unknown.join(', ')}`);
    const clusters = ctx.world.state(kubernetes);
    if (typeof attrs.cluster_uuid !== 'string' || !clusters.items.has(attrs.cluster_uuid)) throw notFound();
    const installed = clusters.addons.get(attrs.cluster_uuid) ?? [];
    clusters.addons.set(attrs.cluster_uuid, [...new Set([...installed, ...(slugs as string[])])]);
    return ok({ message: 'Successfully kicked off addon job.' });
  });
});
