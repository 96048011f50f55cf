import { sql } from 'kysely';
import type { MigrationDb } from './migration-db';

// The job queue. One row per job for its whole life; `status` moves queued → running → done, or
// back to queued for a retry, or to failed. A running job's lease (owner + expiry) is what lets
// another worker take it over when the first one dies. The dedupe key is unique among pending
// (queued or running) jobs only, so the same key can be used again once a job has finished.
// `job_schedules` remembers the last slot each recurring schedule enqueued, so replicas racing on
// one slot enqueue it once.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_expires_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('jobs_pending_dedupe')
    .on('jobs')
    .column('dedupe_key')
    .unique()
    .where(sql<boolean>`status in ('queued', 'running')`)
    .execute();
  // What a claim scans: due queued jobs and expired leases.
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
  // The delivery log and pruning: newest first per kind.
  await db.schema
    .createIndex('jobs_kind_created')
    .on('jobs')
    .columns(['kind', 'created_at'])
    .execute();
  await db.schema
    .createTable('job_schedules')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('last_slot', 'text', (c) => c.notNull())
    .execute();
}
