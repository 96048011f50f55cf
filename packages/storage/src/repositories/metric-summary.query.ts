import type {
  ActionClosureTally,
  DurationCounts,
  MetricsScope,
  SummaryDuration,
  SummaryQuery,
  SummaryTotals,
} from '@aftermath/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../database';
import { readableIncidentSql } from './incident-read-scope';
import {
  readActionRollup,
  rollupDays,
  rollupDurations,
  rollupEdgesMs,
  sumRollup,
} from './metric-rollup';

// M1–M10 from the summary table, set-based: one aggregate statement, one grouped statement per
// duration histogram, per-day and per-service counts and the action closure by priority. Without
// a filter the per-service and action statements skip the summary. PostgreSQL returns counts and
// sums as bigint or numeric text, so every figure passes through Number().

/** The summary's column of each duration. */
export const durationColumn: Record<SummaryDuration, string> = {
  mttr: 'mttr_ms',
  mttm: 'mttm_ms',
  mttd: 'mttd_ms',
  mtta: 'mtta_ms',
  postmortemLag: 'lag_ms',
};
const durations = Object.keys(durationColumn) as SummaryDuration[];
const closedStatuses = sql`('done', 'verified')`;

/** The scope as conditions on the summary row `s`; empty when every incident counts. */
export function scopeConditions(scope: MetricsScope): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  const readable = readableIncidentSql(
    { key: 's.incident_key', visibility: 's.visibility' },
    scope.readScope,
  );
  if (readable) conditions.push(readable);
  if (scope.severity !== undefined) conditions.push(sql`s.severity = ${scope.severity}`);
  if (scope.type !== undefined) conditions.push(sql`s.type = ${scope.type}`);
  if (scope.from !== undefined) conditions.push(sql`s.impact_started_at >= ${scope.from}`);
  if (scope.to !== undefined) conditions.push(sql`s.impact_started_at < ${scope.to}`);
  if (scope.service !== undefined)
    conditions.push(sql`exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ${scope.service})`);
  if (scope.team !== undefined)
    conditions.push(sql`exists (select 1 from incident_services i join services v on v.name = i.service
      where i.incident_key = s.incident_key and v.team = ${scope.team})`);
  return conditions;
}

/** `where …` for the conditions (`where 1 = 1` when there are none). */
export function whereSql(conditions: RawBuilder<SqlBool>[]): RawBuilder<unknown> {
  return conditions.length === 0
    ? sql`where 1 = 1`
    : sql`where ${sql.join(conditions, sql` and `)}`;
}

type Row = Record<string, string | number | null>;
const num = (value: string | number | null | undefined) => Number(value ?? 0);

async function readAggregates(db: Executor, query: SummaryQuery, where: RawBuilder<unknown>) {
  const perDuration = durations.map((d) => {
    const column = sql.ref(`s.${durationColumn[d]}`);
    return sql`count(${column}) as ${sql.ref(`${d}_n`)}, sum(${column}) as ${sql.ref(`${d}_sum`)}`;
  });
  const { rows } = await sql<Row>`select count(*) as incidents, ${sql.join(perDuration)},
      sum(case when s.service_count = 0 then 1 else 0 end) as without_service,
      min(s.impact_started_at) as first_start, max(s.impact_started_at) as last_start,
      sum(case when s.impact_started_at <= ${query.judgedBefore} then 1 else 0 end) as judged,
      sum(case when s.impact_started_at <= ${query.judgedBefore} and s.recurred = 1
        then 1 else 0 end) as recurred_judged,
      sum(case when s.checklist_total > 0 then s.checklist_passed else 0 end) as checklist_passed,
      sum(case when s.checklist_total > 0 then s.checklist_total else 0 end) as checklist_total,
      sum(case when s.checklist_total > 0 then 1 else 0 end) as checklist_incidents,
      count(s.covered) as coverage_n, sum(s.covered) as covered,
      sum(s.log_trace_entries) as log_trace, sum(s.trace_id_entries) as trace_ids
    from incident_metric_summaries s ${where}`.execute(db);
  return rows[0] ?? {};
}

/**
 * Bucket counts of every incident's duration: one range count per bucket over the duration's
 * index, a tenth of the cost of working out each row's bucket (a million rows: 50 ms against
 * 480 ms of CPU on SQLite). With a filter the index would cost a row lookup per entry instead.
 */
