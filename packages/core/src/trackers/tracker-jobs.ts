import type { ActionIssueLink } from '@aftermath/domain';
import type { Context } from '../context';
import { enqueueJob } from '../jobs/enqueue-job';
import type { Job } from '../jobs/job.ports';
import { JobError } from '../jobs/job-error';
import { renderActionIssue } from './render-issue';
import { openTrackerAccess, readTeamTracker, type StoredTrackerConfig } from './tracker-configs';
import type { RemoteIssue, TrackerAccess, TrackerDeps } from './tracker.ports';

/** Files the issue of one action. */
export const trackerCreateKind = 'tracker.create';
/** Reads one linked issue's state back. */
export const trackerSyncKind = 'tracker.sync';
/** Attempts per tracker call: doubling back-off from 2 s spans about half an hour. */
export const trackerMaxAttempts = 10;

/** What a tracker job carries: the action, and for a creation the team whose tracker files it. */
export interface TrackerJobPayload {
  actionId: string;
  team: string;
  /** The action's title when queued, for the delivery log. */
  title: string;
}

/** Queues the creation of an action's issue; one pending creation per action. */
export async function enqueueIssueCreation(
  ctx: Context,
  payload: TrackerJobPayload,
): Promise<string> {
  const job = await enqueueJob(ctx, {
    kind: trackerCreateKind,
    payload,
    maxAttempts: trackerMaxAttempts,
    dedupeKey: `${trackerCreateKind}:${payload.actionId}`,
  });
  return job.id;
}

/** Queues a read of an action's linked issue; one pending read per action. */
export async function enqueueIssueSync(ctx: Context, link: ActionIssueLink): Promise<string> {
  const payload: TrackerJobPayload = { actionId: link.actionId, team: link.team, title: link.ref };
  const job = await enqueueJob(ctx, {
    kind: trackerSyncKind,
    payload,
    maxAttempts: trackerMaxAttempts,
    dedupeKey: `${trackerSyncKind}:${link.actionId}`,
  });
  return job.id;
}

/** The link an issue answer becomes, keeping when it was first made. */
export function toLink(
  base: { actionId: string; team: string; kind: ActionIssueLink['kind'] },
  issue: RemoteIssue,
  now: string,
  previous: ActionIssueLink | null,
): ActionIssueLink {
  return {
    ...base,
    ...issue,
    syncedAt: now,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
}

/** The team's access for a job; a token that cannot be decrypted will not decrypt on retry. */
function openAccess(deps: TrackerDeps, config: StoredTrackerConfig): TrackerAccess {
  try {
    return openTrackerAccess(deps.secrets, config);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JobError(`team ${config.team}'s tracker token: ${reason}`, {
      retryable: false,
      cause: error,
    });
  }
}

/**
 * Runs a `tracker.create` job: files the action's issue with its team's tracker and links it.
 * Nothing is filed when the action already has an issue (a retried or repeated request), and the
 * job fails for good when the action or the team's tracker is gone.
 */
export async function runIssueCreation(ctx: Context, deps: TrackerDeps, job: Job): Promise<void> {
  const payload = job.payload as TrackerJobPayload;
  if ((await ctx.store.trackerLinks.get(payload.actionId)) !== null) return;
  const action = await ctx.store.actions.get(payload.actionId);
  if (action === null) {
    throw new JobError(`action ${payload.actionId} no longer exists`, { retryable: false });
  }
  const config = await readTeamTracker(ctx, payload.team).catch((error: unknown) => {
    throw new JobError(`team ${payload.team} has no issue tracker any more`, {
      retryable: false,
      cause: error,
    });
  });
  const issue = await deps.client.createIssue(
    openAccess(deps, config),
    await renderActionIssue(ctx, action),
  );
  const now = ctx.clock().toISOString();
  const base = { actionId: action.id, team: config.team, kind: config.kind };
  await ctx.store.trackerLinks.upsert(toLink(base, issue, now, null));
}

/** Runs a `tracker.sync` job: reads the linked issue and records its state. */
export async function runIssueSync(ctx: Context, deps: TrackerDeps, job: Job): Promise<void> {
  const payload = job.payload as TrackerJobPayload;
  const link = await ctx.store.trackerLinks.get(payload.actionId);
  if (link === null) return;
  const config = await readTeamTracker(ctx, link.team).catch((error: unknown) => {
    throw new JobError(`team ${link.team} has no issue tracker any more`, {
      retryable: false,
      cause: error,
    });
  });
  const issue = await deps.client.readIssue(openAccess(deps, config), link.remoteId);
  await ctx.store.trackerLinks.upsert(toLink(link, issue, ctx.clock().toISOString(), link));
}
