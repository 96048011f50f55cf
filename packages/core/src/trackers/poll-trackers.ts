import type { Context } from '../context';
import { chooseTracker, defaultTrackerTeam } from './choose-team';
import { readTrackerConfigs, type StoredTrackerConfig } from './tracker-configs';
import { enqueueIssueCreation, enqueueIssueSync } from './tracker-jobs';

/** The recurring tick that polls linked issues and files automatic ones. */
export const trackerPollKind = 'tracker.poll';

/** Links read back per tick; the rest wait for the next one (least recently synced first). */
const syncBatch = 200;
/** Actions looked at per auto-creating team per tick. */
const createBatch = 200;

async function enqueueAutomaticIssues(ctx: Context, config: StoredTrackerConfig): Promise<number> {
  const since = config.autoCreateSince ?? config.updatedAt;
  const page = await ctx.store.actions.listAcross({
    status: ['open', 'in_progress'],
    ...(config.team === defaultTrackerTeam ? {} : { team: config.team }),
    today: ctx.clock().toISOString().slice(0, 10),
    visibility: ['normal', 'restricted'],
    limit: createBatch,
    offset: 0,
  });
  let queued = 0;
  for (const { action } of page.items) {
    if (action.createdAt < since) continue;
    if ((await ctx.store.trackerLinks.get(action.id)) !== null) continue;
    const chosen = await chooseTracker(ctx, action).catch(() => null);
    if (chosen?.team !== config.team) continue;
    await enqueueIssueCreation(ctx, {
      actionId: action.id,
      team: config.team,
      title: action.title,
    });
    queued += 1;
  }
  return queued;
}

/**
 * One polling tick: queues a read of every linked issue that is not done (so trackers without
 * webhooks still flow back) and, for teams with `autoCreate`, the creation of an issue for each
 * open action created since auto-creation was switched on. Pending jobs of the same action are
 * not queued twice. Returns how many jobs it queued.
 */
export async function pollTrackers(ctx: Context): Promise<{ syncs: number; creations: number }> {
  const configs = await readTrackerConfigs(ctx);
  if (configs.length === 0) return { syncs: 0, creations: 0 };
  let syncs = 0;
  for (const link of await ctx.store.trackerLinks.listUnfinished(syncBatch)) {
    await enqueueIssueSync(ctx, link);
    syncs += 1;
  }
  let creations = 0;
  for (const config of configs.filter((c) => c.autoCreate)) {
    creations += await enqueueAutomaticIssues(ctx, config);
  }
  return { syncs, creations };
}