async function countBucketsByIndex(
  db: Executor,
  duration: SummaryDuration,
  edges: readonly number[],
): Promise<number[]> {
  const column = sql.ref(durationColumn[duration]);
  const counts: number[] = [];
  for (const [index, from] of edges.entries()) {
    const to = edges[index + 1];
    const below = to === undefined ? sql`` : sql` and ${column} < ${to}`;
    const { rows } = await sql<{ n: number | string }>`select count(*) as n
      from incident_metric_summaries where ${column} >= ${from}${below}`.execute(db);
    counts.push(Number(rows[0]?.n ?? 0));
  }
  return counts;
}

/**
 * Bucket counts of one duration: by the index without a filter, else per row and grouped. The
 * grouped statements say "has a value" in a form no index answers (`coalesce(…) >= 0`), so the
 * planner walks the scope's own index (the restricted incidents', a start range) rather than
 * every row of the duration's.
 */
async function readHistogram(
  db: Executor,
  duration: SummaryDuration,
  edges: readonly number[],
  conditions: RawBuilder<SqlBool>[],
): Promise<number[]> {
  if (conditions.length === 0 && edges[0] === 0) return countBucketsByIndex(db, duration, edges);
  const column = sql.ref(`s.${durationColumn[duration]}`);
  const ladder = edges
    .slice(1)
    .map((edge, index) => sql`when ${column} < ${sql.lit(edge)} then ${sql.lit(index)}`);
  const last = sql.lit(Math.max(edges.length - 1, 0));
  const bucket =
    ladder.length === 0 ? last : sql`case ${sql.join(ladder, sql` `)} else ${last} end`;
  const { rows } = await sql<{ bucket: number | string; n: number | string }>`
    select ${bucket} as bucket, count(*) as n
    from incident_metric_summaries s ${whereSql([...conditions, sql<SqlBool>`coalesce(${column}, -1) >= 0`])}
    group by 1`.execute(db);
  const counts = edges.map(() => 0);
  for (const row of rows) counts[Number(row.bucket)] = Number(row.n);
  return counts;
}

async function readDays(db: Executor, conditions: RawBuilder<SqlBool>[]) {
  const { rows } = await sql<{ day: string; n: number | string }>`
    select substr(s.impact_started_at, 1, 10) as day, count(*) as n
    from incident_metric_summaries s
    ${whereSql([...conditions, sql<SqlBool>`coalesce(s.impact_started_at, '') <> ''`])}
    group by 1`.execute(db);
  return rows.map((row): [string, number] => [row.day, Number(row.n)]);
}

async function readPerService(db: Executor, conditions: RawBuilder<SqlBool>[]) {
  const { rows } = await (
    conditions.length === 0
      ? sql<{
          service: string;
          n: number | string;
        }>`select service, count(distinct incident_key) as n
        from incident_services group by service`
      : sql<{
          service: string;
          n: number | string;
        }>`select i.service, count(distinct i.incident_key) as n
        from incident_services i where i.incident_key in
          (select s.incident_key from incident_metric_summaries s ${whereSql(conditions)})
        group by i.service`
  ).execute(db);
  return rows.map((row): [string, number] => [row.service, Number(row.n)]);
}

/** Action closure by priority; the rule is written out on `ActionClosureCount` (analysis). */
async function readActions(
  db: Executor,
  today: string,
  conditions: RawBuilder<SqlBool>[],
): Promise<ActionClosureTally> {
  const inScope =
    conditions.length === 0
      ? sql`1 = 1`
      : sql`a.incident_key in (select s.incident_key from incident_metric_summaries s ${whereSql(conditions)})`;
  const { rows } = await sql<Row>`select a.priority,
      sum(case when a.due_date is null or a.status = 'wont_do' then 1 else 0 end) as excluded,
      sum(case when a.due_date is not null and a.status <> 'wont_do'
        and (a.status in ${closedStatuses} or a.due_date < ${today}) then 1 else 0 end) as due,
      sum(case when a.due_date is not null and a.status in ${closedStatuses}
        and substr(a.updated_at, 1, 10) <= a.due_date then 1 else 0 end) as closed_on_time
    from action_items a where ${inScope} group by a.priority`.execute(db);
  const tally: ActionClosureTally = {};
  for (const row of rows) {
    tally[row.priority as keyof ActionClosureTally] = {
      excluded: num(row.excluded),
      due: num(row.due),
      closedOnTime: num(row.closed_on_time),
    };
  }
  return tally;
}

