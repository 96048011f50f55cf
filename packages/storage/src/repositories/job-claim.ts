import type { ClaimRequest } from '@aftermath/core';
import type { ExpressionBuilder, Selectable } from 'kysely';
import type { Database, Executor } from '../database';
import type { JobTable } from '../jobs.tables';
import type { Scope } from '../scope';

type JobRow = Selectable<JobTable>;

/** Due: queued and its time has come, or running under a lease that has expired (a dead worker). */
function isDue(request: ClaimRequest) {
  return (eb: ExpressionBuilder<Database, 'jobs'>) =>
    eb.and([
      eb('kind', 'in', [...request.kinds]),
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', request.now)]),
        eb.and([eb('status', '=', 'running'), eb('lease_expires_at', '<=', request.now)]),
      ]),
    ]);
}

function leaseChange(request: ClaimRequest) {
  return (eb: ExpressionBuilder<Database, 'jobs'>) => ({
    status: 'running' as const,
    lease_owner: request.owner,
    lease_expires_at: request.leaseExpiresAt,
    attempts: eb('attempts', '+', 1),
    updated_at: request.now,
  });
}

/** A job whose lease ran out on its last attempt will not be tried again: it failed. */
async function failExhausted(db: Executor, request: ClaimRequest): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'failed',
      lease_owner: null,
      lease_expires_at: null,
      updated_at: request.now,
      last_error: eb.fn.coalesce(
        'last_error',
        eb.val('the worker running it stopped before it finished (lease expired)'),
      ),
    }))
    .where('status', '=', 'running')
    .where('lease_expires_at', '<=', request.now)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .execute();
}

/** PostgreSQL: lock the next due row, skipping rows other workers hold, then lease it. */
async function claimSkipLocked(db: Executor, request: ClaimRequest): Promise<JobRow | undefined> {
  const next = await db
    .selectFrom('jobs')
    .select('id')
    .where(isDue(request))
    .orderBy('run_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (next === undefined) return undefined;
  return db
    .updateTable('jobs')
    .set(leaseChange(request))
    .where('id', '=', next.id)
    .returningAll()
    .executeTakeFirst();
}

/** SQLite: one writer at a time, so a single `update … where id = (next due) returning` is atomic. */
function claimSingleWriter(db: Executor, request: ClaimRequest): Promise<JobRow | undefined> {
  return db
    .updateTable('jobs')
    .set(leaseChange(request))
    .where('id', '=', (eb) =>
      eb
        .selectFrom('jobs')
        .select('id')
        .where(isDue(request))
        .orderBy('run_at')
        .orderBy('id')
        .limit(1),
    )
    .returningAll()
    .executeTakeFirst();
}

/**
 * Leases the next due job the dialect's way (see `DialectCapabilities.jobClaim`). SQLite needs no
 * transaction: each statement is atomic on its own, and holding the write lock across an await
 * would only make another process (the CLI beside a server) wait.
 */
export async function claimNextJob(
  scope: Scope,
  request: ClaimRequest,
): Promise<JobRow | undefined> {
  if (request.kinds.length === 0) return undefined;
  if (scope.capabilities.jobClaim === 'single-writer') {
    const db = scope.executor();
    await failExhausted(db, request);
    return claimSingleWriter(db, request);
  }
  return scope.atomically(async (db) => {
    await failExhausted(db, request);
    return claimSkipLocked(db, request);
  });
}
