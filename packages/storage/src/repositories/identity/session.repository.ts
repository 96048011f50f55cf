import type { SessionRecord, SessionRepository } from '@aftermath/core';
import type { Selectable } from 'kysely';
import type { SessionTable } from '../../identity.tables';
import type { Scope } from '../../scope';

function toSession(row: Selectable<SessionTable>): SessionRecord {
  return {
    idHash: row.id_hash,
    username: row.username,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

/** Browser sessions by the SHA-256 of their id. */
export function createSessionRepository(scope: Scope): SessionRepository {
  return {
    async insert(session) {
      await scope
        .executor()
        .insertInto('sessions')
        .values({
          id_hash: session.idHash,
          username: session.username,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },
    async get(idHash) {
      const row = await scope
        .executor()
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row === undefined ? null : toSession(row);
    },
    async touch(idHash, lastSeenAt) {
      await scope
        .executor()
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async delete(idHash) {
      await scope.executor().deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteForUser(username) {
      const result = await scope
        .executor()
        .deleteFrom('sessions')
        .where('username', '=', username)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
