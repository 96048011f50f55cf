import {
  summarizeForExecutives,
  type PublicListingEntry,
  type PublicVersion,
} from '@aftermath/analysis';
import { systemPrincipal, type Incident, type IncidentKey } from '@aftermath/domain';
import type { Context } from '../context';
import { readPublishTimes } from '../metrics';
import { buildPublicDocument } from './build-public-document';

const PAGE = 500;

/** Postmortem statuses whose public version is out: published, and closed after publishing. */
const PUBLIC_STATUSES = new Set(['published', 'closed']);

/**
 * Whether anyone on the internet may read this incident's public version: its postmortem is
 * published (or closed after that) and the incident is not restricted. Restricted incidents
 * never reach the public pages, whatever their postmortem's status.
 */
async function publicUpdatedAt(ctx: Context, incident: Incident): Promise<string | null> {
  if (incident.visibility !== 'normal') return null;
  const postmortem = await ctx.store.postmortems.get(incident.key);
  return postmortem !== null && PUBLIC_STATUSES.has(postmortem.status)
    ? postmortem.updatedAt
    : null;
}

/**
 * The public version of one incident's postmortem for the unauthenticated `/public/` pages, or
 * null (never an error that tells whether the incident exists) when it is not published or the
 * incident is restricted.
 */
export async function readPublishedPostmortem(
  ctx: Context,
  key: IncidentKey,
): Promise<PublicVersion | null> {
  const incident = await ctx.store.incidents.get(key);
  if (incident === null || (await publicUpdatedAt(ctx, incident)) === null) return null;
  return buildPublicDocument(ctx, systemPrincipal, key);
}

/**
 * Every published postmortem of a non-restricted incident, first published newest first, with
 * its redacted title and executive summary: the public index and the Atom feed.
 */
export async function listPublishedPostmortems(ctx: Context): Promise<PublicListingEntry[]> {
  const publishTimes = await readPublishTimes(ctx.store);
  const entries: PublicListingEntry[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await ctx.store.incidents.list({ limit: PAGE, offset });
    for (const incident of page.items) {
      const updatedAt = await publicUpdatedAt(ctx, incident);
      if (updatedAt === null) continue;
      const { document } = await buildPublicDocument(ctx, systemPrincipal, incident.key);
      entries.push({
        key: incident.key,
        title: document.title,
        severity: document.severity,
        publishedAt: publishTimes.get(incident.key) ?? updatedAt,
        updatedAt,
        summary: summarizeForExecutives(document),
      });
    }
    if (offset + PAGE >= page.total) break;
  }
  return entries.sort(
    (a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.key.localeCompare(b.key),
  );
}
