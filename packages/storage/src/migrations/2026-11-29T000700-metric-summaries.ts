import { sql } from 'kysely';
import type { MigrationDb } from './migration-db';

// The metrics summary: one row per incident with what M1–M10 read (milestone durations in
// milliseconds, filter fields, counts of services, evidence formats and log/trace entries, the
// first publication, and the facts the application works out: coverage and checklist). Kept by
// the write hook in the transaction of every write that changes it; filled for the incidents
// already stored by 2026-11-29T001200-metric-rollups (which adds columns the fill writes). An index per duration serves the percentile ranks; partial indexes find the
// rows the application must work out again and the postmortems' rows.

const durations = ['mttr_ms', 'mttm_ms', 'mttd_ms', 'mtta_ms', 'lag_ms'];

export async function up(db: MigrationDb): Promise<void> {
  let table = db.schema
    .createTable('incident_metric_summaries')
    .addColumn('incident_key', 'text', (c) =>
      c.primaryKey().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('impact_started_at', 'text');
  for (const column of durations) table = table.addColumn(column, 'bigint');
  await table
    .addColumn('published_at', 'text')
    .addColumn('service_count', 'integer', (c) => c.notNull())
    .addColumn('has_postmortem', 'integer', (c) => c.notNull())
    .addColumn('format_count', 'integer', (c) => c.notNull())
    .addColumn('checklist_passed', 'integer')
    .addColumn('checklist_total', 'integer')
    .addColumn('covered', 'integer')
    .addColumn('log_trace_entries', 'integer', (c) => c.notNull())
    .addColumn('trace_id_entries', 'integer', (c) => c.notNull())
    .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  for (const column of durations) {
    await db.schema
      .createIndex(`incident_metric_summaries_${column}`)
      .on('incident_metric_summaries')
      .column(column)
      .execute();
  }
  await db.schema
    .createIndex('incident_metric_summaries_stale')
    .on('incident_metric_summaries')
    .column('incident_key')
    .where(sql.ref('stale'), '>', 0)
    .execute();
  await db.schema
    .createIndex('incident_metric_summaries_postmortem')
    .on('incident_metric_summaries')
    .column('incident_key')
    .where(sql.ref('has_postmortem'), '=', 1)
    .execute();
  await db.schema
    .createIndex('incident_metric_summaries_start')
    .on('incident_metric_summaries')
    .column('impact_started_at')
    .execute();
}
