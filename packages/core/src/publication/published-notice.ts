import { renderExecutiveSummary, summarizeForExecutives } from '@aftermath/analysis';
import type { IncidentKey, NotificationEventInput, Principal } from '@aftermath/domain';
import type { Context } from '../context';
import { buildPublicDocument } from './build-public-document';

/**
 * The `published` notification for stakeholders: the public (redacted) title and the executive
 * summary (impact, cause, what we are doing). A restricted incident's notice is not built here:
 * like every event about a restricted incident, it leaves with only its key and event, which
 * `withholdRestricted` writes when the notice is queued.
 */
export async function buildPublishedNotice(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<NotificationEventInput> {
  const incident = await ctx.store.incidents.get(key);
  if (incident === null || incident.visibility !== 'normal') {
    return { kind: 'published', title: `${key} postmortem published`, body: '', incidentKey: key };
  }
  const { document } = await buildPublicDocument(ctx, principal, key);
  return {
    kind: 'published',
    title: `Postmortem published: ${key} ${document.title}`.slice(0, 300),
    body: renderExecutiveSummary(summarizeForExecutives(document)),
    incidentKey: key,
    facts: { Severity: document.severity, Services: document.services.join(', ') || '—' },
  };
}
