import type {
  MetricsRepository,
  MetricsScope,
  RecurrenceMember,
  StaleSummary,
  SummaryDuration,
  SummaryFacts,
} from '@aftermath/core';
import type { IncidentKey } from '@aftermath/domain';
import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../database';
import type { Scope } from '../scope';
import { withRollupDelta } from './metric-rollup';
import {
  durationColumn,
  readSummaryTotals,
  scopeConditions,
  whereSql,
} from './metric-summary.query';

/**
 * What recurrence reads of the incidents in a recurrence link (they name an original, or one names
 * them), from the summary's partial index that holds every column read. Services only when
 * asked: of every member, or of the restricted ones (for the reader's rights).
 */
async function listRecurrenceMembers(
  db: Executor,
  services: 'all' | 'restricted' | 'none',
): Promise<RecurrenceMember[]> {
  const rows = await db
    .selectFrom('incident_metric_summaries')
    .select([
      'incident_key as key',
      'recurrence_of',
      'created_at',
      'impact_started_at',
      'visibility',
      'severity',
      'type',
    ])
    .where('linked', '=', 1)
    .execute();
  const servicesOf = new Map<string, string[]>();
  const wanted = rows.filter((row) => services === 'all' || row.visibility === 'restricted');
  for (let at = 0; services !== 'none' && at < wanted.length; at += 1000) {
    const found = await db
      .selectFrom('incident_services')
      .select(['incident_key', 'service'])
      .where(
        'incident_key',
        'in',
        wanted.slice(at, at + 1000).map((row) => row.key),
      )
      .orderBy('incident_key')
      .orderBy('position')
      .execute();
    for (const { incident_key: key, service } of found) {
      const list = servicesOf.get(key) ?? [];
      list.push(service);
      servicesOf.set(key, list);
    }
  }
  return rows.map((row) => ({
    key: row.key,
    recurrenceOf: row.recurrence_of,
    createdAt: row.created_at ?? '',
    milestones: { impactStartedAt: row.impact_started_at },
    visibility: row.visibility,
    severity: row.severity,
    type: row.type,
    services: servicesOf.get(row.key) ?? [],
  }));
}

/** Ranks next to each other inside one bucket: read in one statement. */
interface RankRun {
  first: number;
  last: number;
  bucket: number;
}

/** Groups sorted ranks into runs of consecutive ranks that fall in the same bucket. */
function rankRuns(ranks: readonly number[], buckets: readonly number[]): RankRun[] {
  const bucketOf = (rank: number) => {
    let below = 0;
    for (const [index, count] of buckets.entries()) {
      if (rank < below + count) return index;
      below += count;
    }
    return -1; // beyond the counts: read over the whole range
  };
  const runs: RankRun[] = [];
  for (const rank of [...new Set(ranks)].sort((a, b) => a - b)) {
    const bucket = bucketOf(rank);
    const run = runs[runs.length - 1];
    if (run && run.last === rank - 1 && run.bucket === bucket) run.last = rank;
    else runs.push({ first: rank, last: rank, bucket });
  }
  return runs;
}

/**
 * The values at the ranks, each read with ORDER BY … OFFSET over the duration's index inside the
 * bucket that holds the rank (the bucket counts say which), from the bucket's nearer end: the
 * index steps over at most half a bucket instead of up to every value below. Ranks next to each
 * other (a median between two values) come in one statement.
 */
async function readDurationsAtRanks(
  db: Executor,
  scope: MetricsScope,
  duration: SummaryDuration,
  ranks: readonly number[],
  counted: { edgesMs: readonly number[]; buckets: readonly number[] },
): Promise<Map<number, number>> {
  const column = sql.ref(`s.${durationColumn[duration]}`);
  const conditions = [...scopeConditions(scope), sql<SqlBool>`${column} is not null`];
  const values = new Map<number, number>();
  for (const { first, last, bucket } of rankRuns(ranks, counted.buckets)) {
    const inBucket = [...conditions];
    let below = 0;
    let size = Infinity;
    if (bucket >= 0) {
      const from = counted.edgesMs[bucket] ?? 0;
      const to = counted.edgesMs[bucket + 1];
      inBucket.push(sql<SqlBool>`${column} >= ${sql.lit(from)}`);
      if (to !== undefined) inBucket.push(sql<SqlBool>`${column} < ${sql.lit(to)}`);
      below = counted.buckets.slice(0, bucket).reduce((sum, n) => sum + n, 0);
      size = counted.buckets[bucket] ?? 0;
    }
    const count = last - first + 1;
    const fromTop = size - 1 - (last - below); // values above the run inside the bucket
    const descending = Number.isFinite(size) && fromTop < first - below;
    const { rows } = await sql<{ d: number | string }>`select ${column} as d
      from incident_metric_summaries s ${whereSql(inBucket)}
      order by ${column} ${sql.raw(descending ? 'desc' : 'asc')}
      limit ${sql.lit(count)} offset ${sql.lit(descending ? fromTop : first - below)}`.execute(db);
    const read = rows.map((row) => Number(row.d));
    if (descending) read.reverse();
    read.forEach((value, index) => values.set(first + index, value));
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
  return withRollupDelta(db, [key], async () => {
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
  });
}

/** The metrics' set-based reads over the summary table. */
export function createMetricsRepository(scope: Scope): MetricsRepository {
  return {
    readSummaryTotals: (query) => readSummaryTotals(scope.executor(), query),
    readDurationsAtRanks: (metricsScope, duration, ranks, counted) =>
      readDurationsAtRanks(scope.executor(), metricsScope, duration, ranks, counted),
    listStaleSummaries: (after, limit) => listStaleSummaries(scope.executor(), after, limit),
    saveSummaryFacts: (key, stale, facts) => saveSummaryFacts(scope.executor(), key, stale, facts),
    listRecurrenceMembers: (services) => listRecurrenceMembers(scope.executor(), services),
  };
}
