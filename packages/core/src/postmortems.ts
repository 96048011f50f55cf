import {
  createEmptyRca,
  emptySections,
  notFound,
  postmortemLifecycle,
  startingSections,
  type IncidentKey,
  type Postmortem,
  type PostmortemTransition,
  type Principal,
  type SavePostmortem,
} from '@aftermath/domain';
import { authorize } from './authorization';
import type { Context } from './context';
import { getIncident, staleVersion, withoutUndefined } from './incidents';
import { recordPostmortemPublished } from './metrics/publish-times';
import { assertPostmortemGate, readGateSlo } from './policy';
import { assertRcaReferences, loadRcaReferences } from './rca';
import { actingUsernameOrNull } from './review/acting-user';
import { assertApproved } from './review/review-state';
import { recordRevision } from './review/revisions';
import { enqueueNotification } from './notifications';
import { buildPublishedNotice } from './publication/published-notice';
import { readPostmortemTemplates } from './postmortem-templates';
import { assertNotCovered } from './joint-postmortems/covered';

/** The incident's postmortem, or `not_found` when none was started. */
export async function getPostmortem(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<Postmortem> {
  await getIncident(ctx, principal, key);
  const postmortem = await ctx.store.postmortems.get(key);
  if (!postmortem) throw notFound('postmortem for', key);
  return postmortem;
}

/**
 * Creates the postmortem (when `expectedVersion` is null and none exists) or updates it (when
 * `expectedVersion` matches). Only the given sections change. Every save appends a revision to
 * the history (who, when, the content), which also makes earlier review verdicts stale.
 */
export async function savePostmortem(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  expectedVersion: number | null,
  input: SavePostmortem,
): Promise<Postmortem> {
  const author = actingUsernameOrNull(principal, input.author);
  return ctx.store.transaction(async (tx) => {
    const incident = await getIncident(ctx, principal, key, tx);
    authorize(principal, 'postmortem.write', incident);
    await assertNotCovered(tx, key);
    const current = await tx.postmortems.get(key);
    if (input.rca) assertRcaReferences(input.rca, await loadRcaReferences(tx, key));
    const now = ctx.clock().toISOString();
    if (!current) {
      if (expectedVersion !== null) throw notFound('postmortem for', key);
      // A new postmortem starts from the template of its incident's type (or the one asked for).
      const start = startingSections(
        await readPostmortemTemplates(tx),
        incident.type,
        input.template,
      );
      const created: Postmortem = {
        incidentKey: key,
        owner: input.owner ?? principal.username,
        status: 'draft',
        template: start.template,
        sections: {
          ...emptySections,
          ...start.sections,
          ...withoutUndefined(input.sections ?? {}),
        },
        rca: input.rca ?? createEmptyRca(),
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      await tx.postmortems.insert(created);
      await recordRevision(tx, created, author);
      return created;
    }
    if (expectedVersion === null) {
      throw staleVersion('postmortem for', key, current.version);
    }
    if (current.version !== expectedVersion)
      throw staleVersion('postmortem for', key, current.version);
    const next: Postmortem = {
      ...current,
      owner: input.owner !== undefined ? input.owner : current.owner,
      template: input.template ?? current.template,
      sections: { ...current.sections, ...withoutUndefined(input.sections ?? {}) },
      rca: input.rca ?? current.rca,
      updatedAt: now,
      version: current.version + 1,
    };
    await tx.postmortems.update(next, expectedVersion);
    await recordRevision(tx, next, author);
    return next;
  });
}

/** Moves a postmortem through its lifecycle (`draft → in_review → approved → published → closed`). */
export async function transitionPostmortem(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  expectedVersion: number | null,
  transition: PostmortemTransition,
): Promise<Postmortem> {
  const gateSlo = await readGateSlo(ctx, principal, key, transition.to);
  // Built before the transaction (publishing changes no text); queued only if the move commits.
  const notice =
    transition.to === 'published' ? await buildPublishedNotice(ctx, principal, key) : null;
  return ctx.store.transaction(async (tx) => {
    const incident = await getIncident(ctx, principal, key, tx);
    authorize(principal, 'postmortem.transition', incident);
    const current = await tx.postmortems.get(key);
    if (!current) throw notFound('postmortem for', key);
    if (expectedVersion !== null && current.version !== expectedVersion) {
      throw staleVersion('postmortem for', key, current.version);
    }
    postmortemLifecycle.assertTransition(current.status, transition.to);
    await assertPostmortemGate(tx, incident, current, transition.to, gateSlo);
    if (transition.to === 'approved') await assertApproved(tx, incident, current);
    const next: Postmortem = {
      ...current,
      status: transition.to,
      updatedAt: ctx.clock().toISOString(),
      version: current.version + 1,
    };
    await tx.postmortems.update(next, current.version);
    if (next.status === 'published') await recordPostmortemPublished(tx, key, next.updatedAt);
    if (notice !== null) await enqueueNotification(ctx, notice);
    return next;
  });
}
