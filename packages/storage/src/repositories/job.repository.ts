import type { Job, JobRepository } from '@aftermath/core';
import { sql, type Selectable } from 'kysely';
import type { JobTable } from '../jobs.tables';
import type { Scope } from '../scope';
import { claimNextJob } from './job-claim';
import { utcText } from './row-values';

const pending = ['queued', 'running'] as const;
const pendingPredicate = sql<boolean>`status in ('queued', 'running')`;

/** A stored job row as the core type. */
function toJob(row: Selectable<JobTable>): Job {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    runAt: row.run_at,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    leaseOwner: row.lease_owner,
    leaseExpiresAt: row.lease_expires_at,
    lastError: row.last_error,
    status: row.status,
    dedupeKey: row.dedupe_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Error texts are kept for people to read, not as an archive of a peer's whole answer. */
function clipError(error: string): string {
  return error.length <= 2000 ? error : `${error.slice(0, 1999)}…`;
}

/** The durable job queue; claiming is per dialect (job-claim.ts). */
export function createJobRepository(scope: Scope): JobRepository {
  const db = () => scope.executor();
  // Every change after a claim is conditional on still holding the lease.
  const held = (id: string, owner: string) =>
    db()
      .updateTable('jobs')
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .where('status', '=', 'running');
  const changed = (result: { numUpdatedRows: bigint }) => result.numUpdatedRows > 0n;
  return {
    async enqueue(job) {
      const result = await db()
        .insertInto('jobs')
        .values({
          id: job.id,
          kind: job.kind,
          payload: JSON.stringify(job.payload),
          run_at: utcText(job.runAt, 'runAt'),
          attempts: 0,
          max_attempts: job.maxAttempts,
          status: 'queued',
          dedupe_key: job.dedupeKey,
          created_at: utcText(job.createdAt, 'createdAt'),
          updated_at: job.createdAt,
        })
        // The predicate must read exactly like the partial index's, or SQLite finds no index.
        .onConflict((oc) => oc.column('dedupe_key').where(pendingPredicate).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async findPending(dedupeKey) {
      const row = await db()
        .selectFrom('jobs')
        .selectAll()
        .where('dedupe_key', '=', dedupeKey)
        .where('status', 'in', [...pending])
        .executeTakeFirst();
      return row ? toJob(row) : null;
    },
    async claim(request) {
      const row = await claimNextJob(scope, request);
      return row ? toJob(row) : null;
    },
    async extendLease(id, owner, leaseExpiresAt) {
      return changed(
        await held(id, owner).set({ lease_expires_at: leaseExpiresAt }).executeTakeFirst(),
      );
    },
    async complete(id, owner, now) {
      const set = {
        status: 'done' as const,
        lease_owner: null,
        lease_expires_at: null,
        updated_at: now,
      };
      return changed(await held(id, owner).set(set).executeTakeFirst());
    },
    async retry(id, owner, { runAt, error, now }) {
      const set = {
        status: 'queued' as const,
        run_at: utcText(runAt, 'runAt'),
        last_error: clipError(error),
        lease_owner: null,
        lease_expires_at: null,
        updated_at: now,
      };
      return changed(await held(id, owner).set(set).executeTakeFirst());
    },
    async fail(id, owner, { error, now }) {
      const set = {
        status: 'failed' as const,
        last_error: clipError(error),
        lease_owner: null,
        lease_expires_at: null,
        updated_at: now,
      };
      return changed(await held(id, owner).set(set).executeTakeFirst());
    },
    async release(id, owner, now) {
      const result = await held(id, owner)
        .set((eb) => ({
          status: 'queued',
          run_at: now,
          attempts: eb('attempts', '-', 1),
          lease_owner: null,
          lease_expires_at: null,
          updated_at: now,
        }))
        .executeTakeFirst();
      return changed(result);
    },
    async claimScheduleSlot(name, slot) {
      const row = await db()
        .insertInto('job_schedules')
        .values({ name, last_slot: utcText(slot, 'slot') })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ last_slot: slot })
            .where('job_schedules.last_slot', '<', slot),
        )
        .returning('name')
        .executeTakeFirst();
      return row !== undefined;
    },
    async get(id) {
      const row = await db().selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toJob(row) : null;
    },
    async list({ kinds, status, limit }) {
      let query = db().selectFrom('jobs').selectAll();
      if (kinds !== undefined) query = query.where('kind', 'in', [...kinds]);
      if (status !== undefined) query = query.where('status', '=', status);
      const rows = await query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toJob);
    },
    async prune(before, kinds) {
      let query = db()
        .deleteFrom('jobs')
        .where('status', 'in', ['done', 'failed'])
        .where('updated_at', '<', before);
      if (kinds !== undefined) query = query.where('kind', 'in', [...kinds]);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
