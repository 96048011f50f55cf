import type { Insertable } from 'kysely';
import type { Executor, SearchDocumentTable, SearchFacetValueTable } from '../../database';
import { readDocumentSources, type DocumentSources } from './search-document-sources';

/** Characters kept per text field, so a log flood stays cheap to index. */
const fieldCharLimit = 200_000;

type DocumentRow = Insertable<SearchDocumentTable>;
type FacetRow = Insertable<SearchFacetValueTable>;

/** The snippet marker characters (U+0002, U+0003), which indexed text must not contain. */
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
const markerCharacters = /[\u0002\u0003]/g;

/** Joins text parts, drops the snippet marker characters and bounds the length. */
function bounded(parts: readonly string[]): string {
  const text = parts
    .filter((part) => part.trim() !== '')
    .join('\n')
    .replace(markerCharacters, ' ');
  return text.length <= fieldCharLimit ? text : text.slice(0, fieldCharLimit);
}

/** Trigger and root-cause codes from the postmortem's RCA JSON (absent or malformed: none). */
function rcaCodes(rca: string | null | undefined): { trigger: string[]; rootCause: string[] } {
  if (rca === null || rca === undefined || rca === '') return { trigger: [], rootCause: [] };
  try {
    const parsed = JSON.parse(rca) as { trigger?: unknown; rootCauses?: unknown };
    const trigger = typeof parsed.trigger === 'string' ? [parsed.trigger] : [];
    const rootCause = Array.isArray(parsed.rootCauses)
      ? parsed.rootCauses.filter((code): code is string => typeof code === 'string')
      : [];
    return { trigger, rootCause };
  } catch {
    return { trigger: [], rootCause: [] };
  }
}

/** A search document and its facet values (the latter stored only on PostgreSQL). */
export interface BuiltDocument {
  document: DocumentRow;
  facets: FacetRow[];
}

/** The search document of one incident from what `readDocumentSources` read. */
export function buildSearchDocument(sources: DocumentSources): BuiltDocument {
  const { incident, services, tags, sections, actions } = sources;
  const key = incident.key;
  const summary = sections.find((section) => section.name === 'summary')?.body ?? '';
  const codes = rcaCodes(sources.rca);
  const facetValues: [string, readonly (string | null)[]][] = [
    ['service', services.map((row) => row.service)],
    ['team', services.map((row) => row.team)],
    ['severity', [incident.severity]],
    ['type', [incident.type]],
    ['status', [incident.status]],
    ['trigger', codes.trigger],
    ['rootCause', codes.rootCause],
    ['tag', tags],
  ];
  const facets = facetValues.flatMap(([facet, values]) =>
    [...new Set(values.filter((value): value is string => value !== null))].map((value) => ({
      incident_key: key,
      facet,
      value,
    })),
  );
  return {
    document: {
      incident_key: key,
      title: bounded([incident.title]),
      summary: bounded([summary, incident.impact_description]),
      postmortem: bounded([
        ...sections.filter((section) => section.name !== 'summary').map((section) => section.body),
        ...codes.trigger,
        ...codes.rootCause,
      ]),
      timeline: bounded(sources.timeline),
      actions: bounded(actions),
      severity: incident.severity,
      status: incident.status,
      type: incident.type,
      visibility: incident.visibility,
      services: JSON.stringify(services.map((row) => row.service)),
      started_at: incident.impact_started_at ?? incident.created_at,
    },
    facets,
  };
}

/**
 * The search documents of several incidents, read with a query per table for the whole batch;
 * incidents that no longer exist have none.
 */
export async function buildSearchDocuments(
  db: Executor,
  keys: readonly string[],
): Promise<BuiltDocument[]> {
  const sources = await readDocumentSources(db, keys);
  return [...sources.values()].map(buildSearchDocument);
}
