import type { Insertable } from 'kysely';
import type { Executor, SearchDocumentTable, SearchFacetValueTable } from '../../database';

/** Timeline text kept per incident: enough to find it, bounded so a log flood stays cheap. */
const timelineEntryLimit = 2000;
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

async function readTimeline(db: Executor, key: string): Promise<string> {
  const entries = await db
    .selectFrom('timeline_entries')
    .select(['title', 'body'])
    .where('incident_key', '=', key)
    .orderBy('at')
    .orderBy('id')
    .limit(timelineEntryLimit)
    .execute();
  return bounded(entries.flatMap((entry) => [entry.title, entry.body]));
}

/**
 * Reads everything one incident's search document is made of and returns the document and its
 * facet values; null when the incident no longer exists.
 */
export async function buildSearchDocument(
  db: Executor,
  key: string,
): Promise<{ document: DocumentRow; facets: FacetRow[] } | null> {
  const incident = await db
    .selectFrom('incidents')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirst();
  if (incident === undefined) return null;
  const [services, tags, postmortem, sections, actions, timeline] = await Promise.all([
    db
      .selectFrom('incident_services')
      .leftJoin('services', 'services.name', 'incident_services.service')
      .select(['incident_services.service', 'services.team'])
      .where('incident_key', '=', key)
      .orderBy('position')
      .execute(),
    db.selectFrom('incident_tags').select('tag').where('incident_key', '=', key).execute(),
    db.selectFrom('postmortems').select('rca').where('incident_key', '=', key).executeTakeFirst(),
    db
      .selectFrom('postmortem_sections')
      .select(['name', 'body'])
      .where('incident_key', '=', key)
      .execute(),
    db.selectFrom('action_items').select(['title']).where('incident_key', '=', key).execute(),
    readTimeline(db, key),
  ]);
  const summary = sections.find((section) => section.name === 'summary')?.body ?? '';
  const codes = rcaCodes(postmortem?.rca);
  const facetValues: [string, readonly (string | null)[]][] = [
    ['service', services.map((row) => row.service)],
    ['team', services.map((row) => row.team)],
    ['severity', [incident.severity]],
    ['type', [incident.type]],
    ['status', [incident.status]],
    ['trigger', codes.trigger],
    ['rootCause', codes.rootCause],
    ['tag', tags.map((row) => row.tag)],
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
      timeline,
      actions: bounded(actions.map((action) => action.title)),
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
