import type { ActionClosureTally, SummaryDuration } from '@aftermath/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../database';

// The metrics roll-up (migration 2026-11-29T001200): the summary's figures added up per UTC day
// of impact start, severity and type. Every change of summary rows passes through
// `withRollupDelta`, which takes the rows' old figures away and adds the new ones in the same
// transaction, so the roll-up always equals the sum of the summary. Counting reads it in
// `metric-summary.query.ts`.

/** The summary's column and the roll-up's column prefix of each duration. */
export const rollupDurations: readonly (readonly [SummaryDuration, string, string])[] = [
  ['mttr', 'mttr_ms', 'mttr'],
  ['mttm', 'mttm_ms', 'mttm'],
  ['mttd', 'mttd_ms', 'mttd'],
  ['mtta', 'mtta_ms', 'mtta'],
  ['postmortemLag', 'lag_ms', 'lag'],
];

/** The histogram's lower edges (ms) the roll-up counts by; another set of edges scans. */
export const rollupEdgesMs: readonly number[] = [
  0, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 259200, 604800,
].map((seconds) => seconds * 1000);

/** A roll-up column and what one summary row `s` adds to it. */
interface RollupColumn {
  name: string;
  perRow: RawBuilder<unknown>;
}

const when = (condition: RawBuilder<unknown>, value: RawBuilder<unknown> = sql`1`) =>
  sql`case when ${condition} then ${value} else 0 end`;

/** The figures the aggregate statement reads per incident, added up. */
const countColumns: RollupColumn[] = [
  { name: 'incidents', perRow: sql`1` },
  { name: 'recurred', perRow: sql`s.recurred` },
  { name: 'without_service', perRow: when(sql`s.service_count = 0`) },
  { name: 'checklist_passed', perRow: when(sql`s.checklist_total > 0`, sql`s.checklist_passed`) },
  { name: 'checklist_total', perRow: when(sql`s.checklist_total > 0`, sql`s.checklist_total`) },
  { name: 'checklist_incidents', perRow: when(sql`s.checklist_total > 0`) },
  { name: 'coverage_n', perRow: when(sql`s.covered is not null`) },
  { name: 'covered', perRow: sql`coalesce(s.covered, 0)` },
  { name: 'log_trace', perRow: sql`s.log_trace_entries` },
  { name: 'trace_ids', perRow: sql`s.trace_id_entries` },
];

function durationColumns([, column, prefix]: readonly [SummaryDuration, string, string]) {
  const value = sql.ref(`s.${column}`);
  const buckets = rollupEdgesMs.map((from, index): RollupColumn => {
    const to = rollupEdgesMs[index + 1];
    const inside =
      to === undefined
        ? sql`${value} >= ${sql.lit(from)}`
        : sql`${value} >= ${sql.lit(from)} and ${value} < ${sql.lit(to)}`;
    return { name: `${prefix}_b${index}`, perRow: when(inside) };
  });
  return [
    { name: `${prefix}_n`, perRow: when(sql`${value} is not null`) },
    { name: `${prefix}_sum`, perRow: sql`coalesce(${value}, 0)` },
    ...buckets,
  ];
}

/** Every counted column of the roll-up, in the migration's order. */
export const rollupColumns: readonly RollupColumn[] = [
  ...countColumns,
  ...rollupDurations.flatMap(durationColumns),
];

/** The roll-up row of a summary row: its UTC day of impact start ('' without one). */
const rollupDay = sql`coalesce(substr(s.impact_started_at, 1, 10), '')`;

/** Adds `sign` × the figures of the summary rows matching `selection` to the roll-up. */
async function addToRollup(
  db: Executor,
  selection: RawBuilder<SqlBool>,
  sign: 1 | -1,
): Promise<void> {
  const names = rollupColumns.map((column) => sql.ref(column.name));
  const sums = rollupColumns.map((column) => sql`${sql.lit(sign)} * sum(${column.perRow})`);
  const updates = rollupColumns.map(
    (column) =>
      sql`${sql.ref(column.name)} = ${sql.ref(`incident_metric_rollups.${column.name}`)} + ${sql.ref(`excluded.${column.name}`)}`,
  );
  await sql`insert into incident_metric_rollups (day, severity, type, ${sql.join(names)})
    select ${rollupDay}, s.severity, s.type, ${sql.join(sums)}
    from incident_metric_summaries s where ${selection}
    group by ${rollupDay}, s.severity, s.type
    on conflict (day, severity, type) do update set ${sql.join(updates)}`.execute(db);
}

/**
 * Runs `change` (a write of the summary rows of `keys`) with the roll-up kept equal to the
 * summary: their old figures taken away before, their new ones added after.
 */
export async function withRollupDelta<T>(
  db: Executor,
  keys: readonly string[],
  change: () => Promise<T>,
): Promise<T> {
  if (keys.length === 0) return change();
  const selection = sql<SqlBool>`s.incident_key in (${sql.join(keys.map((key) => sql`${key}`))})`;
  await addToRollup(db, selection, -1);
  const result = await change();
  await addToRollup(db, selection, 1);
  return result;
}

const actionFigures = ['excluded', 'closed', 'on_time', 'open'] as const;
const closed = sql`('done', 'verified')`;