/** The figures of the summary rows matching `conditions`, without services and actions. */
async function readSubset(db: Executor, query: SummaryQuery, conditions: RawBuilder<SqlBool>[]) {
  const [row, histograms, days] = await Promise.all([
    readAggregates(db, query, whereSql(conditions)),
    Promise.all(durations.map((d) => readHistogram(db, d, query.bucketEdgesMs, conditions))),
    readDays(db, conditions),
  ]);
  return { row, histograms, days };
}

type Subset = Awaited<ReturnType<typeof readSubset>>;

function toTotals(
  { row, histograms, days }: Subset,
  perService: [string, number][],
  actions: ActionClosureTally,
): SummaryTotals {
  const counted = (d: SummaryDuration, index: number): DurationCounts => ({
    n: num(row[`${d}_n`]),
    sumMs: num(row[`${d}_sum`]),
    buckets: histograms[index] ?? [],
  });
  return {
    incidents: num(row.incidents),
    durations: Object.fromEntries(durations.map((d, i) => [d, counted(d, i)])) as Record<
      SummaryDuration,
      DurationCounts
    >,
    withoutService: num(row.without_service),
    days,
    firstStart: (row.first_start as string | null) ?? null,
    lastStart: (row.last_start as string | null) ?? null,
    perService,
    judged: num(row.judged),
    recurred: num(row.recurred_judged),
    checklist: {
      passed: num(row.checklist_passed),
      total: num(row.checklist_total),
      incidents: num(row.checklist_incidents),
    },
    coverage: { n: num(row.coverage_n), covered: num(row.covered) },
    traceIds: { entries: num(row.log_trace), withTraceId: num(row.trace_ids) },
    actions,
  };
}

/** Every total M1–M10 need over the incidents in scope, row by row from the summary. */
async function readScannedTotals(db: Executor, query: SummaryQuery): Promise<SummaryTotals> {
  const conditions = scopeConditions(query);
  const [subset, perService, actions] = await Promise.all([
    readSubset(db, query, conditions),
    readPerService(db, conditions),
    readActions(db, query.today, conditions),
  ]);
  return toTotals(subset, perService, actions);
}

const dayStart = (day: string) => `${day}T00:00:00.000Z`;
const nextDay = (day: string) =>
  new Date(Date.parse(dayStart(day)) + 86_400_000).toISOString().slice(0, 10);

/**
 * How the roll-up serves a query: its rows in scope (`rollup`, conditions on `r`), the same
 * incidents as conditions on the summary (`covered`), the incidents of the part days at the ends
 * of the time range, counted row by row and added (`partial`), and the restricted incidents the
 * reader may not see among the covered ones, counted row by row and taken away (`unreadable`).
 */
interface RollupPlan {
  rollup: RawBuilder<SqlBool>[];
  covered: RawBuilder<SqlBool>[];
  partial: RawBuilder<SqlBool> | null;
  unreadable: RawBuilder<SqlBool> | null;
  /** A time, severity or type filter: services and actions are counted over the scope. */
  narrowed: boolean;
}

/**
 * The roll-up's plan for `query`; null when it cannot serve (a service or team filter, other
 * histogram edges, or a time range without one whole UTC day in it: the scan is small then).
 */
function planRollup(query: SummaryQuery): RollupPlan | null {
  if (query.service !== undefined || query.team !== undefined) return null;
  const edges = query.bucketEdgesMs;
  if (edges.length !== rollupEdgesMs.length || edges.some((e, i) => e !== rollupEdgesMs[i]))
    return null;
  const rollup: RawBuilder<SqlBool>[] = [];
  const covered: RawBuilder<SqlBool>[] = [];
  const partial: RawBuilder<SqlBool>[] = [];
  if (query.severity !== undefined) {
    rollup.push(sql`r.severity = ${query.severity}`);
    covered.push(sql`s.severity = ${query.severity}`);
  }
  if (query.type !== undefined) {
    rollup.push(sql`r.type = ${query.type}`);
    covered.push(sql`s.type = ${query.type}`);
  }
  let fromDay: string | undefined;
  if (query.from !== undefined) {
    const day = query.from.slice(0, 10);
    fromDay = query.from === dayStart(day) ? day : nextDay(day);
    rollup.push(sql`r.day >= ${fromDay}`);
    covered.push(sql`s.impact_started_at >= ${dayStart(fromDay)}`);
    if (query.from !== dayStart(fromDay))
      partial.push(sql`(s.impact_started_at >= ${query.from}
        and s.impact_started_at < ${dayStart(fromDay)})`);
  }
  if (query.to !== undefined) {
    const toDay = query.to.slice(0, 10);
    if (fromDay !== undefined && fromDay >= toDay) return null;
    rollup.push(sql`r.day <> ''`, sql`r.day < ${toDay}`);
    covered.push(sql`s.impact_started_at < ${dayStart(toDay)}`);
    if (query.to !== dayStart(toDay))
      partial.push(sql`(s.impact_started_at >= ${dayStart(toDay)}
        and s.impact_started_at < ${query.to})`);
  }
  const readable = readableIncidentSql(
    { key: 's.incident_key', visibility: 's.visibility' },
    query.readScope,
  );
  return {
    rollup,
    covered,
    partial: partial.length === 0 ? null : sql<SqlBool>`(${sql.join(partial, sql` or `)})`,
    unreadable: readable && sql<SqlBool>`s.visibility = 'restricted' and not ${readable}`,
    narrowed: rollup.length > 0,
  };
}

