import {
  canonicalJson,
  genesisHash,
  hashAuditText,
  type AuditRecord,
  type AuditRepository,
} from '@aftermath/core';
import { sql, type Selectable } from 'kysely';
import type { AuditLogTable } from '../access.tables';
import type { Executor } from '../database';
import type { Scope } from '../scope';

function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

function toRecord(row: Selectable<AuditLogTable>): AuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: row.target,
    before: parseJson(row.before),
    after: parseJson(row.after),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function toJsonColumn(value: unknown): string | null {
  return value === null || value === undefined ? null : canonicalJson(value);
}

/**
 * The record each open transaction appended last. A transaction that writes several changes (a
 * webhook delivery writes four) reads the chain's end once: the lock taken then, or SQLite's
 * single writer, keeps it the end until commit, and a rolled-back transaction's entry is dropped
 * with its executor.
 */
const lastAppended = new WeakMap<Executor, { seq: number; hash: string }>();

/** The chain's last record, after locking the table where several processes write at once. */
async function readLast(scope: Scope, db: Executor) {
  if (scope.capabilities.jobClaim === 'skip-locked') {
    await sql`lock table audit_log in share row exclusive mode`.execute(db);
  }
  return db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The append-only audit log: `append` reads the last record and chains to it inside the
 * transaction in progress. Where several processes write at once (PostgreSQL) the table is locked
 * for the rest of the transaction first, so two appends never chain to the same record.
 */
export function createAuditRepository(scope: Scope): AuditRepository {
  return {
    append(entry) {
      return scope.atomically(async (db) => {
        const last = lastAppended.get(db) ?? (await readLast(scope, db));
        // Stored and hashed as the same canonical text, so verify sees exactly what was hashed.
        const before = toJsonColumn(entry.before);
        const after = toJsonColumn(entry.after);
        const seq = last === undefined ? 1 : Number(last.seq) + 1;
        const prevHash = last?.hash ?? genesisHash;
        const { at, actor, action, target } = entry;
        const hash = hashAuditText({ seq, at, actor, action, target, prevHash }, before, after);
        await db
          .insertInto('audit_log')
          .values({ seq, at, actor, action, target, before, after, prev_hash: prevHash, hash })
          .execute();
        lastAppended.set(db, { seq, hash });
        return { seq, hash };
      });
    },
    async list(filter) {
      let query = scope
        .executor()
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', filter.after);
      if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
      if (filter.target !== undefined) query = query.where('target', '=', filter.target);
      const action = filter.action;
      if (action !== undefined) {
        // An action (`incidents.update`) or a table's every action (`incidents`).
        query = query.where((eb) =>
          eb.or([
            eb('action', '=', action),
            eb(
              eb.fn('substr', ['action', eb.val(1), eb.val(action.length + 1)]),
              '=',
              `${action}.`,
            ),
          ]),
        );
      }
      const rows = await query.orderBy('seq', 'asc').limit(filter.limit).execute();
      return rows.map(toRecord);
    },
  };
}
