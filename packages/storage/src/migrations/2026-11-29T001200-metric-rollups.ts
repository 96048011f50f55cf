import { sql } from 'kysely';
import type { Executor } from '../database';
import { rebuildMetricRollups } from '../repositories/metric-rollup';
import { backfillMetricSummaries } from '../repositories/metric-summary.refresh';
import type { MigrationDb, MigrationDialect } from './migration-db';

// The metrics roll-ups, so a metrics request without a service or team filter reads a few thousand
// rows instead of one per incident.
// - `incident_metric_rollups`: the summary's figures added up per UTC day of impact start,
//   severity and type. Per duration: how many, the millisecond sum and the count in each of the
//   eleven histogram buckets (lower edges 0, 5m, 15m, 30m, 1h, 2h, 4h, 8h, 1d, 3d, 7d). `day`
//   is '' for incidents without impact start.
// - `incident_metric_action_figures`: per incident, priority and due date ('' none), its actions
//   left out (no due date, won't do), closed, closed on time and still open; added up per priority
//   and due date in `incident_metric_action_rollups` (whether an open action is due depends on the
//   day of asking).
// - The summary gains recurrence (M4): `recurred` (1 when the next member of the incident's family
//   started within 90 days after it), the family's first incident (`recurrence_root`, null outside
//   a link, indexed to find a family's rows when a link changes), and what the application reads
//   to work families out for a reader who may not see all of a family (`linked`: the incident
//   names an original or one names it), in a partial index that holds every column read.
// A partial index finds the restricted incidents' rows, which a reader without the right to them
// takes away from the roll-ups' figures. Kept with the summary by the same write hook; filled here
// by the summary's backfill (live code: the migration that last changes the summary's columns
// runs it, so this one does and 000700 no longer does).

const durations = ['mttr', 'mttm', 'mttd', 'mtta', 'lag'];
const buckets = 11;
const counts = [
  'incidents',
  'recurred',
  'without_service',
  'checklist_passed',
  'checklist_total',
  'checklist_incidents',
  'coverage_n',
  'covered',
  'log_trace',
  'trace_ids',
];

export async function up(db: MigrationDb, dialect: MigrationDialect): Promise<void> {
  await db.schema
    .alterTable('incident_metric_summaries')
    .addColumn('recurrence_of', 'text')
    .execute();
  await db.schema.alterTable('incident_metric_summaries').addColumn('created_at', 'text').execute();
  await db.schema
    .alterTable('incident_metric_summaries')
    .addColumn('linked', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('incident_metric_summaries')
    .addColumn('recurrence_root', 'text')
    .execute();
  await db.schema
    .alterTable('incident_metric_summaries')
    .addColumn('recurred', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('incident_metric_summaries_family')
    .on('incident_metric_summaries')
    .column('recurrence_root')
    .where(sql.ref('recurrence_root'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('incident_metric_summaries_linked')
    .on('incident_metric_summaries')
    .columns([
      'incident_key',
      'recurrence_of',
      'impact_started_at',
      'created_at',
      'visibility',
      'severity',
      'type',
    ])
    .where(sql.ref('linked'), '=', 1)
    .execute();
  const figures = ['excluded', 'closed', 'on_time', 'open'];
  let actionFigures = db.schema
    .createTable('incident_metric_action_figures')
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull());
  let actionRollups = db.schema
    .createTable('incident_metric_action_rollups')
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull());
  for (const figure of figures) {
    actionFigures = actionFigures.addColumn(figure, 'bigint', (c) => c.notNull().defaultTo(0));
    actionRollups = actionRollups.addColumn(figure, 'bigint', (c) => c.notNull().defaultTo(0));
  }
  await actionFigures
    .addPrimaryKeyConstraint('incident_metric_action_figures_pk', [
      'incident_key',
      'priority',
      'due_date',
    ])
    .execute();
  await actionRollups
    .addPrimaryKeyConstraint('incident_metric_action_rollups_pk', ['priority', 'due_date'])
    .execute();
  let table = db.schema
    .createTable('incident_metric_rollups')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull());
  const columns = [
    ...counts,
    ...durations.flatMap((d) => [
      `${d}_n`,
      `${d}_sum`,
      ...Array.from({ length: buckets }, (_, i) => `${d}_b${i}`),
    ]),
  ];
  for (const column of columns)
    table = table.addColumn(column, 'bigint', (c) => c.notNull().defaultTo(0));
  await table
    .addPrimaryKeyConstraint('incident_metric_rollups_pk', ['day', 'severity', 'type'])
    .execute();
  await db.schema
    .createIndex('incident_metric_summaries_restricted')
    .on('incident_metric_summaries')
    .column('incident_key')
    .where(sql.ref('visibility'), '=', 'restricted')
    .execute();
  await backfillMetricSummaries(db as Executor, dialect);
  await rebuildMetricRollups(db as Executor);
}
