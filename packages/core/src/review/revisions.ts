import { changedParts, diffRevisions, type PartDiff } from '@aftermath/analysis';
import {
  DomainError,
  notFound,
  type IncidentKey,
  type Postmortem,
  type PostmortemRevision,
  type PostmortemRevisionSummary,
  type Principal,
} from '@aftermath/domain';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';

/** Appends the postmortem's content as saved now; called inside the save's transaction. */
export async function recordRevision(
  repos: Pick<Repositories, 'revisions'>,
  postmortem: Postmortem,
  author: string | null,
): Promise<void> {
  const { incidentKey, version, owner, template, sections, rca } = postmortem;
  await repos.revisions.append({
    incidentKey,
    version,
    author,
    savedAt: postmortem.updatedAt,
    owner,
    template,
    sections,
    rca,
  });
}

/** Every saved version of the postmortem, newest first, with who saved which parts when. */
export async function listRevisions(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<PostmortemRevisionSummary[]> {
  await getIncident(ctx, principal, key);
  const revisions = await ctx.store.revisions.list(key);
  return revisions
    .map((revision, index) => ({
      version: revision.version,
      author: revision.author,
      savedAt: revision.savedAt,
      changed: changedParts(revisions[index - 1] ?? null, revision),
    }))
    .reverse();
}

/** One saved version of the postmortem, whole. */
export async function getRevision(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  version: number,
): Promise<PostmortemRevision> {
  await getIncident(ctx, principal, key);
  const revision = await ctx.store.revisions.get(key, version);
  if (revision === null) throw notFound(`version ${version} of the postmortem for`, key);
  return revision;
}

/** The line diff, part by part, between two saved versions (either order). */
export interface RevisionDiff {
  incidentKey: IncidentKey;
  from: number;
  to: number;
  parts: PartDiff[];
}

/** Diffs two saved versions of the postmortem; a version that was never saved is `not_found`. */
export async function diffPostmortemRevisions(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  from: number,
  to: number,
): Promise<RevisionDiff> {
  if (from === to) {
    throw new DomainError('validation', 'Pick two different versions to compare', [
      { path: 'to', message: `same as from (${from})` },
    ]);
  }
  const before = await getRevision(ctx, principal, key, from);
  const after = await getRevision(ctx, principal, key, to);
  return { incidentKey: key, from, to, parts: diffRevisions(before, after) };
}
