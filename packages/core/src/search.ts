import {
  parseOrThrow,
  searchQuery,
  type Principal,
  type SearchQueryInput,
  type SearchResult,
} from '@aftermath/domain';
import { authorize, incidentReadScope } from './authorization';
import type { Context } from './context';

/**
 * Searches incidents, their postmortems, timelines and actions; restricted incidents appear only
 * to principals who may read them (workspace admins, the people they name, their teams' members),
 * and facet counts count only those. The index is brought up to date first, so an answer always
 * reflects every write that finished before it.
 *
 * @example
 * const { items, facets } = await searchIncidents(ctx, principal, { q: 'failover', facets: { severity: ['SEV1'] } });
 */
export async function searchIncidents(
  ctx: Context,
  principal: Principal,
  input: SearchQueryInput,
): Promise<SearchResult> {
  authorize(principal, 'incident.read');
  const query = parseOrThrow(searchQuery, input);
  await ctx.store.search.refresh();
  return ctx.store.search.search(query, incidentReadScope(principal));
}