/** The first or last impact start in scope, through the summary's index. */
async function readEdgeStart(
  db: Executor,
  conditions: RawBuilder<SqlBool>[],
  order: 'asc' | 'desc',
): Promise<string | null> {
  const { rows } = await sql<{ at: string }>`select s.impact_started_at as at
    from incident_metric_summaries s
    ${whereSql([...conditions, sql<SqlBool>`s.impact_started_at is not null`])}
    order by s.impact_started_at ${sql.raw(order)} limit 1`.execute(db);
  return rows[0]?.at ?? null;
}

/**
 * Incidents of the covered rows that started on `judgedBefore`'s day, at or before it, and of
 * those the ones that recurred.
 */
async function countJudgedOnDay(
  db: Executor,
  covered: RawBuilder<SqlBool>[],
  judgedBefore: string,
): Promise<{ judged: number; recurred: number }> {
  const { rows } = await sql<{ n: number | string; recurred: number | string | null }>`
    select count(*) as n, sum(s.recurred) as recurred
    from incident_metric_summaries s ${whereSql([
      ...covered,
      sql<SqlBool>`s.impact_started_at >= ${dayStart(judgedBefore.slice(0, 10))}`,
      sql<SqlBool>`s.impact_started_at <= ${judgedBefore}`,
    ])}`.execute(db);
  return { judged: num(rows[0]?.n), recurred: num(rows[0]?.recurred) };
}

/** Per-service counts of everything, less those of the unreadable incidents. */
function lessServices(
  all: [string, number][],
  hidden: [string, number][] | null,
): [string, number][] {
  if (hidden === null) return all;
  const counts = new Map(all);
  for (const [name, n] of hidden) counts.set(name, (counts.get(name) ?? 0) - n);
  return [...counts].filter(([, n]) => n > 0);
}

/** Action tallies of everything, less those of the unreadable incidents' actions. */
function lessActions(
  all: ActionClosureTally,
  hidden: ActionClosureTally | null,
): ActionClosureTally {
  if (hidden === null) return all;
  const tally: ActionClosureTally = { ...all };
  for (const [priority, count] of Object.entries(hidden)) {
    const key = priority as keyof ActionClosureTally;
    const from = tally[key] ?? { excluded: 0, due: 0, closedOnTime: 0 };
    const left = {
      excluded: from.excluded - count.excluded,
      due: from.due - count.due,
      closedOnTime: from.closedOnTime - count.closedOnTime,
    };
    // A priority with nothing left is left out, as the scan leaves it out.
    if (left.excluded === 0 && left.due === 0 && left.closedOnTime === 0) delete tally[key];
    else tally[key] = left;
  }
  return tally;
}

/** Adds `sign` × a row-by-row subset's figures to `totals`. */
function addSubset(totals: SummaryTotals, subset: Subset | null, sign: 1 | -1): void {
  if (subset === null) return;
  const { row, histograms, days } = subset;
  const add = (value: number, column: string) => value + sign * num(row[column]);
  totals.incidents = add(totals.incidents, 'incidents');
  for (const [index, d] of durations.entries()) {
    const counts = totals.durations[d];
    counts.n = add(counts.n, `${d}_n`);
    counts.sumMs = add(counts.sumMs, `${d}_sum`);
    counts.buckets = counts.buckets.map((n, i) => n + sign * (histograms[index]?.[i] ?? 0));
  }
  totals.withoutService = add(totals.withoutService, 'without_service');
  totals.judged = add(totals.judged, 'judged');
  if (totals.recurred !== null) totals.recurred = add(totals.recurred, 'recurred_judged');
  totals.checklist.passed = add(totals.checklist.passed, 'checklist_passed');
  totals.checklist.total = add(totals.checklist.total, 'checklist_total');
  totals.checklist.incidents = add(totals.checklist.incidents, 'checklist_incidents');
  totals.coverage.n = add(totals.coverage.n, 'coverage_n');
  totals.coverage.covered = add(totals.coverage.covered, 'covered');
  totals.traceIds.entries = add(totals.traceIds.entries, 'log_trace');
  totals.traceIds.withTraceId = add(totals.traceIds.withTraceId, 'trace_ids');
  const byDay = new Map(totals.days);
  for (const [day, n] of days) byDay.set(day, (byDay.get(day) ?? 0) + sign * n);
  totals.days = [...byDay].filter(([, n]) => n > 0);
}

