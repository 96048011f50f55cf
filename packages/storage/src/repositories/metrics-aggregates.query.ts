import type { IncidentKey } from '@aftermath/domain';
import { sql } from 'kysely';
import type { Executor } from '../database';
import type { DialectCapabilities } from '../dialects/dialect';
import { hasTraceLine } from './trace-line.sql';

// Per-incident counts for the metrics summary's refresh, one statement each, grouped by incident.
// PostgreSQL returns sums and counts as bigint text, so every count passes through Number().

/** Incidents of `keys` that have a postmortem. */
export async function readPostmortemKeys(
  db: Executor,
  keys: readonly IncidentKey[],
): Promise<Set<IncidentKey>> {
  const rows = await db
    .selectFrom('postmortems')
    .select('incident_key')
    .where('incident_key', 'in', keys)
    .execute();
  return new Set(rows.map((row) => row.incident_key));
}

/**
 * Whether an entry is a log or a trace. With `timeline_entries_incident_kind` the count reads only
 * the incidents' own log and trace entries (before that index SQLite served `kind in (...)` by
 * `timeline_entries_kind_at` and walked every log and trace entry of the workspace).
 */
const isLogOrTrace = sql<boolean>`kind in ('log', 'trace')`;

/** Log and trace entries of one incident, and how many of them carry a trace id. */
export interface LogTraceCount {
  entries: number;
  withTraceId: number;
}

/** Log and trace entries per incident, with the trace-id test made in the database. */
export async function countLogTraceEntries(
  db: Executor,
  keys: readonly IncidentKey[],
  capabilities: Pick<DialectCapabilities, 'patternMatch'>,
): Promise<Map<IncidentKey, LogTraceCount>> {
  const rows = await db
    .selectFrom('timeline_entries')
    .select((eb) => [
      'incident_key',
      eb.fn.countAll<string | number>().as('entries'),
      sql<string | number>`sum(case when ${hasTraceLine(capabilities)} then 1 else 0 end)`.as(
        'with_trace_id',
      ),
    ])
    .where('incident_key', 'in', keys)
    .where(isLogOrTrace)
    .groupBy('incident_key')
    .execute();
  return new Map(
    rows.map((row) => [
      row.incident_key,
      { entries: Number(row.entries), withTraceId: Number(row.with_trace_id) },
    ]),
  );
}
