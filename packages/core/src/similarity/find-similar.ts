import {
  buildSimilarityIndex,
  rankSimilar,
  type SimilarityDocument,
  type SimilarityReason,
  type SimilarityQuery,
} from '@aftermath/analysis';
import type { ActionItem, Incident, IncidentKey, Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';
import { toSimilarityDocument } from './similarity-document';

/** What to compare against: an incident (by key) or free text. */
export type SimilarTo = { key: IncidentKey } | { text: string };

/** A similar past incident, with what a responder needs to act on it. */
export interface SimilarIncident {
  key: IncidentKey;
  score: number;
  reasons: SimilarityReason[];
  title: string;
  status: Incident['status'];
  recurrenceOf: IncidentKey | null;
  /** Its action items that are not done, verified or dropped: "its action X is still open". */
  openActions: Pick<ActionItem, 'id' | 'title' | 'status' | 'owner' | 'dueDate'>[];
}

const PAGE = 500;
const openStatuses = new Set<ActionItem['status']>(['open', 'in_progress']);

/**
 * The incidents most similar to an incident or a text, best first, never the incident itself.
 * The index is built on demand from every incident the principal may read: one read of each
 * incident's postmortem and timeline per call. That is fine for a few thousand incidents; past
 * that it wants an index kept up to date on writes (or the database's full-text search).
 */
export async function findSimilarIncidents(
  ctx: Context,
  principal: Principal,
  to: SimilarTo,
  limit = 5,
): Promise<SimilarIncident[]> {
  authorize(principal, 'incident.read');
  const documents = await readSimilarityDocuments(ctx.store, principal);
  const query = 'key' in to ? await queryOf(ctx, principal, to.key) : textQuery(to.text);
  const ranked = rankSimilar(buildSimilarityIndex(documents.map((d) => d.document)), query, {
    limit,
  });
  const byKey = new Map(documents.map((d) => [d.incident.key, d.incident]));
  return Promise.all(
    ranked.map(async (match) => {
      const incident = byKey.get(match.key);
      if (!incident) throw new Error(`ranked ${match.key} is not indexed`);
      const actions = await ctx.store.actions.listByIncident(incident.key);
      return {
        key: incident.key,
        score: match.score,
        reasons: match.reasons,
        title: incident.title,
        status: incident.status,
        recurrenceOf: incident.recurrenceOf,
        openActions: actions
          .filter((action) => openStatuses.has(action.status))
          .map(({ id, title, status, owner, dueDate }) => ({ id, title, status, owner, dueDate })),
      };
    }),
  );
}

function textQuery(text: string): SimilarityQuery {
  return { fields: { summary: text } };
}

async function queryOf(ctx: Context, principal: Principal, key: IncidentKey) {
  const incident = await getIncident(ctx, principal, key);
  const [postmortem, timeline] = await Promise.all([
    ctx.store.postmortems.get(key),
    ctx.store.timeline.listByIncident(key),
  ]);
  const document = toSimilarityDocument(incident, postmortem, timeline);
  return { ...document, key } satisfies SimilarityQuery;
}

async function readSimilarityDocuments(
  repos: Repositories,
  principal: Principal,
): Promise<{ incident: Incident; document: SimilarityDocument }[]> {
  const out: { incident: Incident; document: SimilarityDocument }[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await repos.incidents.list({ limit: PAGE, offset });
    for (const incident of page.items.filter((i) => mayRead(principal, i))) {
      const [postmortem, timeline] = await Promise.all([
        repos.postmortems.get(incident.key),
        repos.timeline.listByIncident(incident.key),
      ]);
      out.push({ incident, document: toSimilarityDocument(incident, postmortem, timeline) });
    }
    if (page.items.length < PAGE) return out;
  }
}

function mayRead(principal: Principal, incident: Incident): boolean {
  try {
    authorize(principal, 'incident.read', incident);
    return true;
  } catch {
    return false;
  }
}
