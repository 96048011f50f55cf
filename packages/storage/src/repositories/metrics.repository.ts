import type {
  MetricsRepository,
  MetricsScope,
  StaleSummary,
  SummaryDuration,
  SummaryFacts,
} from '@aftermath/core';
import type { Incident, IncidentKey } from '@aftermath/domain';
import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../database';
import type { Scope } from '../scope';
import { readIncidentLabels } from './incident-labels';
import { toIncident, type IncidentRow } from './incident.mapper';
import {
  durationColumn,
  readSummaryTotals,
  scopeConditions,
  whereSql,
} from './metric-summary.query';

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

/**
 * The values at the ranks, each read with ORDER BY … OFFSET over the duration's index: ranks
 * next to each other (a median between two values) come in one statement.
 */
async function readDurationsAtRanks(
  db: Executor,
  scope: MetricsScope,
  duration: SummaryDuration,
  ranks: readonly number[],
): Promise<Map<number, number>> {
  const column = sql.ref(`s.${durationColumn[duration]}`);
  const where = whereSql([...scopeConditions(scope), sql<SqlBool>`${column} is not null`]);
  const values = new Map<number, number>();
  const sorted = [...new Set(ranks)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i] as number;
    let last = first;
    while (sorted[i + 1] === last + 1) last = sorted[++i] as number;
    i += 1;
    const { rows } = await sql<{ d: number | string }>`select ${column} as d
      from incident_metric_summaries s ${where}
      order by ${column} limit ${sql.lit(last - first + 1)} offset ${sql.lit(first)}`.execute(db);
    rows.forEach((row, index) => values.set(first + index, Number(row.d)));
  }
  return values;
}

async function listStaleSummaries(
  db: Executor,
  after: IncidentKey | null,
  limit: number,
): Promise<StaleSummary[]> {
  const rows = await db
    .selectFrom('incident_metric_summaries')
    .select(['incident_key', 'stale', 'format_count', 'mttr_ms', 'has_postmortem'])
    .where('stale', '>', 0)
    .$if(after !== null, (qb) => qb.where('incident_key', '>', after ?? ''))
    .orderBy('incident_key')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    key: row.incident_key,
    stale: row.stale,
    // A resolution not before the impact start is exactly when MTTR is measured.
    needsCoverage: row.format_count >= 2 && row.mttr_ms !== null,
    hasPostmortem: row.has_postmortem === 1,
  }));
}

async function saveSummaryFacts(
  db: Executor,
  key: IncidentKey,
  stale: number,
  facts: SummaryFacts,
): Promise<boolean> {
  const result = await db
    .updateTable('incident_metric_summaries')
    .set({
      stale: 0,
      ...(facts.covered === undefined ? {} : { covered: facts.covered ? 1 : 0 }),
      ...(facts.checklist === undefined
        ? {}
        : {
            checklist_passed: facts.checklist?.passed ?? null,
            checklist_total: facts.checklist?.total ?? null,
          }),
    })
    .where('incident_key', '=', key)
    .where('stale', '=', stale)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The metrics' set-based reads over the summary table. */
export function createMetricsRepository(scope: Scope): MetricsRepository {
  return {
    readSummaryTotals: (query) => readSummaryTotals(scope.executor(), query),
    readDurationsAtRanks: (metricsScope, duration, ranks) =>
      readDurationsAtRanks(scope.executor(), metricsScope, duration, ranks),
    listStaleSummaries: (after, limit) => listStaleSummaries(scope.executor(), after, limit),
    saveSummaryFacts: (key, stale, facts) => saveSummaryFacts(scope.executor(), key, stale, facts),
    listRecurrenceMembers: () => listRecurrenceMembers(scope.executor()),
  };
}
