import type { ActionClosureTally } from '@aftermath/core';
import type { EvidenceFormat, IncidentKey } from '@aftermath/domain';
import { sql } from 'kysely';
import type { Executor } from '../database';
import type { DialectCapabilities } from '../dialects/dialect';
import { hasTraceLine } from './trace-line.sql';

// Per-incident counts for one page of the metrics scan, one statement each, grouped by incident.
// PostgreSQL returns sums and counts as bigint text, so every count passes through Number().

const closedStatuses = sql`('done', 'verified')`;

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

/** Action closure per incident and priority; the rule is written out on `ActionClosureCount` (analysis). */
export async function countActionClosure(
  db: Executor,
  keys: readonly IncidentKey[],
  today: string,
): Promise<Map<IncidentKey, ActionClosureTally>> {
  const rows = await db
    .selectFrom('action_items')
    .select([
      'incident_key',
      'priority',
      sql<
        string | number
      >`sum(case when due_date is null or status = 'wont_do' then 1 else 0 end)`.as('excluded'),
      sql<string | number>`sum(case when due_date is not null and status <> 'wont_do'
        and (status in ${closedStatuses} or due_date < ${today}) then 1 else 0 end)`.as('due'),
      sql<string | number>`sum(case when due_date is not null and status in ${closedStatuses}
        and substr(updated_at, 1, 10) <= due_date then 1 else 0 end)`.as('closed_on_time'),
    ])
    .where('incident_key', 'in', keys)
    .groupBy(['incident_key', 'priority'])
    .execute();
  const tallies = new Map<IncidentKey, ActionClosureTally>();
  for (const row of rows) {
    const tally = tallies.get(row.incident_key) ?? {};
    tally[row.priority] = {
      excluded: Number(row.excluded),
      due: Number(row.due),
      closedOnTime: Number(row.closed_on_time),
    };
    tallies.set(row.incident_key, tally);
  }
  return tallies;
}

/** The distinct evidence formats per incident. */
export async function readEvidenceFormats(
  db: Executor,
  keys: readonly IncidentKey[],
): Promise<Map<IncidentKey, EvidenceFormat[]>> {
  const rows = await db
    .selectFrom('evidence')
    .select(['incident_key', 'format'])
    .distinct()
    .where('incident_key', 'in', keys)
    .execute();
  const formats = new Map<IncidentKey, EvidenceFormat[]>();
  for (const row of rows) {
    const list = formats.get(row.incident_key) ?? [];
    list.push(row.format);
    formats.set(row.incident_key, list);
  }
  return formats;
}

/**
 * Whether an entry is a log or a trace, written so no index on `kind` can serve it: with
 * `kind in (...)` in the WHERE clause SQLite chose `timeline_entries_kind_at` and walked every
 * log and trace entry of the workspace for each page (quadratic in the workspace); this way
 * each page reads only its own incidents' entries through `timeline_entries_incident_at`.
 */
const isLogOrTrace = sql<boolean>`(case when kind in ('log', 'trace') then 1 else 0 end) = 1`;

/** Log and trace entries of one incident, and how many of them carry a trace id. */
export interface LogTraceCount {
  entries: number;
  withTraceId: number;
}

/** Log and trace entries per incident, with the trace-id test made in the database. */
export async function countLogTraceEntries(
  db: Executor,
  keys: readonly IncidentKey[],
  capabilities: DialectCapabilities,
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
