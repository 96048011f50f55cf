import type { IncidentAggregate, MetricsPageQuery, MetricsRepository } from '@aftermath/core';
import type { Incident, IncidentKey, TimelineEntry } from '@aftermath/domain';
import type { Executor } from '../database';
import type { DialectCapabilities } from '../dialects/dialect';
import type { Scope } from '../scope';
import { readIncidentLabels } from './incident-labels';
import { incidentNumber, toIncident, type IncidentRow } from './incident.mapper';
import {
  countActionClosure,
  countLogTraceEntries,
  readEvidenceFormats,
  readPostmortemKeys,
} from './metrics-aggregates.query';
import { toTimelineEntry } from './timeline.repository';

async function withLabels(db: Executor, rows: IncidentRow[]): Promise<Incident[]> {
  const labels = await readIncidentLabels(
    db,
    rows.map((row) => row.key),
  );
  return rows.map((row) => {
    const { services = [], tags = [] } = labels.get(row.key) ?? {};
    return toIncident(row, services, tags);
  });
}

/** Keyset pages by incident number: each page is one index range, however deep the scan is. */
async function readIncidentPage(
  db: Executor,
  capabilities: DialectCapabilities,
  query: MetricsPageQuery,
): Promise<IncidentAggregate[]> {
  const rows = await db
    .selectFrom('incidents')
    .selectAll()
    .where('number', '>', query.after === null ? 0 : incidentNumber(query.after))
    .orderBy('number')
    .limit(query.limit)
    .execute();
  if (rows.length === 0) return [];
  const keys = rows.map((row) => row.key);
  const [incidents, postmortems, actions, formats, logTrace] = await Promise.all([
    withLabels(db, rows),
    readPostmortemKeys(db, keys),
    countActionClosure(db, keys, query.today),
    readEvidenceFormats(db, keys),
    countLogTraceEntries(db, keys, capabilities),
  ]);
  return incidents.map((incident) => ({
    incident,
    hasPostmortem: postmortems.has(incident.key),
    actions: actions.get(incident.key) ?? {},
    formats: formats.get(incident.key) ?? [],
    logTraceEntries: logTrace.get(incident.key)?.entries ?? 0,
    logTraceEntriesWithTraceId: logTrace.get(incident.key)?.withTraceId ?? 0,
  }));
}

async function listRecurrenceMembers(db: Executor): Promise<Incident[]> {
  const rows = await db
    .selectFrom('incidents')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('recurrence_of', 'is not', null),
        eb(
          'key',
          'in',
          eb
            .selectFrom('incidents as linked')
            .select('linked.recurrence_of')
            .where('linked.recurrence_of', 'is not', null)
            .$narrowType<{ recurrence_of: string }>(),
        ),
      ]),
    )
    .orderBy('number')
    .execute();
  return withLabels(db, rows);
}

async function listTimelines(
  db: Executor,
  keys: readonly IncidentKey[],
): Promise<Map<IncidentKey, TimelineEntry[]>> {
  const timelines = new Map<IncidentKey, TimelineEntry[]>(keys.map((key) => [key, []]));
  if (keys.length === 0) return timelines;
  const rows = await db
    .selectFrom('timeline_entries')
    .selectAll()
    .where('incident_key', 'in', keys)
    .orderBy('incident_key')
    .orderBy('at')
    .orderBy('id')
    .execute();
  for (const row of rows) timelines.get(row.incident_key)?.push(toTimelineEntry(row));
  return timelines;
}

/** The metrics' set-based reads. */
export function createMetricsRepository(scope: Scope): MetricsRepository {
  return {
    readIncidentPage: (query) => readIncidentPage(scope.executor(), scope.capabilities, query),
    listRecurrenceMembers: () => listRecurrenceMembers(scope.executor()),
    listTimelines: (keys) => listTimelines(scope.executor(), keys),
  };
}
