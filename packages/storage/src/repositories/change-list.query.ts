import type { ChangeEntryFilter, TimelineEntryWithIncident } from '@aftermath/core';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, Executor } from '../database';
import { readableIncident } from './incident-read-scope';
import { toTimelineEntry } from './timeline.repository';

type EntryScope = ExpressionBuilder<Database, 'timeline_entries' | 'incidents'>;

/** Changes of the service: entries naming it, or unnamed entries of incidents that list it. */
function concernsService(eb: EntryScope, service: string): Expression<SqlBool> {
  const incidentsOfService = eb
    .selectFrom('incident_services')
    .select('incident_key')
    .where('service', '=', service);
  return eb.or([
    eb('timeline_entries.service', '=', service),
    eb.and([
      eb('timeline_entries.service', 'is', null),
      eb('timeline_entries.incident_key', 'in', incidentsOfService),
    ]),
  ]);
}

/**
 * Deploy and change entries across incidents with `from ≤ at < to`, newest first, at most
 * `limit`, with the incident's title; entries of incidents outside `visibility` are left out.
 */
export async function listChangeEntries(
  db: Executor,
  filter: ChangeEntryFilter,
): Promise<TimelineEntryWithIncident[]> {
  const rows = await db
    .selectFrom('timeline_entries')
    .innerJoin('incidents', 'incidents.key', 'timeline_entries.incident_key')
    .selectAll('timeline_entries')
    .select(['incidents.title as incident_title', 'incidents.status as incident_status'])
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [
        eb('timeline_entries.kind', 'in', ['deploy', 'change']),
        eb('timeline_entries.at', '>=', filter.from),
        eb('timeline_entries.at', '<', filter.to),
        filter.visibility.length > 0
          ? eb('incidents.visibility', 'in', filter.visibility)
          : sql<SqlBool>`1 = 0`,
      ];
      const readable = readableIncident(
        eb,
        { key: 'incidents.key', visibility: 'incidents.visibility' },
        filter.readScope,
      );
      if (readable !== null) conditions.push(readable);
      if (filter.service !== undefined) conditions.push(concernsService(eb, filter.service));
      return eb.and(conditions);
    })
    .orderBy('timeline_entries.at', 'desc')
    .orderBy('timeline_entries.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map((row) => ({
    entry: toTimelineEntry(row),
    incidentTitle: row.incident_title,
    incidentStatus: row.incident_status,
  }));
}
