import { z } from 'zod';
import { incidentKey, incidentStatus, incidentType } from './incident';
import { severity } from './severity';
import { calendarDate } from './time';

/** The facets a search can filter on and count, in the order the UI shows them. */
export const searchFacetNames = [
  'service',
  'team',
  'severity',
  'type',
  'status',
  'trigger',
  'rootCause',
  'tag',
] as const;
export const searchFacetName = z.enum(searchFacetNames);
export type SearchFacetName = z.infer<typeof searchFacetName>;

const facetValues = z.array(z.string().trim().min(1).max(100)).max(50);

/**
 * A full-text search over incidents, their postmortems, timelines and actions. `q` is plain
 * words (every word must match; the last one also as a prefix); an empty `q` lists by date.
 * Facet filters are ANDed across facets and ORed within one. Dates bound the impact start
 * (or the creation time when no impact start is known), inclusive, in UTC.
 *
 * @example
 * searchQuery.parse({ q: 'database failover', facets: { severity: ['SEV1'] } });
 */
export const searchQuery = z.object({
  q: z.string().trim().max(200).default(''),
  facets: z
    .object({
      service: facetValues,
      team: facetValues,
      severity: z.array(severity).max(4),
      type: z.array(incidentType).max(6),
      status: z.array(incidentStatus).max(4),
      trigger: facetValues,
      rootCause: facetValues,
      tag: facetValues,
    })
    .partial()
    .default({}),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  sort: z.enum(['relevance', 'date']).default('relevance'),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).max(10_000).default(0),
});
export type SearchQueryInput = z.input<typeof searchQuery>;
export type SearchQuery = z.output<typeof searchQuery>;

/** A piece of a snippet: matched words are marked, so a client highlights without parsing HTML. */
export const snippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPart>;

/** One matching incident: where it matched, a highlighted snippet and what it is. */
export const searchHit = z.object({
  key: incidentKey,
  title: z.string(),
  severity,
  status: incidentStatus,
  type: incidentType,
  services: z.array(z.string()),
  startedAt: z.string(),
  /** Higher is better; comparable only within one answer. Null when sorted by date without words. */
  score: z.number().nullable(),
  /** Which parts matched: title, summary, postmortem, timeline, actions. */
  matchedIn: z.array(z.enum(['title', 'summary', 'postmortem', 'timeline', 'actions'])),
  snippet: z.array(snippetPart),
});
export type SearchHit = z.infer<typeof searchHit>;

/** A facet value and how many matching incidents carry it. */
export const facetCount = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCount>;

/**
 * A page of hits, the total and the facet counts over every match (not only this page). Counts
 * are disjunctive: a facet with selected values is counted with only its own selection lifted,
 * so its other values show how many they would add.
 */
export const searchResult = z.object({
  items: z.array(searchHit),
  total: z.number().int(),
  facets: z.record(searchFacetName, z.array(facetCount)),
  /**
   * False when the counts are estimates: on SQLite, past 1,000 matching incidents they are
   * counted over a sample of about 1,000 spread over the index and scaled to the total
   * (rounded, at least 1).
   */
  facetsExact: z.boolean(),
});
export type SearchResult = z.infer<typeof searchResult>;
