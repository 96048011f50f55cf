import { readChangeCategory } from '@aftermath/analysis';
import { visibility, type ChangeFeedItem, type Principal } from '@aftermath/domain';
import { authorize, incidentReadScope } from '../authorization';
import type { Context } from '../context';
import type {
  ChangeFeedQuery,
  ChangeWindowQuery,
  TimelineEntryWithIncident,
} from './changes.ports';
import { readUnroutedChanges } from './unrouted-changes';

/** How far back the feed looks when no `from` is given. */
export const defaultWindowDays = 7;

/** The change feed: newest first, at most `limit`, and whether more matched than were kept. */
export interface ChangeFeed {
  items: ChangeFeedItem[];
  truncated: boolean;
}

/**
 * Deploys, config changes, feature-flag flips and migrations in `[from, to)`, newest first: the
 * `deploy`/`change` entries of every incident the principal may read, and the changes in webhook
 * deliveries no incident took (see {@link readUnroutedChanges}).
 *
 * @example
 * const feed = await listChanges(ctx, principal, { from, to, service: 'checkout-api', limit: 50 });
 * feed.items[0]?.category; // 'deploy'
 */
export async function listChanges(
  ctx: Context,
  principal: Principal,
  asked: ChangeFeedQuery,
): Promise<ChangeFeed> {
  authorize(principal, 'incident.read');
  const to = asked.to ?? ctx.clock().toISOString();
  const from =
    asked.from ?? new Date(Date.parse(to) - defaultWindowDays * 86_400_000).toISOString();
  const query: ChangeWindowQuery = { ...asked, from, to };
  // authorize above let the principal read: which restricted incidents is the scope's to say.
  const readable = [...visibility.options];
  const readScope = incidentReadScope(principal);
  const [entries, unrouted] = await Promise.all([
    ctx.store.timeline.listChanges({
      ...query,
      visibility: readable,
      readScope,
      limit: query.limit + 1,
    }),
    readUnroutedChanges(ctx, query),
  ]);
  const merged = [...entries.map(toFeedItem), ...unrouted].sort(
    (a, b) => b.at.localeCompare(a.at) || (b.entryId ?? '').localeCompare(a.entryId ?? ''),
  );
  return { items: merged.slice(0, query.limit), truncated: merged.length > query.limit };
}

function toFeedItem({ entry, incidentTitle, incidentStatus }: TimelineEntryWithIncident) {
  return {
    at: entry.at,
    category: readChangeCategory(entry),
    kind: entry.kind === 'deploy' ? ('deploy' as const) : ('change' as const),
    title: entry.title,
    service: entry.service,
    source: entry.source,
    origin: 'timeline' as const,
    entryId: entry.id,
    deliveryId: null,
    incident: { key: entry.incidentKey, title: incidentTitle, status: incidentStatus },
  };
}
