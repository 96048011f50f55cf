import {
  incidentStatus,
  incidentType,
  searchQuery,
  searchResult,
  severity,
  type SearchQueryInput,
} from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { csvOf } from '../schemas';

const words = z.string().trim().min(1).max(100);

/**
 * Query of `GET /api/v1/search`: `q` plus facet filters as comma-separated lists
 * (`?q=failover&severity=SEV1,SEV2&service=payments`), dates as `YYYY-MM-DD`.
 */
export const searchParams = z.object({
  q: z.string().trim().max(200).optional(),
  service: csvOf(words).optional(),
  team: csvOf(words).optional(),
  severity: csvOf(severity).optional(),
  type: csvOf(incidentType).optional(),
  status: csvOf(incidentStatus).optional(),
  trigger: csvOf(words).optional(),
  rootCause: csvOf(words).optional(),
  tag: csvOf(words).optional(),
  from: searchQuery.shape.from,
  to: searchQuery.shape.to,
  sort: z.enum(['relevance', 'date']).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  offset: z.coerce.number().int().min(0).max(10_000).optional(),
});
export type SearchParams = z.output<typeof searchParams>;

/** The search use case's input from the query string. */
export function searchInputFromParams(params: SearchParams): SearchQueryInput {
  const { q, from, to, sort, limit, offset, ...facets } = params;
  return { q, from, to, sort, limit, offset, facets };
}

/** Full-text search across incidents, postmortems, timelines and actions. */
export const searchRoutes = {
  search: defineRoute({
    method: 'GET',
    path: '/api/v1/search',
    summary:
      'Search incidents, postmortems, timelines and actions: ranked hits with highlighted snippets, facet counts over every match, filters by facet and date',
    tag: 'search',
    query: searchParams,
    response: searchResult,
  }),
} as const;
