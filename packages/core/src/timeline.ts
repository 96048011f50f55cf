import {
  notFound,
  type CreateTimelineEntry,
  type IncidentKey,
  type Principal,
  type TimelineEntry,
  type UpdateTimelineEntry,
} from '@aftermath/domain';
import { authorize } from './authorization';
import type { Context } from './context';
import type { Repositories } from './ports';
import { getIncident, staleVersion, withoutUndefined } from './incidents';

/** The incident's timeline entries in time order. */
export async function listTimeline(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<TimelineEntry[]> {
  await getIncident(ctx, principal, key);
  return ctx.store.timeline.listByIncident(key);
}

/** Adds an entry to an incident's timeline. */
export async function addTimelineEntry(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  input: CreateTimelineEntry,
): Promise<TimelineEntry> {
  return ctx.store.transaction(async (tx) => {
    const incident = await getIncident(ctx, principal, key, tx);
    authorize(principal, 'timeline.write', incident);
    const entry: TimelineEntry = {
      id: ctx.newId(),
      incidentKey: key,
      ...input,
      author: input.author ?? principal.username,
      createdAt: ctx.clock().toISOString(),
      version: 1,
    };
    await tx.timeline.insert(entry);
    return entry;
  });
}

async function getEntry(
  ctx: Context,
  tx: Repositories,
  principal: Principal,
  key: IncidentKey,
  id: string,
): Promise<TimelineEntry> {
  const incident = await getIncident(ctx, principal, key, tx);
  const entry = await tx.timeline.get(id);
  if (!entry || entry.incidentKey !== key) throw notFound('timeline entry', `${key}/${id}`);
  authorize(principal, 'timeline.write', incident);
  return entry;
}

/** Edits an entry when `expectedVersion` is current. */
export async function updateTimelineEntry(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  id: string,
  expectedVersion: number,
  patch: UpdateTimelineEntry,
): Promise<TimelineEntry> {
  return ctx.store.transaction(async (tx) => {
    const current = await getEntry(ctx, tx, principal, key, id);
    if (current.version !== expectedVersion)
      throw staleVersion('timeline entry', id, current.version);
    const next: TimelineEntry = {
      ...current,
      ...withoutUndefined(patch),
      version: current.version + 1,
    };
    await tx.timeline.update(next, expectedVersion);
    return next;
  });
}

/** Removes an entry when `expectedVersion` is current. */
export async function deleteTimelineEntry(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  id: string,
  expectedVersion: number,
): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const current = await getEntry(ctx, tx, principal, key, id);
    if (current.version !== expectedVersion)
      throw staleVersion('timeline entry', id, current.version);
    await tx.timeline.delete(id, expectedVersion);
  });
}
