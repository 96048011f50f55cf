import { sql, type Selectable } from 'kysely';
import type { Executor, IncidentTable } from '../../database';

/** Timeline entries kept per incident: enough to find it, bounded so a log flood stays cheap. */
export const timelineEntryLimit = 2000;

const incidentColumns = [
  'key',
  'title',
  'severity',
  'status',
  'type',
  'visibility',
  'impact_description',
  'impact_started_at',
  'created_at',
] as const;

/** Everything one incident's search document is built from. */
export interface DocumentSources {
  incident: Pick<Selectable<IncidentTable>, (typeof incidentColumns)[number]>;
  services: { service: string; team: string | null }[];
  tags: string[];
  rca: string | null;
  sections: { name: string; body: string }[];
  actions: string[];
  /** Titles and bodies of the first `timelineEntryLimit` entries, in time order. */
  timeline: string[];
}

/** Appends `value` to the list of `key` in `map`, creating it. */
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The timeline texts of several incidents: one query, entries numbered per incident. */
async function readTimelines(db: Executor, keys: readonly string[]) {
  const list = sql.join(keys.map((key) => sql`${key}`));
  const rows = await sql<{ incident_key: string; title: string; body: string }>`
    select incident_key, title, body from (
      select incident_key, title, body, at, id,
        row_number() over (partition by incident_key order by at, id) as n
      from timeline_entries where incident_key in (${list})) t
    where n <= ${timelineEntryLimit} order by incident_key, at, id`.execute(db);
  const texts = new Map<string, string[]>();
  for (const row of rows.rows) {
    push(texts, row.incident_key, row.title);
    push(texts, row.incident_key, row.body);
  }
  return texts;
}

/**
 * Reads the sources of several incidents' search documents, a query per table for the whole
 * batch (not one per incident); incidents that no longer exist are absent from the map.
 */
export async function readDocumentSources(
  db: Executor,
  keys: readonly string[],
): Promise<Map<string, DocumentSources>> {
  if (keys.length === 0) return new Map();
  const incidents = await db
    .selectFrom('incidents')
    .select(incidentColumns)
    .where('key', 'in', keys)
    .execute();
  const services = await db
    .selectFrom('incident_services')
    .leftJoin('services', 'services.name', 'incident_services.service')
    .select(['incident_services.incident_key', 'incident_services.service', 'services.team'])
    .where('incident_key', 'in', keys)
    .orderBy('incident_key')
    .orderBy('position')
    .execute();
  const tags = await db
    .selectFrom('incident_tags')
    .select(['incident_key', 'tag'])
    .where('incident_key', 'in', keys)
    .execute();
  const postmortems = await db
    .selectFrom('postmortems')
    .select(['incident_key', 'rca'])
    .where('incident_key', 'in', keys)
    .execute();
  const sections = await db
    .selectFrom('postmortem_sections')
    .select(['incident_key', 'name', 'body'])
    .where('incident_key', 'in', keys)
    .execute();
  const actions = await db
    .selectFrom('action_items')
    .select(['incident_key', 'title'])
    .where('incident_key', 'in', keys)
    .execute();
  const timelines = await readTimelines(db, keys);
  const by = {
    services: new Map<string, DocumentSources['services']>(),
    tags: new Map<string, string[]>(),
    sections: new Map<string, DocumentSources['sections']>(),
    actions: new Map<string, string[]>(),
  };
  for (const row of services)
    push(by.services, row.incident_key, { service: row.service, team: row.team });
  for (const row of tags) push(by.tags, row.incident_key, row.tag);
  for (const row of sections)
    push(by.sections, row.incident_key, { name: row.name, body: row.body });
  for (const row of actions) push(by.actions, row.incident_key, row.title);
  const rca = new Map(postmortems.map((row) => [row.incident_key, row.rca]));
  return new Map(
    incidents.map((incident) => [
      incident.key,
      {
        incident,
        services: by.services.get(incident.key) ?? [],
        tags: by.tags.get(incident.key) ?? [],
        rca: rca.get(incident.key) ?? null,
        sections: by.sections.get(incident.key) ?? [],
        actions: by.actions.get(incident.key) ?? [],
        timeline: timelines.get(incident.key) ?? [],
      },
    ]),
  );
}