/**
 * The totals from the roll-up: its rows in scope, plus the part days at the ends of the time
 * range and less the restricted incidents the reader may not see (both row by row), with the
 * first and last start and the recurrence cut-off's own day read through the summary's start
 * index. Null when the roll-up cannot serve the query.
 */
async function readRolledUpTotals(
  db: Executor,
  query: SummaryQuery,
): Promise<SummaryTotals | null> {
  const plan = planRollup(query);
  if (plan === null) return null;
  const scope = scopeConditions(query);
  const { unreadable, partial } = plan;
  const away = unreadable && [...plan.covered, unreadable];
  const [sums, days, judgedOnDay, taken, added, firstStart, lastStart, perService, actions] =
    await Promise.all([
      sumRollup(db, plan.rollup, query.judgedBefore.slice(0, 10)),
      rollupDays(db, plan.rollup),
      countJudgedOnDay(db, plan.covered, query.judgedBefore),
      away ? readSubset(db, query, away) : null,
      partial ? readSubset(db, query, [...scope, partial]) : null,
      readEdgeStart(db, scope, 'asc'),
      readEdgeStart(db, scope, 'desc'),
      plan.narrowed
        ? readPerService(db, scope)
        : Promise.all([readPerService(db, []), away ? readPerService(db, away) : null]).then(
            ([all, hidden]) => lessServices(all, hidden),
          ),
      plan.narrowed
        ? readActions(db, query.today, scope)
        : Promise.all([
            readActionRollup(db, query.today),
            away ? readActions(db, query.today, away) : null,
          ]).then(([all, hidden]) => lessActions(all, hidden)),
    ]);
  const figure = (column: string) => sums[column] ?? 0;
  const totals: SummaryTotals = {
    incidents: figure('incidents'),
    durations: Object.fromEntries(
      rollupDurations.map(([d, , prefix]) => [
        d,
        {
          n: figure(`${prefix}_n`),
          sumMs: figure(`${prefix}_sum`),
          buckets: rollupEdgesMs.map((_, i) => figure(`${prefix}_b${i}`)),
        },
      ]),
    ) as Record<SummaryDuration, DurationCounts>,
    withoutService: figure('without_service'),
    days,
    firstStart,
    lastStart,
    perService,
    judged: figure('judged') + judgedOnDay.judged,
    recurred: figure('recurred_judged') + judgedOnDay.recurred,
    checklist: {
      passed: figure('checklist_passed'),
      total: figure('checklist_total'),
      incidents: figure('checklist_incidents'),
    },
    coverage: { n: figure('coverage_n'), covered: figure('covered') },
    traceIds: { entries: figure('log_trace'), withTraceId: figure('trace_ids') },
    actions,
  };
  addSubset(totals, taken, -1);
  addSubset(totals, added, 1);
  return totals;
}

/**
 * True when an incident in a recurrence link is hidden from the reader: the families the summary
 * keeps (every incident counted) are then not the reader's.
 */
async function hidesFamilyMember(db: Executor, query: SummaryQuery): Promise<boolean> {
  const readable = readableIncidentSql(
    { key: 's.incident_key', visibility: 's.visibility' },
    query.readScope,
  );
  if (readable === null) return false;
  const { rows } = await sql<{ one: number }>`select 1 as one from incident_metric_summaries s
    where s.visibility = 'restricted' and s.linked = 1 and not ${readable} limit 1`.execute(db);
  return rows.length > 0;
}

/** Every total M1–M10 need over the incidents in scope: from the roll-up when it can serve. */
export async function readSummaryTotals(db: Executor, query: SummaryQuery): Promise<SummaryTotals> {
  const [totals, hides] = await Promise.all([
    readRolledUpTotals(db, query).then((rolled) => rolled ?? readScannedTotals(db, query)),
    hidesFamilyMember(db, query),
  ]);
  if (hides) totals.recurred = null;
  return totals;
}
