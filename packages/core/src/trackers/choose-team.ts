import { DomainError, type ActionItem } from '@aftermath/domain';
import type { Context } from '../context';
import { readTrackerConfigs, type StoredTrackerConfig } from './tracker-configs';

/** The name of the fallback configuration, used by actions whose teams have no tracker. */
export const defaultTrackerTeam = 'default';

/**
 * The tracker an action's issue goes to: `requested` when the caller names a team, else the
 * first team (in service order) of the incident's services that has a tracker, else `default`.
 * Throws `validation` on `team` when none applies.
 */
export async function chooseTracker(
  ctx: Context,
  action: ActionItem,
  requested?: string,
): Promise<StoredTrackerConfig> {
  const configs = await readTrackerConfigs(ctx);
  const byTeam = new Map(configs.map((c) => [c.team, c]));
  if (requested !== undefined) {
    const chosen = byTeam.get(requested);
    if (chosen !== undefined) return chosen;
    throw new DomainError('validation', `team: no issue tracker is configured for ${requested}`, [
      { path: 'team', message: `no issue tracker is configured for ${requested}` },
    ]);
  }
  const incident = await ctx.store.incidents.get(action.incidentKey);
  for (const name of incident?.services ?? []) {
    const team = (await ctx.store.services.get(name))?.team;
    const config = team === null || team === undefined ? undefined : byTeam.get(team);
    if (config !== undefined) return config;
  }
  const fallback = byTeam.get(defaultTrackerTeam);
  if (fallback !== undefined) return fallback;
  const message = `no issue tracker is configured for this action's teams or for "${defaultTrackerTeam}"`;
  throw new DomainError('validation', `team: ${message}`, [{ path: 'team', message }]);
}
