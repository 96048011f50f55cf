import {
  pollTrackers,
  runIssueCreation,
  runIssueSync,
  trackerCreateKind,
  trackerPollKind,
  trackerSyncKind,
  type Context,
  type TrackerDeps,
} from '@aftermath/core';
import type { JobHandlers } from './worker';

/** The tracker job handlers: file an issue, read one back, and the polling tick. */
export function createTrackerHandlers(
  ctx: Context,
  deps: TrackerDeps,
  log: (message: string) => void,
): JobHandlers {
  return {
    [trackerCreateKind]: (job) => runIssueCreation(ctx, deps, job),
    [trackerSyncKind]: (job) => runIssueSync(ctx, deps, job),
    [trackerPollKind]: async () => {
      const { syncs, creations } = await pollTrackers(ctx);
      if (creations > 0) log(`queued ${creations} automatic tracker issue(s)`);
      if (syncs > 0) log(`queued ${syncs} tracker issue read(s)`);
    },
  };
}