/** Adds `sign` × the action figures of the incidents matching `selection` to their roll-up. */
async function addActionsToRollup(
  db: Executor,
  selection: RawBuilder<SqlBool>,
  sign: 1 | -1,
): Promise<void> {
  const names = actionFigures.map((figure) => sql.ref(figure));
  const sums = actionFigures.map(
    (figure) => sql`${sql.lit(sign)} * sum(${sql.ref(`f.${figure}`)})`,
  );
  const updates = actionFigures.map(
    (figure) =>
      sql`${sql.ref(figure)} = ${sql.ref(`incident_metric_action_rollups.${figure}`)} + ${sql.ref(`excluded.${figure}`)}`,
  );
  await sql`insert into incident_metric_action_rollups (priority, due_date, ${sql.join(names)})
    select f.priority, f.due_date, ${sql.join(sums)}
    from incident_metric_action_figures f where ${selection}
    group by f.priority, f.due_date
    on conflict (priority, due_date) do update set ${sql.join(updates)}`.execute(db);
}

/**
 * Works out the action figures of the incidents `keys` again from their action items: per
 * priority and due date ('' none), the actions left out of closure (no due date, won't do), the
 * dated ones closed, closed on or before the due date (the last update standing for the close),
 * and still open. With `rollup`, their roll-up follows (old figures out, new in).
 */
export async function refreshActionFigures(
  db: Executor,
  keys: readonly string[],
  rollup: boolean,
): Promise<void> {
  if (keys.length === 0) return;
  const list = sql.join(keys.map((key) => sql`${key}`));
  const selection = sql<SqlBool>`f.incident_key in (${list})`;
  if (rollup) await addActionsToRollup(db, selection, -1);
  await sql`delete from incident_metric_action_figures where incident_key in (${list})`.execute(db);
  await sql`insert into incident_metric_action_figures
      (incident_key, priority, due_date, excluded, closed, on_time, open)
    select a.incident_key, a.priority, coalesce(a.due_date, ''),
      sum(case when a.due_date is null or a.status = 'wont_do' then 1 else 0 end),
      sum(case when a.due_date is not null and a.status in ${closed} then 1 else 0 end),
      sum(case when a.due_date is not null and a.status in ${closed}
        and substr(a.updated_at, 1, 10) <= a.due_date then 1 else 0 end),
      sum(case when a.due_date is not null and a.status <> 'wont_do'
        and a.status not in ${closed} then 1 else 0 end)
    from action_items a where a.incident_key in (${list})
    group by a.incident_key, a.priority, coalesce(a.due_date, '')`.execute(db);
  if (rollup) await addActionsToRollup(db, selection, 1);
}

/** Works the roll-ups out again from the summary and the action figures (migration, restore). */
export async function rebuildMetricRollups(db: Executor): Promise<void> {
  await sql`delete from incident_metric_rollups`.execute(db);
  await addToRollup(db, sql<SqlBool>`1 = 1`, 1);
  await sql`delete from incident_metric_action_rollups`.execute(db);
  await addActionsToRollup(db, sql<SqlBool>`1 = 1`, 1);
}

/**
 * Action closure by priority over every incident, from the action roll-up: an open dated action
 * is due when its due date is before `today`; the rule is on `ActionClosureCount` (analysis).
 */
export async function readActionRollup(db: Executor, today: string): Promise<ActionClosureTally> {
  const { rows } = await sql<{
    priority: keyof ActionClosureTally;
    excluded: number | string;
    due: number | string;
    on_time: number | string;
  }>`select r.priority, sum(r.excluded) as excluded,
      sum(r.closed) + sum(case when r.due_date <> '' and r.due_date < ${today} then r.open else 0 end) as due,
      sum(r.on_time) as on_time
    from incident_metric_action_rollups r group by r.priority`.execute(db);
  const tally: ActionClosureTally = {};
  for (const row of rows) {
    const count = {
      excluded: Number(row.excluded),
      due: Number(row.due),
      closedOnTime: Number(row.on_time),
    };
    if (count.excluded !== 0 || count.due !== 0 || count.closedOnTime !== 0)
      tally[row.priority] = count;
  }
  return tally;
}

/** The roll-up's figures summed over the rows matching `where`, by column name. */
export async function sumRollup(
  db: Executor,
  where: RawBuilder<SqlBool>[],
  judgedDay: string,
): Promise<Record<string, number>> {
  const sums = rollupColumns.map(
    (column) => sql`sum(${sql.ref(`r.${column.name}`)}) as ${sql.ref(column.name)}`,
  );
  const condition = where.length === 0 ? sql`1 = 1` : sql.join(where, sql` and `);
  const { rows } = await sql<Record<string, string | number | null>>`select ${sql.join(sums)},
      sum(case when r.day <> '' and r.day < ${judgedDay} then r.incidents else 0 end) as judged,
      sum(case when r.day <> '' and r.day < ${judgedDay} then r.recurred else 0 end)
        as recurred_judged
    from incident_metric_rollups r where ${condition}`.execute(db);
  const row = rows[0] ?? {};
  return Object.fromEntries(Object.entries(row).map(([name, value]) => [name, Number(value ?? 0)]));
}

/** Incidents per UTC day of impact start over the roll-up rows matching `where`. */
export async function rollupDays(
  db: Executor,
  where: RawBuilder<SqlBool>[],
): Promise<[string, number][]> {
  const { rows } = await sql<{ day: string; n: number | string }>`
    select r.day, sum(r.incidents) as n from incident_metric_rollups r
    where ${sql.join([...where, sql`r.day <> ''`], sql` and `)} group by r.day
    having sum(r.incidents) <> 0`.execute(db);
  return rows.map((row): [string, number] => [row.day, Number(row.n)]);
}
