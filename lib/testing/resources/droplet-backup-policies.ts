import { defineModule, ok } from '../module.js';
import { page } from '../router.js';
import type { World } from '../world.js';
import { droplets, type DropletJson } from './droplets.js';

/** A backup schedule as the API writes it. */
export interface BackupScheduleJson {
  plan: 'daily' | 'weekly';
  weekday?: string;
  hour: number;
  window_length_hours: number;
  retention_period_days: number;
}

const WEEKLY: BackupScheduleJson = { plan: 'weekly', weekday: 'SUN', hour: 0, window_length_hours: 4, retention_period_days: 28 };

/**
 * Droplet backup policies: a droplet with backups on has the weekly plan (Sunday, from 00:00 UTC,
 * kept four weeks), read from its `backups` feature and next window; the supported plans are the
 * API's two. Every simulated droplet has a host of its own, so no droplets are neighbors.
 */
export class DropletBackupPolicies {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
  }

  policy(droplet: DropletJson): Record<string, unknown> {
    const enabled = droplet.features.includes('backups');
    return {
      droplet_id: droplet.id,
      backup_enabled: enabled,
      ...(enabled ? { backup_policy: { ...WEEKLY }, ...(droplet.next_backup_window ? { next_backup_window: droplet.next_backup_window } : {}) } : {}),
    };
  }

  all(): DropletJson[] {
    return this.#world.state(droplets).list();
  }

  supported(): Array<Record<string, unknown>> {
    return [
      { name: 'weekly', possible_window_starts: [0, 4, 8, 12, 16, 20], window_length_hours: 4, retention_period_days: 28, possible_days: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
      { name: 'daily', possible_window_starts: [0, 4, 8, 12, 16, 20], window_length_hours: 4, retention_period_days: 7, possible_days: [] },
    ];
  }
}

/** Droplet backup policies and the neighbors report: `/v2/droplets/backups/...`, `/v2/reports/droplet_neighbors_ids`. */
export const dropletBackupPolicies = defineModule('droplet_backup_policies', (world) => new DropletBackupPolicies(world), (route) => {
  route('GET', '/v2/droplets/backups/policies', (ctx, policies) => {
    const paged = page(ctx, 'policies', policies.all()) as { policies: DropletJson[] };
    return ok({ ...paged, policies: Object.fromEntries(paged.policies.map((d) => [String(d.id), policies.policy(d)])) });
  });
  route('GET', '/v2/droplets/backups/supported_policies', (_ctx, policies) => ok({ supported_policies: policies.supported() }));
  route('GET', '/v2/droplets/{droplet_id}/backups/policy', (ctx, policies) => ok({ policy: policies.policy(ctx.world.state(droplets).get(Number(ctx.params.droplet_id))) }));
  route('GET', '/v2/reports/droplet_neighbors_ids', () => ok({ neighbor_ids: [] }));
});
