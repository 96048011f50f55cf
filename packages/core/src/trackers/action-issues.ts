import {
  DomainError,
  type ActionIssueLink,
  type IncidentKey,
  type Principal,
} from '@aftermath/domain';
import { getAction, listActions } from '../actions';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import { chooseTracker } from './choose-team';
import { openTrackerAccess, trackerNames } from './tracker-configs';
import { TrackerError } from './tracker-error';
import { enqueueIssueCreation, toLink } from './tracker-jobs';
import type { TrackerDeps } from './tracker.ports';

async function getWritableAction(ctx: Context, principal: Principal, actionId: string) {
  const action = await getAction(ctx, principal, actionId);
  const incident = await getIncident(ctx, principal, action.incidentKey);
  authorize(principal, 'action.write', incident);
  return action;
}

async function assertUnlinked(ctx: Context, actionId: string): Promise<void> {
  const link = await ctx.store.trackerLinks.get(actionId);
  if (link !== null) {
    throw new DomainError('conflict', `Action ${actionId} is already linked to ${link.ref}`);
  }
}

/**
 * Queues the creation of an issue for an action in its team's tracker (or `team`'s). The answer
 * is the delivery id; the link appears when the job has run. `conflict` when the action already
 * has an issue; `validation` on `team` when no tracker applies.
 */
export async function requestActionIssue(
  ctx: Context,
  principal: Principal,
  actionId: string,
  input: { team?: string | undefined },
): Promise<{ deliveryId: string; team: string }> {
  const action = await getWritableAction(ctx, principal, actionId);
  await assertUnlinked(ctx, actionId);
  const config = await chooseTracker(ctx, action, input.team);
  const deliveryId = await enqueueIssueCreation(ctx, {
    actionId,
    team: config.team,
    title: action.title,
  });
  return { deliveryId, team: config.team };
}

function explainReadFailure(error: unknown, tracker: string, ref: string): unknown {
  if (!(error instanceof TrackerError)) return error;
  if (error.status === 404) return new DomainError('not_found', `${tracker} has no issue ${ref}`);
  const message = `${tracker} refused to read ${ref}: ${error.message}`;
  return new DomainError('validation', `ref: ${message}`, [{ path: 'ref', message }]);
}

/**
 * Links an existing issue to an action: reads it from the tracker now (so a wrong reference is
 * refused at once, `not_found` naming it) and records its state.
 */
export async function linkActionIssue(
  ctx: Context,
  principal: Principal,
  deps: TrackerDeps,
  actionId: string,
  input: { ref: string; team?: string | undefined },
): Promise<ActionIssueLink> {
  const action = await getWritableAction(ctx, principal, actionId);
  await assertUnlinked(ctx, actionId);
  const config = await chooseTracker(ctx, action, input.team);
  const ref = input.ref.trim();
  const issue = await deps.client
    .readIssue(openTrackerAccess(deps.secrets, config), ref)
    .catch((error: unknown) => {
      throw explainReadFailure(error, trackerNames[config.kind], ref);
    });
  const base = { actionId, team: config.team, kind: config.kind };
  const link = toLink(base, issue, ctx.clock().toISOString(), null);
  await ctx.store.trackerLinks.upsert(link);
  return link;
}

/** Removes an action's issue link (the issue itself stays in the tracker). */
export async function unlinkActionIssue(
  ctx: Context,
  principal: Principal,
  actionId: string,
): Promise<void> {
  await getWritableAction(ctx, principal, actionId);
  if (!(await ctx.store.trackerLinks.remove(actionId))) {
    throw new DomainError('not_found', `Action ${actionId} has no linked issue`);
  }
}

/** The linked issues of an incident's actions, in action order. */
export async function listIncidentActionIssues(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<ActionIssueLink[]> {
  const actions = await listActions(ctx, principal, key);
  const links = await ctx.store.trackerLinks.listByActions(actions.map((a) => a.id));
  const order = new Map(actions.map((a, index) => [a.id, index]));
  return links.sort((a, b) => (order.get(a.actionId) ?? 0) - (order.get(b.actionId) ?? 0));
}
